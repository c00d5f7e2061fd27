"""The evaluation: results per doel, ZRM progress against the conversation, the
resident's rating, and continue (a new version) or close."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from plannen.models import Afspraak, Evaluatie, Plan, ZrmScore
from plannen.services import doelen as inhoud
from plannen.services import levensloop
from plannen.services.evaluatie import evaluatie_vastleggen
from tests.factories import GesprekFactory, MeldingFactory, PersoonFactory, PlanFactory

pytestmark = pytest.mark.django_db
VANDAAG = timezone.localdate


@pytest.fixture
def plan(huishouden_centrum, consulent):
    persoon = PersoonFactory(huishouden=huishouden_centrum)
    gesprek = GesprekFactory(
        melding=MeldingFactory(huishouden=huishouden_centrum, persoon=persoon),
        status="definitief",
        gehouden_op=VANDAAG(),
        afgerond_op=timezone.now(),
    )
    ZrmScore.objects.create(gesprek=gesprek, domein="financien", score=2)
    ZrmScore.objects.create(gesprek=gesprek, domein="huisvesting", score=4)
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    doel = inhoud.doel_toevoegen(
        plan=plan, omschrijving="Grip op geld", door=consulent, wijziging=0
    )
    inhoud.afspraak_toevoegen(
        afspraak=Afspraak(
            doel=doel, wat="Post openen", uitvoerder="eigen_kracht", persoon=persoon
        ),
        door=consulent,
        wijziging=1,
    )
    plan.refresh_from_db()
    levensloop.plan_ter_ondertekening(plan=plan, door=consulent, wijziging=plan.wijziging)
    plan.refresh_from_db()
    levensloop.plan_vaststellen(
        plan=plan,
        door=consulent,
        wijziging=plan.wijziging,
        akkoord_op=VANDAAG(),
        akkoord_wijze="digitaal",
        evaluatie_op=VANDAAG() + timedelta(days=90),
    )
    plan.refresh_from_db()
    levensloop.evaluatie_starten(plan=plan, door=consulent, wijziging=plan.wijziging)
    plan.refresh_from_db()
    return plan


def formulier(plan, **velden):
    doel = plan.doelen.get()
    return {
        "wijziging": plan.wijziging,
        "gehouden_op": VANDAAG().isoformat(),
        f"resultaat_{doel.pk}": "deels",
        "zrm_financien": "3",
        "cijfer": "8",
        "opmerking": "Fijn dat iemand meekeek",
        "besluit": "doorgaan",
        "nieuwe_evaluatie_op": (VANDAAG() + timedelta(days=120)).isoformat(),
        **velden,
    }


def test_continuing_makes_a_new_version_with_a_new_evaluation_date(client_consulent, plan):
    response = client_consulent.post(reverse("plannen:evaluatie", args=[plan.pk]), formulier(plan))
    evaluatie = Evaluatie.objects.get()
    assert response["Location"] == reverse(
        "plannen:evaluatie-uitkomst", args=[plan.pk, evaluatie.pk]
    )
    plan.refresh_from_db()
    assert (plan.status, plan.versie) == (Plan.Status.CONCEPT, 2)
    assert plan.evaluatie_op == VANDAAG() + timedelta(days=120)
    assert evaluatie.klantbeoordelingscijfer == 8
    assert evaluatie.resultaten.get().resultaat == "deels"
    uitkomst = client_consulent.get(response["Location"]).content.decode()
    assert "Financiën" in uitkomst and "+1" in uitkomst  # 2 at the conversation, 3 now


def test_closing_after_the_evaluation(plan, consulent):
    doel = plan.doelen.get()
    evaluatie_vastleggen(
        plan=plan,
        door=consulent,
        wijziging=plan.wijziging,
        gehouden_op=VANDAAG(),
        resultaten={doel.pk: "bereikt"},
        zrm={},
        besluit="afsluiten",
        reden_afsluiting="doelen_bereikt",
        toelichting="Alles loopt",
    )
    plan.refresh_from_db()
    assert (plan.status, plan.reden_afsluiting) == (Plan.Status.AFGESLOTEN, "doelen_bereikt")
    assert plan.toelichting_afsluiting == "Alles loopt"


def test_closing_needs_a_reason(client_consulent, plan):
    data = formulier(plan, besluit="afsluiten", nieuwe_evaluatie_op="")
    html = client_consulent.post(
        reverse("plannen:evaluatie", args=[plan.pk]), data
    ).content.decode()
    assert "Kies de reden van afsluiten." in html
    plan.refresh_from_db()
    assert plan.status == Plan.Status.IN_EVALUATIE


def test_every_doel_needs_a_result_and_the_rating_is_one_to_ten(plan, consulent):
    with pytest.raises(ValidationError) as error:
        evaluatie_vastleggen(
            plan=plan,
            door=consulent,
            wijziging=plan.wijziging,
            gehouden_op=VANDAAG(),
            resultaten={},
            zrm={"financien": 7},
            besluit="doorgaan",
            cijfer=11,
        )
    assert set(error.value.message_dict) == {"resultaten", "cijfer", "zrm", "nieuwe_evaluatie_op"}
    assert not Evaluatie.objects.exists()


def test_bad_input_on_the_form_keeps_what_was_typed(client_consulent, plan):
    data = formulier(plan, cijfer="12", zrm_financien="9", nieuwe_evaluatie_op="")
    html = client_consulent.post(
        reverse("plannen:evaluatie", args=[plan.pk]), data
    ).content.decode()
    assert "Zorg ervoor dat deze waarde hoogstens 10 is." in html
    assert "Kies een score van 1 tot en met 5." in html
    assert "Fijn dat iemand meekeek" in html
    assert not Evaluatie.objects.exists()


def test_only_a_plan_in_evaluatie_is_evaluated(
    client_consulent, consulent, huishouden_noord, wijk_centrum
):
    from tests.factories import HuishoudenFactory

    concept = PlanFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum), regisseur=consulent)
    response = client_consulent.get(reverse("plannen:evaluatie", args=[concept.pk]))
    assert response["Location"] == reverse("plannen:plan", args=[concept.pk])


def test_reading_an_evaluation_is_audited_with_its_household(client_consulent, plan):
    from sociaal.audit.models import AuditEntry

    client_consulent.post(reverse("plannen:evaluatie", args=[plan.pk]), formulier(plan))
    evaluatie = Evaluatie.objects.get()
    client_consulent.get(reverse("plannen:evaluatie-uitkomst", args=[plan.pk, evaluatie.pk]))
    entry = AuditEntry.objects.filter(object_type="plannen.evaluatie", actie="lezen").get()
    assert entry.huishouden_id == plan.huishouden_id
