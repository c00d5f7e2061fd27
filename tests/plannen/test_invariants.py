"""docs/design.md §4.1 and §4.2, held by the database itself, not only by the services."""

import pytest
from django.db import IntegrityError, transaction

from plannen.models import Plan
from tests.factories import HuishoudenFactory, MedewerkerFactory, PlanFactory

pytestmark = pytest.mark.django_db


def test_database_refuses_a_second_open_plan_for_a_household():
    plan = PlanFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Plan.objects.create(
            huishouden=plan.huishouden, regisseur=plan.regisseur, created_by=plan.regisseur
        )
    assert Plan.objects.filter(huishouden=plan.huishouden).count() == 1


def test_closed_plans_do_not_count_towards_the_one_open_plan():
    huishouden = HuishoudenFactory()
    PlanFactory(huishouden=huishouden, afgesloten=True)
    PlanFactory(huishouden=huishouden, afgesloten=True)
    PlanFactory(huishouden=huishouden)
    assert Plan.objects.open().filter(huishouden=huishouden).count() == 1


def test_plan_without_regisseur_is_impossible():
    huishouden = HuishoudenFactory()
    maker = MedewerkerFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Plan.objects.create(huishouden=huishouden, regisseur=None, created_by=maker)


def test_regisseur_with_plans_cannot_be_deleted():
    plan = PlanFactory()
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        plan.regisseur.delete()
