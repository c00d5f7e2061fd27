"""A third team's wijk, who enters the rows, and the voorzieningen on two rungs."""

import pytest

from tests.factories import MedewerkerFactory, TeamFactory, WijkFactory
from voorzieningen.models import Voorziening


@pytest.fixture
def wijk_oost(db):
    """A third team's wijk: the dashboard of Centrum and Noord never counts it."""
    return WijkFactory(naam="Oost", team=TeamFactory(naam="Wijkteam Oost"))


@pytest.fixture
def door(db):
    return MedewerkerFactory(username="invoer")


@pytest.fixture
def voorzieningen(db):
    return {
        "algemeen": Voorziening.objects.create(
            sleutel="test-buurthuis", naam="Buurthuis", soort="algemeen", aanbieder="x"
        ),
        "maatwerk": Voorziening.objects.create(
            sleutel="test-hulp-bij-het-huishouden",
            naam="Hulp bij het huishouden",
            soort="maatwerk",
            aanbieder="x",
        ),
    }
