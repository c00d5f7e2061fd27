"""Meldingen and their clocks through the services: the deadline the wachtlijst sorts on
moves with every event, and stops at the right moment."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from huishoudens.klokken import klokken
from huishoudens.models import Melding
from huishoudens.services import meldingen as services
from sociaal.audit.models import AuditEntry
from sociaal.termijnen.models import Termijninstellingen
from sociaal.termijnen.regels import Klok, Soort, Staat, Wet
from tests.factories import MeldingFactory, PersoonFactory

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")
MAANDAG = datetime(2026, 6, 1, 9, 30, tzinfo=AMS)


def nieuwe_melding(huishouden, door, **velden) -> Melding:
    velden = {
        "ontvangen_op": MAANDAG,
        "wet": Wet.WMO,
        "melder": Melding.Melder.HUISARTS,
        "vraag": "Mevrouw valt vaak.",
        **velden,
    }
    melding = Melding(
        huishouden=huishouden, persoon=PersoonFactory(huishouden=huishouden), **velden
    )
    return services.melding_registreren(melding=melding, door=door)


def lokaal(dt: datetime) -> tuple:
    dt = dt.astimezone(AMS)
    return (dt.date(), dt.hour, dt.minute)


@time_machine.travel(MAANDAG + timedelta(hours=1), tick=False)
def test_registering_starts_the_wmo_onderzoek_clock(huishouden_centrum, consulent):
    melding = nieuwe_melding(huishouden_centrum, consulent)
    assert lokaal(melding.deadline) == (date(2026, 7, 13), 23, 59)
    assert melding.status == Melding.Status.NIEUW
    assert AuditEntry.objects.filter(object_type="huishoudens.melding", actie="aanmaken").exists()


@time_machine.travel(MAANDAG + timedelta(hours=1), tick=False)
def test_a_crisis_is_due_in_48_hours_until_a_temporary_provision(huishouden_centrum, consulent):
    melding = nieuwe_melding(huishouden_centrum, consulent, is_crisis=True)
    assert melding.deadline == MAANDAG + timedelta(hours=48)
    melding = services.tijdelijke_voorziening_vastleggen(
        melding=melding, op=MAANDAG + timedelta(minutes=50), door=consulent
    )
    assert lokaal(melding.deadline) == (date(2026, 7, 13), 23, 59)  # back to the onderzoek


def test_the_wmo_aanvraag_follows_the_onderzoek_and_starts_the_beschikking_clock(
    huishouden_centrum, consulent
):
    from django.db import transaction

    with time_machine.travel(MAANDAG, tick=False):
        melding = nieuwe_melding(huishouden_centrum, consulent)
    with time_machine.travel(datetime(2026, 6, 10, 12, tzinfo=AMS), tick=False):
        with pytest.raises(ValidationError, match="volgt op het onderzoek"):
            services.aanvraag_vastleggen(melding=melding, op=date(2026, 6, 8), door=consulent)
        with transaction.atomic():
            services.onderzoek_afronden(melding=melding, op=timezone.now(), door=consulent)
        melding = services.aanvraag_vastleggen(
            melding=melding, op=date(2026, 6, 10), door=consulent
        )
        # The onderzoek is done; the Wmo beschikking clock (2 weeks) runs and sorts.
        assert melding.status == Melding.Status.AFGEROND
        assert lokaal(melding.deadline) == (date(2026, 6, 24), 23, 59)
        with pytest.raises(ValidationError, match="al vastgelegd"):
            services.aanvraag_vastleggen(melding=melding, op=date(2026, 6, 10), door=consulent)
    with time_machine.travel(datetime(2026, 6, 20, 12, tzinfo=AMS), tick=False):
        melding = services.beschikking_vastleggen(
            melding=melding, op=date(2026, 6, 19), door=consulent
        )
        assert melding.deadline is None
        standen = {
            k.klok: k.stand for k in klokken(melding, instellingen=Termijninstellingen.huidige())
        }
        assert standen[Klok.BESCHIKKING].was_op_tijd is True


def test_a_second_finalised_conversation_does_not_move_the_stop(huishouden_centrum, consulent):
    from django.db import transaction

    melding = MeldingFactory(huishouden=huishouden_centrum)
    eerste = timezone.now() - timedelta(days=3)
    with transaction.atomic():
        services.onderzoek_afronden(melding=melding, op=eerste, door=consulent)
        services.onderzoek_afronden(melding=melding, op=timezone.now(), door=consulent)
    melding.refresh_from_db()
    assert melding.onderzoek_afgerond_op == eerste


@time_machine.travel(datetime(2026, 6, 10, 12, tzinfo=AMS), tick=False)
def test_jeugdwet_uses_the_municipal_onderzoek_term_and_eight_weeks_to_decide(
    huishouden_centrum, consulent
):
    instellingen = Termijninstellingen.huidige()
    instellingen.onderzoek_weken_overig = 4
    instellingen.save()
    melding = nieuwe_melding(huishouden_centrum, consulent, wet=Wet.JEUGDWET)
    assert lokaal(melding.deadline)[0] == date(2026, 6, 29)
    melding = services.aanvraag_vastleggen(melding=melding, op=date(2026, 6, 10), door=consulent)
    standen = {k.klok: k.stand for k in klokken(melding, instellingen=instellingen)}
    assert standen[Klok.BESCHIKKING].deadline.date() == date(2026, 8, 5)
    assert Klok.PERSOONLIJK_PLAN not in standen  # a Wmo right only


@time_machine.travel(datetime(2026, 7, 1, 12, tzinfo=AMS), tick=False)
def test_extension_and_suspension_move_the_deadline(huishouden_centrum, consulent):
    melding = nieuwe_melding(huishouden_centrum, consulent)
    services.termijn_aanpassen(
        melding=melding,
        klok=Klok.ONDERZOEK,
        soort=Soort.VERLENGING,
        van=date(2026, 7, 1),
        dagen=14,
        reden="Wacht op advies",
        door=consulent,
    )
    melding.refresh_from_db()
    assert lokaal(melding.deadline)[0] == date(2026, 7, 27)
    opschorting = services.termijn_aanpassen(
        melding=melding,
        klok=Klok.ONDERZOEK,
        soort=Soort.OPSCHORTING,
        van=date(2026, 6, 26),
        reden="Inwoner opgenomen",
        door=consulent,
    )
    melding.refresh_from_db()
    assert lokaal(melding.deadline)[0] == date(2026, 8, 2)  # 26 June up to today: 6 days
    services.opschorting_beeindigen(
        melding=melding, aanpassing_id=opschorting.pk, tot=date(2026, 6, 28), door=consulent
    )
    melding.refresh_from_db()
    assert lokaal(melding.deadline)[0] == date(2026, 7, 30)  # 26, 27, 28 June


@time_machine.travel(MAANDAG + timedelta(hours=1), tick=False)
def test_the_persoonlijk_plan_and_crisis_clocks_cannot_be_extended(huishouden_centrum, consulent):
    melding = nieuwe_melding(huishouden_centrum, consulent, is_crisis=True)
    for klok in (Klok.CRISIS, Klok.PERSOONLIJK_PLAN):
        with pytest.raises(ValidationError) as error:
            services.termijn_aanpassen(
                melding=melding,
                klok=klok,
                soort=Soort.VERLENGING,
                van=date(2026, 6, 1),
                dagen=3,
                reden="x",
                door=consulent,
            )
        assert "klok" in error.value.message_dict


def test_extension_needs_days_and_a_reason(huishouden_centrum, consulent):
    melding = MeldingFactory(huishouden=huishouden_centrum)
    with pytest.raises(ValidationError) as error:
        services.termijn_aanpassen(
            melding=melding,
            klok=Klok.ONDERZOEK,
            soort=Soort.VERLENGING,
            van=date.today(),
            reden=" ",
            door=consulent,
        )
    assert set(error.value.message_dict) == {"reden", "dagen"}


def test_only_the_teams_teamleider_assigns(
    huishouden_centrum, consulent, collega, teamleider, teamleider_noord
):
    melding = MeldingFactory(huishouden=huishouden_centrum)
    for door in (consulent, teamleider_noord):
        with pytest.raises(PermissionDenied):
            services.melding_toewijzen(melding=melding, consulent=collega, door=door)
    melding = services.melding_toewijzen(melding=melding, consulent=collega, door=teamleider)
    assert (melding.status, melding.consulent) == (Melding.Status.TOEGEWEZEN, collega)


def test_withdrawing_takes_it_off_the_wachtlijst(huishouden_centrum, consulent):
    melding = MeldingFactory(huishouden=huishouden_centrum)
    with pytest.raises(ValidationError):
        services.melding_intrekken(melding=melding, reden="", door=consulent)
    melding = services.melding_intrekken(melding=melding, reden="Verhuisd", door=consulent)
    assert (melding.status, melding.deadline) == (Melding.Status.INGETROKKEN, None)


@time_machine.travel(datetime(2026, 6, 10, 12, tzinfo=AMS), tick=False)
def test_dates_in_the_future_or_before_the_melding_are_refused(huishouden_centrum, consulent):
    melding = nieuwe_melding(huishouden_centrum, consulent)
    for op in (date(2026, 6, 11), date(2026, 5, 31)):
        with pytest.raises(ValidationError) as error:
            services.terugbellen_vastleggen(melding=melding, op=op, notitie="", door=consulent)
        assert "op" in error.value.message_dict
        with pytest.raises(ValidationError):
            services.aanvraag_vastleggen(melding=melding, op=op, door=consulent)


def test_a_melding_for_someone_outside_the_household_is_refused(
    huishouden_centrum, huishouden_noord, consulent
):
    melding = Melding(
        huishouden=huishouden_centrum,
        persoon=PersoonFactory(huishouden=huishouden_noord),
        wet=Wet.WMO,
        melder=Melding.Melder.ZELFMELDER,
        vraag="x",
    )
    with pytest.raises(ValidationError) as error:
        services.melding_registreren(melding=melding, door=consulent)
    assert "persoon" in error.value.message_dict


def test_changing_the_municipal_terms_resorts_the_wachtlijst(huishouden_centrum, consulent):
    melding = MeldingFactory(huishouden=huishouden_centrum, wet=Wet.PARTICIPATIEWET)
    voor = melding.deadline
    instellingen = Termijninstellingen.huidige()
    instellingen.onderzoek_weken_overig = 2
    instellingen.save()
    assert services.deadlines_herberekenen() == 1
    melding.refresh_from_db()
    assert (voor - melding.deadline).days == 28


def test_stand_states_with_frozen_time(huishouden_centrum, consulent):
    with time_machine.travel(MAANDAG, tick=False):
        melding = nieuwe_melding(huishouden_centrum, consulent)
    instellingen = Termijninstellingen.huidige()
    for dag, staat in [
        (datetime(2026, 7, 5, 12, tzinfo=AMS), Staat.OP_TIJD),
        (datetime(2026, 7, 6, 12, tzinfo=AMS), Staat.BIJNA_VERLOPEN),
        (datetime(2026, 7, 14, 0, 1, tzinfo=AMS), Staat.VERLOPEN),
    ]:
        standen = {k.klok: k.stand for k in klokken(melding, instellingen=instellingen, nu=dag)}
        assert standen[Klok.ONDERZOEK].staat == staat, dag
