"""The authorization matrix (docs/design.md §4.6 to 4.8): every page, fragment, search, export, PDF
and file route, for every role and every way a medewerker relates to one household: the
answer.

One household (H) has everything attached: persons (one with a BSN), a netwerklid,
betrokkenen, meldingen with a keukentafelgesprek, an open plan (a doel, an afspraak, an
agreed version, an evaluation), documents with a file, reminders, access with a reason. It
lies in a wijk of team Centrum. Who looks at it — the columns of every table:

- eigen_team:  a member of team Centrum;
- betrokken:   a member of team Zuid, linked to H as betrokkene;
- regisseur:   (consulent) a member of team Oost, regisseur of H's open plan;
- caseload:    (teamleider) the teamleider of team Oost, whose member is that regisseur;
- doorbraak:   someone of another team with access to H with a reason, still valid
               ("break the glass"); doorbraak_verlopen: the same, expired;
- andere_team: a member of team Noord, without any link;
- geen_team:   a medewerker in no team at all.

Everyone also has a melding of H assigned and a reminder about it (as after a move or a
handover), so their own lists can show — or must hide — it.

The expected answers are written out per cell, not derived from the access policy
(sociaal/zichtbaarheid.py): the tables are the specification. 404 for anything about a
household one may not see (exactly as if it did not exist); 403 for pages that are not for
one's role whatever the household (dossier pages: consulenten and teamleiders; the
dashboard: teamleiders; the logboek: the auditor); lists that answer 200 with or without H.
Every refusal leaves H unchanged, shows none of its data, and is audited.

H is built once for the package (conftest.py), in a transaction rolled back at its end;
each test runs in a savepoint inside it (pytest-django's `db`), so what a test changes is
gone for the next.

wereld.py builds H and the viewers; routes.py holds the routes as data and how a viewer
asks for one. The tables: test_paginas.py (pages, fragments, exports, PDFs and files),
test_wijzigingen.py (changes), test_lijsten.py (lists, searches, dashboard, logboek),
test_kruislings.py (ids of H inside another household); test_volledigheid.py checks
that every route is in one of them.
"""
