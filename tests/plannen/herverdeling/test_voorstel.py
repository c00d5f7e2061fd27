"""A proposal for handing a caseload over: one person per household, balanced."""

import pytest

from plannen.services.herverdeling import Zaak, verdeling_voorstellen

pytestmark = pytest.mark.django_db


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
