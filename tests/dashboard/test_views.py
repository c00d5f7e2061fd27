"""The team-lead dashboard as a teamleider uses it: who gets in, what the pages show, that
every number opens a list with exactly that many rows, the CSV export, the page to hand a
medewerker's work over in one go — and a query budget that does not grow with the data.
(The figures themselves are checked in test_cijfers.py.)"""

import csv
import html as html_tekst
import io
import re
from datetime import datetime, timedelta
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth.models import Permission
from django.urls import reverse

from huishoudens.models import Huishouden, Melding
from plannen.models import Afspraak, Doel, Evaluatie, EvaluatieZrm, Plan, ZrmScore
from sociaal.audit.models import Actie, AuditEntry, Resultaat
from tests.conftest import ingelogd
from tests.factories import (
    BetrokkeneFactory,
    GesprekFactory,
    HuishoudenFactory,
    MedewerkerFactory,
    MeldingFactory,
    NetwerklidFactory,
    PersoonFactory,
    PlanFactory,
)
from voorzieningen.models import Voorziening

pytestmark = pytest.mark.django_db

AMS = ZoneInfo("Europe/Amsterdam")
NU = datetime(2026, 6, 15, 10, 30, tzinfo=AMS)  # mid-month, mid-quarter (2e kwartaal 2026)
VANDAAG = NU.date()
DASHBOARD = "/dashboard/"
LIJST = "/dashboard/lijst/"
HERVERDELEN = "/dashboard/herverdelen/"


# --- reading the pages ---------------------------------------------------------------------


class Pagina(HTMLParser):
    """The tables of a page as a user reads them: per table (by id) its column headers, and
    its rows as cells of (text, link)."""

    def __init__(self, html: str):
        super().__init__()
        self.koppen: dict[str, list[str]] = {}
        self.rijen: dict[str, list[list[tuple[str, str]]]] = {}
        self._tabel = None
        self._in_kop = False
        self._cel: list[str] | None = None
        self._link = ""
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self._tabel = attrs.get("id", "")
            self.koppen[self._tabel], self.rijen[self._tabel] = [], []
        elif self._tabel is None:
            return
        elif tag == "thead":
            self._in_kop = True
        elif tag == "tbody":
            self._in_kop = False
        elif tag == "tr" and not self._in_kop:
            self.rijen[self._tabel].append([])
        elif tag in ("th", "td"):
            self._cel, self._link = [], ""
        elif tag == "a" and self._cel is not None:
            self._link = attrs["href"]

    def handle_endtag(self, tag):
        if tag == "table":
            self._tabel = None
        elif tag in ("th", "td") and self._cel is not None:
            tekst = " ".join("".join(self._cel).split())
            if self._in_kop:
                self.koppen[self._tabel].append(tekst)
            else:
                self.rijen[self._tabel][-1].append((tekst, self._link))
            self._cel = None

    def handle_data(self, data):
        if self._cel is not None:
            self._cel.append(data)

    def tekst(self, tabel: str) -> list[list[str]]:
        return [[t for t, _link in rij] for rij in self.rijen.get(tabel, [])]


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def aantal_regels(response) -> int:
    """What the list page says above the table: "1 regel", "12 regels"."""
    gevonden = re.findall(r"<p class=\"utrecht-paragraph\">(\d+) regels?</p>", html(response))
    assert len(gevonden) == 1
    return int(gevonden[0])


def foutmelding(pagina: str, veld: str) -> str:
    """The error message shown next to a form field."""
    gevonden = re.search(rf'id="id_{veld}_error">(.*?)</div>', pagina, re.S)
    return html_tekst.unescape(" ".join(gevonden.group(1).split())) if gevonden else ""


# --- building the team's work ---------------------------------------------------------------


def _voorziening(soort: str) -> Voorziening:
    return Voorziening.objects.get_or_create(
        sleutel=f"test-{soort}", defaults={"naam": soort, "soort": soort, "aanbieder": "Gemeente"}
    )[0]


def _wie(huishouden: Huishouden, uitvoerder: str) -> dict:
    if uitvoerder == "eigen_kracht":
        return {"persoon": PersoonFactory(huishouden=huishouden)}
    if uitvoerder == "netwerk":
        return {"netwerklid": NetwerklidFactory(persoon=PersoonFactory(huishouden=huishouden))}
    if uitvoerder == "professional":
        return {"betrokkene": BetrokkeneFactory(huishouden=huishouden)}
    wie = {"voorziening": _voorziening(uitvoerder)}
    if uitvoerder == "maatwerk":
        wie |= {
            "waarom_niet_eigen_kracht": "Kan niet meer tillen",
            "waarom_niet_netwerk": "Dochter woont ver weg",
            "waarom_niet_algemeen": "Geen algemene voorziening voor zwaar werk",
        }
    return wie


def plan(huishouden, regisseur, status=Plan.Status.CONCEPT, *, afspraken=(), **velden) -> Plan:
    """A plan in `status`. Its afspraken — (uitvoerder, wanneer, gemaakt_op) — are made
    while it is a concept: the database refuses changes to an agreed plan's afspraken."""
    p = PlanFactory(huishouden=huishouden, regisseur=regisseur)
    if afspraken:
        doel = Doel.objects.create(plan=p, omschrijving="Weer zelf boodschappen doen")
        for uitvoerder, wanneer, gemaakt_op in afspraken:
            a = Afspraak.objects.create(
                doel=doel,
                wat=f"Afspraak ({uitvoerder})",
                uitvoerder=uitvoerder,
                wanneer=wanneer,
                created_by=regisseur,
                **_wie(huishouden, uitvoerder),
            )
            if gemaakt_op is not None:
                Afspraak.objects.filter(pk=a.pk).update(created_at=gemaakt_op)
    if status in (Plan.Status.VASTGESTELD, Plan.Status.IN_EVALUATIE):
        velden = {
            "akkoord_op": VANDAAG - timedelta(days=60),
            "akkoord_wijze": Plan.AkkoordWijze.MONDELING,
            "evaluatie_op": VANDAAG + timedelta(days=90),
            **velden,
        }
    if status == Plan.Status.AFGESLOTEN:
        velden.setdefault("closed_at", NU)
    Plan.objects.filter(pk=p.pk).update(status=status, **velden)
    p.refresh_from_db()
    return p


def melding(huishouden, *, consulent=None, wet="wmo", **velden) -> Melding:
    """A melding with status, dates and `deadline` exactly as given (None unless given)."""
    m = MeldingFactory(huishouden=huishouden, consulent=consulent, wet=wet)
    velden.setdefault("deadline", None)
    velden.setdefault("status", "toegewezen" if consulent else "nieuw")
    Melding.objects.filter(pk=m.pk).update(**velden)
    m.refresh_from_db()
    return m


def gesprek(huishouden, door, *, afgerond_op=NU, zrm=None):
    """A final keukentafelgesprek, held and finalised by `door`."""
    g = GesprekFactory(
        melding=melding(huishouden, status="afgerond"),
        status="definitief",
        gehouden_op=afgerond_op.date(),
        afgerond_op=afgerond_op,
        afgerond_door=door,
    )
    for domein, score in (zrm or {}).items():
        ZrmScore.objects.create(gesprek=g, domein=domein, score=score)
    return g


def evaluatie(p: Plan, *, cijfer=None, zrm=None) -> Evaluatie:
    e = Evaluatie.objects.create(
        plan=p,
        versie=1,
        gehouden_op=VANDAAG,
        klantbeoordelingscijfer=cijfer,
        besluit=Evaluatie.Besluit.AFSLUITEN,
        door=p.regisseur,
    )
    for domein, score in (zrm or {}).items():
        EvaluatieZrm.objects.create(evaluatie=e, domein=domein, score=score)
    return e


def werk_van(consulent, collega, wijk, *, vorig_kwartaal=NU - timedelta(days=90)) -> None:
    """A small but complete set of a team's work: every table of the dashboard has
    numbers, and the ladder has an earlier period too."""
    h = [HuishoudenFactory(wijk=wijk) for _ in range(8)]
    lang_geleden = NU - timedelta(days=40)
    # An agreed plan whose evaluation is overdue, with afspraken on every rung and beside
    # the ladder; one of them past its date, one made last quarter.
    plan(
        h[0],
        consulent,
        Plan.Status.VASTGESTELD,
        evaluatie_op=VANDAAG - timedelta(days=3),
        afspraken=[
            ("eigen_kracht", VANDAAG - timedelta(days=1), None),
            ("eigen_kracht", None, None),
            ("netwerk", None, None),
            ("algemeen", None, None),
            ("maatwerk", None, None),
            ("professional", None, None),
            ("netwerk", None, vorig_kwartaal),
        ],
    )
    melding(h[0], consulent=consulent)  # the regisseur's household: once in the caseload
    # Out for the resident's signature far too long.
    plan(h[1], collega, Plan.Status.TER_ONDERTEKENING, ter_ondertekening_op=lang_geleden)
    # The wachtlijst: one not yet assigned and past its term, one in onderzoek (Jeugdwet).
    melding(h[2], ontvangen_op=lang_geleden, deadline=NU - timedelta(days=2))
    melding(
        h[3],
        consulent=consulent,
        wet="jeugdwet",
        status="in_onderzoek",
        ontvangen_op=NU - timedelta(days=5),
        deadline=NU + timedelta(days=20),
    )
    # An aanvraag without a beschikking, past its term.
    melding(
        h[4],
        consulent=collega,
        status="afgerond",
        ontvangen_op=lang_geleden,
        aanvraag_op=VANDAAG - timedelta(days=20),
        deadline=NU - timedelta(days=1),
    )
    # Results: two plans closed this quarter after an evaluation, one with the goals met;
    # the ZRM scored at the conversation and again at the evaluation.
    gesprek(h[5], consulent, afgerond_op=NU - timedelta(days=30), zrm={"financien": 2})
    gesloten = plan(
        h[5],
        consulent,
        Plan.Status.AFGESLOTEN,
        reden_afsluiting=Plan.RedenAfsluiting.DOELEN_BEREIKT,
    )
    evaluatie(gesloten, cijfer=8, zrm={"financien": 4})
    evaluatie(
        plan(h[6], collega, Plan.Status.AFGESLOTEN, reden_afsluiting=Plan.RedenAfsluiting.VERHUISD)
    )
    # Conversations this month, and a melding of the collega's without a plan.
    gesprek(h[7], consulent)
    melding(h[7], consulent=collega)


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


def mag_exporteren(medewerker) -> None:
    medewerker.user_permissions.add(
        Permission.objects.get(
            codename="dashboard_exporteren", content_type__app_label="medewerkers"
        )
    )


# --- who gets in ----------------------------------------------------------------------------

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


# --- the query budget ------------------------------------------------------------------------


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


# --- every number opens its list --------------------------------------------------------------


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


# --- the CSV export --------------------------------------------------------------------------


@time_machine.travel(NU, tick=False)
def test_exporting_without_the_right_is_refused_and_audited(team, wijk_centrum):
    werk_van(team["consulent"], team["collega"], wijk_centrum)
    teamleider = team["teamleider"]
    client = ingelogd(teamleider)
    assert "Download als CSV" not in html(client.get(DASHBOARD))

    response = client.get("/dashboard/export/caseload.csv")

    assert response.status_code == 403
    assert "U mag de tabellen van het dashboard niet exporteren." in response.content.decode()
    geweigerd = AuditEntry.objects.get(actie=Actie.EXPORTEREN)
    assert (
        geweigerd.medewerker,
        geweigerd.resultaat,
        geweigerd.object_type,
        geweigerd.aantal,
    ) == (teamleider, Resultaat.GEWEIGERD, "dashboard.caseload", None)


@time_machine.travel(NU, tick=False)
def test_with_the_right_each_table_downloads_as_csv_and_is_audited(team, noord, wijk_centrum):
    werk_van(team["consulent"], team["collega"], wijk_centrum)
    teamleider = team["teamleider"]
    mag_exporteren(teamleider)
    client = ingelogd(teamleider)
    pagina = html(client.get(DASHBOARD))
    dashboard = Pagina(pagina)
    downloads = re.findall(r'<a class="utrecht-link" href="([^"]+)" download>', pagina)
    assert pagina.count("Download als CSV") == len(downloads) == 6

    for link in downloads:
        sleutel = re.fullmatch(r"/dashboard/export/(\w+)\.csv\?.*", link.replace("&amp;", "&"))
        assert sleutel, link
        response = client.get(link.replace("&amp;", "&"))
        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert response["Content-Disposition"] == (
            f'attachment; filename="dashboard-{sleutel[1]}-alle-teams-kwartaal-2026-04-01.csv"'
        )
        kop, *rijen = csv.reader(io.StringIO(response.content.decode()), delimiter=";")
        tabel = f"tabel-{sleutel[1]}"
        assert kop == dashboard.koppen[tabel]
        op_de_pagina = dashboard.tekst(tabel)
        assert len(rijen) == len(op_de_pagina)
        for rij, getoond in zip(rijen, op_de_pagina, strict=True):
            assert len(rij) == len(kop)
            # The numbers are the page's; the file has plain values where the page has words.
            for waarde, tekst in zip(rij, getoond, strict=True):
                if tekst.isdigit():
                    assert waarde == tekst
        entry = AuditEntry.objects.filter(actie=Actie.EXPORTEREN).first()
        assert (entry.medewerker, entry.resultaat, entry.object_type, entry.aantal) == (
            teamleider,
            Resultaat.TOEGESTAAN,
            f"dashboard.{sleutel[1]}",
            len(rijen),
        )
        assert "Wijkteam Noord" not in response.content.decode()

    caseload = client.get("/dashboard/export/caseload.csv").content.decode()
    assert caseload.splitlines() == [
        "Team;Medewerker;Plannen als regisseur;Open meldingen;Caseload;Bandbreedte;Stand;"
        "Gesprekken in juni 2026",
        "Wijkteam Centrum;Bas Collega;1;1;2;25 tot en met 35;heeft ruimte;0",
        "Wijkteam Centrum;Carla Consulent;1;2;2;25 tot en met 35;heeft ruimte;1",
        "Wijkteam Centrum;Tineke Teamleider;0;0;0;25 tot en met 35;heeft ruimte;0",
    ]
    assert AuditEntry.objects.filter(actie=Actie.EXPORTEREN).count() == 7
    assert client.get("/dashboard/export/geheim.csv").status_code == 404


# --- handing a medewerker's work over ---------------------------------------------------------


def stand() -> dict:
    """Who holds each case, and the handovers made."""
    return {
        "regisseurs": dict(Plan.objects.values_list("pk", "regisseur")),
        "consulenten": dict(Melding.objects.values_list("pk", "consulent")),
        "overdrachten": (
            Plan.overdrachten.rel.related_model.objects.count(),
            Melding.overdrachten.rel.related_model.objects.count(),
        ),
    }


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


def keuzes(pagina: str) -> dict[str, str]:
    """Per select of the handover form: the value chosen ("" when none)."""
    gekozen = {}
    for naam, opties in re.findall(
        r'<select name="((?:plan|melding)-\d+)"[^>]*>(.*?)</select>', pagina, re.S
    ):
        waarde = re.search(r'<option value="(\d*)" selected>', opties)
        gekozen[naam] = waarde[1] if waarde else ""
    return gekozen


def test_the_handover_page_lists_a_members_open_work(werk, team, noord):
    client = ingelogd(team["teamleider"])

    # Whose work: the members of their team, not their own.
    kiezen = html(client.get(HERVERDELEN))
    assert re.findall(r'<option value="\d+">([^<]+)</option>', kiezen) == [
        "Bas Collega",
        "Carla Consulent",
    ]

    pagina = html(client.get(HERVERDELEN, {"medewerker": team["consulent"].pk}))
    assert "2 plannen met Carla Consulent als regisseur" in pagina
    assert "3 meldingen van Carla Consulent" in pagina
    assert set(keuzes(pagina)) == {f"plan-{p.pk}" for p in werk["plannen"]} | {
        f"melding-{m.pk}" for m in werk["meldingen"]
    }
    assert set(keuzes(pagina).values()) == {""}  # each "— blijft —" until chosen
    for zaak in werk["plannen"] + werk["meldingen"]:
        assert zaak.huishouden.kort_adres in pagina
    assert werk["niet"][1].huishouden.kort_adres not in pagina

    # Someone of another team: nothing to hand over here.
    anders = html(client.get(HERVERDELEN, {"medewerker": noord.pk}))
    assert "Noordweg" not in anders
    assert "Overdragen" not in anders


def test_a_proposal_fills_in_every_case_and_moves_nothing(werk, team):
    carla, bas = team["consulent"], team["collega"]
    client = ingelogd(team["teamleider"])
    voor = stand()

    response = client.post(
        HERVERDELEN, {"medewerker": carla.pk, "actie": "voorstel", "verdelen_over": [bas.pk]}
    )

    gekozen = keuzes(html(response))
    assert len(gekozen) == 5
    assert set(gekozen.values()) == {str(bas.pk)}
    assert stand() == voor

    zonder = html(client.post(HERVERDELEN, {"medewerker": carla.pk, "actie": "voorstel"}))
    assert foutmelding(zonder, "verdelen_over") == (
        "Kies de collega's over wie u het werk verdeelt."
    )
    assert stand() == voor


def overdragen(werk, naar: dict, **extra) -> dict:
    """The form as posted: every plan and melding to the colleague in `naar` by kind."""
    return {
        "actie": "overdragen",
        **{f"plan-{p.pk}": naar["plan"].pk for p in werk["plannen"]},
        **{f"melding-{m.pk}": naar["melding"].pk for m in werk["meldingen"]},
        **extra,
    }


def test_handing_everything_over(werk, team):
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    client = ingelogd(tineke)

    response = client.post(
        HERVERDELEN,
        overdragen(
            werk,
            {"plan": bas, "melding": tineke},
            medewerker=carla.pk,
            reden="Uit dienst per 1 juli",
        ),
    )

    assert response.status_code == 302
    assert response["Location"] == f"{HERVERDELEN}?medewerker={carla.pk}"
    for p in werk["plannen"]:
        assert Plan.objects.get(pk=p.pk).regisseur == bas
    for m in werk["meldingen"]:
        assert Melding.objects.get(pk=m.pk).consulent == tineke
    assert Plan.objects.get(pk=werk["niet"][0].pk).regisseur == carla  # closed: stays
    pagina = html(client.get(response["Location"]))
    assert "2 plannen en 3 melding(en) van Carla Consulent overgedragen." in pagina
    assert "Carla Consulent heeft geen open plannen of meldingen." in pagina


def test_handing_over_without_a_reason_moves_nothing(werk, team):
    carla, bas = team["consulent"], team["collega"]
    voor = stand()
    response = ingelogd(team["teamleider"]).post(
        HERVERDELEN,
        overdragen(werk, {"plan": bas, "melding": bas}, medewerker=carla.pk, reden="  "),
    )
    pagina = html(response)
    assert foutmelding(pagina, "reden") == "Geef een reden voor de overdracht."
    assert set(keuzes(pagina).values()) == {str(bas.pk)}  # the choices are kept
    assert stand() == voor


def test_a_melding_for_someone_of_another_team_is_not_on_offer(werk, team, noord):
    carla, bas = team["consulent"], team["collega"]
    data = overdragen(werk, {"plan": bas, "melding": bas}, medewerker=carla.pk, reden="Ziek")
    naar_noord = werk["meldingen"][2]
    data[f"melding-{naar_noord.pk}"] = noord.pk
    voor = stand()

    pagina = html(ingelogd(team["teamleider"]).post(HERVERDELEN, data))

    assert foutmelding(pagina, f"melding-{naar_noord.pk}") == "Kies een collega uit de lijst."
    assert stand() == voor


def test_a_melding_for_someone_of_another_team_refuses_the_whole_handover(
    werk, team, noord, team_noord
):
    """The teamleider leads both teams, so Nora is on offer; but a centrum melding cannot
    go to her. The plans, handed over first, go back."""
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    tineke.teams.add(team_noord)
    data = overdragen(werk, {"plan": bas, "melding": bas}, medewerker=carla.pk, reden="Ziek")
    naar_noord = werk["meldingen"][2]
    data[f"melding-{naar_noord.pk}"] = noord.pk
    voor = stand()

    pagina = html(ingelogd(tineke).post(HERVERDELEN, data))

    assert f"Melding {naar_noord.pk}: Kies een actieve consulent van dit team." in pagina
    assert "overgedragen." not in pagina
    assert stand() == voor


def test_handing_over_nothing_is_explained(werk, team):
    voor = stand()
    pagina = html(
        ingelogd(team["teamleider"]).post(
            HERVERDELEN,
            {"medewerker": team["consulent"].pk, "actie": "overdragen", "reden": "Ziek"},
        )
    )
    assert "Kies voor ten minste één plan of melding een nieuwe collega." in pagina
    assert stand() == voor


def test_the_work_of_someone_who_left_is_handed_over_all_the_same(werk, team):
    carla, bas = team["consulent"], team["collega"]
    carla.is_active = False
    carla.save(update_fields=["is_active"])
    client = ingelogd(team["teamleider"])
    assert "Carla Consulent (niet meer actief)" in html(client.get(HERVERDELEN))

    response = client.post(
        HERVERDELEN,
        overdragen(werk, {"plan": bas, "melding": bas}, medewerker=carla.pk, reden="Uit dienst"),
    )

    assert response.status_code == 302
    assert not Plan.objects.open().filter(regisseur=carla).exists()
    assert {
        m.consulent for m in Melding.objects.filter(pk__in=[m.pk for m in werk["meldingen"]])
    } == {bas}


@pytest.mark.parametrize("wie", ["collega", "beheerder"])
def test_no_one_but_a_teamleider_posts_a_handover(request, wie, werk, team):
    voor = stand()
    response = ingelogd(request.getfixturevalue(wie)).post(
        HERVERDELEN,
        overdragen(
            werk,
            {"plan": team["collega"], "melding": team["collega"]},
            medewerker=team["consulent"].pk,
            reden="Ik neem het over",
        ),
    )
    assert response.status_code == 403
    assert stand() == voor


def test_another_teams_teamleider_does_not_hand_this_work_over(
    werk, team, noord, teamleider_noord
):
    voor = stand()
    response = ingelogd(teamleider_noord).post(
        HERVERDELEN,
        overdragen(
            werk, {"plan": noord, "melding": noord}, medewerker=team["consulent"].pk, reden="Weg"
        ),
    )
    pagina = html(response)  # only the choice of their own team's members
    assert "Carla Consulent" not in pagina
    assert stand() == voor


# --- bad input never breaks a page -----------------------------------------------------------


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
