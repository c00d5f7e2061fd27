"""The query budgets of the dashboard, a list and the handover page: they do not grow with
the data."""

import pytest
import time_machine

from tests.conftest import ingelogd
from tests.dashboard.herverdelen import keuzes
from tests.dashboard.pagina import DASHBOARD, HERVERDELEN, LIJST, Pagina, aantal_regels, html
from tests.dashboard.teamwerk import NU, melding, plan, werk_van
from tests.factories import HuishoudenFactory, MedewerkerFactory

pytestmark = pytest.mark.django_db


def veel_werk(grootte: int, team_centrum, wijk_centrum) -> None:
    """`grootte` pairs of colleagues in the team, each pair with a full set of work."""
    for _ in range(grootte):
        werk_van(
            MedewerkerFactory(teams=[team_centrum]),
            MedewerkerFactory(teams=[team_centrum]),
            wijk_centrum,
        )


@pytest.mark.parametrize("grootte", [1, 5])
def test_dashboard_query_budget(
    grootte, team, noord, team_centrum, wijk_centrum, django_assert_num_queries
):
    """The dashboard costs 18 queries, whatever the number of households, plans,
    meldingen, afspraken, evaluations and medewerkers:

    1. the session
    2. the logged-in medewerker
    3. the teams they lead
    4. the term settings
    5. the wachtlijst per team and law (waiting, longest wait, past the term, past the
       beschikking term)
    6. the caseload per member of the teams (their plans, meldingen and conversations as
       sub-queries)
    7. the afspraken per team, period and rung (the ladder)
    8. the plans overdue for evaluation or waiting for agreement, per team
    9. the afspraken past their date, per team
    10. the ZRM progress per domain
    11. the evaluations and ratings per team
    12. the plans closed per team
    13. the audit entry (INSERT)
    14-15. the medewerker's own and group permissions (may they export?)
    16-18. the session's new expiry (UPDATE in a savepoint: the idle timeout)
    """
    with time_machine.travel(NU, tick=False):
        werk_van(team["consulent"], team["collega"], wijk_centrum)
        veel_werk(grootte, team_centrum, wijk_centrum)
        client = ingelogd(team["teamleider"])
        with django_assert_num_queries(18):
            response = client.get(DASHBOARD)
    caseload = Pagina(html(response)).tekst("tabel-caseload")
    assert len(caseload) == 3 + 2 * grootte


@pytest.mark.parametrize("aantal_teams", [1, 3])
def test_dashboard_query_budget_for_all_of_my_teams(
    aantal_teams, team, team_centrum, wijk_centrum, django_assert_num_queries
):
    """All of a teamleider's teams at once cost the same 18 queries as one (see
    test_dashboard_query_budget), however many teams they lead: each figure is one query
    over all the chosen teams."""
    from tests.factories import TeamFactory, WijkFactory

    with time_machine.travel(NU, tick=False):
        werk_van(team["consulent"], team["collega"], wijk_centrum)
        for i in range(aantal_teams - 1):
            ander = TeamFactory(naam=f"Wijkteam {i}")
            team["teamleider"].teams.add(ander)
            werk_van(
                MedewerkerFactory(teams=[ander]),
                MedewerkerFactory(teams=[ander]),
                WijkFactory(naam=f"Wijk {i}", team=ander),
            )
        client = ingelogd(team["teamleider"])
        with django_assert_num_queries(18):
            response = client.get(DASHBOARD)
    assert len(Pagina(html(response)).tekst("tabel-achterstand")) == aantal_teams


@pytest.mark.parametrize("grootte", [1, 5])
def test_list_query_budget(
    grootte, team, noord, team_centrum, wijk_centrum, django_assert_num_queries
):
    """A list behind a number (here: the afspraken made this quarter) costs 9 queries,
    whatever its length:

    1. the session
    2. the logged-in medewerker
    3. the teams they lead
    4. the count for the paginator
    5. the page of afspraken with their plan, household and regisseur (access policy)
    6. the audit entries (one INSERT)
    7-9. the session's new expiry (UPDATE in a savepoint)
    """
    with time_machine.travel(NU, tick=False):
        werk_van(team["consulent"], team["collega"], wijk_centrum)
        veel_werk(grootte, team_centrum, wijk_centrum)
        client = ingelogd(team["teamleider"])
        with django_assert_num_queries(9):
            response = client.get(LIJST, {"lijst": "afspraken", "trede": "ladder"})
    assert aantal_regels(response) == 5 * (1 + grootte)


@pytest.mark.parametrize("aantal", [2, 10])
def test_handover_page_query_budget(aantal, team, wijk_centrum, django_assert_num_queries):
    """Opening a medewerker's work costs 15 queries, whatever the number of cases:

    1. the session
    2. the logged-in medewerker
    3. the teams they lead
    4. the members of those teams (whose work can be handed over)
    5. the medewerker's open plans in households the teamleider sees, with the household
    6. their meldingen there (open or with a running clock), with household and wijk
    7-8. how many plans and meldingen they have in households the teamleider does not see
    9. the colleagues who may take cases over
    10. those colleagues' teams (who may take a melding)
    11. the current regisseurs of the meldingen's households (a proposal's preference)
    12. the audit entries of the households shown (one INSERT)
    13-15. the session's new expiry (UPDATE in a savepoint)
    """
    carla, bas = team["consulent"], team["collega"]
    for _ in range(aantal // 2):
        plan(HuishoudenFactory(wijk=wijk_centrum), carla)
        # A melding in a household Bas directs (a proposal would keep it with him).
        melding(plan(HuishoudenFactory(wijk=wijk_centrum), bas).huishouden, consulent=carla)
    client = ingelogd(team["teamleider"])
    with django_assert_num_queries(15):
        response = client.get(HERVERDELEN, {"medewerker": carla.pk})
    assert len(keuzes(html(response))) == aantal
