"""One end-to-end story per user, from the login form to what ends up in the database:

1. the consulent: a new melding, assigned by the teamleider on the wachtlijst, the
   keukentafelgesprek with participants from the dossier, ZRM scores and the ladder, finalised;
2. the regisseur: the plan from the conversation's hulpvragen, afspraken on every rung (a
   maatwerk afspraak refused without reasons, then accepted; an algemene alternative chosen
   instead of dagbesteding), ter ondertekening, the PDF made by a real Celery worker and
   downloaded, vastgesteld;
3. the teamleider: dashboard figures against the database, the list behind a number, and a
   consulent's work handed over in one go;
4. reminders: the daily scan (the `herinneringen_maken` command beat also runs) puts them in
   the consulent's inbox, and an overdue one escalates to the teamleider's;
5. a consulent of another team neither finds nor opens the household, and the auditor sees
   the refused attempt in the logboek.

Every main page on the way is saved as a full-page screenshot for the user guide
(`schermafdruk`, tests/browser/conftest.py). The steps every story takes are in
`stappen.py`; the households and people of the stories in `conftest.py`."""
