"""One melding or plan at a time: assigning, handing over, and the reminder it leaves."""

import pytest

from huishoudens.models import Melding, MeldingOverdracht
from huishoudens.services.meldingen import melding_overdragen, melding_toewijzen
from plannen.models import Plan
from plannen.services.plan import regisseur_overdragen
from sociaal.herinneringen.models import Herinnering, Regel
from sociaal.herinneringen.selectors import herinneringen_voor
from sociaal.herinneringen.services import overdracht_melden
from tests.factories import MeldingFactory, PlanFactory
from tests.plannen.herverdeling.overdracht import MELDING, PLAN, melding_van, overgedragen

pytestmark = pytest.mark.django_db


# --- one melding: assigning and handing over -----------------------------------------------


def test_assigning_a_new_melding_tells_the_consulent_once(
    consulent, teamleider, huishouden_centrum
):
    melding = MeldingFactory(huishouden=huishouden_centrum)
    melding_toewijzen(melding=melding, consulent=consulent, door=teamleider)
    melding_toewijzen(melding=melding, consulent=consulent, door=teamleider)  # no change
    melding.refresh_from_db()
    assert (melding.consulent, melding.status) == (consulent, Melding.Status.TOEGEWEZEN)
    assert overgedragen(consulent) == [(MELDING, melding.pk)]
    assert not MeldingOverdracht.objects.exists()  # a first assignment is no handover


def test_reassigning_a_melding_is_kept_as_a_handover(
    consulent, collega, teamleider, huishouden_centrum
):
    melding = MeldingFactory(huishouden=huishouden_centrum)
    melding_toewijzen(melding=melding, consulent=consulent, door=teamleider)
    melding_toewijzen(melding=melding, consulent=collega, door=teamleider)
    assert list(MeldingOverdracht.objects.values_list("melding", "van", "naar", "door")) == [
        (melding.pk, consulent.pk, collega.pk, teamleider.pk)
    ]
    assert MeldingOverdracht.objects.get().reden == "Toegewezen op de wachtlijst."
    assert Melding.objects.get(pk=melding.pk).consulent == collega
    assert overgedragen(collega) == [(MELDING, melding.pk)]
    # The consulent keeps the reminder of the first assignment: it was theirs then.
    assert overgedragen(consulent) == [(MELDING, melding.pk)]
    assert Herinnering.objects.count() == 2


def test_a_teamleider_assigning_to_themself_gets_no_reminder(teamleider, huishouden_centrum):
    melding = MeldingFactory(huishouden=huishouden_centrum)
    melding_toewijzen(melding=melding, consulent=teamleider, door=teamleider)
    assert Melding.objects.get(pk=melding.pk).consulent == teamleider
    assert not Herinnering.objects.exists()


def test_handing_a_melding_back_and_forth_reminds_at_each_handover(
    consulent, collega, teamleider, huishouden_centrum
):
    melding = melding_van(consulent, huishouden_centrum)
    melding_overdragen(melding=melding, naar=collega, reden="Verlof", door=teamleider)
    melding_overdragen(melding=melding, naar=consulent, reden="Terug", door=teamleider)
    assert list(
        MeldingOverdracht.objects.order_by("op", "pk").values_list("van", "naar", "reden")
    ) == [(consulent.pk, collega.pk, "Verlof"), (collega.pk, consulent.pk, "Terug")]
    assert overgedragen(collega) == [(MELDING, melding.pk)]
    assert overgedragen(consulent) == [(MELDING, melding.pk)]


# --- one plan -------------------------------------------------------------------------------


def test_the_new_regisseur_is_told(consulent, collega, huishouden_centrum):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    overdracht = regisseur_overdragen(plan=plan, naar=collega, reden="Verlof", door=consulent)
    herinnering = herinneringen_voor(collega).get()
    assert (herinnering.regel, herinnering.object_type, herinnering.object_id) == (
        Regel.OVERGEDRAGEN,
        PLAN,
        plan.pk,
    )
    assert herinnering.sleutel == f"overdracht-{overdracht.pk}"
    assert herinnering.huishouden_id == huishouden_centrum.pk
    assert herinnering.gelezen_op is None
    assert not herinneringen_voor(consulent).exists()


def test_taking_a_plan_over_oneself_gives_no_reminder(consulent, teamleider, huishouden_centrum):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    regisseur_overdragen(plan=plan, naar=teamleider, reden="Ik neem het over", door=teamleider)
    assert Plan.objects.get(pk=plan.pk).regisseur == teamleider
    assert not Herinnering.objects.exists()


def test_the_reminder_is_made_once_per_handover(consulent, collega, huishouden_centrum):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    for _ in range(2):
        overdracht_melden(
            naar=collega, obj=plan, huishouden_id=plan.huishouden_id, sleutel="overdracht-1"
        )
    assert overgedragen(collega) == [(PLAN, plan.pk)]
    overdracht_melden(
        naar=collega, obj=plan, huishouden_id=plan.huishouden_id, sleutel="overdracht-2"
    )
    assert overgedragen(collega) == [(PLAN, plan.pk), (PLAN, plan.pk)]
