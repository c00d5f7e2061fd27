"""A medewerker's whole caseload handed over at once: who holds what after, who may do it,
and which finished meldingen go along."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from huishoudens.models import Melding, MeldingOverdracht
from plannen.models import Plan, RegisseurOverdracht
from plannen.services.herverdeling import caseload_overdragen
from sociaal.audit.models import Actie, AuditEntry
from sociaal.herinneringen.models import Herinnering, Regel
from tests.factories import HuishoudenFactory, PlanFactory
from tests.plannen.herverdeling.overdracht import MELDING, PLAN, melding_van, overgedragen, stand

pytestmark = pytest.mark.django_db


# --- the whole caseload at once ------------------------------------------------------------


def test_caseload_goes_to_several_colleagues_with_history_audit_and_one_reminder_each(
    werk, consulent, collega, derde, teamleider
):
    plan_een, plan_twee = werk["plan_een"], werk["plan_twee"]
    melding_een, melding_twee, melding_drie = (
        werk["melding_een"],
        werk["melding_twee"],
        werk["melding_drie"],
    )
    blijft = PlanFactory(huishouden=HuishoudenFactory(wijk=plan_een.huishouden.wijk))
    blijft_bij = blijft.regisseur

    resultaat = caseload_overdragen(
        van=consulent,
        plannen={plan_een.pk: collega, plan_twee.pk: derde},
        meldingen={melding_een.pk: collega, melding_twee.pk: derde, melding_drie.pk: derde},
        reden="  Langdurig ziek  ",
        door=teamleider,
    )

    # Who holds what now.
    assert Plan.objects.get(pk=plan_een.pk).regisseur == collega
    assert Plan.objects.get(pk=plan_twee.pk).regisseur == derde
    assert Plan.objects.get(pk=blijft.pk).regisseur == blijft_bij
    assert dict(
        Melding.objects.filter(
            pk__in=[melding_een.pk, melding_twee.pk, melding_drie.pk]
        ).values_list("pk", "consulent")
    ) == {melding_een.pk: collega.pk, melding_twee.pk: derde.pk, melding_drie.pk: derde.pk}
    assert not Plan.objects.filter(regisseur=consulent).exists()
    assert not Melding.objects.filter(consulent=consulent).exists()

    # The history, as the plan and melding pages show it.
    assert sorted(
        RegisseurOverdracht.objects.values_list("plan", "van", "naar", "reden", "door")
    ) == sorted(
        [
            (plan_een.pk, consulent.pk, collega.pk, "Langdurig ziek", teamleider.pk),
            (plan_twee.pk, consulent.pk, derde.pk, "Langdurig ziek", teamleider.pk),
        ]
    )
    assert sorted(
        MeldingOverdracht.objects.values_list("melding", "van", "naar", "reden", "door")
    ) == sorted(
        [
            (melding_een.pk, consulent.pk, collega.pk, "Langdurig ziek", teamleider.pk),
            (melding_twee.pk, consulent.pk, derde.pk, "Langdurig ziek", teamleider.pk),
            (melding_drie.pk, consulent.pk, derde.pk, "Langdurig ziek", teamleider.pk),
        ]
    )
    assert sorted(o.plan_id for o in resultaat.plannen) == sorted([plan_een.pk, plan_twee.pk])
    assert sorted(o.melding_id for o in resultaat.meldingen) == sorted(
        [melding_een.pk, melding_twee.pk, melding_drie.pk]
    )

    # The audit trail: one change per case, by the teamleider, on the right household.
    assert sorted(
        AuditEntry.objects.filter(actie=Actie.WIJZIGEN).values_list(
            "medewerker", "object_type", "object_id", "huishouden_id"
        )
    ) == sorted(
        [
            (teamleider.pk, PLAN, plan_een.pk, plan_een.huishouden_id),
            (teamleider.pk, PLAN, plan_twee.pk, plan_twee.huishouden_id),
            (teamleider.pk, MELDING, melding_een.pk, melding_een.huishouden_id),
            (teamleider.pk, MELDING, melding_twee.pk, melding_twee.huishouden_id),
            (teamleider.pk, MELDING, melding_drie.pk, melding_drie.huishouden_id),
        ]
    )

    # Each new owner finds exactly one reminder per case in their inbox; nobody else.
    assert overgedragen(collega) == sorted([(MELDING, melding_een.pk), (PLAN, plan_een.pk)])
    assert overgedragen(derde) == sorted(
        [(MELDING, melding_twee.pk), (MELDING, melding_drie.pk), (PLAN, plan_twee.pk)]
    )
    assert overgedragen(consulent) == []
    assert overgedragen(teamleider) == []
    assert Herinnering.objects.filter(regel=Regel.OVERGEDRAGEN).count() == 5
    assert set(
        Herinnering.objects.filter(regel=Regel.OVERGEDRAGEN).values_list("datum", flat=True)
    ) == {timezone.localdate()}


def test_the_work_of_someone_who_left_goes_to_one_colleague(werk, consulent, collega, teamleider):
    consulent.is_active = False
    consulent.save(update_fields=["is_active"])
    caseload_overdragen(
        van=consulent,
        plannen={werk["plan_een"].pk: collega, werk["plan_twee"].pk: collega},
        meldingen={werk["melding_een"].pk: collega},
        reden="Uit dienst",
        door=teamleider,
    )
    assert set(Plan.objects.values_list("regisseur", flat=True)) == {collega.pk}
    assert Melding.objects.get(pk=werk["melding_een"].pk).consulent == collega
    # Not chosen, so still the consulent's: the teamleider sees it is left over.
    assert Melding.objects.get(pk=werk["melding_twee"].pk).consulent == consulent
    assert overgedragen(collega) == sorted(
        [
            (MELDING, werk["melding_een"].pk),
            (PLAN, werk["plan_een"].pk),
            (PLAN, werk["plan_twee"].pk),
        ]
    )


def test_a_teamleider_taking_cases_themself_gets_no_reminder(werk, consulent, teamleider):
    caseload_overdragen(
        van=consulent,
        plannen={werk["plan_een"].pk: teamleider},
        meldingen={werk["melding_drie"].pk: teamleider},
        reden="Ik neem het over",
        door=teamleider,
    )
    assert Plan.objects.get(pk=werk["plan_een"].pk).regisseur == teamleider
    assert Melding.objects.get(pk=werk["melding_drie"].pk).consulent == teamleider
    assert RegisseurOverdracht.objects.get().naar == teamleider
    assert MeldingOverdracht.objects.get().naar == teamleider
    assert not Herinnering.objects.exists()


# --- who may --------------------------------------------------------------------------------


@pytest.mark.parametrize("wie", ["collega", "teamleider_noord", "beheerder"])
def test_only_a_teamleider_of_the_team_redistributes(request, wie, werk, consulent, derde):
    door = request.getfixturevalue(wie)
    voor = stand()
    with pytest.raises(PermissionDenied):
        caseload_overdragen(
            van=consulent,
            plannen={werk["plan_een"].pk: derde},
            meldingen={werk["melding_een"].pk: derde},
            reden="Herverdeling",
            door=door,
        )
    assert stand() == voor


def test_a_teamleider_does_not_redistribute_their_own_work(
    teamleider, collega, huishouden_centrum
):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=teamleider)
    melding = melding_van(teamleider, huishouden_centrum)
    voor = stand()
    with pytest.raises(PermissionDenied):
        caseload_overdragen(
            van=teamleider,
            plannen={plan.pk: collega},
            meldingen={melding.pk: collega},
            reden="Ik ga met verlof",
            door=teamleider,
        )
    assert stand() == voor


def test_an_inactive_teamleider_does_not_redistribute(werk, consulent, collega, teamleider):
    teamleider.is_active = False
    teamleider.save(update_fields=["is_active"])
    with pytest.raises(PermissionDenied):
        caseload_overdragen(
            van=consulent,
            plannen={werk["plan_een"].pk: collega},
            meldingen={},
            reden="Herverdeling",
            door=teamleider,
        )
    assert Plan.objects.get(pk=werk["plan_een"].pk).regisseur == consulent


def test_a_reason_and_at_least_one_case_are_needed(werk, consulent, collega, teamleider):
    voor = stand()
    with pytest.raises(ValidationError) as fout:
        caseload_overdragen(
            van=consulent,
            plannen={werk["plan_een"].pk: collega},
            meldingen={},
            reden="   ",
            door=teamleider,
        )
    assert set(fout.value.message_dict) == {"reden"}
    with pytest.raises(ValidationError) as fout:
        caseload_overdragen(
            van=consulent, plannen={}, meldingen={}, reden="Herverdeling", door=teamleider
        )
    assert set(fout.value.message_dict) == {"__all__"}
    assert stand() == voor


# --- a finished melding whose beschikking clock still runs ---------------------------------


def test_a_finished_melding_with_a_running_beschikking_clock_is_handed_over(
    consulent, collega, teamleider, huishouden_centrum
):
    """The onderzoek is done and the aanvraag is in: someone must keep watching the
    beschikking term."""
    melding = melding_van(
        consulent,
        huishouden_centrum,
        status=Melding.Status.AFGEROND,
        ontvangen_op=timezone.now() - timedelta(days=10),
        onderzoek_afgerond_op=timezone.now() - timedelta(days=1),
        aanvraag_op=timezone.localdate(),
    )
    assert melding.deadline is not None
    caseload_overdragen(
        van=consulent, plannen={}, meldingen={melding.pk: collega}, reden="Ziek", door=teamleider
    )
    melding.refresh_from_db()
    assert (melding.consulent, melding.status) == (collega, Melding.Status.AFGEROND)
    assert overgedragen(collega) == [(MELDING, melding.pk)]


def test_a_finished_melding_without_a_running_clock_is_not_handed_over(
    werk, consulent, collega, teamleider, huishouden_centrum
):
    klaar = melding_van(
        consulent,
        huishouden_centrum,
        status=Melding.Status.AFGEROND,
        ontvangen_op=timezone.now() - timedelta(days=10),
        onderzoek_afgerond_op=timezone.now() - timedelta(days=1),
    )
    assert klaar.deadline is None
    voor = stand()
    with pytest.raises(ValidationError) as fout:
        caseload_overdragen(
            van=consulent,
            plannen={werk["plan_een"].pk: collega},
            meldingen={werk["melding_een"].pk: collega, klaar.pk: collega},
            reden="Ziek",
            door=teamleider,
        )
    assert fout.value.messages == [
        f"Melding {klaar.pk} ({klaar.huishouden.kort_adres}): "
        "Deze melding is al afgerond of ingetrokken."
    ]
    assert stand() == voor
