"""The caseload per medewerker and team."""

from datetime import date

import pytest

from huishoudens.models import Melding
from plannen.models import Plan
from sociaal.dashboard import cijfers
from sociaal.dashboard.periode import Periode, Soort
from tests.dashboard.cijfers.rijen import gesprek, melding, om, plan
from tests.factories import HuishoudenFactory, MedewerkerFactory

pytestmark = pytest.mark.django_db


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
