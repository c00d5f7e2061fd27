"""The afspraken per rung of the ladder, per period."""

from datetime import date

import pytest

from sociaal.dashboard import cijfers
from sociaal.dashboard.periode import Periode, Soort
from tests.dashboard.cijfers.rijen import afspraak, om, plan
from tests.factories import HuishoudenFactory

pytestmark = pytest.mark.django_db
TREDEN = ("eigen_kracht", "netwerk", "algemeen", "maatwerk")


def test_ladder_shares_per_quarter(
    team_centrum, team_noord, wijk_centrum, wijk_noord, wijk_oost, door, voorzieningen
):
    perioden = Periode.rond(Soort.KWARTAAL, date(2026, 5, 10)).met_eerdere(4)
    centrum = plan(HuishoudenFactory(wijk=wijk_centrum), door)

    def bij(p, uitvoerder, moment):
        afspraak(p, uitvoerder, voorzieningen=voorzieningen, gemaakt_op=moment)

    bij(centrum, "eigen_kracht", om(2025, 6, 30, 23, 59))  # before the first quarter
    bij(centrum, "eigen_kracht", om(2025, 7, 1, 0, 0))  # Q3 2025
    # Q4 2025: nothing. Q1 2026: one on each of three rungs, one professional beside.
    for uitvoerder in ("eigen_kracht", "netwerk", "algemeen", "professional"):
        bij(centrum, uitvoerder, om(2026, 2, 1))
    bij(centrum, "eigen_kracht", om(2026, 3, 31, 23, 30))
    # Q2 2026 (from 1 April 00:00 local time, still 31 March in UTC).
    bij(centrum, "eigen_kracht", om(2026, 4, 1, 0, 30))
    bij(centrum, "eigen_kracht", om(2026, 5, 1))
    bij(centrum, "netwerk", om(2026, 5, 1))
    bij(centrum, "netwerk", om(2026, 5, 2))
    bij(centrum, "algemeen", om(2026, 6, 1))
    bij(centrum, "maatwerk", om(2026, 6, 30, 23, 59))
    bij(centrum, "professional", om(2026, 4, 2))
    bij(centrum, "professional", om(2026, 6, 2))
    bij(centrum, "maatwerk", om(2026, 7, 1, 0, 30))  # after the last quarter
    noord = plan(HuishoudenFactory(wijk=wijk_noord), door)
    bij(noord, "professional", om(2025, 11, 1))
    bij(noord, "maatwerk", om(2026, 5, 1))
    bij(plan(HuishoudenFactory(wijk=wijk_oost), door), "maatwerk", om(2026, 5, 1))

    uitkomst = cijfers.ladder([team_centrum, team_noord], perioden)

    def tabel(standen):
        return [
            ([s.per_trede[t] for t in TREDEN], s.naast, [s.aandeel(t) for t in TREDEN])
            for s in standen
        ]

    assert tabel(uitkomst[team_centrum.pk]) == [
        ([1, 0, 0, 0], 0, [100, 0, 0, 0]),  # 3e kwartaal 2025
        ([0, 0, 0, 0], 0, [None, None, None, None]),  # 4e kwartaal 2025
        ([2, 1, 1, 0], 1, [50, 25, 25, 0]),  # 1e kwartaal 2026
        ([2, 2, 1, 1], 2, [33, 33, 17, 17]),  # 2e kwartaal 2026
    ]
    assert tabel(uitkomst[team_noord.pk]) == [
        ([0, 0, 0, 0], 0, [None, None, None, None]),
        ([0, 0, 0, 0], 1, [None, None, None, None]),  # only beside the ladder
        ([0, 0, 0, 0], 0, [None, None, None, None]),
        ([0, 0, 0, 1], 0, [0, 0, 0, 100]),
    ]
    assert set(uitkomst) == {team_centrum.pk, team_noord.pk}
