"""Bad input never breaks a dashboard page: it is explained, and the default shown."""

import pytest
import time_machine

from tests.conftest import ingelogd
from tests.dashboard.herverdelen import stand
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

pytestmark = pytest.mark.django_db


@time_machine.travel(NU, tick=False)
@pytest.mark.parametrize(
    ("parameters", "veld", "fout"),
    [
        ({"op": "gisteren"}, "op", "Vul een geldige datum in, zoals 23-11-2026."),
        ({"op": "2026-02-30"}, "op", "Vul een geldige datum in, zoals 23-11-2026."),
        ({"periode": "decennium"}, "periode", "Kies maand, kwartaal of jaar."),
        ({"team": "abc"}, "team", "Kies een van uw teams."),
    ],
)
def test_bad_choices_are_explained_and_the_default_shown(parameters, veld, fout, team):
    client = ingelogd(team["teamleider"])
    pagina = html(client.get(DASHBOARD, parameters))
    assert foutmelding(pagina, veld) == fout
    assert "Periode: <strong>2e kwartaal 2026</strong>" in pagina
    # The lists and the export take the same parameters.
    assert client.get(LIJST, {"lijst": "wachtend", **parameters}).status_code == 200
    mag_exporteren(team["teamleider"])
    assert client.get("/dashboard/export/wachtlijst.csv", parameters).status_code == 200


@time_machine.travel(NU, tick=False)
@pytest.mark.parametrize("pagina", ["abc", "-1", "0", "999", ""])
def test_a_bad_page_number_shows_a_page(pagina, team, wijk_centrum):
    werk_van(team["consulent"], team["collega"], wijk_centrum)
    response = ingelogd(team["teamleider"]).get(
        LIJST, {"lijst": "afspraken", "trede": "ladder", "pagina": pagina}
    )
    assert aantal_regels(response) == 5
    assert len(Pagina(html(response)).tekst("lijst")) == 5


@pytest.mark.parametrize(
    "data",
    [
        {"medewerker": "abc"},
        {"medewerker": "abc", "actie": "overdragen", "reden": "Ziek"},
        {"actie": "voorstel", "verdelen_over": ["abc"]},
        {"actie": "overdragen", "plan-1": "abc", "reden": "Ziek"},
    ],
)
def test_bad_input_on_the_handover_page_is_no_error(data, werk, team):
    client = ingelogd(team["teamleider"])
    voor = stand()
    assert client.get(HERVERDELEN, data).status_code == 200
    data = {"medewerker": team["consulent"].pk, **data}
    data = {k.replace("plan-1", f"plan-{werk['plannen'][0].pk}"): v for k, v in data.items()}
    assert client.post(HERVERDELEN, data).status_code == 200
    assert stand() == voor
