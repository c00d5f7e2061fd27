"""The auditor searches the audit log (by household, user, period) and that search is in the
log too; a resident gets a report of who looked at their file, when, from which team and
why — from the dossier, or from the auditor."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from sociaal.audit.models import Actie, AuditEntry, Resultaat
from sociaal.doorbraak.services import doorbraak_aanvragen
from sociaal.logboek.selectors import toegangsverslag
from tests.conftest import ingelogd
from tests.factories import MedewerkerFactory

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def auditor(db):
    return MedewerkerFactory(
        username="auditor", rol="auditor", first_name="Anna", last_name="Audit"
    )


def test_only_the_auditor_searches_the_log_and_a_refusal_is_logged(
    consulent, teamleider, beheerder
):
    for wie in (consulent, teamleider, beheerder):
        assert ingelogd(wie).get(reverse("logboek:logboek")).status_code == 403
    assert (
        AuditEntry.objects.filter(
            actie=Actie.ZOEKEN, resultaat=Resultaat.GEWEIGERD, object_type="audit.auditentry"
        ).count()
        == 3
    )


def test_the_auditor_finds_entries_by_household_user_and_period(
    auditor, consulent, collega, huishouden_centrum, huishouden_noord
):
    with time_machine.travel(datetime(2026, 11, 2, 10, tzinfo=AMS), tick=False):
        ingelogd(consulent).get(reverse("huishoudens:dossier", args=[huishouden_centrum.pk]))
    with time_machine.travel(datetime(2026, 11, 20, 10, tzinfo=AMS), tick=False):
        ingelogd(collega).get(reverse("huishoudens:dossier", args=[huishouden_centrum.pk]))
        ingelogd(consulent).get(reverse("huishoudens:dossier", args=[huishouden_noord.pk]))
    client = ingelogd(auditor)

    per_huishouden = client.get(reverse("logboek:logboek"), {"huishouden": huishouden_centrum.pk})
    per_persoon = client.get(
        reverse("logboek:logboek"), {"medewerker": consulent.pk, "actie": "lezen"}
    )
    per_periode = client.get(
        reverse("logboek:logboek"), {"van": "2026-11-19", "tot": "2026-11-21"}
    )

    assert "2 regels" in per_huishouden.content.decode()
    html = per_persoon.content.decode()
    assert "2 regels" in html and "Geweigerd" in html and "Toegestaan" in html
    assert '<td class="utrecht-table__cell">Consulent</td>' in html  # the role in words
    assert "2 regels" in per_periode.content.decode()  # a read and a refusal
    # Each search is itself in the log, with the household searched for.
    zoekopdrachten = AuditEntry.objects.filter(medewerker=auditor, actie=Actie.ZOEKEN)
    assert zoekopdrachten.count() == 3
    assert zoekopdrachten.filter(huishouden_id=huishouden_centrum.pk).count() == 1


def test_a_reversed_period_is_explained(auditor):
    antwoord = ingelogd(auditor).get(
        reverse("logboek:logboek"), {"van": "2026-11-30", "tot": "2026-11-01"}
    )
    assert "De einddatum ligt vóór de begindatum." in antwoord.content.decode()


def test_the_auditor_opens_no_dossier(auditor, huishouden_centrum):
    client = ingelogd(auditor)
    dossier = client.get(reverse("huishoudens:dossier", args=[huishouden_centrum.pk]))
    assert dossier.status_code == 403
    assert client.get(reverse("huishoudens:lijst")).status_code == 403
    assert client.get("/")["Location"] == reverse("logboek:logboek")


def test_the_residents_report_says_who_when_from_which_team_and_why(
    consulent, collega, consulent_noord, teamleider, auditor, huishouden_centrum
):
    dag = datetime(2026, 11, 10, 14, tzinfo=AMS)
    with time_machine.travel(dag, tick=False):
        ingelogd(consulent).get(reverse("huishoudens:dossier", args=[huishouden_centrum.pk]))
        ingelogd(consulent).get(reverse("huishoudens:dossier", args=[huishouden_centrum.pk]))
        # Someone of another team, without access: refused, so nothing was shown.
        ingelogd(consulent_noord).get(reverse("huishoudens:dossier", args=[huishouden_centrum.pk]))
    nacht = datetime(2026, 11, 12, 23, tzinfo=AMS)
    with time_machine.travel(nacht, tick=False):
        doorbraak_aanvragen(
            medewerker=consulent_noord,
            huishouden=huishouden_centrum,
            reden="Crisismelding van de politie, wijkteam Centrum niet bereikbaar.",
        )
        ingelogd(consulent_noord).get(reverse("huishoudens:dossier", args=[huishouden_centrum.pk]))

    with time_machine.travel(nacht + timedelta(days=2), tick=False):
        verslag = ingelogd(collega).get(
            reverse("logboek:toegangsverslag", args=[huishouden_centrum.pk])
        )
        via_auditor = ingelogd(auditor).get(
            reverse("logboek:verslag", args=[huishouden_centrum.pk])
        )

    html = verslag.content.decode()
    assert "Wie heeft uw gegevens ingezien?" in html
    regels = html[html.index('id="toegangsverslag"') :]
    assert regels.index("12 november 2026") < regels.index("10 november 2026")  # newest first
    assert "lezen (2 keer)" in regels
    assert "Als medewerker van Wijkteam Centrum" in regels
    assert "Toegang met reden: Crisismelding van de politie" in regels
    assert "Wijkteam Noord" in regels
    # Header; the colleague making this report; Noord at night; Centrum's consulent. The
    # refused attempt is not in it (nothing was shown).
    assert regels.count("<tr") == 4
    assert "afdrukken (pdf) (1 keer)" in regels
    assert via_auditor.status_code == 200
    # Making the report is itself logged.
    assert (
        AuditEntry.objects.filter(
            actie=Actie.AFDRUKKEN,
            object_type="audit.toegangsverslag",
            huishouden_id=huishouden_centrum.pk,
        ).count()
        == 2
    )


def test_no_report_of_a_household_one_may_not_see(consulent_noord, huishouden_centrum):
    antwoord = ingelogd(consulent_noord).get(
        reverse("logboek:toegangsverslag", args=[huishouden_centrum.pk])
    )
    assert antwoord.status_code == 404


def test_a_night_break_the_glass_is_reported_with_its_reason_on_each_day_it_covered(
    consulent_noord, huishouden_centrum
):
    """00:30 local time is still the previous day in UTC; a window past midnight covers two
    days: the report gives the reason on both."""
    with time_machine.travel(datetime(2026, 11, 12, 23, 30, tzinfo=AMS), tick=False):
        doorbraak_aanvragen(
            medewerker=consulent_noord,
            huishouden=huishouden_centrum,
            reden="Crisismelding van de politie, wijkteam Centrum niet bereikbaar.",
        )
        ingelogd(consulent_noord).get(reverse("huishoudens:dossier", args=[huishouden_centrum.pk]))
    with time_machine.travel(datetime(2026, 11, 13, 0, 30, tzinfo=AMS), tick=False):
        ingelogd(consulent_noord).get(reverse("huishoudens:dossier", args=[huishouden_centrum.pk]))

    verslag = toegangsverslag(huishouden_id=huishouden_centrum.pk)
    assert [(i.dag.isoformat(), i.waarom[:18]) for i in verslag] == [
        ("2026-11-13", "Toegang met reden:"),
        ("2026-11-12", "Toegang met reden:"),
    ]
