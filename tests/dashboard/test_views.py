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
from plannen.services.plan import regisseur_overdragen
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
    # An aanvraag after the onderzoek, without a beschikking, past its term.
    melding(
        h[4],
        consulent=collega,
        status="afgerond",
        ontvangen_op=lang_geleden,
        onderzoek_afgerond_op=lang_geleden + timedelta(days=10),
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
        # A byte order mark first, so Excel on Windows reads the file as UTF-8.
        assert response.content.startswith("\ufeff".encode())
        kop, *rijen = csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
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

    caseload = client.get("/dashboard/export/caseload.csv").content.decode("utf-8-sig")
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


SELECTS = r'<select name="((?:plan|melding)-\d+)"[^>]*>(.*?)</select>'
VERANDERD = (
    "Het werk van Carla Consulent is veranderd sinds u deze pagina opende. "
    "Controleer de lijst hieronder en kies opnieuw."
)


def keuzes(pagina: str) -> dict[str, str]:
    """Per select of the handover form: the value chosen ("" when none)."""
    gekozen = {}
    for naam, opties in re.findall(SELECTS, pagina, re.S):
        waarde = re.search(r'<option value="(\d*)" selected>', opties)
        gekozen[naam] = waarde[1] if waarde else ""
    return gekozen


def aangeboden(pagina: str) -> dict[str, list[str]]:
    """Per select of the handover form: the colleagues it offers (not "— blijft —")."""
    return {
        naam: re.findall(r'<option value="\d+"[^>]*>([^<]+)</option>', opties)
        for naam, opties in re.findall(SELECTS, pagina, re.S)
    }


def getoonde_zaken(pagina: str) -> str:
    """The form's hidden `zaken`: which cases the page showed, posted back with it."""
    [waarde] = re.findall(r'<input type="hidden" name="zaken" value="([^"]*)"', pagina)
    return waarde


def zaken_van(client, medewerker) -> str:
    """`zaken` as the teamleider's browser posts it: read from the page they open."""
    return getoonde_zaken(html(client.get(HERVERDELEN, {"medewerker": medewerker.pk})))


def velden(werk) -> str:
    """The form fields of `werk`'s open cases, sorted and comma-joined (what the page puts
    in `zaken`)."""
    return ",".join(
        sorted(
            [f"plan-{p.pk}" for p in werk["plannen"]]
            + [f"melding-{m.pk}" for m in werk["meldingen"]]
        )
    )


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
    assert "3 meldingen van Carla Consulent (open of met een lopende termijn)" in pagina
    assert set(keuzes(pagina)) == {f"plan-{p.pk}" for p in werk["plannen"]} | {
        f"melding-{m.pk}" for m in werk["meldingen"]
    }
    assert set(keuzes(pagina).values()) == {""}  # each "— blijft —" until chosen
    # Every case can go to the colleagues of the team, not to Carla herself.
    assert set(map(tuple, aangeboden(pagina).values())) == {("Bas Collega", "Tineke Teamleider")}
    # The form says which cases it showed.
    assert getoonde_zaken(pagina) == velden(werk)
    for zaak in werk["plannen"] + werk["meldingen"]:
        assert zaak.huishouden.kort_adres in pagina
    assert werk["niet"][1].huishouden.kort_adres not in pagina
    assert "buiten uw teams" not in pagina

    # Someone of another team: nothing to hand over here.
    anders = html(client.get(HERVERDELEN, {"medewerker": noord.pk}))
    assert "Noordweg" not in anders
    assert "Overdragen" not in anders


def test_a_proposal_fills_in_every_case_and_moves_nothing(werk, team):
    carla, bas = team["consulent"], team["collega"]
    client = ingelogd(team["teamleider"])
    zaken = zaken_van(client, carla)
    voor = stand()

    response = client.post(
        HERVERDELEN,
        {"medewerker": carla.pk, "zaken": zaken, "actie": "voorstel", "verdelen_over": [bas.pk]},
    )

    gekozen = keuzes(html(response))
    assert len(gekozen) == 5
    assert set(gekozen.values()) == {str(bas.pk)}
    assert getoonde_zaken(html(response)) == zaken  # to hand over as proposed
    assert stand() == voor

    zonder = html(
        client.post(HERVERDELEN, {"medewerker": carla.pk, "zaken": zaken, "actie": "voorstel"})
    )
    assert foutmelding(zonder, "verdelen_over") == (
        "Kies de collega's over wie u het werk verdeelt."
    )
    assert stand() == voor


def test_a_proposal_leaves_a_household_with_its_regisseur(werk, team, wijk_centrum):
    """Carla has a melding in huishouden vier, where Bas is the regisseur: it is proposed to
    Bas, though he carries 4 and Tineke, who gets the rest of the work, 0 to 3."""
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    bij_bas = melding(werk["niet"][2].huishouden, consulent=carla)
    for _ in range(3):
        plan(HuishoudenFactory(wijk=wijk_centrum), bas)
    client = ingelogd(tineke)
    voor = stand()

    pagina = html(
        client.post(
            HERVERDELEN,
            {
                "medewerker": carla.pk,
                "zaken": zaken_van(client, carla),
                "actie": "voorstel",
                "verdelen_over": [tineke.pk, bas.pk],
            },
        )
    )

    assert keuzes(pagina) == {
        **{f"plan-{p.pk}": str(tineke.pk) for p in werk["plannen"]},
        **{f"melding-{m.pk}": str(tineke.pk) for m in werk["meldingen"]},
        f"melding-{bij_bas.pk}": str(bas.pk),
    }
    assert stand() == voor


def test_a_proposal_leaves_what_no_chosen_colleague_may_take_and_says_so(
    team, noord, team_noord, wijk_centrum
):
    """Tineke leads both teams and proposes to give Carla's work to Nora of Noord. A plan
    may go to Nora; a Centrum melding stays with Centrum, so it is left on "— blijft —" —
    and with it its whole household (one household, one person)."""
    carla, tineke = team["consulent"], team["teamleider"]
    tineke.teams.add(team_noord)
    een, twee = (HuishoudenFactory(wijk=wijk_centrum) for _ in range(2))
    alleen_plan = plan(een, carla)
    alleen_melding = melding(twee, consulent=carla)
    client = ingelogd(tineke)

    def voorstel() -> str:
        return html(
            client.post(
                HERVERDELEN,
                {
                    "medewerker": carla.pk,
                    "zaken": zaken_van(client, carla),
                    "actie": "voorstel",
                    "verdelen_over": [noord.pk],
                },
            )
        )

    voor = stand()
    pagina = voorstel()
    assert keuzes(pagina) == {
        f"plan-{alleen_plan.pk}": str(noord.pk),
        f"melding-{alleen_melding.pk}": "",
    }
    assert foutmelding(pagina, "verdelen_over") == (
        "Voor 1 zaak is geen van de gekozen collega's mogelijk (een melding blijft bij het "
        "team van het huishouden): kies die zelf."
    )
    assert stand() == voor

    # A melding in the plan's household too: that household is left whole.
    naast_plan = melding(een, consulent=carla)
    voor = stand()
    pagina = voorstel()
    assert keuzes(pagina) == {
        f"plan-{alleen_plan.pk}": "",
        f"melding-{naast_plan.pk}": "",
        f"melding-{alleen_melding.pk}": "",
    }
    assert foutmelding(pagina, "verdelen_over") == (
        "Voor 3 zaken is geen van de gekozen collega's mogelijk (een melding blijft bij het "
        "team van het huishouden): kies die zelf."
    )
    assert stand() == voor


def overdragen(werk, naar: dict, **extra) -> dict:
    """The form as posted: every plan and melding to the colleague in `naar` by kind, with
    the cases the page showed (`zaken`) unless given."""
    return {
        "actie": "overdragen",
        "zaken": velden(werk),
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
            zaken=zaken_van(client, carla),
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
    client = ingelogd(team["teamleider"])
    zaken = zaken_van(client, carla)
    voor = stand()
    response = client.post(
        HERVERDELEN,
        overdragen(
            werk, {"plan": bas, "melding": bas}, medewerker=carla.pk, reden="  ", zaken=zaken
        ),
    )
    pagina = html(response)
    assert foutmelding(pagina, "reden") == "Geef een reden voor de overdracht."
    assert set(keuzes(pagina).values()) == {str(bas.pk)}  # the choices are kept
    assert stand() == voor


def test_the_reason_is_marked_as_needed_but_a_proposal_does_without(werk, team):
    carla = team["consulent"]
    client = ingelogd(team["teamleider"])
    pagina = html(client.get(HERVERDELEN, {"medewerker": carla.pk}))
    veld = pagina.split('for="id_reden"', 1)[1].split("</textarea>", 1)[0]
    assert "(niet verplicht)" not in veld
    assert 'aria-required="true"' in veld
    voorstel = client.post(
        HERVERDELEN,
        {
            "medewerker": carla.pk,
            "actie": "voorstel",
            "verdelen_over": [team["collega"].pk],
            "zaken": zaken_van(client, carla),
        },
    )
    assert foutmelding(html(voorstel), "reden") == ""
    assert set(keuzes(html(voorstel)).values()) == {str(team["collega"].pk)}


def test_work_that_changed_since_the_page_was_opened_is_not_handed_over(werk, team, wijk_centrum):
    """Between opening the page and pressing "Overdragen", Carla handed a plan over
    herself. Tineke chose for the cases as they were: the whole form is refused, nothing
    moves, and the page shows the work as it is now. A case that came in meanwhile is a
    change too."""
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    client = ingelogd(tineke)
    zaken = zaken_van(client, carla)
    weg = werk["plannen"][1]
    regisseur_overdragen(plan=weg, naar=bas, reden="Zelf geregeld", door=carla)
    voor = stand()

    pagina = html(
        client.post(
            HERVERDELEN,
            overdragen(
                werk,
                {"plan": tineke, "melding": tineke},
                medewerker=carla.pk,
                reden="Ziek",
                zaken=zaken,
            ),
        )
    )

    assert VERANDERD in html_tekst.unescape(pagina)
    assert "overgedragen." not in pagina
    assert stand() == voor
    assert Plan.objects.get(pk=weg.pk).regisseur == bas
    assert "1 plan met Carla Consulent als regisseur" in pagina
    assert set(keuzes(pagina)) == {f"plan-{werk['plannen'][0].pk}"} | {
        f"melding-{m.pk}" for m in werk["meldingen"]
    }

    zaken = zaken_van(client, carla)
    nieuw = melding(HuishoudenFactory(wijk=wijk_centrum), consulent=carla)
    voor = stand()
    pagina = html(
        client.post(
            HERVERDELEN,
            {
                "medewerker": carla.pk,
                "zaken": zaken,
                "actie": "overdragen",
                f"melding-{werk['meldingen'][0].pk}": bas.pk,
                "reden": "Ziek",
            },
        )
    )
    assert VERANDERD in html_tekst.unescape(pagina)
    assert f"melding-{nieuw.pk}" in keuzes(pagina)
    assert stand() == voor


def test_after_work_changed_choosing_again_on_the_page_goes_through(werk, team):
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    client = ingelogd(tineke)
    zaken = zaken_van(client, carla)
    regisseur_overdragen(plan=werk["plannen"][1], naar=bas, reden="Zelf", door=carla)
    data = overdragen(
        werk, {"plan": tineke, "melding": tineke}, medewerker=carla.pk, reden="Ziek", zaken=zaken
    )
    pagina = html(client.post(HERVERDELEN, data))
    assert VERANDERD in html_tekst.unescape(pagina)

    # "Kies opnieuw": the page now holds the cases as they are, and posting it goes through.
    assert getoonde_zaken(pagina) == zaken_van(client, carla)
    response = client.post(HERVERDELEN, {**data, "zaken": getoonde_zaken(pagina)})
    assert response.status_code == 302


def test_a_melding_for_someone_of_another_team_is_not_on_offer(werk, team, noord):
    carla, bas = team["consulent"], team["collega"]
    data = overdragen(werk, {"plan": bas, "melding": bas}, medewerker=carla.pk, reden="Ziek")
    naar_noord = werk["meldingen"][2]
    data[f"melding-{naar_noord.pk}"] = noord.pk
    voor = stand()

    pagina = html(ingelogd(team["teamleider"]).post(HERVERDELEN, data))

    assert foutmelding(pagina, f"melding-{naar_noord.pk}") == "Kies een collega uit de lijst."
    assert VERANDERD not in html_tekst.unescape(pagina)
    assert stand() == voor


def test_a_melding_stays_with_the_households_team_a_plan_may_go_to_any_of_ones_teams(
    werk, team, noord, team_noord
):
    """The teamleider leads both teams. A plan may go to anyone of them; a melding stays
    with the team that serves the household: Nora and Niels of Noord are not on offer for
    it, and choosing Nora all the same is refused next to that row, moving nothing."""
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    tineke.teams.add(team_noord)
    client = ingelogd(tineke)
    pagina = html(client.get(HERVERDELEN, {"medewerker": carla.pk}))
    assert aangeboden(pagina) == {
        **{
            f"plan-{p.pk}": ["Bas Collega", "Niels Noord", "Nora Noorderling", "Tineke Teamleider"]
            for p in werk["plannen"]
        },
        **{f"melding-{m.pk}": ["Bas Collega", "Tineke Teamleider"] for m in werk["meldingen"]},
    }
    data = overdragen(
        werk,
        {"plan": noord, "melding": bas},
        medewerker=carla.pk,
        reden="Ziek",
        zaken=getoonde_zaken(pagina),
    )
    naar_noord = werk["meldingen"][2]
    data[f"melding-{naar_noord.pk}"] = noord.pk
    voor = stand()

    pagina = html(client.post(HERVERDELEN, data))

    assert foutmelding(pagina, f"melding-{naar_noord.pk}") == "Kies een collega uit de lijst."
    assert "overgedragen." not in pagina
    assert stand() == voor

    # The plans to Nora, the meldingen to Bas: that goes through.
    data[f"melding-{naar_noord.pk}"] = bas.pk
    assert client.post(HERVERDELEN, data).status_code == 302
    assert {Plan.objects.get(pk=p.pk).regisseur for p in werk["plannen"]} == {noord}
    assert {Melding.objects.get(pk=m.pk).consulent for m in werk["meldingen"]} == {bas}


def test_a_melding_in_another_teams_household_is_counted_not_offered(team, team_noord, wijk_noord):
    """Carla and Bas also work in Noord; Tineke leads only Centrum. Carla's plan in a Noord
    household is Tineke's to hand over (her team member directs it), but the melding there
    only Noord's teamleider assigns: it is counted as work outside her teams, not offered."""
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    for medewerker in (carla, bas):
        medewerker.teams.add(team_noord)
    huishouden = HuishoudenFactory(wijk=wijk_noord, straat="Noordweg", huisnummer=5)
    noord_plan = plan(huishouden, carla)
    noord_melding = melding(huishouden, consulent=carla)
    client = ingelogd(tineke)

    pagina = html(client.get(HERVERDELEN, {"medewerker": carla.pk}))

    assert f"plan-{noord_plan.pk}" in aangeboden(pagina)
    assert f"melding-{noord_melding.pk}" not in aangeboden(pagina)
    assert (
        "Carla Consulent heeft ook nog 1 zaak bij een huishouden buiten uw teams: die draagt "
        "de teamleider van dat team over."
    ) in html_tekst.unescape(pagina)

    client.post(
        HERVERDELEN,
        {
            "medewerker": carla.pk,
            "zaken": getoonde_zaken(pagina),
            "actie": "overdragen",
            f"plan-{noord_plan.pk}": bas.pk,
            "reden": "Ziek",
        },
    )

    noord_plan.refresh_from_db()
    noord_melding.refresh_from_db()
    assert noord_plan.regisseur == bas
    assert noord_melding.consulent == carla


def test_handing_over_nothing_is_explained(werk, team):
    client = ingelogd(team["teamleider"])
    zaken = zaken_van(client, team["consulent"])
    voor = stand()
    pagina = html(
        client.post(
            HERVERDELEN,
            {
                "medewerker": team["consulent"].pk,
                "zaken": zaken,
                "actie": "overdragen",
                "reden": "Ziek",
            },
        )
    )
    assert "Kies voor ten minste één plan of melding een nieuwe collega." in pagina
    assert stand() == voor


def test_the_work_of_someone_who_left_is_handed_over_all_the_same(werk, team):
    """Also on the dashboard: listed, said to be no longer active, until the work is gone."""
    carla, bas = team["consulent"], team["collega"]
    carla.is_active = False
    carla.save(update_fields=["is_active"])
    client = ingelogd(team["teamleider"])
    assert "Carla Consulent (niet meer actief)" in html(client.get(HERVERDELEN))
    assert [r[1] for r in Pagina(html(client.get(DASHBOARD))).tekst("tabel-caseload")] == [
        "Bas Collega",
        "Carla Consulent (niet meer actief)",
        "Tineke Teamleider",
    ]

    response = client.post(
        HERVERDELEN,
        overdragen(
            werk,
            {"plan": bas, "melding": bas},
            medewerker=carla.pk,
            reden="Uit dienst",
            zaken=zaken_van(client, carla),
        ),
    )

    assert response.status_code == 302
    assert not Plan.objects.open().filter(regisseur=carla).exists()
    assert {
        m.consulent for m in Melding.objects.filter(pk__in=[m.pk for m in werk["meldingen"]])
    } == {bas}
    assert [r[1] for r in Pagina(html(client.get(DASHBOARD))).tekst("tabel-caseload")] == [
        "Bas Collega",
        "Tineke Teamleider",
    ]


def test_work_in_households_outside_ones_teams_is_counted_not_shown(
    team, team_noord, wijk_centrum, wijk_noord
):
    """Carla also works in Noord; Tineke leads only Centrum. Carla's meldingen for Noord
    households are for Noord's teamleider to hand over: the page says how many, shows none."""
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    carla.teams.add(team_noord)
    hier = plan(HuishoudenFactory(wijk=wijk_centrum), carla)
    melding(HuishoudenFactory(wijk=wijk_noord, straat="Noordweg"), consulent=carla)
    client = ingelogd(tineke)

    pagina = html(client.get(HERVERDELEN, {"medewerker": carla.pk}))
    assert (
        "Carla Consulent heeft ook nog 1 zaak bij een huishouden buiten uw teams: die draagt "
        "de teamleider van dat team over."
    ) in pagina
    assert set(keuzes(pagina)) == {f"plan-{hier.pk}"}
    assert "Noordweg" not in pagina

    melding(
        HuishoudenFactory(wijk=wijk_noord, straat="Noordweg"),
        consulent=carla,
        status="in_onderzoek",
    )
    regisseur_overdragen(plan=hier, naar=bas, reden="Verlof", door=carla)
    pagina = html(client.get(HERVERDELEN, {"medewerker": carla.pk}))
    assert (
        "Carla Consulent heeft ook nog 2 zaken bij huishoudens buiten uw teams: die draagt "
        "de teamleider van die teams over."
    ) in pagina
    assert "Carla Consulent heeft geen open plannen of meldingen." in pagina
    assert "Noordweg" not in pagina


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
