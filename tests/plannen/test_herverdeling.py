"""Handing work over: one plan or melding at a time, and a medewerker's whole caseload at
once (plannen.services.herverdeling). What the teamleider and the colleagues notice: who
holds each case, the handover history, the audit trail and the "aan u overgedragen"
reminder in the new owner's inbox — and, when the bulk action is refused, that nothing
moved at all."""

import threading
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connections
from django.utils import timezone

from huishoudens.models import Melding, MeldingOverdracht
from huishoudens.services.meldingen import melding_overdragen, melding_toewijzen
from plannen.models import Plan, RegisseurOverdracht
from plannen.services import herverdeling
from plannen.services.herverdeling import Zaak, caseload_overdragen, verdeling_voorstellen
from plannen.services.plan import regisseur_overdragen
from sociaal.audit.models import Actie, AuditEntry
from sociaal.herinneringen.models import Herinnering, Regel
from sociaal.herinneringen.selectors import herinneringen_voor
from sociaal.herinneringen.services import overdracht_melden
from tests.factories import HuishoudenFactory, MedewerkerFactory, MeldingFactory, PlanFactory

pytestmark = pytest.mark.django_db

PLAN = "plannen.plan"
MELDING = "huishoudens.melding"


def melding_van(consulent, huishouden, **velden) -> Melding:
    velden = {"status": Melding.Status.TOEGEWEZEN, **velden}
    return MeldingFactory(huishouden=huishouden, consulent=consulent, **velden)


def overgedragen(medewerker) -> list[tuple[str, int]]:
    """The "aan u overgedragen" reminders in `medewerker`'s inbox: (object_type, id)."""
    return sorted(
        herinneringen_voor(medewerker)
        .filter(regel=Regel.OVERGEDRAGEN)
        .values_list("object_type", "object_id")
    )


def stand() -> dict:
    """Everything a handover changes: who holds each case, and what it leaves behind."""
    return {
        "regisseurs": dict(Plan.objects.values_list("pk", "regisseur")),
        "consulenten": dict(Melding.objects.values_list("pk", "consulent")),
        "plan_overdrachten": RegisseurOverdracht.objects.count(),
        "melding_overdrachten": MeldingOverdracht.objects.count(),
        "herinneringen": Herinnering.objects.count(),
        "audit_wijzigen": AuditEntry.objects.filter(actie=Actie.WIJZIGEN).count(),
    }


@pytest.fixture
def derde(team_centrum):
    return MedewerkerFactory(username="derde", teams=[team_centrum])


@pytest.fixture
def werk(consulent, wijk_centrum):
    """The consulent's caseload: two households with a plan and a melding each, and one
    melding in a third household."""
    een, twee, drie = (HuishoudenFactory(wijk=wijk_centrum) for _ in range(3))
    return {
        "plan_een": PlanFactory(huishouden=een, regisseur=consulent),
        "plan_twee": PlanFactory(huishouden=twee, regisseur=consulent),
        "melding_een": melding_van(consulent, een),
        "melding_twee": melding_van(consulent, twee),
        "melding_drie": melding_van(consulent, drie),
    }


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


# --- all or nothing ------------------------------------------------------------------------


def test_a_melding_for_a_colleague_of_another_team_refuses_it_all(
    werk, consulent, collega, consulent_noord, teamleider
):
    """The plans come first: they were moved already when the melding fails, and go back."""
    voor = stand()
    melding = werk["melding_twee"]
    with pytest.raises(ValidationError) as fout:
        caseload_overdragen(
            van=consulent,
            plannen={werk["plan_een"].pk: collega, werk["plan_twee"].pk: collega},
            meldingen={werk["melding_een"].pk: collega, melding.pk: consulent_noord},
            reden="Herverdeling",
            door=teamleider,
        )
    assert fout.value.messages == [
        f"Melding {melding.pk} ({melding.huishouden.kort_adres}): "
        "Kies een actieve consulent van dit team."
    ]
    assert stand() == voor


def test_a_plan_for_an_inactive_medewerker_refuses_it_all(
    werk, consulent, collega, teamleider, team_centrum
):
    weg = MedewerkerFactory(teams=[team_centrum], is_active=False)
    plan = werk["plan_twee"]  # the second plan: the first was moved already
    voor = stand()
    with pytest.raises(ValidationError) as fout:
        caseload_overdragen(
            van=consulent,
            plannen={werk["plan_een"].pk: collega, plan.pk: weg},
            meldingen={werk["melding_een"].pk: collega},
            reden="Herverdeling",
            door=teamleider,
        )
    assert fout.value.messages == [
        f"Plan {plan.pk} ({plan.huishouden.kort_adres}): "
        "Alleen een actieve consulent of teamleider kan regisseur zijn."
    ]
    assert stand() == voor


def test_a_plan_for_a_colleague_of_another_team_refuses_it_all(
    werk, consulent, collega, consulent_noord, teamleider
):
    """Not the teamleider's right to redistribute is in doubt, but their right to this one
    handover: it stays a refusal of rights (the page audits it as one), said of that case
    so the teamleider knows which one."""
    plan = werk["plan_twee"]
    voor = stand()
    with pytest.raises(PermissionDenied) as fout:
        caseload_overdragen(
            van=consulent,
            plannen={werk["plan_een"].pk: collega, plan.pk: consulent_noord},
            meldingen={werk["melding_een"].pk: collega},
            reden="Herverdeling",
            door=teamleider,
        )
    assert str(fout.value) == (
        f"Plan {plan.pk} ({plan.huishouden.kort_adres}): Alleen de regisseur, een teamleider "
        "van het team of de teamleider van de nieuwe regisseur kan dit plan aan "
        f"{consulent_noord} overdragen."
    )
    assert stand() == voor


def test_a_plan_handed_over_meanwhile_refuses_it_all(werk, consulent, collega, derde, teamleider):
    """The page was shown; then the consulent handed one plan over themself."""
    plan = werk["plan_twee"]
    regisseur_overdragen(plan=plan, naar=derde, reden="Zelf geregeld", door=consulent)
    voor = stand()
    with pytest.raises(ValidationError) as fout:
        caseload_overdragen(
            van=consulent,
            plannen={werk["plan_een"].pk: collega, plan.pk: collega},
            meldingen={werk["melding_een"].pk: collega},
            reden="Herverdeling",
            door=teamleider,
        )
    assert fout.value.messages == [
        f"Plan {plan.pk} ({plan.huishouden.kort_adres}) is niet meer van {consulent}: "
        "laad de pagina opnieuw."
    ]
    assert stand() == voor
    assert Plan.objects.get(pk=plan.pk).regisseur == derde


def test_a_melding_handed_over_meanwhile_refuses_it_all(
    werk, consulent, collega, derde, teamleider
):
    melding = werk["melding_drie"]
    melding_overdragen(melding=melding, naar=derde, reden="Spoed", door=teamleider)
    voor = stand()
    with pytest.raises(ValidationError) as fout:
        caseload_overdragen(
            van=consulent,
            plannen={werk["plan_een"].pk: collega},
            meldingen={werk["melding_een"].pk: collega, melding.pk: collega},
            reden="Herverdeling",
            door=teamleider,
        )
    assert fout.value.messages == [
        f"Melding {melding.pk} ({melding.huishouden.kort_adres}) is niet meer van "
        f"{consulent}: laad de pagina opnieuw."
    ]
    assert stand() == voor
    assert Melding.objects.get(pk=melding.pk).consulent == derde


def test_a_closed_plan_or_a_case_that_no_longer_exists_refuses_it_all(
    werk, consulent, collega, teamleider
):
    gesloten = PlanFactory(
        huishouden=HuishoudenFactory(wijk=werk["plan_een"].huishouden.wijk),
        regisseur=consulent,
        afgesloten=True,
    )
    voor = stand()
    with pytest.raises(ValidationError) as fout:
        caseload_overdragen(
            van=consulent,
            plannen={werk["plan_een"].pk: collega, gesloten.pk: collega},
            meldingen={},
            reden="Herverdeling",
            door=teamleider,
        )
    assert fout.value.messages == [
        f"Plan {gesloten.pk} ({gesloten.huishouden.kort_adres}) is niet meer van "
        f"{consulent}: laad de pagina opnieuw."
    ]
    assert stand() == voor
    with pytest.raises(ValidationError) as fout:
        caseload_overdragen(
            van=consulent,
            plannen={werk["plan_een"].pk: collega},
            meldingen={werk["melding_een"].pk: collega, 987654: collega},
            reden="Herverdeling",
            door=teamleider,
        )
    assert fout.value.messages == ["Een gekozen plan of melding bestaat niet meer."]
    assert stand() == voor


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("soort", ["plan", "melding"])
def test_a_handover_at_the_same_moment_is_not_taken_from_its_new_owner(
    soort, monkeypatch, consulent, collega, derde, teamleider, team_centrum, wijk_centrum
):
    """Between the bulk action reading the cases and handing the first one over, someone
    hands it to a colleague in another connection. The bulk action must not then take the
    case from that colleague: either the other handover waits for it, or it is refused."""
    huishouden = HuishoudenFactory(wijk=wijk_centrum)
    if soort == "plan":
        zaak = PlanFactory(huishouden=huishouden, regisseur=consulent)
        naam, overdrachten = "regisseur_overdragen", RegisseurOverdracht.objects

        def tegelijk():
            regisseur_overdragen(plan=zaak, naar=collega, reden="Zelf geregeld", door=consulent)

    else:
        zaak = melding_van(consulent, huishouden)
        naam, overdrachten = "melding_overdragen", MeldingOverdracht.objects
        andere_teamleider = MedewerkerFactory(teamleider=True, teams=[team_centrum])

        def tegelijk():
            melding_overdragen(melding=zaak, naar=collega, reden="Spoed", door=andere_teamleider)

    echte = getattr(herverdeling, naam)
    uitkomst = {}

    def ander():
        try:
            tegelijk()
            uitkomst["ander"] = "overgedragen"
        except (PermissionDenied, ValidationError) as error:
            uitkomst["ander"] = type(error).__name__
        finally:
            connections.close_all()

    draad = threading.Thread(target=ander)

    def net_daarna(**kwargs):
        draad.start()
        draad.join(timeout=2)  # done, or waiting for a lock the bulk action holds
        return echte(**kwargs)

    monkeypatch.setattr(herverdeling, naam, net_daarna)
    try:
        caseload_overdragen(
            van=consulent,
            plannen={zaak.pk: derde} if soort == "plan" else {},
            meldingen={zaak.pk: derde} if soort == "melding" else {},
            reden="Herverdeling",
            door=teamleider,
        )
        uitkomst["bulk"] = "overgedragen"
    except ValidationError:
        uitkomst["bulk"] = "geweigerd"
    draad.join(timeout=30)
    assert not draad.is_alive()
    assert set(uitkomst) == {"bulk", "ander"}  # both finished, neither with another error

    # The bulk action only ever hands over what was the consulent's.
    assert list(overdrachten.filter(door=teamleider).values_list("van", flat=True)) in (
        [],
        [consulent.pk],
    )
    # And the history is one unbroken chain from the consulent to whoever holds it now.
    keten = list(overdrachten.order_by("op", "pk").values_list("van", "naar"))
    houder = consulent.pk
    for van, naar in keten:
        assert van == houder
        houder = naar
    zaak.refresh_from_db()
    assert (zaak.regisseur_id if soort == "plan" else zaak.consulent_id) == houder


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


# --- a proposal ------------------------------------------------------------------------------


def zaak(soort: str, pk: int, huishouden_id: int, *mogelijk) -> Zaak:
    """A case in a proposal, with the medewerkers who may take it over."""
    return Zaak(soort, pk, huishouden_id, frozenset(m.pk for m in mogelijk))


def test_the_proposal_keeps_each_household_with_one_person_and_balances(
    collega, derde, teamleider
):
    """Households, largest first, each to whoever then carries the fewest: huishouden 10
    (three cases) to collega (3, before derde on the list), 20 to derde (3), 30 to collega
    (now 4, before derde's 4), 40 to derde. The teamleider (5) is not needed."""
    iedereen = (teamleider, collega, derde)
    zaken = [
        zaak("plan", 3, 30, *iedereen),
        zaak("melding", 9, 20, *iedereen),
        zaak("plan", 1, 10, *iedereen),
        zaak("melding", 11, 40, *iedereen),
        zaak("melding", 7, 10, *iedereen),
        zaak("plan", 2, 20, *iedereen),
        zaak("melding", 8, 10, *iedereen),
    ]
    voorstel = verdeling_voorstellen(
        zaken=zaken,
        naar=[teamleider, collega, derde],
        caseload={teamleider.pk: 5, collega.pk: 3, derde.pk: 3},
    )
    assert voorstel == {
        ("plan", 1): collega.pk,
        ("melding", 7): collega.pk,
        ("melding", 8): collega.pk,
        ("plan", 2): derde.pk,
        ("melding", 9): derde.pk,
        ("plan", 3): collega.pk,
        ("melding", 11): derde.pk,
    }


def test_the_proposal_counts_someone_without_a_caseload_as_empty(collega, derde):
    voorstel = verdeling_voorstellen(
        zaken=[
            zaak("plan", 1, 10, collega, derde),
            zaak("melding", 2, 10, collega, derde),
            zaak("melding", 3, 20, collega, derde),
        ],
        naar=[collega, derde],
        caseload={collega.pk: 1},
    )
    assert voorstel == {
        ("plan", 1): derde.pk,
        ("melding", 2): derde.pk,
        ("melding", 3): collega.pk,
    }


def test_the_proposal_gives_a_household_to_its_regisseur_when_chosen_and_allowed(
    collega, derde, teamleider
):
    """Huishouden 30 (two cases) first: derde is its regisseur, but may not take its
    melding, so it goes to collega (0 → 1). Huishouden 10 stays with its regisseur derde,
    though derde carries 9. Huishouden 20's regisseur, the teamleider, was not chosen: to
    collega (1, against derde's 10)."""
    beiden = (collega, derde)
    voorstel = verdeling_voorstellen(
        zaken=[
            zaak("melding", 1, 10, *beiden),
            zaak("melding", 2, 20, *beiden),
            zaak("plan", 3, 30, *beiden),
            zaak("melding", 4, 30, collega),
        ],
        naar=[collega, derde],
        caseload={collega.pk: 0, derde.pk: 9},
        voorkeur={10: derde.pk, 20: teamleider.pk, 30: derde.pk},
    )
    assert voorstel == {
        ("melding", 1): derde.pk,
        ("melding", 2): collega.pk,
        ("plan", 3): collega.pk,
        ("melding", 4): collega.pk,
    }


def test_a_household_no_chosen_colleague_may_take_is_left_out(collega, derde, teamleider):
    """Huishouden 10's melding may only go to the teamleider, who was not chosen: the whole
    household is left out (also its plan: one household, one person), for the teamleider
    to choose. Huishouden 20's melding may only go to derde, however full; 30 to collega."""
    iedereen = (teamleider, collega, derde)
    voorstel = verdeling_voorstellen(
        zaken=[
            zaak("plan", 1, 10, *iedereen),
            zaak("melding", 2, 10, teamleider),
            zaak("melding", 3, 20, derde),
            zaak("plan", 4, 30, *iedereen),
        ],
        naar=[collega, derde],
        caseload={collega.pk: 0, derde.pk: 3},
    )
    assert voorstel == {("melding", 3): derde.pk, ("plan", 4): collega.pk}


def test_no_proposal_without_colleagues(collega):
    assert verdeling_voorstellen(zaken=[zaak("plan", 1, 10, collega)], naar=[], caseload={}) == {}
