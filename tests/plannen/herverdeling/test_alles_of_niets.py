"""When the bulk handover is refused, nothing moved at all."""

import threading

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connections

from huishoudens.models import Melding, MeldingOverdracht
from huishoudens.services.meldingen import melding_overdragen
from plannen.models import Plan, RegisseurOverdracht
from plannen.services import herverdeling
from plannen.services.herverdeling import caseload_overdragen
from plannen.services.plan import regisseur_overdragen
from tests.factories import HuishoudenFactory, MedewerkerFactory, PlanFactory
from tests.plannen.herverdeling.overdracht import melding_van, stand

pytestmark = pytest.mark.django_db


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
