"""The matrix of pages, fragments, exports, PDFs and files about H (see __init__.py)."""

import pytest

from tests.sociaal.autorisatiematrix.routes import (
    GEEN_DOSSIERS,
    Route,
    _matrix,
    rij,
    tekst,
    toestand,
    toont_niets,
    u,
    vraag,
)
from tests.sociaal.autorisatiematrix.wereld import ACHTERNAAM

pytestmark = pytest.mark.django_db


# --- 1. pages, fragments, exports, PDFs and files about H ---------------------------------

ZIEN = rij(
    (200, 200, 200, 200, 404, 404, 404),
    (200, 200, 200, 200, 404, 404),
    GEEN_DOSSIERS,
    GEEN_DOSSIERS,
)
# The plan is not in evaluatie: who may see it is sent on to the plan page.
NAAR_PLAN = rij(
    (302, 302, 302, 302, 404, 404, 404),
    (302, 302, 302, 302, 404, 404),
    GEEN_DOSSIERS,
    GEEN_DOSSIERS,
)

PAGINAS = [
    (Route("huishoudens:dossier", u("huishoudens:dossier", "h")), ZIEN),
    (Route("huishoudens:wijzigen", u("huishoudens:wijzigen", "h")), ZIEN),
    (Route("logboek:toegangsverslag", u("logboek:toegangsverslag", "h")), ZIEN),
    (
        Route(
            "avg:inzage",
            u("avg:inzage", "h", "hoofdbewoner"),
            teken=ACHTERNAAM,
        ),
        ZIEN,
    ),
    # The inzage bundle itself: a ZIP with everything of the person.
    (
        Route(
            "avg:inzage",
            u("avg:inzage", "h", "hoofdbewoner"),
            data=lambda w: {},
            soort="zip",
            teken="",
        ),
        ZIEN,
    ),
    (Route("huishoudens:persoon-nieuw", u("huishoudens:persoon-nieuw", "h")), ZIEN),
    (
        Route("huishoudens:persoon-wijzigen", u("huishoudens:persoon-wijzigen", "h", "kind")),
        ZIEN,
    ),
    (
        Route(
            "huishoudens:persoon-verwijderen",
            u("huishoudens:persoon-verwijderen", "h", "logee"),
            teken="Lotte",
        ),
        ZIEN,
    ),
    (
        Route(
            "huishoudens:netwerklid-nieuw", u("huishoudens:netwerklid-nieuw", "h", "hoofdbewoner")
        ),
        ZIEN,
    ),
    (
        Route(
            "huishoudens:netwerklid-wijzigen",
            u("huishoudens:netwerklid-wijzigen", "h", "netwerklid"),
        ),
        ZIEN,
    ),
    (
        Route(
            "huishoudens:netwerklid-verwijderen",
            u("huishoudens:netwerklid-verwijderen", "h", "netwerklid"),
            teken="Buurvrouw Ans",
        ),
        ZIEN,
    ),
    (Route("huishoudens:betrokkene-nieuw", u("huishoudens:betrokkene-nieuw", "h")), ZIEN),
    (
        Route(
            "huishoudens:betrokkene-wijzigen",
            u("huishoudens:betrokkene-wijzigen", "h", "huisarts"),
        ),
        ZIEN,
    ),
    (
        Route(
            "huishoudens:betrokkene-verwijderen",
            u("huishoudens:betrokkene-verwijderen", "h", "huisarts"),
            teken="Huisartsenpraktijk De Linde",
        ),
        ZIEN,
    ),
    (Route("meldingen:nieuw", u("meldingen:nieuw", "h")), ZIEN),
    (Route("meldingen:melding", u("meldingen:melding", "melding")), ZIEN),
    (Route("plannen:plan", u("plannen:plan", "plan")), ZIEN),
    (Route("plannen:starten", u("plannen:starten", "h")), ZIEN),
    (Route("plannen:ladder", u("plannen:ladder", "plan")), ZIEN),
    (Route("plannen:evaluatie", u("plannen:evaluatie", "plan")), NAAR_PLAN),
    (
        Route("plannen:evaluatie-uitkomst", u("plannen:evaluatie-uitkomst", "plan", "evaluatie")),
        ZIEN,
    ),
    (Route("plannen:versie", u("plannen:versie", "plan", 1)), ZIEN),
    (Route("plannen:concept-verschil", u("plannen:concept-verschil", "plan")), ZIEN),
    (Route("plannen:afspraak-toevoegen", u("plannen:afspraak-toevoegen", "plan", "doel")), ZIEN),
    (Route("plannen:gesprek-plannen", u("plannen:gesprek-plannen", "wachtend")), ZIEN),
    (Route("plannen:gesprek", u("plannen:gesprek", "gesprek")), ZIEN),
    (
        Route(
            "plannen:document-status",
            u("plannen:document-status", "klaar"),
            htmx=True,
            teken="Plan, versie 1",
        ),
        ZIEN,
    ),
    (Route("plannen:document-download", u("plannen:document-download", "klaar")), ZIEN),
    (
        Route(
            "plannen:plan-pdf-voorbeeld",
            u("plannen:plan-pdf-voorbeeld", "plan"),
            soort="debug",
            instellingen=(("DEBUG", True),),
        ),
        ZIEN,
    ),
]


@pytest.mark.parametrize(("route", "rol", "relatie", "verwacht"), _matrix(PAGINAS))
def test_pagina(wereld, voor, route, rol, relatie, verwacht):
    response = vraag(wereld, route, rol, relatie)

    assert response.status_code == verwacht
    if verwacht == 200:
        assert route.teken in tekst(response)  # the answer is about H
    else:
        toont_niets(response)
    if verwacht in (403, 404):
        assert response.gelogd, "a refusal leaves an audit entry"
    assert toestand(wereld) == voor  # reading changes nothing
