import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from plannen.models import Plan, RegisseurOverdracht
from plannen.services import mag_overdragen, plan_starten, regisseur_overdragen
from sociaal.audit.models import Actie, AuditEntry
from tests.factories import MedewerkerFactory, PlanFactory

pytestmark = pytest.mark.django_db


def test_plan_starten_makes_the_regisseur_and_audits(huishouden_centrum, consulent, collega):
    plan = plan_starten(huishouden=huishouden_centrum, regisseur=collega, door=consulent)
    assert plan.regisseur == collega
    assert plan.created_by == consulent
    entry = AuditEntry.objects.get(actie=Actie.AANMAKEN, object_type="plannen.plan")
    assert entry.huishouden_id == huishouden_centrum.pk
    assert entry.medewerker == consulent


def test_plan_starten_refuses_a_second_open_plan(huishouden_centrum, consulent):
    plan_starten(huishouden=huishouden_centrum, regisseur=consulent, door=consulent)
    with pytest.raises(ValidationError, match="al een open plan"):
        plan_starten(huishouden=huishouden_centrum, regisseur=consulent, door=consulent)
    assert Plan.objects.filter(huishouden=huishouden_centrum).count() == 1


def test_beheerder_cannot_be_regisseur(huishouden_centrum, consulent, beheerder):
    with pytest.raises(ValidationError):
        plan_starten(huishouden=huishouden_centrum, regisseur=beheerder, door=consulent)


def test_handover_keeps_the_history(huishouden_centrum, consulent, collega, teamleider):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    regisseur_overdragen(plan=plan, naar=collega, reden="Verlof", door=consulent)
    regisseur_overdragen(plan=plan, naar=consulent, reden="Terug van verlof", door=teamleider)

    plan.refresh_from_db()
    assert plan.regisseur == consulent
    history = list(
        plan.overdrachten.order_by("op", "id").values_list("van", "naar", "reden", "door")
    )
    assert history == [
        (consulent.pk, collega.pk, "Verlof", consulent.pk),
        (collega.pk, consulent.pk, "Terug van verlof", teamleider.pk),
    ]
    assert AuditEntry.objects.filter(actie=Actie.WIJZIGEN, object_id=plan.pk).count() == 2


def test_teamleider_of_the_new_regisseur_may_hand_over(
    huishouden_centrum, consulent_noord, teamleider_noord, team_noord
):
    """A Noord consulent is regisseur of a Centrum household: Noord's teamleider sees it
    (the team's caseload) and may pass it to another member of Noord."""
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent_noord)
    andere = MedewerkerFactory(teams=[team_noord])
    assert mag_overdragen(plan=plan, door=teamleider_noord, naar=andere)
    regisseur_overdragen(plan=plan, naar=andere, reden="Herverdeling", door=teamleider_noord)
    assert Plan.objects.get(pk=plan.pk).regisseur == andere


def test_teamleider_of_another_team_cannot_take_a_plan_they_cannot_see(
    huishouden_centrum, consulent, consulent_noord, teamleider_noord
):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    with pytest.raises(PermissionDenied):
        regisseur_overdragen(
            plan=plan, naar=consulent_noord, reden="Overname", door=teamleider_noord
        )
    assert Plan.objects.get(pk=plan.pk).regisseur == consulent


def test_others_may_not_hand_over(
    huishouden_centrum, consulent, collega, consulent_noord, teamleider_noord
):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    # A colleague in the same team who is not the regisseur, and a teamleider of another
    # team handing to someone outside their team, may not.
    for door, naar in [(collega, collega), (teamleider_noord, collega)]:
        with pytest.raises(PermissionDenied):
            regisseur_overdragen(plan=plan, naar=naar, reden="Zomaar", door=door)
    assert not RegisseurOverdracht.objects.exists()
    assert Plan.objects.get(pk=plan.pk).regisseur == consulent


def test_handover_needs_a_reason_and_another_person(huishouden_centrum, consulent, collega):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    with pytest.raises(ValidationError) as error:
        regisseur_overdragen(plan=plan, naar=consulent, reden="  ", door=consulent)
    assert set(error.value.message_dict) == {"reden", "naar"}
    assert not RegisseurOverdracht.objects.exists()


def test_closed_plan_cannot_be_handed_over(huishouden_centrum, consulent, collega):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent, afgesloten=True)
    with pytest.raises(ValidationError):
        regisseur_overdragen(plan=plan, naar=collega, reden="Verlof", door=consulent)


def test_inactive_colleague_cannot_take_over(huishouden_centrum, consulent, team_centrum):
    weg = MedewerkerFactory(teams=[team_centrum], is_active=False)
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    with pytest.raises(ValidationError) as error:
        regisseur_overdragen(plan=plan, naar=weg, reden="Verlof", door=consulent)
    assert "naar" in error.value.message_dict
