"""The matrix of lists, searches, the start page, the dashboard and the logboek (see
__init__.py)."""

import pytest
from django.urls import reverse

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
from tests.sociaal.autorisatiematrix.wereld import ACHTERNAAM, BSN

pytestmark = pytest.mark.django_db


# --- 3. lists, searches, the start page, the dashboard, the logboek -----------------------
#
# MET: 200, and H is in it (its street, or `teken`). ZONDER: 200, and nothing of H is.
# BUITEN: 200, it says only that the BSN belongs to a household outside one's teams.
# GEEN_TEKEN: 200, without `teken` (H itself may be in it).

MET = "200 met H"
ZONDER = "200 zonder H"
BUITEN = "200, alleen: er is een huishouden buiten uw teams"
GEEN_TEKEN = "200 zonder teken"
EIGEN_WERK = rij(
    (MET, MET, MET, MET, ZONDER, ZONDER, ZONDER),
    (MET, MET, MET, MET, ZONDER, ZONDER),
    GEEN_DOSSIERS,
    GEEN_DOSSIERS,
)
# The reminders are one's own (not a dossier page): answered for everyone.
EIGEN_HERINNERINGEN = rij(
    (MET, MET, MET, MET, ZONDER, ZONDER, ZONDER),
    (MET, MET, MET, MET, ZONDER, ZONDER),
    (ZONDER,) * 4,
    (ZONDER,) * 4,
)
HINT = "buiten uw teams"


def _alleen_teamleider(*teamleider) -> tuple:
    return rij((403,) * 7, teamleider, (403,) * 4, (403,) * 4)


def _alleen_auditor(*auditor) -> tuple:
    return rij((403,) * 7, (403,) * 6, (403,) * 4, auditor)


LIJSTEN = [
    (
        Route("start", u("start")),
        rij(
            (MET, MET, MET, MET, ZONDER, ZONDER, ZONDER),
            (MET, MET, MET, MET, ZONDER, ZONDER),
            (ZONDER,) * 4,
            (302,) * 4,  # to the logboek
        ),
    ),
    (Route("huishoudens:lijst", u("huishoudens:lijst")), EIGEN_WERK),
    (
        Route(
            "huishoudens:lijst",
            u("huishoudens:lijst"),
            data=lambda w: {"naam": ACHTERNAAM},
            volgen=True,
            soort="zoek-naam",
        ),
        EIGEN_WERK,
    ),
    (
        Route(
            "huishoudens:lijst",
            u("huishoudens:lijst"),
            data=lambda w: {"bsn": BSN},
            volgen=True,
            soort="zoek-bsn",
        ),
        EIGEN_WERK,
    ),
    # The same search: who may break the glass is told that there is a household (not
    # which); nobody else is.
    (
        Route(
            "huishoudens:lijst",
            u("huishoudens:lijst"),
            data=lambda w: {"bsn": BSN},
            volgen=True,
            soort="zoek-bsn-buiten-bereik",
            teken=HINT,
        ),
        rij(
            (GEEN_TEKEN, GEEN_TEKEN, GEEN_TEKEN, GEEN_TEKEN, BUITEN, BUITEN, BUITEN),
            (GEEN_TEKEN, GEEN_TEKEN, GEEN_TEKEN, GEEN_TEKEN, BUITEN, BUITEN),
            GEEN_DOSSIERS,
            GEEN_DOSSIERS,
        ),
    ),
    (
        Route(
            "doorbraak:aanvragen",
            u("doorbraak:aanvragen"),
            zoek_bsn_eerst=True,
            teken=HINT,
        ),
        rij(
            (404, 404, 404, 404, BUITEN, BUITEN, BUITEN),
            (404, 404, 404, 404, BUITEN, BUITEN),
            GEEN_DOSSIERS,
            GEEN_DOSSIERS,
        ),
    ),
    # The wachtlijst is that of one's own team: only Centrum's shows H.
    (
        Route("meldingen:wachtlijst", u("meldingen:wachtlijst")),
        rij((MET,) + (ZONDER,) * 6, (MET,) + (ZONDER,) * 5, GEEN_DOSSIERS, GEEN_DOSSIERS),
    ),
    (Route("meldingen:mijn", u("meldingen:mijn")), EIGEN_WERK),
    (Route("herinneringen:inbox", u("herinneringen:inbox")), EIGEN_HERINNERINGEN),
    (
        Route(
            "herinneringen:aantal", u("herinneringen:aantal"), htmx=True, teken="sociaal-teller"
        ),
        EIGEN_HERINNERINGEN,
    ),
    # Figures only, never a household.
    (Route("dashboard:dashboard", u("dashboard:dashboard")), _alleen_teamleider(*(ZONDER,) * 6)),
    (
        Route(
            "dashboard:exporteren",
            lambda w, kijker: reverse("dashboard:exporteren", args=["caseload"]),
            soort="caseload",
        ),
        _alleen_teamleider(*(ZONDER,) * 6),
    ),
    # The open meldingen of someone in one's own team who has one in H.
    (
        Route(
            "dashboard:lijst",
            u("dashboard:lijst", query="lijst=meldingen&medewerker={teamgenoot}"),
            soort="meldingen-teamgenoot",
        ),
        _alleen_teamleider(MET, MET, MET, MET, ZONDER, 404),
    ),
    # The open meldingen of H's consulent in team Centrum.
    (
        Route(
            "dashboard:lijst",
            u("dashboard:lijst", query="lijst=meldingen&medewerker={consulent}"),
            soort="meldingen-consulent",
        ),
        _alleen_teamleider(MET, 404, 404, 404, 404, 404),
    ),
    # The open plans of H's regisseur in team Oost.
    (
        Route(
            "dashboard:lijst",
            u("dashboard:lijst", query="lijst=plannen&medewerker={regisseur}"),
            soort="plannen-regisseur",
        ),
        _alleen_teamleider(404, 404, MET, 404, 404, 404),
    ),
    (
        Route(
            "dashboard:lijst",
            u("dashboard:lijst", query="lijst=caseload&medewerker={teamgenoot}"),
            soort="caseload-teamgenoot",
        ),
        _alleen_teamleider(MET, MET, MET, MET, ZONDER, 404),
    ),
    # The lists about a team: of the households the team serves (H: Centrum).
    (
        Route("dashboard:lijst", u("dashboard:lijst", query="lijst=wachtend"), soort="wachtend"),
        _alleen_teamleider(MET, ZONDER, ZONDER, ZONDER, ZONDER, ZONDER),
    ),
    (
        Route("dashboard:lijst", u("dashboard:lijst", query="lijst=afspraken"), soort="afspraken"),
        _alleen_teamleider(MET, ZONDER, ZONDER, ZONDER, ZONDER, ZONDER),
    ),
    (
        Route(
            "dashboard:lijst", u("dashboard:lijst", query="lijst=evaluaties"), soort="evaluaties"
        ),
        _alleen_teamleider(MET, ZONDER, ZONDER, ZONDER, ZONDER, ZONDER),
    ),
    # A colleague's work to hand over: their meldingen only to H's own teamleider, their
    # plans to whoever may see H.
    (
        Route(
            "dashboard:herverdelen", u("dashboard:herverdelen", query="medewerker={teamgenoot}")
        ),
        _alleen_teamleider(MET, ZONDER, MET, ZONDER, ZONDER, ZONDER),
    ),
    # Access with a reason to review: Noord's teamleider reviews their consulent's access
    # to H without seeing which household it is.
    (
        Route("doorbraak:overzicht", u("doorbraak:overzicht")),
        _alleen_teamleider(MET, ZONDER, ZONDER, ZONDER, ZONDER, ZONDER),
    ),
    # The auditor's log names households by number only; the report names H.
    (
        Route("logboek:logboek", u("logboek:logboek", query="huishouden={h}")),
        _alleen_auditor(*(ZONDER,) * 4),
    ),
    (Route("logboek:verslag", u("logboek:verslag", "h")), _alleen_auditor(*(MET,) * 4)),
]


@pytest.mark.parametrize(("route", "rol", "relatie", "verwacht"), _matrix(LIJSTEN))
def test_lijst(wereld, voor, route, rol, relatie, verwacht):
    response = vraag(wereld, route, rol, relatie)

    getypt = route.data(wereld).values() if route.data else ()
    if verwacht in (MET, ZONDER, BUITEN, GEEN_TEKEN):
        assert response.status_code == 200
        inhoud_ = tekst(response)
        if verwacht in (ZONDER, GEEN_TEKEN):
            assert route.teken not in inhoud_
        else:
            assert route.teken in inhoud_
        if verwacht in (ZONDER, BUITEN):
            toont_niets(response, getypt)
    else:
        assert response.status_code == verwacht
        toont_niets(response, getypt)
        if verwacht == 403:
            assert response.gelogd, "a refusal leaves an audit entry"
    assert toestand(wereld) == voor
