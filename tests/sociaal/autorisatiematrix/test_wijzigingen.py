"""The matrix of changes: refused as not found, and nothing of H changes (see
__init__.py)."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from huishoudens.models import Huishouden
from tests.conftest import ingelogd
from tests.sociaal.autorisatiematrix.routes import (
    GEEN_DOSSIERS,
    Route,
    _matrix,
    _persoon,
    rij,
    toestand,
    toont_niets,
    u,
    vraag,
)
from tests.sociaal.autorisatiematrix.wereld import KIJKERS, VANDAAG

pytestmark = pytest.mark.django_db


# --- 2. changes (POST): refused as not found, and nothing changes -------------------------
#
# TOE: may (anything but 403/404; what the change itself does is tested elsewhere).
# NIETS: the page answers 200, and nothing changes.

TOE = "toegestaan"
NIETS = "200, niets gewijzigd"
MAG = rij(
    (TOE, TOE, TOE, TOE, 404, 404, 404),
    (TOE, TOE, TOE, TOE, 404, 404),
    GEEN_DOSSIERS,
    GEEN_DOSSIERS,
)


def _adres(w):
    return {
        "straat": "Inbraakstraat",
        "huisnummer": "1",
        "postcode": "9999 ZZ",
        "woonplaats": "Elders",
    }


def _wijziging(w, **extra):
    return {"wijziging": w.plan.wijziging, **extra}


WIJZIGINGEN = [
    (Route("huishoudens:wijzigen", u("huishoudens:wijzigen", "h"), data=_adres), MAG),
    (Route("huishoudens:persoon-nieuw", u("huishoudens:persoon-nieuw", "h"), data=_persoon), MAG),
    (
        Route(
            "huishoudens:persoon-wijzigen",
            u("huishoudens:persoon-wijzigen", "h", "kind"),
            data=_persoon,
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:persoon-verwijderen",
            u("huishoudens:persoon-verwijderen", "h", "logee"),
            data=lambda w: {},
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:netwerklid-nieuw",
            u("huishoudens:netwerklid-nieuw", "h", "hoofdbewoner"),
            data=lambda w: {"naam": "Indringer", "relatie": "buur"},
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:netwerklid-wijzigen",
            u("huishoudens:netwerklid-wijzigen", "h", "netwerklid"),
            data=lambda w: {"naam": "Indringer", "relatie": "buur"},
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:netwerklid-verwijderen",
            u("huishoudens:netwerklid-verwijderen", "h", "netwerklid"),
            data=lambda w: {},
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:betrokkene-nieuw",
            u("huishoudens:betrokkene-nieuw", "h"),
            data=lambda w: {"soort": "huisarts", "organisatie": "Indringer"},
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:betrokkene-wijzigen",
            u("huishoudens:betrokkene-wijzigen", "h", "huisarts"),
            data=lambda w: {"soort": "huisarts", "organisatie": "Indringer"},
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:betrokkene-verwijderen",
            u("huishoudens:betrokkene-verwijderen", "h", "huisarts"),
            data=lambda w: {},
        ),
        MAG,
    ),
    (
        Route(
            "meldingen:nieuw",
            u("meldingen:nieuw", "h"),
            data=lambda w: {
                "persoon": w.hoofdbewoner.pk,
                "ontvangen_op": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
                "wet": "wmo",
                "melder": "zelfmelder",
                "vraag": "Indringer",
            },
        ),
        MAG,
    ),
    (
        Route(
            "meldingen:melding",
            u("meldingen:melding", "wachtend"),
            data=lambda w: {
                "actie": "terugbellen",
                "terugbellen-op": VANDAAG().isoformat(),
                "terugbellen-notitie": "Indringer",
            },
            soort="terugbellen",
        ),
        MAG,
    ),
    (
        Route(
            "meldingen:toewijzen",
            u("meldingen:toewijzen", "wachtend"),
            data=lambda w: {"consulent": w.consulent.pk},
        ),
        MAG,
    ),
    (
        Route(
            "plannen:plan",
            u("plannen:plan", "plan"),
            data=lambda w: {"naar": w.consulent.pk, "reden": "Indringer"},
            soort="overdragen",
        ),
        MAG,
    ),
    (
        Route(
            "plannen:starten",
            u("plannen:starten", "h"),
            data=lambda w: {"regisseur": w.consulent.pk},
        ),
        MAG,
    ),
    (
        Route(
            "plannen:levensloop",
            u("plannen:levensloop", "plan"),
            data=lambda w: _wijziging(w, actie="ter_ondertekening"),
        ),
        MAG,
    ),
    (
        Route(
            "plannen:evaluatie",
            u("plannen:evaluatie", "plan"),
            data=lambda w: _wijziging(w, besluit="doorgaan"),
        ),
        MAG,
    ),
    (
        Route(
            "plannen:doel-toevoegen",
            u("plannen:doel-toevoegen", "plan"),
            data=lambda w: _wijziging(w, omschrijving="Indringer"),
        ),
        MAG,
    ),
    (
        Route(
            "plannen:doel-verwijderen",
            u("plannen:doel-verwijderen", "plan", "doel"),
            data=_wijziging,
        ),
        MAG,
    ),
    (
        Route(
            "plannen:afspraak-toevoegen",
            u("plannen:afspraak-toevoegen", "plan", "doel"),
            data=lambda w: _wijziging(
                w, wat="Indringer", uitvoerder="eigen_kracht", persoon=w.kind.pk
            ),
        ),
        MAG,
    ),
    (
        Route(
            "plannen:afspraak-verwijderen",
            u("plannen:afspraak-verwijderen", "plan", "afspraak"),
            data=_wijziging,
        ),
        MAG,
    ),
    (
        Route(
            "plannen:gesprek-plannen",
            u("plannen:gesprek-plannen", "wachtend"),
            data=lambda w: {
                "gepland_op": (timezone.localtime() + timedelta(days=3)).strftime(
                    "%Y-%m-%dT%H:%M"
                ),
                "plaats": "thuis",
            },
        ),
        MAG,
    ),
    (
        Route(
            "plannen:gesprek",
            u("plannen:gesprek", "gesprek"),
            data=lambda w: {"versie": w.gesprek.versie, "vraag_inwoner": "Indringer"},
        ),
        MAG,
    ),
    (
        Route(
            "plannen:gesprek-autosave",
            u("plannen:gesprek-autosave", "gesprek"),
            data=lambda w: {"versie": w.gesprek.versie, "vraag_inwoner": "Indringer"},
            htmx=True,
        ),
        MAG,
    ),
    (Route("plannen:plan-pdf", u("plannen:plan-pdf", "plan"), data=lambda w: {}), MAG),
    (Route("plannen:verslag-pdf", u("plannen:verslag-pdf", "gesprek"), data=lambda w: {}), MAG),
    (
        Route(
            "plannen:document-opnieuw", u("plannen:document-opnieuw", "mislukt"), data=lambda w: {}
        ),
        MAG,
    ),
    # Breaking the glass after a BSN search: only for a consulent or teamleider who may not
    # see H yet; for whoever already may, there is nothing to ask (404).
    (
        Route(
            "doorbraak:aanvragen",
            u("doorbraak:aanvragen"),
            data=lambda w: {"reden": "Crisismelding van de politie om 23.10 uur."},
            zoek_bsn_eerst=True,
            gelogd=False,
        ),
        rij(
            (404, 404, 404, 404, TOE, TOE, TOE),
            (404, 404, 404, 404, TOE, TOE),
            GEEN_DOSSIERS,
            GEEN_DOSSIERS,
        ),
    ),
    # Reviewing consulent-doorbraak's access: a teamleider of their team (Noord) or of H's
    # team (Centrum); for other teamleiders it does not exist.
    (
        Route(
            "doorbraak:beoordelen",
            u("doorbraak:beoordelen", "doorbraak"),
            data=lambda w: {f"{w.doorbraak.pk}-oordeel": "terecht"},
            gelogd=False,
        ),
        rij((403,) * 7, (TOE, 404, 404, 404, TOE, 404), (403,) * 4, (403,) * 4),
    ),
    # Handing over the regisseur's work: only the teamleider of the regisseur's team finds
    # them among their people; other teamleiders get the page without anything to hand over.
    (
        Route(
            "dashboard:herverdelen",
            u("dashboard:herverdelen"),
            data=lambda w: {
                "medewerker": w.regisseur.pk,
                "zaken": f"plan-{w.plan.pk}",
                f"plan-{w.plan.pk}": w.kijkers[("teamleider", "caseload")].pk,
                "reden": "Indringer",
            },
        ),
        rij((403,) * 7, (NIETS, NIETS, TOE, NIETS, NIETS, NIETS), (403,) * 4, (403,) * 4),
    ),
]


@pytest.mark.parametrize(("route", "rol", "relatie", "verwacht"), _matrix(WIJZIGINGEN))
def test_wijziging(wereld, voor, route, rol, relatie, verwacht):
    response = vraag(wereld, route, rol, relatie)

    if verwacht == TOE:
        assert response.status_code not in (403, 404)
        return
    assert response.status_code == (200 if verwacht == NIETS else verwacht)
    assert toestand(wereld) == voor, "a refused change changed H"
    if verwacht != NIETS:
        toont_niets(response)
    if verwacht == 403 or (verwacht == 404 and route.gelogd):
        assert response.gelogd, "a refusal leaves an audit entry"


# --- 4. registering a household: only in a wijk of one's own team -------------------------

JA = "302, vastgelegd"
NEE = "200, niets vastgelegd"


@pytest.mark.parametrize(
    ("route", "rol", "relatie", "verwacht"),
    _matrix(
        [
            (
                Route(
                    "huishoudens:nieuw",
                    u("huishoudens:nieuw"),
                    data=lambda w: {
                        "straat": "Nieuwstraat",
                        "huisnummer": "1",
                        "postcode": "1234 AB",
                        "woonplaats": "Voorbeeldstad",
                        "wijk": w.h.wijk_id,  # Centrum's
                    },
                ),
                rij(
                    (JA, NEE, NEE, NEE, NEE, NEE, NEE),
                    (JA, NEE, NEE, NEE, NEE, NEE),
                    GEEN_DOSSIERS,
                    GEEN_DOSSIERS,
                ),
            )
        ]
    ),
)
def test_huishouden_vastleggen(wereld, route, rol, relatie, verwacht):
    aantal = Huishouden.objects.filter(straat="Nieuwstraat").count()

    response = vraag(wereld, route, rol, relatie)

    assert response.status_code == {JA: 302, NEE: 200}.get(verwacht, verwacht)
    nieuw = Huishouden.objects.filter(straat="Nieuwstraat").count() - aantal
    assert nieuw == (1 if verwacht == JA else 0)


# --- 5. one's own reminders only ------------------------------------------------------------


@pytest.mark.parametrize(("rol", "relatie"), KIJKERS, ids=[f"{r}-{rel}" for r, rel in KIJKERS])
def test_someone_elses_reminder_cannot_be_marked_read(wereld, rol, relatie):
    client = ingelogd(wereld.kijkers[(rol, relatie)])
    url = reverse("herinneringen:gelezen", args=[wereld.herinnering_collega.pk])

    assert client.post(url).status_code == 302

    wereld.herinnering_collega.refresh_from_db()
    assert wereld.herinnering_collega.gelezen_op is None
