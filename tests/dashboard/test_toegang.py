"""Who gets the team-lead dashboard, its lists, export and handover page: a teamleider,
and only about their own teams."""

import pytest
import time_machine
from django.urls import reverse

from sociaal.audit.models import Actie, AuditEntry, Resultaat
from tests.conftest import ingelogd
from tests.dashboard.pagina import (
    DASHBOARD,
    HERVERDELEN,
    LIJST,
    Pagina,
    aantal_regels,
    foutmelding,
    html,
)
from tests.dashboard.teamwerk import NU, mag_exporteren, werk_van
from tests.factories import MedewerkerFactory

pytestmark = pytest.mark.django_db


PAGINAS = {
    # page: what the refusal is audited as
    DASHBOARD: Actie.LEZEN,
    f"{LIJST}?lijst=wachtend": Actie.LIJST,
    f"{LIJST}?lijst=evaluaties": Actie.LIJST,
    "/dashboard/export/caseload.csv": Actie.EXPORTEREN,
    HERVERDELEN: Actie.WIJZIGEN,
}


@pytest.mark.parametrize("url", PAGINAS)
@pytest.mark.parametrize("wie", ["consulent", "beheerder"])
def test_only_a_teamleider_gets_the_dashboard_and_a_refusal_is_audited(
    request, wie, url, team_centrum
):
    medewerker = request.getfixturevalue(wie)
    mag_exporteren(medewerker)  # the right to export is no way in
    response = ingelogd(medewerker).get(url)
    assert response.status_code == 403
    assert "Het teamdashboard is er voor teamleiders." in response.content.decode()
    assert list(
        AuditEntry.objects.values_list("medewerker", "actie", "resultaat", "huishouden_id")
    ) == [(medewerker.pk, PAGINAS[url], Resultaat.GEWEIGERD, None)]


@pytest.mark.parametrize("url", PAGINAS)
def test_without_logging_in_to_the_login_page(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_dashboard_link_is_in_the_menu_of_a_teamleider_only(team, team_centrum):
    assert f'href="{DASHBOARD}"' in html(ingelogd(team["teamleider"]).get(reverse("start")))
    assert f'href="{DASHBOARD}"' not in html(ingelogd(team["consulent"]).get(reverse("start")))


@time_machine.travel(NU, tick=False)
def test_a_teamleider_sees_only_their_own_teams(team, noord, wijk_centrum, team_noord):
    werk_van(team["consulent"], team["collega"], wijk_centrum)
    client = ingelogd(team["teamleider"])

    pagina = html(client.get(DASHBOARD))
    assert "Wijkteam Centrum" in pagina
    assert "Carla Consulent" in pagina
    assert "Wijkteam Noord" not in pagina
    assert "Nora Noorderling" not in pagina

    # Asking for another team's dashboard: told so next to the field, and shown their own.
    pagina = html(client.get(DASHBOARD, {"team": team_noord.pk}))
    assert foutmelding(pagina, "team") == "Kies een van uw teams."
    assert "Wijkteam Noord" not in pagina
    assert "Nora Noorderling" not in pagina
    assert "Carla Consulent" in pagina
    # Nor does the list behind a number show the other team's households.
    lijst = client.get(LIJST, {"lijst": "wachtend", "team": team_noord.pk})
    assert aantal_regels(lijst) == 4  # centrum's: 3 under the Wmo, 1 under the Jeugdwet
    assert "Noordweg" not in html(lijst)


@time_machine.travel(NU, tick=False)
def test_a_teamleider_of_two_teams_chooses_one(team, noord, wijk_centrum, team_noord):
    werk_van(team["consulent"], team["collega"], wijk_centrum)
    team["teamleider"].teams.add(team_noord)
    client = ingelogd(team["teamleider"])

    beide = Pagina(html(client.get(DASHBOARD)))
    assert [r[:2] for r in beide.tekst("tabel-caseload")] == [
        ["Wijkteam Centrum", "Bas Collega"],
        ["Wijkteam Centrum", "Carla Consulent"],
        ["Wijkteam Centrum", "Tineke Teamleider"],
        ["Wijkteam Noord", "Niels Noord"],
        ["Wijkteam Noord", "Nora Noorderling"],
        ["Wijkteam Noord", "Tineke Teamleider"],
    ]
    alleen_noord = Pagina(html(client.get(DASHBOARD, {"team": team_noord.pk})))
    assert [r[:2] for r in alleen_noord.tekst("tabel-caseload")] == [
        ["Wijkteam Noord", "Niels Noord"],
        ["Wijkteam Noord", "Nora Noorderling"],
        ["Wijkteam Noord", "Tineke Teamleider"],
    ]
    # Nora: one plan, one melding for the same household.
    assert alleen_noord.tekst("tabel-caseload")[1][2:5] == ["1", "1", "1"]


@pytest.mark.parametrize("lijst", ["plannen", "meldingen", "caseload", "gesprekken"])
def test_a_list_about_someone_of_another_team_is_not_found(lijst, team, noord, team_centrum):
    """Nor about a member of the team who has no cases: a functioneel beheerder."""
    beheerder = MedewerkerFactory(beheerder=True, teams=[team_centrum])
    client = ingelogd(team["teamleider"])
    for wie in (noord, beheerder):
        response = client.get(LIJST, {"lijst": lijst, "medewerker": wie.pk})
        assert response.status_code == 404
    assert (
        client.get(LIJST, {"lijst": lijst, "medewerker": team["consulent"].pk}).status_code == 200
    )


@pytest.mark.parametrize(
    "parameters",
    [
        {},
        {"lijst": "geheim"},
        {"lijst": "plannen"},  # about whom?
        {"lijst": "plannen", "medewerker": "abc"},
        {"lijst": "zrm", "domein": "geluk"},
    ],
)
def test_an_unknown_list_is_not_found(parameters, team):
    assert ingelogd(team["teamleider"]).get(LIJST, parameters).status_code == 404
