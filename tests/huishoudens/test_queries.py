"""Query budgets of the household pages: pinned, and independent of how much a household
holds (members, network, betrokkenen) or how many households a list shows."""

import re

import pytest
from django.urls import reverse

from tests.conftest import ingelogd
from tests.factories import (
    BetrokkeneFactory,
    GesprekFactory,
    HuishoudenFactory,
    MeldingFactory,
    NetwerklidFactory,
    PersoonFactory,
    PlanFactory,
)

pytestmark = pytest.mark.django_db


def vul(huishouden, *, regisseur, collega) -> None:
    """A big dossier: 8 residents with 20 network members between them, 10 betrokkenen
    (some of them colleagues), meldingen with their consulent, kitchen-table talks, closed
    plans before the open one, and documents."""
    from plannen.models import Document

    personen = PersoonFactory.create_batch(8, huishouden=huishouden)
    for i in range(20):
        NetwerklidFactory(persoon=personen[i % 8], mantelzorger=i % 3 == 0)
    for i in range(10):
        BetrokkeneFactory(huishouden=huishouden, medewerker=collega if i % 3 == 0 else None)
    for i in range(5):
        melding = MeldingFactory(huishouden=huishouden, persoon=personen[i], consulent=collega)
        GesprekFactory(melding=melding)
    for _ in range(3):
        plan = PlanFactory(huishouden=huishouden, regisseur=regisseur, afgesloten=True)
        Document.objects.create(
            soort=Document.Soort.PLAN,
            huishouden=huishouden,
            plan=plan,
            versie=1,
            status=Document.Status.KLAAR,
            aangevraagd_door=regisseur,
        )


@pytest.mark.parametrize("groot", [False, True], ids=["klein", "groot"])
def test_dossier_page_query_budget(
    groot, consulent, collega, wijk_centrum, django_assert_num_queries
):
    """The dossier page costs 12 queries, whatever the household holds (residents, network,
    betrokkenen, meldingen, talks, plans, documents):

    1. the session
    2. the logged-in medewerker
    3. the household, filtered by the access policy, with its wijk and team, and until
       when the medewerker has access with a reason (a sub-select, for the banner)
    4. its residents
    5. their network members
    6. its betrokkenen with their medewerker
    7. its meldingen with the person and the consulent
    8. its open plan with the regisseur
    9. the audit entry (INSERT)
    10-12. the session's new expiry (UPDATE in a savepoint: the idle timeout)
    """
    huishouden = HuishoudenFactory(wijk=wijk_centrum)
    if groot:
        vul(huishouden, regisseur=consulent, collega=collega)
    else:
        PersoonFactory(huishouden=huishouden)
    PlanFactory(huishouden=huishouden, regisseur=consulent)
    client = ingelogd(consulent)
    with django_assert_num_queries(12):
        response = client.get(reverse("huishoudens:dossier", args=[huishouden.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="sociaal-kaart"') == (8 if groot else 1)
    assert len(re.findall(r'href="/huishoudens/\d+/netwerk/\d+/"', html)) == (20 if groot else 0)
    assert len(re.findall(r'href="/huishoudens/\d+/betrokkenen/\d+/"', html)) == (
        10 if groot else 0
    )
    assert len(re.findall(r'href="/meldingen/\d+/"', html)) == (5 if groot else 0)


@pytest.mark.parametrize("aantal", [2, 30])
def test_household_list_query_budget(aantal, consulent, wijk_centrum, django_assert_num_queries):
    """The list page costs 11 queries, whatever the number of households:

    1. the session
    2. the logged-in medewerker
    3. the wijken of the medewerker's teams (the filter's choices)
    4. the count for the paginator
    5. the page of households with their wijk
    6. their persons
    7. their open plans with regisseur
    8. the audit entry (INSERT)
    9-11. the session's new expiry (UPDATE in a savepoint: the idle timeout)
    """
    for _ in range(aantal):
        huishouden = HuishoudenFactory(wijk=wijk_centrum)
        PersoonFactory.create_batch(3, huishouden=huishouden)
        PlanFactory(huishouden=huishouden, regisseur=consulent)
    client = ingelogd(consulent)
    with django_assert_num_queries(11):
        response = client.get(reverse("huishoudens:lijst"))
    assert response.status_code == 200
    assert len(response.context["pagina"].object_list) == min(aantal, 25)


def vul_plan(plan, aantal: int) -> None:
    from plannen.models import Afspraak, Doel

    persoon = PersoonFactory(huishouden=plan.huishouden)
    for i in range(aantal):
        doel = Doel.objects.create(plan=plan, omschrijving=f"Doel {i}")
        for j in range(aantal):
            Afspraak.objects.create(
                doel=doel,
                wat=f"Afspraak {j}",
                uitvoerder="eigen_kracht",
                persoon=persoon,
                created_by=plan.regisseur,
            )


@pytest.mark.parametrize("aantal", [1, 5])
def test_plan_page_query_budget(
    aantal, consulent, collega, wijk_centrum, django_assert_num_queries
):
    """The plan page costs 15 queries, whatever the history, doelen and afspraken:

    1. the session
    2. the logged-in medewerker
    3. the plan with household, wijk, team, regisseur, creator, last editor (policy)
    4. its handovers with from, to and by
    5. its doelen
    6. their afspraken with who carries them out
    7. its frozen versions
    8. its evaluations
    9. its documents (PDFs)
    10. the household's hulpvragen not yet made into a doel
    11. the audit entry (INSERT)
    12. the colleagues who can take over (the form's choices)
    13-15. the session's new expiry (UPDATE in a savepoint: the idle timeout)
    (whether the medewerker may hand over costs nothing for the regisseur)
    """
    from plannen.services import regisseur_overdragen

    plan = PlanFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum), regisseur=consulent)
    for _ in range(aantal):
        regisseur_overdragen(plan=plan, naar=collega, reden="Verlof", door=plan.regisseur)
        plan.refresh_from_db()
        regisseur_overdragen(plan=plan, naar=consulent, reden="Terug", door=collega)
        plan.refresh_from_db()
    vul_plan(plan, aantal)
    client = ingelogd(consulent)
    with django_assert_num_queries(15):
        response = client.get(reverse("plannen:plan", args=[plan.pk]))
    assert response.status_code == 200
    assert response.content.decode().count("Terug") == aantal


@pytest.mark.parametrize("aantal", [1, 5])
def test_ladder_view_query_budget(aantal, consulent, wijk_centrum, django_assert_num_queries):
    """The ladder view costs 9 queries, whatever the number of doelen and afspraken:

    1. the session
    2. the logged-in medewerker
    3. the plan with household and regisseur (policy)
    4. its doelen
    5. their afspraken with who carries them out
    6. the audit entry (INSERT)
    7-9. the session's new expiry (UPDATE in a savepoint)
    """
    plan = PlanFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum), regisseur=consulent)
    vul_plan(plan, aantal)
    client = ingelogd(consulent)
    with django_assert_num_queries(9):
        response = client.get(reverse("plannen:ladder", args=[plan.pk]))
    assert response.context["totaal"] == aantal * aantal
