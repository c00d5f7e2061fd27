"""The plan's lifecycle: transitions and refused ones, a vastgesteld plan frozen, a change
making a new version, old versions readable, and what changed shown between them."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from plannen.models import Afspraak, Plan, PlanVersie
from plannen.services import doelen as inhoud
from plannen.services import levensloop as services
from plannen.services import plan_starten
from tests.factories import PersoonFactory, PlanFactory

pytestmark = pytest.mark.django_db
VANDAAG = timezone.localdate


@pytest.fixture
def plan(huishouden_centrum, consulent):
    persoon = PersoonFactory(huishouden=huishouden_centrum, voornamen="Riet")
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    doel = inhoud.doel_toevoegen(
        plan=plan, omschrijving="Zelf boodschappen doen", door=consulent, wijziging=0
    )
    inhoud.afspraak_toevoegen(
        afspraak=Afspraak(
            doel=doel, wat="Lijstje maken", uitvoerder="eigen_kracht", persoon=persoon
        ),
        door=consulent,
        wijziging=1,
    )
    plan.refresh_from_db()
    return plan


def vaststellen(plan, door, **velden):
    gegevens = {
        "akkoord_op": VANDAAG(),
        "akkoord_wijze": "handtekening",
        "evaluatie_op": VANDAAG() + timedelta(days=180),
        **velden,
    }
    return services.plan_vaststellen(plan=plan, door=door, wijziging=plan.wijziging, **gegevens)


def test_from_concept_to_vastgesteld_freezes_a_version(plan, consulent):
    services.plan_ter_ondertekening(plan=plan, door=consulent, wijziging=plan.wijziging)
    plan.refresh_from_db()
    assert plan.status == Plan.Status.TER_ONDERTEKENING
    versie = vaststellen(plan, consulent)
    plan.refresh_from_db()
    assert plan.status == Plan.Status.VASTGESTELD
    assert (versie.nummer, versie.akkoord_wijze) == (1, "handtekening")
    assert versie.inhoud["doelen"][0]["afspraken"][0]["wat"] == "Lijstje maken"
    with pytest.raises(ValidationError, match="nieuwe versie"):
        inhoud.doel_toevoegen(
            plan=plan, omschrijving="Later", door=consulent, wijziging=plan.wijziging
        )


def test_vaststellen_needs_a_future_evaluation_and_a_past_agreement(plan, consulent):
    services.plan_ter_ondertekening(plan=plan, door=consulent, wijziging=plan.wijziging)
    plan.refresh_from_db()
    with pytest.raises(ValidationError) as error:
        vaststellen(
            plan,
            consulent,
            akkoord_op=VANDAAG() + timedelta(days=1),
            evaluatie_op=VANDAAG(),
            akkoord_wijze="fax",
        )
    assert set(error.value.message_dict) == {"akkoord_op", "evaluatie_op", "akkoord_wijze"}
    assert not PlanVersie.objects.exists()


def test_refused_transitions(huishouden_centrum, consulent):
    leeg = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    with pytest.raises(ValidationError, match="minstens één doel"):
        services.plan_ter_ondertekening(plan=leeg, door=consulent, wijziging=0)
    with pytest.raises(ValidationError, match="het plan is concept"):
        services.evaluatie_starten(plan=leeg, door=consulent, wijziging=0)
    with pytest.raises(ValidationError, match="Niet opgeslagen"):
        services.plan_afsluiten(plan=leeg, door=consulent, wijziging=7, reden="verhuisd")
    with pytest.raises(ValidationError):
        services.plan_afsluiten(plan=leeg, door=consulent, wijziging=0, reden="geen-idee")


def test_a_change_after_agreement_is_a_new_version_and_the_old_one_stays(plan, consulent):
    services.plan_ter_ondertekening(plan=plan, door=consulent, wijziging=plan.wijziging)
    plan.refresh_from_db()
    vaststellen(plan, consulent)
    plan.refresh_from_db()
    services.plan_nieuwe_versie(plan=plan, door=consulent, wijziging=plan.wijziging)
    plan.refresh_from_db()
    assert (plan.status, plan.versie) == (Plan.Status.CONCEPT, 2)
    doel = plan.doelen.get()
    inhoud.afspraak_toevoegen(
        afspraak=Afspraak(
            doel=doel,
            wat="Samen naar de markt",
            uitvoerder="eigen_kracht",
            persoon=plan.huishouden.personen.get(),
        ),
        door=consulent,
        wijziging=plan.wijziging,
    )
    plan.refresh_from_db()
    services.plan_ter_ondertekening(plan=plan, door=consulent, wijziging=plan.wijziging)
    plan.refresh_from_db()
    vaststellen(plan, consulent)
    assert list(PlanVersie.objects.filter(plan=plan).values_list("nummer", flat=True)) == [2, 1]
    eerste = PlanVersie.objects.get(plan=plan, nummer=1)
    assert [a["wat"] for a in eerste.inhoud["doelen"][0]["afspraken"]] == ["Lijstje maken"]


def test_the_version_page_shows_what_changed(client_consulent, plan, consulent):
    services.plan_ter_ondertekening(plan=plan, door=consulent, wijziging=plan.wijziging)
    plan.refresh_from_db()
    vaststellen(plan, consulent)
    plan.refresh_from_db()
    services.plan_nieuwe_versie(plan=plan, door=consulent, wijziging=plan.wijziging)
    plan.refresh_from_db()
    afspraak = Afspraak.objects.get()
    inhoud.afspraak_verwijderen(afspraak=afspraak, door=consulent, wijziging=plan.wijziging)
    plan.refresh_from_db()
    concept = client_consulent.get(
        reverse("plannen:concept-verschil", args=[plan.pk])
    ).content.decode()
    assert "Verwijderd" in concept and "Lijstje maken" in concept
    inhoud.doel_toevoegen(
        plan=plan, omschrijving="Weer fietsen", door=consulent, wijziging=plan.wijziging
    )
    plan.refresh_from_db()
    inhoud.afspraak_toevoegen(
        afspraak=Afspraak(
            doel=plan.doelen.last(),
            wat="Fietsmaatje zoeken",
            uitvoerder="eigen_kracht",
            persoon=plan.huishouden.personen.get(),
        ),
        door=consulent,
        wijziging=plan.wijziging,
    )
    plan.refresh_from_db()
    services.plan_ter_ondertekening(plan=plan, door=consulent, wijziging=plan.wijziging)
    plan.refresh_from_db()
    vaststellen(plan, consulent)
    html = client_consulent.get(reverse("plannen:versie", args=[plan.pk, 2])).content.decode()
    assert "Veranderd ten opzichte van versie 1" in html
    assert "doel: Weer fietsen" in html and "afspraak: Lijstje maken" in html
    eerste = client_consulent.get(reverse("plannen:versie", args=[plan.pk, 1])).content.decode()
    assert "Lijstje maken" in eerste and "Weer fietsen" not in eerste


def test_the_lifecycle_buttons_on_the_plan_page(client_consulent, plan):
    url = reverse("plannen:levensloop", args=[plan.pk])
    assert (
        "Ter ondertekening aanbieden"
        in client_consulent.get(reverse("plannen:plan", args=[plan.pk])).content.decode()
    )
    client_consulent.post(url, {"actie": "ter_ondertekening", "wijziging": plan.wijziging})
    plan.refresh_from_db()
    fout = client_consulent.post(
        url,
        {
            "actie": "vaststellen",
            "vaststellen-wijziging": plan.wijziging,
            "vaststellen-akkoord_op": VANDAAG().isoformat(),
            "vaststellen-akkoord_wijze": "mondeling",
            "vaststellen-evaluatie_op": VANDAAG().isoformat(),
        },
    )
    assert "De evaluatie ligt in de toekomst." in fout.content.decode()
    goed = client_consulent.post(
        url,
        {
            "actie": "vaststellen",
            "vaststellen-wijziging": plan.wijziging,
            "vaststellen-akkoord_op": VANDAAG().isoformat(),
            "vaststellen-akkoord_wijze": "mondeling",
            "vaststellen-evaluatie_op": (VANDAAG() + timedelta(days=90)).isoformat(),
        },
    )
    assert goed.status_code == 302
    plan.refresh_from_db()
    assert plan.status == Plan.Status.VASTGESTELD
    assert client_consulent.post(url, {"actie": "onzin"}).status_code == 400


def test_closing_allows_a_new_plan(plan, consulent):
    services.plan_afsluiten(
        plan=plan, door=consulent, wijziging=plan.wijziging, reden="doelen_bereikt"
    )
    nieuw = plan_starten(huishouden=plan.huishouden, regisseur=consulent, door=consulent)
    assert nieuw.status == Plan.Status.CONCEPT


def test_the_database_refuses_changing_a_frozen_plan(plan, consulent):
    from django.db import DatabaseError, transaction

    from plannen.models import Doel

    services.plan_ter_ondertekening(plan=plan, door=consulent, wijziging=plan.wijziging)
    plan.refresh_from_db()
    versie = vaststellen(plan, consulent)
    for poging in (
        lambda: Doel.objects.create(plan=plan, omschrijving="Stiekem"),
        lambda: Afspraak.objects.update(wat="Stiekem"),
        lambda: Afspraak.objects.all().delete(),
        lambda: PlanVersie.objects.filter(pk=versie.pk).update(inhoud={}),
    ):
        with pytest.raises(DatabaseError), transaction.atomic():
            poging()
    assert Afspraak.objects.get().wat == "Lijstje maken"


def test_a_renamed_person_is_no_change_but_another_one_is(plan, consulent):
    from plannen.versies import inhoud_van, verschillen

    oud = inhoud_van(plan)
    persoon = plan.huishouden.personen.get()
    persoon.voornamen = "Henriëtte"
    persoon.save()
    plan.refresh_from_db()
    assert verschillen(oud, inhoud_van(plan)) == []
    ander = PersoonFactory(huishouden=plan.huishouden)
    Afspraak.objects.update(persoon=ander)
    plan.refresh_from_db()
    assert [v.soort for v in verschillen(oud, inhoud_van(plan))] == ["gewijzigd"]
