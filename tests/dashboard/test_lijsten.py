"""Every number on the dashboard opens a list with exactly that many rows, and the viewing
is audited. (The figures themselves are checked in cijfers/.)"""

import re
from datetime import timedelta

import pytest
import time_machine

from huishoudens.models import Huishouden
from sociaal.audit.models import Actie, AuditEntry
from tests.conftest import ingelogd
from tests.dashboard.pagina import DASHBOARD, LIJST, Pagina, aantal_regels, html
from tests.dashboard.teamwerk import NU, VANDAAG, melding, werk_van
from tests.factories import HuishoudenFactory

pytestmark = pytest.mark.django_db


def _gemiddeld(lijst: Pagina, kolom: str) -> float:
    index = lijst.koppen["lijst"].index(kolom)
    waarden = [int(rij[index]) for rij in lijst.tekst("lijst")]
    return sum(waarden) / len(waarden)


def _decimaal(waarde: float, teken: str = "") -> str:
    return format(waarde, f"{teken}.1f").replace(".", ",")


def klopt_met_de_lijst(kolom: str, tekst: str, cellen: dict, lijst: Pagina) -> None:
    """The number in a dashboard cell is what its list shows: most are the number of rows;
    a share, a longest wait and an average are checked against the rows themselves."""
    n = len(lijst.rijen["lijst"])
    if kolom == "Aandeel doelen bereikt":
        # The plans closed: the share of them closed because the goals were reached.
        index = lijst.koppen["lijst"].index("Reden")
        bereikt = [r[index] for r in lijst.tekst("lijst")].count("Doelen bereikt")
        assert int(tekst.removesuffix("%")) == round(100 * bereikt / n)
    elif tekst.endswith("%"):
        # A rung's share of the afspraken on the ladder in that period; the list holds
        # those on that rung.
        op_ladder = int(cellen["Afspraken op de ladder"][0])
        assert int(tekst.removesuffix("%")) == round(100 * n / op_ladder)
    elif kolom == "Langste wachttijd (dagen)":
        # Those waiting, longest first: the first has waited that many days.
        index = lijst.koppen["lijst"].index("Dagen sinds melding")
        assert lijst.tekst("lijst")[0][index] == tekst
    elif kolom == "Gemiddeld cijfer van de inwoner":
        # "8,0 (2 beoordelingen)": the evaluations with a rating, and their average.
        assert re.fullmatch(rf"\d+,\d \({n} beoordeling(en)?\)", tekst)
        assert tekst.startswith(_decimaal(_gemiddeld(lijst, "Cijfer")))
    elif kolom == "Gemiddeld bij het keukentafelgesprek":
        assert tekst == _decimaal(_gemiddeld(lijst, "Score bij het gesprek"))
    elif kolom == "Gemiddeld bij de evaluatie":
        assert tekst == _decimaal(_gemiddeld(lijst, "Score nu"))
    elif kolom == "Verschil":
        verschil = _gemiddeld(lijst, "Score nu") - _gemiddeld(lijst, "Score bij het gesprek")
        assert tekst == _decimaal(verschil, "+")
    else:
        assert int(tekst) == n


@time_machine.travel(NU, tick=False)
@pytest.mark.parametrize(
    ("periode", "ladder_links"),
    [
        # The ladder's links: per period with afspraken, one per rung with afspraken plus
        # the totals on and beside the ladder.
        ("kwartaal", 8),  # 1e kwartaal (netwerk, total) and 2e kwartaal (4 rungs, 2 totals)
        ("maand", 8),  # the same in March and June
        ("jaar", 6),  # all of them in 2026
    ],
)
def test_every_number_opens_a_list_of_that_many_rows_and_the_viewing_is_audited(
    periode, ladder_links, team, noord, wijk_centrum
):
    werk_van(team["consulent"], team["collega"], wijk_centrum)
    teamleider = team["teamleider"]
    client = ingelogd(teamleider)
    dashboard = Pagina(html(client.get(DASHBOARD, {"periode": periode, "op": "15-06-2026"})))
    adressen = {h.kort_adres: h.pk for h in Huishouden.objects.all()}

    gevolgd = []
    for tabel, rijen in dashboard.rijen.items():
        for rij in rijen:
            cellen = dict(zip(dashboard.koppen[tabel], rij, strict=True))
            for kolom, (tekst, link) in cellen.items():
                if not link:
                    continue
                assert link.startswith(LIJST)
                laatste = AuditEntry.objects.order_by("-pk").values_list("pk", flat=True)[0]
                response = client.get(link)
                n = aantal_regels(response)
                lijst = Pagina(html(response))
                assert len(lijst.rijen["lijst"]) == n > 0  # all on one page
                klopt_met_de_lijst(kolom, tekst, cellen, lijst)

                # One audit entry for each household on the list, by the teamleider.
                getoond = {adressen[rij[0]] for rij in lijst.tekst("lijst")}
                nieuw = AuditEntry.objects.filter(pk__gt=laatste)
                assert set(nieuw.values_list("actie", "medewerker", "object_type")) == {
                    (Actie.LIJST, teamleider.pk, "huishoudens.huishouden")
                }
                assert set(nieuw.values_list("huishouden_id", flat=True)) == getoond
                gevolgd.append((tabel, kolom))

    # Every table had numbers to follow: 7 in the caseload, 5 on the wachtlijst, 4 over
    # time, those on the ladder, 4 for the ZRM domain and 5 results.
    assert len(gevolgd) == 7 + 5 + 4 + ladder_links + 4 + 5
    assert {t for t, _k in gevolgd} == {
        "tabel-caseload",
        "tabel-wachtlijst",
        "tabel-achterstand",
        "tabel-ladder",
        "tabel-zrm",
        "tabel-resultaten",
    }


@time_machine.travel(NU, tick=False)
def test_a_list_shows_what_the_number_is_about(team, wijk_centrum):
    werk_van(team["consulent"], team["collega"], wijk_centrum)
    client = ingelogd(team["teamleider"])
    carla = team["consulent"].pk

    response = client.get(LIJST, {"lijst": "caseload", "medewerker": carla})
    pagina = html(response)
    assert "Caseload van Carla Consulent: plannen en meldingen" in pagina
    assert aantal_regels(response) == 2
    assert [r[1:3] for r in Pagina(pagina).tekst("lijst")] == [
        ["Plan", "Vastgesteld"],
        ["Melding", "In onderzoek"],
    ]

    response = client.get(LIJST, {"lijst": "termijn_verlopen", "wet": "wmo"})
    assert "Wachtende meldingen waarvan de wettelijke termijn is verlopen" in html(response)
    [rij] = Pagina(html(response)).tekst("lijst")
    assert rij[1:3] == ["Wmo 2015", "Nieuw"]
    assert rij[4] == "40"  # days since the melding
    assert rij[6] == "nog niemand"

    leeg = client.get(LIJST, {"lijst": "termijn_verlopen", "wet": "participatiewet"})
    assert aantal_regels(leeg) == 0
    assert "Deze lijst is leeg." in html(leeg)
    # An empty list still leaves a trace that it was looked at.
    assert AuditEntry.objects.filter(actie=Actie.LIJST).first().huishouden_id is None

    # A late beschikking (or advance) is one after the onderzoek: an aanvraag whose
    # onderzoek still runs is late with its onderzoek, not with its beschikking.
    melding(
        HuishoudenFactory(wijk=wijk_centrum),
        consulent=team["consulent"],
        status="in_onderzoek",
        ontvangen_op=NU - timedelta(days=70),
        aanvraag_op=VANDAAG - timedelta(days=20),
        deadline=NU - timedelta(days=3),
    )
    dashboard = Pagina(html(client.get(DASHBOARD)))
    [centrum] = dashboard.rijen["tabel-achterstand"]
    cellen = dict(zip(dashboard.koppen["tabel-achterstand"], centrum, strict=True))
    tekst, link = cellen["Beschikking of voorschot te laat"]
    assert tekst == "1"
    response = client.get(link)
    assert "Aanvragen waarvan de beschikking of het voorschot te laat is" in html(response)
    [rij] = Pagina(html(response)).tekst("lijst")
    assert rij[1:3] == ["Wmo 2015", "Afgerond"]


@time_machine.travel(NU, tick=False)
def test_a_melding_of_a_member_in_another_teams_wijk_is_counted_and_said_not_shown(
    team, team_noord, wijk_noord
):
    carla = team["consulent"]
    carla.teams.add(team_noord)  # she works in both teams; Tineke leads only centrum
    melding(HuishoudenFactory(wijk=wijk_noord), consulent=carla)
    client = ingelogd(team["teamleider"])
    dashboard = Pagina(html(client.get(DASHBOARD)))
    [rij] = [r for r in dashboard.rijen["tabel-caseload"] if r[1][0] == "Carla Consulent"]
    cellen = dict(zip(dashboard.koppen["tabel-caseload"], rij, strict=True))
    tekst, link = cellen["Open meldingen"]
    assert tekst == "1"
    # Her whole caseload counts; the household outside Tineke's teams stays out of sight,
    # and the list says so instead of silently disagreeing with the number.
    lijst = client.get(link)
    assert aantal_regels(lijst) == 0
    assert (
        "Het getal op het dashboard telt ook 1 zaak bij een huishouden buiten uw teams; "
        "die kunt u hier niet inzien."
    ) in html(lijst)
