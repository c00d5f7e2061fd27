"""The periods the dashboard counts over: month, quarter, year."""

from datetime import date

import pytest
from django.utils import translation

from sociaal.dashboard.periode import Periode, Soort
from tests.dashboard.cijfers.rijen import om

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("soort", "dag", "begin", "eind"),
    [
        (Soort.MAAND, date(2026, 5, 17), date(2026, 5, 1), date(2026, 6, 1)),
        (Soort.MAAND, date(2026, 12, 31), date(2026, 12, 1), date(2027, 1, 1)),
        (Soort.KWARTAAL, date(2026, 1, 1), date(2026, 1, 1), date(2026, 4, 1)),
        (Soort.KWARTAAL, date(2026, 5, 17), date(2026, 4, 1), date(2026, 7, 1)),
        (Soort.KWARTAAL, date(2026, 12, 31), date(2026, 10, 1), date(2027, 1, 1)),
        (Soort.JAAR, date(2026, 5, 17), date(2026, 1, 1), date(2027, 1, 1)),
    ],
)
def test_periode_around_a_day(soort, dag, begin, eind):
    periode = Periode.rond(soort, dag)
    assert (periode.begin, periode.eind) == (begin, eind)
    assert periode.bevat(begin) and periode.bevat(dag) and not periode.bevat(eind)


def test_periode_before_crosses_the_year():
    assert Periode.rond(Soort.MAAND, date(2026, 1, 20)).vorige() == Periode(
        Soort.MAAND, date(2025, 12, 1), date(2026, 1, 1)
    )
    assert Periode.rond(Soort.KWARTAAL, date(2026, 2, 1)).vorige() == Periode(
        Soort.KWARTAAL, date(2025, 10, 1), date(2026, 1, 1)
    )
    assert Periode.rond(Soort.JAAR, date(2026, 2, 1)).vorige() == Periode(
        Soort.JAAR, date(2025, 1, 1), date(2026, 1, 1)
    )


def test_periode_with_the_ones_before_oldest_first():
    kwartaal = Periode.rond(Soort.KWARTAAL, date(2026, 5, 10))
    assert [p.begin for p in kwartaal.met_eerdere(4)] == [
        date(2025, 7, 1),
        date(2025, 10, 1),
        date(2026, 1, 1),
        date(2026, 4, 1),
    ]
    assert kwartaal.met_eerdere(1) == [kwartaal]
    assert kwartaal.begin_moment == om(2026, 4, 1, 0)
    assert kwartaal.eind_moment == om(2026, 7, 1, 0)


def test_periode_label():
    dag = date(2026, 5, 10)
    with translation.override("nl"):
        assert Periode.rond(Soort.MAAND, dag).label == "mei 2026"
        assert Periode.rond(Soort.KWARTAAL, dag).label == "2e kwartaal 2026"
        assert Periode.rond(Soort.KWARTAAL, date(2026, 11, 1)).label == "4e kwartaal 2026"
        assert Periode.rond(Soort.JAAR, dag).label == "2026"
