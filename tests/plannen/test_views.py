import pytest
from django.urls import reverse

from plannen.models import Plan
from sociaal.audit.models import AuditEntry, Resultaat
from tests.conftest import ingelogd
from tests.factories import MedewerkerFactory, PlanFactory

pytestmark = pytest.mark.django_db


def test_the_new_regisseurs_teamleider_hands_over_on_the_plan_page(
    huishouden_centrum, consulent_noord, teamleider_noord, team_noord
):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent_noord)
    andere = MedewerkerFactory(teams=[team_noord], first_name="Ilse", last_name="Noord")
    client = ingelogd(teamleider_noord)
    pagina = client.get(reverse("plannen:plan", args=[plan.pk]))
    assert "Regie overdragen" in pagina.content.decode()
    response = client.post(
        reverse("plannen:plan", args=[plan.pk]), {"naar": andere.pk, "reden": "Herverdeling"}
    )
    assert response.status_code == 302
    assert Plan.objects.get(pk=plan.pk).regisseur == andere


def test_a_colleague_who_may_not_hand_over_sees_no_form_and_a_post_is_refused_and_audited(
    huishouden_centrum, consulent, collega, team_centrum
):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    client = ingelogd(collega)
    url = reverse("plannen:plan", args=[plan.pk])
    assert "Regie overdragen" not in client.get(url).content.decode()
    derde = MedewerkerFactory(teams=[team_centrum])
    response = client.post(url, {"naar": derde.pk, "reden": "Ik neem het over"})
    assert response.status_code == 200
    assert "Alleen de regisseur of een teamleider" in response.content.decode()
    assert Plan.objects.get(pk=plan.pk).regisseur == consulent
    geweigerd = AuditEntry.objects.get(resultaat=Resultaat.GEWEIGERD)
    assert (geweigerd.medewerker, geweigerd.huishouden_id) == (collega, huishouden_centrum.pk)


def test_handing_over_out_of_ones_own_reach_returns_to_the_list(
    huishouden_centrum, consulent_noord, consulent
):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent_noord)
    response = ingelogd(consulent_noord).post(
        reverse("plannen:plan", args=[plan.pk]),
        {"naar": consulent.pk, "reden": "Terug naar Centrum"},
    )
    assert response["Location"] == reverse("huishoudens:lijst")
    assert Plan.objects.get(pk=plan.pk).regisseur == consulent
    assert not AuditEntry.objects.filter(resultaat=Resultaat.GEWEIGERD).exists()
