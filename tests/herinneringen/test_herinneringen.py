"""Reminders: each rule fires on the right day, not before, once; the scan run twice or
twice at once makes no duplicates (the inbox: test_inbox.py)."""

import threading
from datetime import date, datetime, timedelta

import pytest
import time_machine
from django.db import connections

from huishoudens.models import Melding, Terugbelmoment
from plannen.models import Afspraak, Doel, Plan
from sociaal.herinneringen.models import Herinnering, Regel
from sociaal.herinneringen.services import herinneringen_maken
from tests.factories import HuishoudenFactory, MeldingFactory, PersoonFactory, PlanFactory
from tests.herinneringen.conftest import AMS, START, op

pytestmark = pytest.mark.django_db


def regels(ontvanger) -> list[tuple[str, date]]:
    return sorted((h.regel, h.datum) for h in Herinnering.objects.filter(ontvanger=ontvanger))


def test_a_deadline_warns_from_the_warning_window_and_then_once_when_passed(melding, consulent):
    termijn = [(r, d) for r, d in regels(consulent) if r.startswith("termijn")]
    assert termijn == []
    with op(date(2026, 7, 5)):  # 8 days before: nothing yet
        herinneringen_maken()
    assert [r for r, _d in regels(consulent) if r.startswith("termijn")] == []
    with op(date(2026, 7, 6)):  # 7 days before: warn
        herinneringen_maken()
        herinneringen_maken()
    with op(date(2026, 7, 14)):  # the day after: passed
        herinneringen_maken()
    termijn = [(r, d) for r, d in regels(consulent) if r.startswith("termijn")]
    assert termijn == [
        (Regel.TERMIJN_NADERT, date(2026, 7, 13)),
        (Regel.TERMIJN_VERLOPEN, date(2026, 7, 13)),
    ]


def test_an_unassigned_melding_reminds_the_teamleider(wijk_centrum, teamleider, consulent):
    with time_machine.travel(START, tick=False):
        MeldingFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum))
    with op(date(2026, 7, 14)):
        herinneringen_maken()
    assert (Regel.TERMIJN_VERLOPEN, date(2026, 7, 13)) in regels(teamleider)
    assert not Herinnering.objects.filter(ontvanger=consulent).exists()


def test_call_back_after_the_interval_since_the_last_contact(melding, consulent):
    with op(date(2026, 6, 14)):
        herinneringen_maken()
    assert (Regel.TERUGBELLEN, date(2026, 6, 15)) not in regels(consulent)
    with op(date(2026, 6, 15)):
        herinneringen_maken()
    assert (Regel.TERUGBELLEN, date(2026, 6, 15)) in regels(consulent)
    Terugbelmoment.objects.create(melding=melding, op=date(2026, 6, 15), door=consulent)
    with op(date(2026, 6, 20)):
        herinneringen_maken()
    assert [d for r, d in regels(consulent) if r == Regel.TERUGBELLEN] == [date(2026, 6, 15)]


def agreed_plan(huishouden, regisseur, *, afspraak_op: date, evaluatie_op: date) -> Plan:
    """An agreed plan with one afspraak due on `afspraak_op`."""
    plan = PlanFactory(huishouden=huishouden, regisseur=regisseur)
    Afspraak.objects.create(
        doel=Doel.objects.create(plan=plan, omschrijving="x"),
        wat="y",
        uitvoerder="eigen_kracht",
        persoon=PersoonFactory(huishouden=huishouden),
        wanneer=afspraak_op,
        created_by=regisseur,
    )
    Plan.objects.filter(pk=plan.pk).update(
        status="vastgesteld",
        akkoord_op=date(2026, 6, 1),
        akkoord_wijze="mondeling",
        evaluatie_op=evaluatie_op,
    )
    return plan


def test_evaluation_and_afspraak_reminders_go_to_the_regisseur(wijk_centrum, consulent):
    agreed_plan(
        HuishoudenFactory(wijk=wijk_centrum),
        consulent,
        afspraak_op=date(2026, 6, 10),
        evaluatie_op=date(2026, 6, 20),
    )
    with op(date(2026, 6, 12)):  # 8 days before the evaluation: only the afspraak
        herinneringen_maken()
    assert regels(consulent) == [(Regel.AFSPRAAK_VERLOPEN, date(2026, 6, 10))]
    with op(date(2026, 6, 13)):  # 7 days before: the evaluation too
        herinneringen_maken()
    assert regels(consulent) == [
        (Regel.AFSPRAAK_VERLOPEN, date(2026, 6, 10)),
        (Regel.EVALUATIE_NADERT, date(2026, 6, 20)),
    ]
    with op(date(2026, 6, 21)):
        herinneringen_maken()
    assert (Regel.EVALUATIE_VERLOPEN, date(2026, 6, 20)) in regels(consulent)


@pytest.mark.django_db(transaction=True)
def test_two_scans_at_once_make_no_duplicates(wijk_centrum, consulent):
    with time_machine.travel(START, tick=False):
        for _ in range(5):
            MeldingFactory(
                huishouden=HuishoudenFactory(wijk=wijk_centrum),
                consulent=consulent,
                status=Melding.Status.TOEGEWEZEN,
            )
    start = threading.Barrier(2)

    def scan():
        start.wait(timeout=10)
        with op(date(2026, 7, 14)):
            herinneringen_maken()
        connections.close_all()

    draden = [threading.Thread(target=scan) for _ in range(2)]
    for d in draden:
        d.start()
    for d in draden:
        d.join(timeout=60)
    assert Herinnering.objects.filter(regel=Regel.TERMIJN_VERLOPEN).count() == 5
    assert (
        Herinnering.objects.values("regel", "object_id").distinct().count()
        == Herinnering.objects.count()
    )


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_the_daily_task_through_a_real_worker(celery_worker, wijk_centrum, consulent):
    import time

    from sociaal.herinneringen.tasks import maken

    with time_machine.travel(datetime.now(AMS) - timedelta(days=60), tick=False):
        MeldingFactory(
            huishouden=HuishoudenFactory(wijk=wijk_centrum),
            consulent=consulent,
            status=Melding.Status.TOEGEWEZEN,
        )
    maken.delay()
    einde = time.monotonic() + 20
    while not Herinnering.objects.filter(regel=Regel.TERMIJN_VERLOPEN).exists():
        assert time.monotonic() < einde, "the worker made no reminder"
        time.sleep(0.2)


def test_overdue_for_longer_goes_to_the_teamleider_too(melding, consulent, teamleider):
    with op(date(2026, 7, 19)):  # 6 days after the deadline
        herinneringen_maken()
    assert not Herinnering.objects.filter(regel=Regel.ESCALATIE).exists()
    with op(date(2026, 7, 20)):  # 7 days after (the municipal escalation term)
        herinneringen_maken()
        herinneringen_maken()
    assert regels(teamleider) == [(Regel.ESCALATIE, date(2026, 7, 13))]


def test_the_daily_digest_once_a_day_without_personal_data(melding, consulent):
    from django.core import mail

    from sociaal.herinneringen.services import dagoverzicht_versturen

    consulent.email = "consulent@gemeente.example"
    consulent.save()
    with op(date(2026, 7, 14)):
        herinneringen_maken()
        assert dagoverzicht_versturen() == 1
        assert dagoverzicht_versturen() == 0  # the same day again: nothing
    assert len(mail.outbox) == 1
    bericht = mail.outbox[0]
    assert bericht.to == ["consulent@gemeente.example"]
    assert bericht.subject.startswith("sociaal: ")
    naam = melding.persoon.achternaam
    assert naam not in bericht.subject and naam not in bericht.body
    assert melding.huishouden.straat not in bericht.body
    assert f"/meldingen/{melding.pk}/" in bericht.body


def test_a_plan_waiting_long_for_agreement(wijk_centrum, consulent):
    huishouden = HuishoudenFactory(wijk=wijk_centrum)
    plan = PlanFactory(huishouden=huishouden, regisseur=consulent)
    Plan.objects.filter(pk=plan.pk).update(status="ter_ondertekening", ter_ondertekening_op=START)
    with op(date(2026, 6, 14)):  # 13 days
        herinneringen_maken()
    assert (Regel.WACHT_OP_AKKOORD, date(2026, 6, 1)) not in regels(consulent)
    with op(date(2026, 6, 15)):  # 14 days: the municipal term
        herinneringen_maken()
    with op(date(2026, 6, 16)):  # the next day: not again
        herinneringen_maken()
    assert [d for r, d in regels(consulent) if r == Regel.WACHT_OP_AKKOORD] == [date(2026, 6, 1)]


def test_no_contact_with_a_household_for_weeks(wijk_centrum, consulent):
    huishouden = HuishoudenFactory(wijk=wijk_centrum)
    with time_machine.travel(START, tick=False):
        plan = PlanFactory(huishouden=huishouden, regisseur=consulent)
    melding = MeldingFactory(huishouden=huishouden)
    Terugbelmoment.objects.create(melding=melding, op=date(2026, 6, 10), door=consulent)
    with op(date(2026, 8, 4)):  # 8 weeks after the call-back minus a day
        herinneringen_maken()
    assert not Herinnering.objects.filter(regel=Regel.GEEN_CONTACT).exists()
    with op(date(2026, 8, 5)):  # 8 weeks after the last contact
        herinneringen_maken()
    with op(date(2026, 8, 6)):  # the next day: not again
        herinneringen_maken()
    geen = Herinnering.objects.get(regel=Regel.GEEN_CONTACT)
    assert (geen.ontvanger, geen.object_id, geen.datum) == (consulent, plan.pk, date(2026, 6, 10))


def test_the_beschikking_deadline_warns_and_passes_and_stops_with_the_beschikking(
    melding, consulent
):
    from django.db import transaction
    from django.utils import timezone

    from huishoudens.services import meldingen as services

    with time_machine.travel(datetime(2026, 6, 10, 12, tzinfo=AMS), tick=False):
        with transaction.atomic():
            services.onderzoek_afronden(melding=melding, op=timezone.now(), door=consulent)
        melding = services.aanvraag_vastleggen(
            melding=melding, op=date(2026, 6, 10), door=consulent
        )
    beschikking = [(Regel.TERMIJN_NADERT, date(2026, 6, 24))]
    with op(date(2026, 6, 16)):  # 8 days before the beschikking deadline
        herinneringen_maken()
    assert [(r, d) for r, d in regels(consulent) if d == date(2026, 6, 24)] == []
    with op(date(2026, 6, 17)):
        herinneringen_maken()
        herinneringen_maken()
    assert [(r, d) for r, d in regels(consulent) if d == date(2026, 6, 24)] == beschikking
    with op(date(2026, 6, 25)):
        herinneringen_maken()
    verlopen = (Regel.TERMIJN_VERLOPEN, date(2026, 6, 24))
    assert [(r, d) for r, d in regels(consulent) if d == date(2026, 6, 24)] == [
        *beschikking,
        verlopen,
    ]
    with time_machine.travel(datetime(2026, 6, 26, 12, tzinfo=AMS), tick=False):
        services.beschikking_vastleggen(melding=melding, op=date(2026, 6, 26), door=consulent)
    with op(date(2026, 7, 10)):  # past the escalation term, but the clock has stopped
        herinneringen_maken()
    assert not Herinnering.objects.filter(regel=Regel.ESCALATIE).exists()


def test_a_plan_started_just_after_midnight_counts_from_that_local_day(wijk_centrum, consulent):
    huishouden = HuishoudenFactory(wijk=wijk_centrum)
    with time_machine.travel(datetime(2026, 6, 1, 0, 30, tzinfo=AMS), tick=False):  # 31 May UTC
        PlanFactory(huishouden=huishouden, regisseur=consulent)
    with op(date(2026, 7, 26)):  # 8 weeks after 31 May: not yet
        herinneringen_maken()
    assert not Herinnering.objects.filter(regel=Regel.GEEN_CONTACT).exists()
    with op(date(2026, 7, 27)):  # 8 weeks after 1 June
        herinneringen_maken()
    assert Herinnering.objects.get(regel=Regel.GEEN_CONTACT).datum == date(2026, 6, 1)


def test_a_suspended_clock_does_not_remind_every_day(melding, consulent):
    from huishoudens.services import meldingen as services
    from huishoudens.services.meldingen import deadlines_herberekenen
    from sociaal.termijnen.regels import Klok, Soort

    with time_machine.travel(datetime(2026, 7, 10, 12, tzinfo=AMS), tick=False):
        aanpassing = services.termijn_aanpassen(
            melding=melding,
            klok=Klok.ONDERZOEK,
            soort=Soort.OPSCHORTING,
            van=date(2026, 7, 10),
            reden="Wacht op medisch advies",
            door=consulent,
        )
    for dag in (date(2026, 7, 11), date(2026, 7, 12), date(2026, 7, 15)):
        with op(dag):
            deadlines_herberekenen(alleen_opgeschort=True)  # the nightly job
            herinneringen_maken()
    assert [r for r, _d in regels(consulent) if r.startswith("termijn")] == []
    with time_machine.travel(datetime(2026, 7, 15, 12, tzinfo=AMS), tick=False):
        services.opschorting_beeindigen(
            melding=melding, aanpassing_id=aanpassing.pk, tot=date(2026, 7, 14), door=consulent
        )
    for dag in (date(2026, 7, 16), date(2026, 7, 17)):
        with op(dag):
            herinneringen_maken()
    termijn = [(r, d) for r, d in regels(consulent) if r.startswith("termijn")]
    assert len(termijn) == 1 and termijn[0][0] == Regel.TERMIJN_NADERT, termijn


@pytest.mark.parametrize("aantal", [1, 6])
def test_the_scan_takes_the_same_queries_however_many_reminders(
    aantal, wijk_centrum, consulent, teamleider, django_assert_num_queries
):
    """The scan costs 14 queries, however many cases are due and however many reminders
    the table holds already:

    1. the term settings
    2. the teamleiders per team (for meldingen nobody picked up)
    3. the meldingen near or past their deadline
    4. of the ones near it, those whose first clock is suspended
    5-6. the teamleiders again; the meldingen to call back
    7. the plans near or past their evaluation
    8. the afspraken past their date
    9-11. the teamleiders again; the meldingen and the plans overdue for longer (escalation)
    12. the plans waiting for agreement
    13. the plans without contact for weeks
    14. the reminders stored (one INSERT ... ON CONFLICT DO NOTHING)
    """
    with time_machine.travel(START, tick=False):
        for i in range(aantal):
            huishouden = HuishoudenFactory(wijk=wijk_centrum)
            MeldingFactory(
                huishouden=huishouden,
                consulent=consulent if i % 2 else None,
                status=Melding.Status.TOEGEWEZEN if i % 2 else Melding.Status.NIEUW,
            )
            agreed_plan(
                huishouden,
                consulent,
                afspraak_op=date(2026, 6, 10),
                evaluatie_op=date(2026, 7, 1),
            )
    with op(date(2026, 7, 21)):
        with django_assert_num_queries(14):
            nieuw = herinneringen_maken()
        assert nieuw == Herinnering.objects.count() >= 5 * aantal
        with django_assert_num_queries(14):
            assert herinneringen_maken() == 0
