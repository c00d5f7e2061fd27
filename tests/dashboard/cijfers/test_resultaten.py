"""The results: ZRM progress, evaluations with ratings, plans closed."""

from datetime import date

import pytest

from plannen.models import Plan, ZrmScore
from sociaal.dashboard import cijfers
from sociaal.dashboard.cijfers import Resultaten, ZrmVoortgang
from sociaal.dashboard.periode import Periode, Soort
from tests.dashboard.cijfers.rijen import evaluatie, gesprek, om, plan
from tests.factories import HuishoudenFactory

pytestmark = pytest.mark.django_db


def test_zrm_progress_against_the_last_conversation_before_the_evaluation(
    team_centrum, wijk_centrum, wijk_noord, door
):
    kwartaal = Periode.rond(Soort.KWARTAAL, date(2026, 5, 1))

    # A household with two final conversations before the evaluation: the last one is the
    # start, also where it did not score a domain the first one did.
    een = HuishoudenFactory(wijk=wijk_centrum)
    gesprek(
        een,
        door,
        afgerond_op=om(2026, 1, 10),
        zrm={"financien": 1, "huisvesting": 2, "werk_opleiding": 3},
    )
    laatste = gesprek(een, door, afgerond_op=om(2026, 3, 1), zrm={"financien": 2})
    ZrmScore.objects.create(gesprek=laatste, domein="huisvesting", score=None)
    gesprek(een, door, gehouden_op=date(2026, 4, 1), zrm={"financien": 5})  # a concept
    gesprek(een, door, afgerond_op=om(2026, 6, 20), zrm={"financien": 5})  # after it
    evaluatie(
        plan(een, door),
        gehouden_op=date(2026, 5, 10),
        vastgelegd_op=om(2026, 5, 11, 10),
        zrm={"financien": 4, "huisvesting": 3, "werk_opleiding": 4, "justitie": 5},
    )

    # A second household: evaluated on the quarter's last day (recorded the next), and once
    # before the quarter.
    twee = HuishoudenFactory(wijk=wijk_centrum)
    gesprek(twee, door, afgerond_op=om(2026, 2, 1), zrm={"financien": 3, "sociaal_netwerk": 2})
    plan_twee = plan(twee, door)
    evaluatie(
        plan_twee,
        gehouden_op=date(2026, 6, 30),
        vastgelegd_op=om(2026, 7, 1, 9),
        zrm={"financien": 3, "sociaal_netwerk": 4},
    )
    evaluatie(
        plan_twee,
        gehouden_op=date(2026, 3, 31),
        vastgelegd_op=om(2026, 3, 31, 15),
        zrm={"financien": 5},
    )

    drie = HuishoudenFactory(wijk=wijk_centrum)
    gesprek(drie, door, afgerond_op=om(2026, 2, 1), zrm={"financien": 2})
    evaluatie(
        plan(drie, door),
        gehouden_op=date(2026, 4, 1),
        vastgelegd_op=om(2026, 4, 1, 16),
        zrm={"financien": 4},
    )

    # Another team's household.
    noord = HuishoudenFactory(wijk=wijk_noord)
    gesprek(noord, door, afgerond_op=om(2026, 2, 1), zrm={"financien": 1})
    evaluatie(
        plan(noord, door),
        gehouden_op=date(2026, 5, 1),
        vastgelegd_op=om(2026, 5, 1, 16),
        zrm={"financien": 5},
    )

    voortgang = cijfers.zrm_voortgang([team_centrum], kwartaal)

    assert voortgang == [
        # financien: begins 2, 3, 2 and ends 4, 3, 4
        ZrmVoortgang(domein="financien", aantal=3, begin=2.33, eind=3.67),
        ZrmVoortgang(domein="sociaal_netwerk", aantal=1, begin=2.0, eind=4.0),
    ]
    assert [v.verschil for v in voortgang] == [1.34, 2.0]


def test_resultaten_per_team(team_centrum, team_noord, wijk_centrum, wijk_noord, wijk_oost, door):
    kwartaal = Periode.rond(Soort.KWARTAAL, date(2026, 5, 1))
    centrum = plan(HuishoudenFactory(wijk=wijk_centrum), door, Plan.Status.VASTGESTELD)
    for dag, cijfer in [
        (date(2026, 4, 1), 8),
        (date(2026, 5, 15), 7),
        (date(2026, 5, 20), None),
        (date(2026, 6, 30), 7),
        (date(2026, 3, 31), 1),  # before the quarter
        (date(2026, 7, 1), 1),  # after it
    ]:
        evaluatie(centrum, gehouden_op=dag, cijfer=cijfer)

    def gesloten(wijk, reden, op):
        plan(
            HuishoudenFactory(wijk=wijk),
            door,
            Plan.Status.AFGESLOTEN,
            reden_afsluiting=reden,
            closed_at=op,
        )

    gesloten(wijk_centrum, "doelen_bereikt", om(2026, 4, 1, 0, 30))  # 31 March in UTC
    gesloten(wijk_centrum, "verhuisd", om(2026, 5, 5))
    gesloten(wijk_centrum, "doelen_bereikt", om(2026, 6, 30, 23, 30))
    gesloten(wijk_centrum, "doelen_bereikt", om(2026, 3, 31, 23, 30))  # before
    gesloten(wijk_centrum, "doelen_bereikt", om(2026, 7, 1, 0, 10))  # after (30 June in UTC)

    evaluatie(plan(HuishoudenFactory(wijk=wijk_noord), door), gehouden_op=date(2026, 5, 1))
    oost = plan(HuishoudenFactory(wijk=wijk_oost), door)
    evaluatie(oost, gehouden_op=date(2026, 5, 1), cijfer=2)
    gesloten(wijk_oost, "doelen_bereikt", om(2026, 5, 1))

    uitkomst = cijfers.resultaten([team_centrum, team_noord], kwartaal)

    assert uitkomst == {
        team_centrum.pk: Resultaten(
            evaluaties=4, met_cijfer=3, gemiddeld_cijfer=7.3, afgesloten=3, doelen_bereikt=2
        ),
        team_noord.pk: Resultaten(evaluaties=1, met_cijfer=0),
    }
    assert uitkomst[team_centrum.pk].aandeel_bereikt == 67
    assert uitkomst[team_noord.pk].aandeel_bereikt is None
