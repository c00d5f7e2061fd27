"""The household list and the search on it (huishoudens.lijst): the households the access
policy allows, in street order, paged; a name found by its first letters whatever their
case; and a query budget that does not grow with the number of households."""

import re
from datetime import timedelta
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from huishoudens.models import Huishouden
from sociaal.zichtbaarheid import huishouden_bereik, zichtbare_huishoudens
from tests.conftest import ingelogd
from tests.factories import (
    BetrokkeneFactory,
    HuishoudenFactory,
    MedewerkerFactory,
    PersoonFactory,
    PlanFactory,
    WijkFactory,
)

pytestmark = pytest.mark.django_db

LIJST = reverse("huishoudens:lijst")


def getoond(response) -> list[int]:
    return [h.pk for h in response.context["pagina"].object_list]


def zoek(client, **velden):
    return client.post(LIJST, velden, follow=True)


@pytest.fixture
def buiten_de_wijk(consulent, wijk_noord):
    """Households in another team's wijk that `consulent` sees for another reason, and one
    they do not see."""
    als_regisseur = HuishoudenFactory(wijk=wijk_noord, straat="Beukenlaan")
    PlanFactory(huishouden=als_regisseur, regisseur=consulent)
    als_betrokkene = HuishoudenFactory(wijk=wijk_noord, straat="Zwanenlaan")
    BetrokkeneFactory(huishouden=als_betrokkene, medewerker=consulent)
    from sociaal.doorbraak.models import Doorbraak

    met_reden = HuishoudenFactory(wijk=wijk_noord, straat="Kade")
    nu = timezone.now()
    Doorbraak.objects.create(
        medewerker=consulent,
        huishouden=met_reden,
        reden="Crisis",
        begin=nu - timedelta(hours=1),
        tot=nu + timedelta(hours=3),
    )
    niet = HuishoudenFactory(wijk=wijk_noord, straat="Appelweg")
    return {"regisseur": als_regisseur, "betrokkene": als_betrokkene, "reden": met_reden}, niet


def test_the_parts_of_the_policy_are_the_policy_without_overlap(
    consulent, teamleider, beheerder, consulent_noord, wijk_centrum, wijk_noord, buiten_de_wijk
):
    zelf_regisseur = HuishoudenFactory(wijk=wijk_centrum)
    PlanFactory(huishouden=zelf_regisseur, regisseur=consulent)  # in the wijk and regisseur
    van_het_team = HuishoudenFactory(wijk=wijk_noord)  # the teamleider's caseload elsewhere
    PlanFactory(huishouden=van_het_team, regisseur=consulent)
    HuishoudenFactory.create_batch(3, wijk=wijk_centrum)
    inactief = MedewerkerFactory(teams=[wijk_centrum.team], is_active=False)

    for medewerker in (consulent, teamleider, beheerder, consulent_noord, inactief):
        bereik = huishouden_bereik(medewerker)
        verwacht = set(zichtbare_huishoudens(medewerker).values_list("pk", flat=True))
        if bereik is None:
            assert verwacht == set(), medewerker
            continue
        wijken = set(Huishouden.objects.filter(bereik.eigen_wijken).values_list("pk", flat=True))
        overige = set(Huishouden.objects.filter(bereik.overige).values_list("pk", flat=True))
        assert wijken | overige == verwacht, medewerker
        assert not wijken & overige, medewerker


def test_list_shows_what_the_policy_allows_in_street_order_over_pages(
    consulent, wijk_centrum, buiten_de_wijk
):
    zichtbaar, niet = buiten_de_wijk
    straten = ["Dorpsstraat", "Achterweg", "Lindelaan", "Zwanenlaan"]
    for i in range(30):
        HuishoudenFactory(wijk=wijk_centrum, straat=straten[i % 4], huisnummer=30 - i)
    HuishoudenFactory(
        wijk=wijk_centrum, straat="Lindelaan", huisnummer=3, huisnummer_toevoeging="a"
    )
    HuishoudenFactory(wijk=wijk_centrum, straat="Lindelaan", huisnummer=3)
    client = ingelogd(consulent)

    eerste = client.get(LIJST)
    tweede = client.get(LIJST + "?pagina=2")
    verwacht = list(zichtbare_huishoudens(consulent).values_list("pk", flat=True))
    assert len(verwacht) == 35
    assert getoond(eerste) + getoond(tweede) == verwacht  # Meta.ordering: the street order
    assert niet.pk not in verwacht
    assert {h.pk for h in zichtbaar.values()} <= set(verwacht)
    assert eerste.context["pagina"].paginator.count == 35
    assert [h.pk for h in eerste.context["pagina"].paginator.object_list] == verwacht
    assert "35 huishoudens" in eerste.content.decode()
    nav = re.search(r'<nav class="utrecht-pagination.*?</nav>', tweede.content.decode(), re.S)
    huidige = re.search(r'<a [^>]*aria-current="page"[^>]*>(.*?)</a>', nav.group(0))
    assert re.sub(r"<[^>]+>", "", huidige.group(1)) == "Pagina 2 van 2"


@pytest.mark.parametrize("pagina", ["0", "-1", "99", "x", "2.0", ""])
def test_odd_page_numbers_answer_as_the_paginator_does(pagina, consulent, wijk_centrum):
    from django.core.paginator import Paginator

    HuishoudenFactory.create_batch(30, wijk=wijk_centrum)
    response = ingelogd(consulent).get(LIJST + f"?pagina={pagina}")
    alle = list(zichtbare_huishoudens(consulent))
    verwacht = Paginator(alle, 25).get_page(pagina)
    assert response.context["pagina"].number == verwacht.number
    assert getoond(response) == [h.pk for h in verwacht.object_list]


def test_an_empty_list_is_counted_as_empty(consulent_noord, wijk_centrum):
    HuishoudenFactory.create_batch(3, wijk=wijk_centrum)
    response = ingelogd(consulent_noord).get(LIJST)
    assert getoond(response) == []
    assert response.context["pagina"].paginator.count == 0


def test_name_search_finds_by_prefix_whatever_the_case(consulent, wijk_centrum, wijk_noord):
    dijkstra = HuishoudenFactory(wijk=wijk_centrum, straat="Aweg")
    PersoonFactory(huishouden=dijkstra, voornamen="Anna", achternaam="Dijkstra")
    van_dijk = HuishoudenFactory(wijk=wijk_centrum, straat="Bweg")
    PersoonFactory(huishouden=van_dijk, voornamen="Kees", tussenvoegsel="van", achternaam="Dijk")
    dirk = HuishoudenFactory(wijk=wijk_centrum, straat="Cweg")
    PersoonFactory(huishouden=dirk, voornamen="Dirk Jan", achternaam="Smit")
    PersoonFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum), achternaam="Bakker")
    ander_team = HuishoudenFactory(wijk=wijk_noord)
    PersoonFactory(huishouden=ander_team, achternaam="Dijkstra")
    client = ingelogd(consulent)

    for naam in ("dij", "DIJ", "Dij", "  dIjK "):
        assert getoond(zoek(client, naam=naam)) == [dijkstra.pk, van_dijk.pk], naam
    assert getoond(zoek(client, naam="van dijk")) == [van_dijk.pk]
    assert getoond(zoek(client, naam="KEES DIJ")) == [van_dijk.pk]
    assert getoond(zoek(client, naam="dirk")) == [dirk.pk]
    assert getoond(zoek(client, naam="ijk")) == []  # a prefix, not a part
    assert getoond(zoek(client, naam="Dijkstraat")) == []


def test_the_pages_of_a_search_keep_its_token_and_nothing_that_was_typed(consulent, wijk_centrum):
    """ADR 0002: the terms stay in the session; the page links carry the token only."""
    for _ in range(30):
        PersoonFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum), achternaam="Zoekmij")
    client = ingelogd(consulent)
    gezocht = client.post(LIJST, {"naam": "Zoekmij", "postcode": "1234 AB"})
    token = parse_qs(urlsplit(gezocht["Location"]).query)["zoek"]
    html = client.get(gezocht["Location"]).content.decode()
    nav = re.search(r'<nav class="utrecht-pagination.*?</nav>', html, re.S).group(0)
    hrefs = [unescape(h) for h in re.findall(r'href="([^"]*)"', nav)]
    assert hrefs
    for href in hrefs:
        parameters = parse_qs(href.removeprefix("?"))
        assert parameters.keys() == {"zoek", "pagina"} and parameters["zoek"] == token, href
        assert "Zoekmij" not in href and "1234" not in href
    assert getoond(client.get(LIJST + hrefs[-1])) != getoond(client.get(gezocht["Location"]))


def test_search_finds_outside_the_wijk_only_where_the_policy_allows(
    consulent, wijk_noord, buiten_de_wijk
):
    zichtbaar, niet = buiten_de_wijk
    for huishouden in [*zichtbaar.values(), niet]:
        PersoonFactory(huishouden=huishouden, achternaam="Oosterhuis")
    PersoonFactory(huishouden=zichtbaar["regisseur"], achternaam="Anders")
    client = ingelogd(consulent)

    gevonden = getoond(zoek(client, naam="ooster"))
    assert sorted(gevonden) == sorted(h.pk for h in zichtbaar.values())
    assert getoond(zoek(client, naam="ander")) == [zichtbaar["regisseur"].pk]


def test_search_by_name_and_birth_date_needs_one_person_with_both(consulent, wijk_centrum):
    from datetime import date

    beide = HuishoudenFactory(wijk=wijk_centrum)
    PersoonFactory(huishouden=beide, achternaam="Visser", geboortedatum=date(1980, 1, 2))
    apart = HuishoudenFactory(wijk=wijk_centrum)
    PersoonFactory(huishouden=apart, achternaam="Visser", geboortedatum=date(1970, 1, 1))
    PersoonFactory(huishouden=apart, achternaam="Bos", geboortedatum=date(1980, 1, 2))
    response = zoek(ingelogd(consulent), naam="vis", geboortedatum="02-01-1980")
    assert getoond(response) == [beide.pk]


def _vul(wijk, aantal: int, regisseur) -> None:
    for i in range(aantal):
        huishouden = HuishoudenFactory(wijk=wijk)
        PersoonFactory.create_batch(2, huishouden=huishouden, achternaam=f"Dijkstra{i}")
        PlanFactory(huishouden=huishouden, regisseur=regisseur)


@pytest.mark.parametrize("aantal", [2, 30])
@pytest.mark.parametrize("laatste", [False, True])
def test_list_page_query_budget(
    aantal, laatste, consulent, wijk_centrum, wijk_noord, django_assert_num_queries
):
    """The first or the last page of the list costs 11 queries, whatever the number of
    households, and of those seen outside one's wijken:

    1. the session
    2. the logged-in medewerker
    3. the page's households in list order with how many there are: one statement, a
       UNION ALL of the households of one's wijken and those seen for another reason
    4. those households with their wijk, by the ids of 3
    5. their persons
    6. their open plans with regisseur
    7. the audit entry (INSERT)
    8. the wijken of the medewerker's teams (the search form's choices)
    9-11. the session's new expiry (UPDATE in a savepoint: the idle timeout)

    (A page number past the end costs two more: the count, then the last page.)
    """
    _vul(wijk_centrum, aantal, consulent)
    _vul(wijk_noord, 3, consulent)
    totaal = aantal + 3
    pagina = (totaal + 24) // 25 if laatste else 1
    client = ingelogd(consulent)
    with django_assert_num_queries(11):
        response = client.get(LIJST + f"?pagina={pagina}")
    assert response.status_code == 200
    verwacht = totaal - 25 * (pagina - 1) if laatste else min(totaal, 25)
    assert len(getoond(response)) == verwacht


@pytest.mark.parametrize("aantal", [2, 30])
def test_search_result_page_query_budget(
    aantal, consulent, wijk_centrum, wijk_noord, django_assert_num_queries
):
    """The page a name search leads to costs 11 queries, whatever the number of households
    and persons found: the list page's (test_list_page_query_budget), with the search in
    the statement of the page and its count, and audited as a search."""
    from sociaal.audit.models import Actie, AuditEntry

    _vul(wijk_centrum, aantal, consulent)
    _vul(wijk_noord, 3, consulent)
    client = ingelogd(consulent)
    doorverwijzing = client.post(LIJST, {"naam": "dijk"})
    with django_assert_num_queries(11):
        response = client.get(doorverwijzing["Location"])
    assert len(getoond(response)) == min(aantal + 3, 25)
    gezocht = AuditEntry.objects.filter(medewerker=consulent, actie=Actie.ZOEKEN)
    assert sorted(gezocht.values_list("huishouden_id", flat=True)) == sorted(getoond(response))


def test_wijk_filter_applies_to_both_parts(consulent, wijk_centrum, wijk_noord, buiten_de_wijk):
    zichtbaar, _niet = buiten_de_wijk
    HuishoudenFactory.create_batch(2, wijk=wijk_centrum)
    tweede_wijk = WijkFactory(team=wijk_centrum.team)
    in_tweede = HuishoudenFactory(wijk=tweede_wijk)
    client = ingelogd(consulent)
    assert getoond(zoek(client, wijk=tweede_wijk.pk)) == [in_tweede.pk]
    assert len(getoond(zoek(client, postcode="1234 AB"))) == 2 + 1 + len(zichtbaar)


def test_a_bsn_nobody_has_finds_nothing_and_is_audited_as_a_search(consulent, wijk_centrum):
    from sociaal.audit.models import Actie, AuditEntry

    PersoonFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum), bsn="111222333")
    response = zoek(ingelogd(consulent), bsn="123456782")
    assert getoond(response) == []
    assert response.context["pagina"].paginator.count == 0
    gezocht = AuditEntry.objects.get(medewerker=consulent, actie=Actie.ZOEKEN)
    assert gezocht.huishouden_id is None
