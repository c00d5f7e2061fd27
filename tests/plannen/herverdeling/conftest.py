"""A third member of team Centrum, and the consulent's caseload to hand over."""

import pytest

from tests.factories import HuishoudenFactory, MedewerkerFactory, PlanFactory
from tests.plannen.herverdeling.overdracht import melding_van


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
