"""The handover hook: the domain tells whoever registered, and the reminders registered."""

import pytest

from huishoudens import overdracht
from plannen.services import regisseur_overdragen
from sociaal.herinneringen.models import Herinnering, Regel
from sociaal.herinneringen.services import overdracht_melden
from tests.factories import PlanFactory


@pytest.fixture
def geen_ontvangers(monkeypatch):
    """An empty list of receivers for one test; the app's own come back afterwards."""
    monkeypatch.setattr(overdracht, "_ontvangers", [])


def test_the_reminders_registered_at_start_up():
    assert overdracht_melden in overdracht._ontvangers


def test_every_receiver_hears_once_in_the_order_they_registered(geen_ontvangers):
    gehoord = []

    def eerste(**overdracht_):
        gehoord.append(("eerste", overdracht_["sleutel"]))

    def tweede(**overdracht_):
        gehoord.append(("tweede", overdracht_["sleutel"]))

    overdracht.bij_overdracht(eerste)
    overdracht.bij_overdracht(tweede)
    overdracht.bij_overdracht(eerste)  # a second registration changes nothing
    overdracht.overgedragen(naar=None, obj=None, huishouden_id=1, sleutel="overdracht-7")

    assert gehoord == [("eerste", "overdracht-7"), ("tweede", "overdracht-7")]


@pytest.mark.django_db
def test_a_regisseur_handover_tells_the_new_regisseur(consulent, collega, huishouden_centrum):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)

    regisseur_overdragen(plan=plan, naar=collega, reden="Verlof", door=consulent)

    assert Herinnering.objects.filter(
        regel=Regel.OVERGEDRAGEN, ontvanger=collega, object_id=plan.pk
    ).exists()
