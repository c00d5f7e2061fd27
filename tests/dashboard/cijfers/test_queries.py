"""Each figure takes the same queries, however much data."""

from datetime import date

import pytest

from plannen.models import Plan
from sociaal.dashboard import cijfers
from sociaal.dashboard.periode import Periode, Soort
from sociaal.termijnen.models import Termijninstellingen
from tests.dashboard.cijfers.rijen import afspraak, evaluatie, gesprek, melding, om, plan
from tests.factories import HuishoudenFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("aantal", [1, 6])
def test_each_figure_takes_the_same_queries_however_much_data(
    aantal,
    team_centrum,
    team_noord,
    wijk_centrum,
    consulent,
    voorzieningen,
    django_assert_num_queries,
):
    """caseload, wachtlijst, ladder and zrm_voortgang are one query each; achterstanden
    and resultaten two (plans, then afspraken or evaluations)."""
    for i in range(aantal):
        huishouden = HuishoudenFactory(wijk=wijk_centrum)
        p = plan(huishouden, consulent, Plan.Status.VASTGESTELD, evaluatie_op=date(2026, 5, 1))
        afspraak(
            p,
            ["eigen_kracht", "algemeen", "professional"][i % 3],
            voorzieningen=voorzieningen,
            gemaakt_op=om(2026, 5, 1),
            wanneer=date(2026, 5, 1),
        )
        melding(
            huishouden,
            consulent,
            consulent=consulent,
            status="toegewezen",
            deadline=om(2026, 5, 1),
        )
        gesprek(
            huishouden,
            consulent,
            afgerond_op=om(2026, 5, 1),
            afgerond_door=consulent,
            zrm={"financien": 2},
        )
        evaluatie(
            p,
            gehouden_op=date(2026, 5, 20),
            vastgelegd_op=om(2026, 5, 20, 16),
            cijfer=7,
            zrm={"financien": 3},
        )
        plan(
            HuishoudenFactory(wijk=wijk_centrum),
            consulent,
            Plan.Status.AFGESLOTEN,
            closed_at=om(2026, 5, 1),
            reden_afsluiting="doelen_bereikt",
        )
    teams = [team_centrum, team_noord]
    kwartaal = Periode.rond(Soort.KWARTAAL, date(2026, 5, 1))
    instellingen = Termijninstellingen.huidige()

    for aantal_queries, figuur in [
        (1, lambda: cijfers.caseload(teams, maand=Periode.rond(Soort.MAAND, date(2026, 5, 1)))),
        (1, lambda: cijfers.wachtlijst(teams, nu=om(2026, 6, 1))),
        (
            2,
            lambda: cijfers.achterstanden(
                teams, vandaag=date(2026, 6, 1), instellingen=instellingen
            ),
        ),
        (1, lambda: cijfers.ladder(teams, kwartaal.met_eerdere(4))),
        (1, lambda: cijfers.zrm_voortgang(teams, kwartaal)),
        (2, lambda: cijfers.resultaten(teams, kwartaal)),
    ]:
        with django_assert_num_queries(aantal_queries):
            assert figuur()
