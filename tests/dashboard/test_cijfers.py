"""The team-lead dashboard's figures, each checked to the number on a small hand-built set
of households, plans, meldingen and conversations (rows made with the ORM, moments set
with `.update()` where a test needs them)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import translation

from huishoudens.models import Melding
from plannen.models import Afspraak, Doel, Evaluatie, EvaluatieZrm, Plan, ZrmScore
from sociaal.dashboard import cijfers
from sociaal.dashboard.cijfers import Achterstand, Resultaten, ZrmVoortgang
from sociaal.dashboard.periode import Periode, Soort
from sociaal.termijnen.models import Termijninstellingen
from tests.factories import (
    BetrokkeneFactory,
    GesprekFactory,
    HuishoudenFactory,
    MedewerkerFactory,
    MeldingFactory,
    NetwerklidFactory,
    PersoonFactory,
    PlanFactory,
    TeamFactory,
    WijkFactory,
)
from voorzieningen.models import Voorziening

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")
TREDEN = ("eigen_kracht", "netwerk", "algemeen", "maatwerk")


def om(jaar, maand, dag, uur=12, minuut=0) -> datetime:
    return datetime(jaar, maand, dag, uur, minuut, tzinfo=AMS)


@pytest.fixture
def wijk_oost(db):
    """A third team's wijk: the dashboard of Centrum and Noord never counts it."""
    return WijkFactory(naam="Oost", team=TeamFactory(naam="Wijkteam Oost"))


@pytest.fixture
def door(db):
    return MedewerkerFactory(username="invoer")


def melding(huishouden, door, *, consulent=None, **velden) -> Melding:
    """A melding with its status, dates and `deadline` exactly as given (the factory's own
    deadline is overwritten; None unless given)."""
    m = MeldingFactory(huishouden=huishouden, created_by=door, consulent=consulent)
    velden.setdefault("deadline", None)
    Melding.objects.filter(pk=m.pk).update(**velden)
    m.refresh_from_db()
    return m


def plan(huishouden, regisseur, status=Plan.Status.CONCEPT, **velden) -> Plan:
    if status in (Plan.Status.VASTGESTELD, Plan.Status.IN_EVALUATIE):
        velden = {
            "akkoord_op": date(2026, 1, 5),
            "akkoord_wijze": Plan.AkkoordWijze.MONDELING,
            "evaluatie_op": date(2026, 12, 1),
            **velden,
        }
    return PlanFactory(huishouden=huishouden, regisseur=regisseur, status=status, **velden)


def gesprek(huishouden, door, *, afgerond_op=None, zrm=None, **velden):
    """A keukentafelgesprek; final (held and finalised at `afgerond_op`) when that is given."""
    if afgerond_op is not None:
        velden = {
            "status": "definitief",
            "gehouden_op": afgerond_op.date(),
            "afgerond_op": afgerond_op,
            **velden,
        }
    g = GesprekFactory(melding=melding(huishouden, door), **velden)
    for domein, score in (zrm or {}).items():
        ZrmScore.objects.create(gesprek=g, domein=domein, score=score)
    return g


def evaluatie(plan, *, gehouden_op, vastgelegd_op=None, cijfer=None, zrm=None) -> Evaluatie:
    e = Evaluatie.objects.create(
        plan=plan,
        versie=1,
        gehouden_op=gehouden_op,
        klantbeoordelingscijfer=cijfer,
        besluit=Evaluatie.Besluit.AFSLUITEN,
        door=plan.regisseur,
    )
    if vastgelegd_op is not None:
        Evaluatie.objects.filter(pk=e.pk).update(created_at=vastgelegd_op)
    for domein, score in (zrm or {}).items():
        EvaluatieZrm.objects.create(evaluatie=e, domein=domein, score=score)
    return e


@pytest.fixture
def voorzieningen(db):
    return {
        "algemeen": Voorziening.objects.create(
            sleutel="test-buurthuis", naam="Buurthuis", soort="algemeen", aanbieder="x"
        ),
        "maatwerk": Voorziening.objects.create(
            sleutel="test-hulp-bij-het-huishouden",
            naam="Hulp bij het huishouden",
            soort="maatwerk",
            aanbieder="x",
        ),
    }


def afspraak(plan, uitvoerder, *, voorzieningen=None, gemaakt_op=None, wanneer=None):
    """An afspraak with the right kind of 'who' for its uitvoerder (its rung). The database
    only lets a concept plan's afspraken change: the plan is a concept while it is made,
    and gets its status back after, as if it had been agreed with it."""
    huishouden = plan.huishouden
    rij = Plan.objects.filter(pk=plan.pk)
    status, closed_at = rij.values_list("status", "closed_at").get()
    rij.update(status=Plan.Status.CONCEPT, closed_at=None)
    wie = {}
    if uitvoerder == "eigen_kracht":
        wie["persoon"] = PersoonFactory(huishouden=huishouden)
    elif uitvoerder == "netwerk":
        wie["netwerklid"] = NetwerklidFactory(persoon=PersoonFactory(huishouden=huishouden))
    elif uitvoerder == "professional":
        wie["betrokkene"] = BetrokkeneFactory(huishouden=huishouden)
    else:
        wie["voorziening"] = voorzieningen[uitvoerder]
    if uitvoerder == "maatwerk":
        wie |= {
            "waarom_niet_eigen_kracht": "Kan niet meer tillen",
            "waarom_niet_netwerk": "Dochter woont ver weg",
            "waarom_niet_algemeen": "Geen algemene voorziening voor zwaar huishoudelijk werk",
        }
    doel = plan.doelen.first() or Doel.objects.create(plan=plan, omschrijving="Een schoon huis")
    a = Afspraak.objects.create(
        doel=doel,
        wat="Iets",
        uitvoerder=uitvoerder,
        wanneer=wanneer,
        created_by=plan.regisseur,
        **wie,
    )
    if gemaakt_op is not None:
        Afspraak.objects.filter(pk=a.pk).update(created_at=gemaakt_op)
    rij.update(status=status, closed_at=closed_at)
    return a


# --- caseload ----------------------------------------------------------------------------


def test_caseload_per_medewerker_and_team(
    team_centrum, team_noord, wijk_centrum, wijk_noord, door
):
    team_centrum.bandbreedte_van, team_centrum.bandbreedte_tot = 1, 2
    team_centrum.save()
    team_noord.bandbreedte_van, team_noord.bandbreedte_tot = 5, 6
    team_noord.save()
    anna = MedewerkerFactory(first_name="Anna", teams=[team_centrum, team_noord])
    bram = MedewerkerFactory(first_name="Bram", teams=[team_centrum])
    MedewerkerFactory(first_name="Cor", teamleider=True, teams=[team_centrum])
    # No longer active: listed while they still hold open work (it must be handed over).
    dirk = MedewerkerFactory(first_name="Dirk", is_active=False, teams=[team_centrum])
    gijs = MedewerkerFactory(first_name="Gijs", is_active=False, teams=[team_centrum])
    fenna = MedewerkerFactory(first_name="Fenna", is_active=False, teams=[team_centrum])
    beheerder = MedewerkerFactory(first_name="Els", beheerder=True, teams=[team_centrum])
    h = [HuishoudenFactory(wijk=wijk_centrum) for _ in range(6)]
    elders = HuishoudenFactory(wijk=wijk_noord)

    # Anna: two open plans (one in another team's wijk: it is her case all the same) and a
    # closed one that no longer counts.
    plan(h[0], anna, Plan.Status.VASTGESTELD)
    plan(elders, anna)
    plan(h[1], anna, Plan.Status.AFGESLOTEN, closed_at=om(2026, 5, 1))
    # Her open meldingen: one for a household she is regisseur of (counted once, as the
    # plan), and three elsewhere: no plan, her closed plan, Bram's plan.
    melding(h[0], door, consulent=anna, status="toegewezen")
    melding(h[2], door, consulent=anna, status="in_onderzoek")
    melding(h[1], door, consulent=anna, status="nieuw")
    melding(h[3], door, consulent=anna, status="toegewezen")
    # Finished and withdrawn meldingen are not work.
    melding(h[4], door, consulent=anna, status="afgerond")
    melding(h[4], door, consulent=anna, status="ingetrokken", ingetrokken_op=om(2026, 6, 2))
    # Bram: a plan (for h[3]) and a melding for a household without one.
    plan(h[3], bram, Plan.Status.VASTGESTELD)
    melding(h[5], door, consulent=bram, status="toegewezen")
    # Dirk and Gijs left with an open plan and a waiting melding: listed until handed over.
    plan(h[4], dirk)
    melding(h[5], door, consulent=gijs, status="in_onderzoek")
    # Fenna left with no open work: a closed plan, a finished melding, and a finished one
    # whose beschikking clock still runs (not waiting: not her caseload). Not listed.
    plan(h[2], fenna, Plan.Status.AFGESLOTEN, closed_at=om(2026, 5, 1))
    melding(h[2], door, consulent=fenna, status="afgerond")
    melding(
        h[3],
        door,
        consulent=fenna,
        status="afgerond",
        aanvraag_op=date(2026, 6, 1),
        onderzoek_afgerond_op=om(2026, 5, 28),
        deadline=om(2026, 7, 13),
    )
    # A functioneel beheerder is not listed, whatever their work.
    melding(h[2], door, consulent=beheerder, status="toegewezen")

    # Conversations held in June 2026: only final ones count, for whoever held them.
    for dag in (date(2026, 6, 1), date(2026, 6, 30)):
        gesprek(h[4], anna, afgerond_op=om(dag.year, dag.month, dag.day), afgerond_door=anna)
    for dag in (date(2026, 5, 31), date(2026, 7, 1)):
        gesprek(h[4], anna, afgerond_op=om(dag.year, dag.month, dag.day), afgerond_door=anna)
    gesprek(h[3], anna, afgerond_op=om(2026, 6, 10), afgerond_door=bram)
    gesprek(h[2], anna, gehouden_op=date(2026, 6, 12), afgerond_door=anna)  # still a concept

    juni = Periode.rond(Soort.MAAND, date(2026, 6, 15))
    rijen = [
        (
            r.team.naam,
            r.medewerker.first_name,
            r.plannen,
            r.meldingen,
            r.zonder_plan,
            r.gesprekken,
            r.caseload,
            r.stand,
        )
        for r in cijfers.caseload([team_centrum, team_noord], maand=juni)
    ]

    assert rijen == [
        # team, who, plans, meldingen, without plan, conversations, caseload, stand
        ("Wijkteam Centrum", "Anna", 2, 4, 3, 2, 5, "boven"),  # over 1-2
        ("Wijkteam Centrum", "Bram", 1, 1, 1, 1, 2, "binnen"),  # at the top of 1-2
        ("Wijkteam Centrum", "Cor", 0, 0, 0, 0, 0, "ruimte"),  # under 1
        ("Wijkteam Centrum", "Dirk", 1, 0, 0, 0, 1, "binnen"),  # left, one open plan
        ("Wijkteam Centrum", "Gijs", 0, 1, 1, 0, 1, "binnen"),  # left, one waiting melding
        ("Wijkteam Noord", "Anna", 2, 4, 3, 2, 5, "binnen"),  # at the bottom of 5-6
    ]
    assert [r.medewerker for r in cijfers.caseload([team_noord], maand=juni)] == [anna]
    # Once their work is handed over (here: closed, finished), they are no longer listed.
    Plan.objects.filter(regisseur=dirk).update(
        status=Plan.Status.AFGESLOTEN, closed_at=om(2026, 6, 20)
    )
    Melding.objects.filter(consulent=gijs).update(status="afgerond")
    assert [r.medewerker.first_name for r in cijfers.caseload([team_centrum], maand=juni)] == [
        "Anna",
        "Bram",
        "Cor",
    ]


# --- wachtlijst --------------------------------------------------------------------------


def test_wachtlijst_per_team_and_law(
    team_centrum, team_noord, wijk_centrum, wijk_noord, door, wijk_oost
):
    nu = om(2026, 6, 15, 12)

    def centrum(**velden):
        return melding(HuishoudenFactory(wijk=wijk_centrum), door, **velden)

    # Wmo in Centrum: four waiting, two of them past their term.
    centrum(status="nieuw", ontvangen_op=om(2026, 5, 1, 9), deadline=om(2026, 6, 12))
    centrum(status="nieuw", ontvangen_op=om(2026, 6, 14), deadline=nu)  # due now: not past
    centrum(status="in_onderzoek", ontvangen_op=om(2026, 6, 10), deadline=om(2026, 7, 20))
    oudste = om(2026, 4, 20, 0, 30)  # still 19 April in UTC: the wait is in local days
    # Asked for while the onderzoek still runs: its onderzoek clock is the one past its
    # term, not a late beschikking.
    centrum(
        status="in_onderzoek",
        ontvangen_op=oudste,
        aanvraag_op=date(2026, 5, 1),
        deadline=om(2026, 6, 14),
    )
    # Finished: not waiting, even when received earlier; a late beschikking when asked for,
    # the onderzoek done, not decided and past the term.
    centrum(
        status="afgerond",
        ontvangen_op=om(2026, 3, 1),
        aanvraag_op=date(2026, 5, 1),
        onderzoek_afgerond_op=om(2026, 4, 28),
        deadline=om(2026, 6, 12),
    )
    centrum(
        status="afgerond",
        aanvraag_op=date(2026, 5, 1),
        onderzoek_afgerond_op=om(2026, 4, 28),
        beschikking_op=date(2026, 6, 1),
        deadline=om(2026, 6, 12),
    )
    centrum(
        status="afgerond",
        aanvraag_op=date(2026, 5, 1),
        onderzoek_afgerond_op=om(2026, 4, 28),
        deadline=om(2026, 6, 20),
    )
    centrum(status="afgerond", ontvangen_op=om(2026, 2, 1))
    centrum(
        status="ingetrokken",
        ontvangen_op=om(2026, 2, 1),
        aanvraag_op=date(2026, 3, 1),
        ingetrokken_op=om(2026, 3, 10),
    )
    # Jeugdwet and Participatiewet in Centrum.
    centrum(
        wet="jeugdwet",
        status="toegewezen",
        consulent=door,
        ontvangen_op=om(2026, 6, 1),
        deadline=om(2026, 7, 13),
    )
    # A Participatiewet aanvraag after the onderzoek, past its term.
    centrum(
        wet="participatiewet",
        status="afgerond",
        aanvraag_op=date(2026, 4, 1),
        onderzoek_afgerond_op=om(2026, 4, 20),
        deadline=om(2026, 6, 1),
    )
    # Noord, and Oost (not asked for).
    melding(
        HuishoudenFactory(wijk=wijk_noord),
        door,
        status="nieuw",
        ontvangen_op=om(2026, 1, 5),
        deadline=om(2026, 2, 16),
    )
    melding(HuishoudenFactory(wijk=wijk_oost), door, status="nieuw", deadline=om(2026, 1, 1))

    rijen = cijfers.wachtlijst([team_centrum, team_noord], nu=nu)

    c, n = team_centrum.pk, team_noord.pk
    assert [
        (r.team_id, r.wet, r.wachtend, r.oudste, r.verlopen, r.beschikking_verlopen) for r in rijen
    ] == sorted(
        [
            (c, "jeugdwet", 1, om(2026, 6, 1), 0, 0),
            (c, "participatiewet", 0, None, 0, 1),
            (c, "wmo", 4, oudste, 2, 1),
            (n, "wmo", 1, om(2026, 1, 5), 1, 0),
        ],
        key=lambda r: (r[0], r[1]),
    )
    vandaag = date(2026, 6, 15)
    assert {(r.team_id, r.wet): r.langste_wachttijd(vandaag) for r in rijen} == {
        (c, "jeugdwet"): 14,
        (c, "participatiewet"): None,
        (c, "wmo"): 56,
        (n, "wmo"): 161,
    }
    assert [(r.team_id, r.wet) for r in cijfers.wachtlijst([team_noord], nu=nu)] == [(n, "wmo")]


# --- achterstanden -----------------------------------------------------------------------


def test_achterstanden_per_team(
    team_centrum, team_noord, wijk_centrum, wijk_noord, wijk_oost, door
):
    Termijninstellingen.objects.update_or_create(pk=1, defaults={"ondertekening_dagen": 10})
    vandaag = date(2026, 6, 15)

    def centrum(status=Plan.Status.CONCEPT, **velden):
        return plan(HuishoudenFactory(wijk=wijk_centrum), door, status, **velden)

    # Evaluations: one overdue; due today, in evaluation, or closed is not overdue.
    te_laat = centrum(Plan.Status.VASTGESTELD, evaluatie_op=date(2026, 6, 14))
    vandaag_te_doen = centrum(Plan.Status.VASTGESTELD, evaluatie_op=vandaag)
    in_evaluatie = centrum(Plan.Status.IN_EVALUATIE, evaluatie_op=date(2026, 6, 1))
    afgesloten = centrum(
        Plan.Status.AFGESLOTEN, evaluatie_op=date(2026, 5, 1), closed_at=om(2026, 6, 1)
    )
    # Out for agreement: 11 and exactly 10 days (the term reached, as the reminder counts
    # it) are overdue, 9 days not yet.
    ter_ondertekening = [
        centrum(Plan.Status.TER_ONDERTEKENING, ter_ondertekening_op=sinds)
        for sinds in (om(2026, 6, 4, 15), om(2026, 6, 5, 23, 30), om(2026, 6, 6, 0, 30))
    ]
    concept = centrum()

    # Afspraken past their date, of agreed plans only.
    afspraak(te_laat, "eigen_kracht", wanneer=date(2026, 6, 14))
    afspraak(te_laat, "eigen_kracht", wanneer=vandaag)
    afspraak(te_laat, "eigen_kracht")
    afspraak(in_evaluatie, "eigen_kracht", wanneer=date(2026, 6, 1))
    afspraak(vandaag_te_doen, "eigen_kracht", wanneer=date(2026, 7, 1))
    afspraak(concept, "eigen_kracht", wanneer=date(2026, 6, 1))
    afspraak(ter_ondertekening[0], "eigen_kracht", wanneer=date(2026, 6, 1))
    afspraak(afgesloten, "eigen_kracht", wanneer=date(2026, 5, 1))

    noord = plan(
        HuishoudenFactory(wijk=wijk_noord),
        door,
        Plan.Status.VASTGESTELD,
        evaluatie_op=date(2026, 6, 1),
    )
    afspraak(noord, "eigen_kracht", wanneer=date(2026, 6, 1))
    oost = plan(
        HuishoudenFactory(wijk=wijk_oost),
        door,
        Plan.Status.VASTGESTELD,
        evaluatie_op=date(2026, 6, 1),
    )
    afspraak(oost, "eigen_kracht", wanneer=date(2026, 6, 1))

    uitkomst = cijfers.achterstanden(
        [team_centrum, team_noord], vandaag=vandaag, instellingen=Termijninstellingen.huidige()
    )

    assert uitkomst == {
        team_centrum.pk: Achterstand(evaluaties=1, afspraken=2, wacht_op_akkoord=2),
        team_noord.pk: Achterstand(evaluaties=1, afspraken=1, wacht_op_akkoord=0),
    }


# --- ladder ------------------------------------------------------------------------------


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


# --- results -----------------------------------------------------------------------------


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


# --- periods -----------------------------------------------------------------------------


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


# --- query count -------------------------------------------------------------------------


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
