"""The start page after logging in: my households, my meldingen, my deadlines this week —
only my own, only what I may see, in a fixed number of queries."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from huishoudens.models import Melding
from plannen.models import Afspraak, Doel, Plan
from sociaal.audit.models import AuditEntry
from tests.conftest import ingelogd
from tests.factories import HuishoudenFactory, MeldingFactory, PersoonFactory, PlanFactory

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")
VANDAAG = date(2026, 11, 23)  # a Monday


@pytest.fixture(autouse=True)
def vandaag():
    with time_machine.travel(datetime(2026, 11, 23, 9, tzinfo=AMS), tick=False):
        yield


def _vastgesteld_plan(huishouden, regisseur, evaluatie_op) -> Plan:
    return PlanFactory(
        huishouden=huishouden,
        regisseur=regisseur,
        status=Plan.Status.VASTGESTELD,
        evaluatie_op=evaluatie_op,
        akkoord_op=VANDAAG - timedelta(days=30),
        akkoord_wijze=Plan.AkkoordWijze.MONDELING,
    )


def _werk(consulent, wijk, n=1):
    for i in range(n):
        huishouden = HuishoudenFactory(wijk=wijk, straat=f"Lindelaan{i}")
        plan = PlanFactory(huishouden=huishouden, regisseur=consulent)
        persoon = PersoonFactory(huishouden=huishouden)
        Afspraak.objects.create(
            doel=Doel.objects.create(plan=plan, omschrijving="Zelf boodschappen doen"),
            wat="Boodschappenlijst maken",
            uitvoerder=Afspraak.Uitvoerder.EIGEN_KRACHT,
            persoon=persoon,
            wanneer=VANDAAG - timedelta(days=1),
            created_by=consulent,
        )
        # Agreed after the afspraak was made (an agreed plan is frozen).
        Plan.objects.filter(pk=plan.pk).update(
            status=Plan.Status.VASTGESTELD,
            evaluatie_op=VANDAAG + timedelta(days=3),
            akkoord_op=VANDAAG - timedelta(days=30),
            akkoord_wijze=Plan.AkkoordWijze.MONDELING,
        )
        MeldingFactory(
            huishouden=huishouden,
            persoon=persoon,
            consulent=consulent,
            status=Melding.Status.TOEGEWEZEN,
            ontvangen_op=datetime(2026, 10, 14, 10, tzinfo=AMS),  # Wmo onderzoek due 25 Nov
        )


def test_start_page_shows_my_work_and_deadlines_of_this_week(consulent, collega, wijk_centrum):
    _werk(consulent, wijk_centrum)
    # A colleague's plan in the same team is not on my page.
    _vastgesteld_plan(HuishoudenFactory(wijk=wijk_centrum, straat="Anderstraat"), collega, VANDAAG)

    response = ingelogd(consulent).get("/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Mijn werk" in html
    assert "Mijn huishoudens: 1 plan als regisseur" in html
    assert "Mijn meldingen: 1" in html
    deadlines = html[
        html.index('id="deadlines"') : html.index("</ul>", html.index('id="deadlines"'))
    ]
    # Overdue afspraak first, then the melding's term (25 Nov), then the evaluation (26 Nov).
    assert deadlines.index("Afspraak: Boodschappenlijst maken") < deadlines.index(
        "Termijn van de melding"
    )
    assert deadlines.index("Termijn van de melding") < deadlines.index("Evaluatie van het plan")
    assert "verlopen" in deadlines
    assert "Anderstraat" not in html
    # The households shown are in the audit log, one entry per household.
    assert AuditEntry.objects.filter(medewerker=consulent, actie="lijst").count() == 1


def test_a_deadline_after_this_week_is_not_listed(consulent, wijk_centrum):
    huishouden = HuishoudenFactory(wijk=wijk_centrum)
    _vastgesteld_plan(huishouden, consulent, VANDAAG + timedelta(days=8))

    html = ingelogd(consulent).get("/").content.decode()

    assert "Deze week loopt er niets af." in html
    assert "Mijn huishoudens: 1 plan als regisseur" in html


def test_start_page_queries_do_not_grow_with_my_caseload(
    consulent, wijk_centrum, django_assert_num_queries
):
    """Session and user (2), my plans (1), my meldingen with their suspensions (2), melding
    deadlines this week (+ suspensions, 2), evaluations this week (1), afspraken this week
    (1), the audit entries of the households shown (1), and the three statements of
    the idle-timeout session save."""
    _werk(consulent, wijk_centrum, n=1)
    client = ingelogd(consulent)
    client.get("/")
    with django_assert_num_queries(13):
        client.get("/")
    _werk(consulent, wijk_centrum, n=6)
    with django_assert_num_queries(13):
        client.get("/")
    # More than a page shows: the totals come with the first rows, no extra counts.
    _werk(consulent, wijk_centrum, n=20)
    with django_assert_num_queries(13):
        html = client.get("/").content.decode()
    assert "Mijn huishoudens: 27 plannen als regisseur" in html
    assert "Mijn meldingen: 27" in html


def test_beheerder_still_lands_on_the_beheer_start(beheerder):
    response = ingelogd(beheerder).get("/")
    assert response.status_code == 200
    assert "Mijn werk" not in response.content.decode()
