"""The centrum team with names a reader recognises, work in team Noord, and Carla's work
to hand over."""

import pytest

from plannen.models import Plan
from tests.dashboard.teamwerk import melding, plan
from tests.factories import HuishoudenFactory


@pytest.fixture
def team(consulent, collega, teamleider):
    """The centrum team with names a reader recognises on the page."""
    for m, (voornaam, achternaam) in (
        (consulent, ("Carla", "Consulent")),
        (collega, ("Bas", "Collega")),
        (teamleider, ("Tineke", "Teamleider")),
    ):
        m.first_name, m.last_name = voornaam, achternaam
        m.save(update_fields=["first_name", "last_name"])
    return {"consulent": consulent, "collega": collega, "teamleider": teamleider}


@pytest.fixture
def noord(consulent_noord, teamleider_noord, wijk_noord):
    """Work in the other team, which the centrum teamleider never sees."""
    for m, (voornaam, achternaam) in (
        (consulent_noord, ("Nora", "Noorderling")),
        (teamleider_noord, ("Niels", "Noord")),
    ):
        m.first_name, m.last_name = voornaam, achternaam
        m.save(update_fields=["first_name", "last_name"])
    huishouden = HuishoudenFactory(wijk=wijk_noord, straat="Noordweg")
    plan(huishouden, consulent_noord, Plan.Status.VASTGESTELD)
    melding(huishouden, consulent=consulent_noord)
    return consulent_noord


@pytest.fixture
def werk(team, wijk_centrum):
    """Carla's work: two households with a plan and a melding, one more melding; and what
    is not hers (any more) to hand over."""
    carla, bas = team["consulent"], team["collega"]
    een, twee, drie, vier = (HuishoudenFactory(wijk=wijk_centrum) for _ in range(4))
    return {
        "plannen": [plan(een, carla), plan(twee, carla, Plan.Status.VASTGESTELD)],
        "meldingen": [
            melding(een, consulent=carla),
            melding(twee, consulent=carla, status="in_onderzoek"),
            melding(drie, consulent=carla),
        ],
        "niet": [
            plan(drie, carla, Plan.Status.AFGESLOTEN),
            melding(vier, consulent=carla, status="afgerond"),
            plan(vier, bas),
        ],
    }
