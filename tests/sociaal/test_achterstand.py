"""What counts as waiting and overdue is defined once (sociaal.achterstand); it must stay in
step with the models it filters, and the dashboard and the reminders must agree on it."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.http import QueryDict

from huishoudens.klokken import eerste_deadline
from huishoudens.models import Melding
from plannen.models import Afspraak, Doel, Plan
from sociaal import achterstand
from sociaal.dashboard import cijfers
from sociaal.dashboard.lijsten import lijst_voor
from sociaal.dashboard.selectors import keuze_maken
from sociaal.herinneringen.models import Herinnering, Regel
from sociaal.herinneringen.services import herinneringen_maken
from sociaal.termijnen.models import Termijninstellingen
from tests.factories import HuishoudenFactory, MeldingFactory, PersoonFactory, PlanFactory

AMS = ZoneInfo("Europe/Amsterdam")
NU = datetime(2026, 6, 15, 10, 0, tzinfo=AMS)  # a Monday
VANDAAG = NU.date()


def test_waiting_is_exactly_the_open_statuses_of_a_melding():
    (veld, statussen) = achterstand.WACHTEND.children[0]
    assert veld == "status__in"
    assert set(statussen) == set(Melding.OPEN_STATUSSEN)


def _melding(wijk, consulent, **velden) -> int:
    """A melding in the given state, with the deadline its services would keep."""
    m = MeldingFactory(huishouden=HuishoudenFactory(wijk=wijk), consulent=consulent)
    Melding.objects.filter(pk=m.pk).update(deadline=None, **velden)
    m.refresh_from_db()
    m.deadline = eerste_deadline(m, instellingen=Termijninstellingen.huidige(), nu=NU)
    m.save(update_fields=["deadline"])
    return m.pk


def _plan(wijk, regisseur, status, *, afspraken=(), **velden) -> tuple[int, list[int]]:
    """A plan in `status` with afspraken due on the dates in `afspraken` (made while it
    was a concept: the database freezes an agreed plan)."""
    huishouden = HuishoudenFactory(wijk=wijk)
    plan = PlanFactory(huishouden=huishouden, regisseur=regisseur)
    doel = Doel.objects.create(plan=plan, omschrijving="Weer overzicht over de post")
    ids = [
        Afspraak.objects.create(
            doel=doel,
            wat="Post openen met de buurvrouw",
            uitvoerder="eigen_kracht",
            persoon=PersoonFactory(huishouden=huishouden),
            wanneer=wanneer,
            created_by=regisseur,
        ).pk
        for wanneer in afspraken
    ]
    if status in (Plan.Status.VASTGESTELD, Plan.Status.IN_EVALUATIE):
        velden = {"akkoord_op": date(2026, 1, 5), "akkoord_wijze": "mondeling", **velden}
    if status == Plan.Status.AFGESLOTEN:
        velden = {"closed_at": datetime(2026, 6, 1, 12, tzinfo=AMS), **velden}
    Plan.objects.filter(pk=plan.pk).update(status=status, **velden)
    return plan.pk, ids


@pytest.mark.django_db
def test_the_dashboard_and_the_reminders_agree_on_what_is_overdue(
    wijk_centrum, team_centrum, consulent, teamleider
):
    """One set of cases on both sides of every boundary, with the municipality's default
    terms (7 days' warning, 14 days for agreement). The dashboard's figures, the lists
    behind them and the daily scan must name exactly the same cases."""
    instellingen = Termijninstellingen.huidige()
    assert instellingen.ondertekening_dagen == 14
    wmo = {"wet": "wmo"}
    with time_machine.travel(NU - timedelta(days=60), tick=False):
        verlopen_onderzoek = _melding(  # Wmo: 42 days, the last one yesterday
            wijk_centrum, consulent, **wmo, ontvangen_op=datetime(2026, 5, 3, 9, tzinfo=AMS)
        )
        _melding(  # the last day is today
            wijk_centrum, None, **wmo, ontvangen_op=datetime(2026, 5, 4, 9, tzinfo=AMS)
        )
        verlopen_crisis = _melding(  # 48 hours, ended a minute ago
            wijk_centrum,
            consulent,
            **wmo,
            is_crisis=True,
            ontvangen_op=NU - timedelta(hours=48, minutes=1),
        )
        _melding(  # 48 hours, ends in a minute
            wijk_centrum,
            None,
            **wmo,
            is_crisis=True,
            ontvangen_op=NU - timedelta(hours=47, minutes=59),
        )
        na_onderzoek = {
            "status": "afgerond",
            "ontvangen_op": datetime(2026, 5, 1, 9, tzinfo=AMS),
            "onderzoek_afgerond_op": datetime(2026, 5, 29, 12, tzinfo=AMS),
        }
        verlopen_beschikking = _melding(  # Wmo beschikking: 14 days, the last one yesterday
            wijk_centrum, consulent, **wmo, **na_onderzoek, aanvraag_op=date(2026, 5, 31)
        )
        _melding(  # the beschikking's last day is today
            wijk_centrum, consulent, **wmo, **na_onderzoek, aanvraag_op=date(2026, 6, 1)
        )
        _melding(  # decided
            wijk_centrum,
            consulent,
            **wmo,
            **na_onderzoek,
            aanvraag_op=date(2026, 5, 1),
            beschikking_op=date(2026, 5, 20),
        )
        _melding(  # finished without an aanvraag; its crisis clock was never stopped
            wijk_centrum, consulent, **wmo, **na_onderzoek, is_crisis=True
        )
        _melding(  # withdrawn
            wijk_centrum,
            consulent,
            **wmo,
            status="ingetrokken",
            ontvangen_op=datetime(2026, 4, 1, 9, tzinfo=AMS),
            ingetrokken_op=datetime(2026, 4, 2, 9, tzinfo=AMS),
        )

    vastgesteld, in_evaluatie = Plan.Status.VASTGESTELD, Plan.Status.IN_EVALUATIE
    evaluatie_verlopen, (afspraak_verlopen, _vandaag) = _plan(
        wijk_centrum,
        consulent,
        vastgesteld,
        evaluatie_op=date(2026, 6, 14),
        afspraken=[date(2026, 6, 14), VANDAAG],
    )
    _plan(wijk_centrum, consulent, vastgesteld, evaluatie_op=VANDAAG)
    _in_evaluatie, [afspraak_in_evaluatie] = _plan(
        wijk_centrum,
        consulent,
        in_evaluatie,
        evaluatie_op=date(2026, 6, 1),
        afspraken=[date(2026, 6, 1)],
    )
    _plan(
        wijk_centrum,
        consulent,
        Plan.Status.AFGESLOTEN,
        evaluatie_op=date(2026, 5, 1),
        afspraken=[date(2026, 5, 1)],
    )
    # Out for agreement: the 14 days end with 1 June.
    ter_ondertekening = Plan.Status.TER_ONDERTEKENING
    wacht_te_lang, _ = _plan(
        wijk_centrum,
        consulent,
        ter_ondertekening,
        ter_ondertekening_op=datetime(2026, 6, 1, 23, 30, tzinfo=AMS),
        afspraken=[date(2026, 6, 1)],
    )
    _plan(
        wijk_centrum,
        consulent,
        ter_ondertekening,
        ter_ondertekening_op=datetime(2026, 6, 2, 0, 30, tzinfo=AMS),
    )
    _plan(wijk_centrum, consulent, Plan.Status.CONCEPT, afspraken=[date(2026, 6, 1)])

    with time_machine.travel(NU, tick=False):
        herinneringen_maken()
        keuze = keuze_maken(teamleider, None)
        assert keuze.teams == [team_centrum]

        def lijst(naam: str) -> set[int]:
            return {r.pk for r in lijst_voor(keuze, teamleider, QueryDict(f"lijst={naam}")).rijen}

        wachtlijst = cijfers.wachtlijst(keuze.teams, nu=NU)
        over_tijd = cijfers.achterstanden(
            keuze.teams, vandaag=keuze.vandaag, instellingen=instellingen
        )[team_centrum.pk]
        dashboard = {
            Regel.TERMIJN_VERLOPEN: (
                sum(r.verlopen + r.beschikking_verlopen for r in wachtlijst),
                lijst("termijn_verlopen") | lijst("beschikking_verlopen"),
            ),
            Regel.EVALUATIE_VERLOPEN: (over_tijd.evaluaties, lijst("evaluaties_verlopen")),
            Regel.AFSPRAAK_VERLOPEN: (over_tijd.afspraken, lijst("afspraken_verlopen")),
            Regel.WACHT_OP_AKKOORD: (over_tijd.wacht_op_akkoord, lijst("wacht_op_akkoord")),
        }

    herinnerd = {
        regel: set(Herinnering.objects.filter(regel=regel).values_list("object_id", flat=True))
        for regel in dashboard
    }
    for regel, (aantal, getoond) in dashboard.items():
        assert getoond == herinnerd[regel], regel
        assert aantal == len(getoond), regel
    # And both are right: exactly the cases past their boundary.
    assert herinnerd == {
        Regel.TERMIJN_VERLOPEN: {verlopen_onderzoek, verlopen_crisis, verlopen_beschikking},
        Regel.EVALUATIE_VERLOPEN: {evaluatie_verlopen},
        Regel.AFSPRAAK_VERLOPEN: {afspraak_verlopen, afspraak_in_evaluatie},
        Regel.WACHT_OP_AKKOORD: {wacht_te_lang},
    }
