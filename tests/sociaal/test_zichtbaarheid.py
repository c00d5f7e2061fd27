"""The access policy (docs/design.md §4.6): who sees which household, on every page, and that
each read — allowed or refused — leaves an audit entry."""

import pytest
from django.urls import reverse

from sociaal.audit.models import Actie, AuditEntry, Resultaat
from sociaal.zichtbaarheid import zichtbare_huishoudens
from tests.conftest import ingelogd
from tests.factories import BetrokkeneFactory, PersoonFactory, PlanFactory

pytestmark = pytest.mark.django_db


def zichtbaar(medewerker):
    return set(zichtbare_huishoudens(medewerker).values_list("pk", flat=True))


def test_consulent_sees_own_team_and_where_involved(
    consulent, consulent_noord, huishouden_centrum, huishouden_noord, wijk_noord
):
    from tests.factories import HuishoudenFactory

    als_regisseur = HuishoudenFactory(wijk=wijk_noord)
    PlanFactory(huishouden=als_regisseur, regisseur=consulent)
    als_betrokkene = HuishoudenFactory(wijk=wijk_noord)
    BetrokkeneFactory(huishouden=als_betrokkene, medewerker=consulent)
    gesloten = HuishoudenFactory(wijk=wijk_noord)
    PlanFactory(huishouden=gesloten, regisseur=consulent, afgesloten=True)

    assert zichtbaar(consulent) == {huishouden_centrum.pk, als_regisseur.pk, als_betrokkene.pk}
    assert huishouden_centrum.pk not in zichtbaar(consulent_noord)


def test_teamleider_sees_the_team_and_beheerder_no_dossiers(
    teamleider, beheerder, huishouden_centrum, huishouden_noord
):
    assert zichtbaar(teamleider) == {huishouden_centrum.pk}
    assert zichtbaar(beheerder) == set()


def test_inactive_medewerker_sees_nothing(consulent, huishouden_centrum):
    consulent.is_active = False
    assert zichtbaar(consulent) == set()


def _urls(huishouden, persoon, betrokkene, plan):
    h = huishouden.pk
    return [
        reverse("huishoudens:dossier", args=[h]),
        reverse("huishoudens:wijzigen", args=[h]),
        reverse("huishoudens:persoon-nieuw", args=[h]),
        reverse("huishoudens:persoon-wijzigen", args=[h, persoon.pk]),
        reverse("huishoudens:persoon-verwijderen", args=[h, persoon.pk]),
        reverse("huishoudens:netwerklid-nieuw", args=[h, persoon.pk]),
        reverse("huishoudens:betrokkene-nieuw", args=[h]),
        reverse("huishoudens:betrokkene-wijzigen", args=[h, betrokkene.pk]),
        reverse("huishoudens:betrokkene-verwijderen", args=[h, betrokkene.pk]),
        reverse("plannen:plan", args=[plan.pk]),
        reverse("plannen:starten", args=[h]),
    ]


def test_other_team_gets_404_everywhere_and_each_refusal_is_audited(
    consulent, consulent_noord, huishouden_centrum
):
    persoon = PersoonFactory(huishouden=huishouden_centrum)
    betrokkene = BetrokkeneFactory(huishouden=huishouden_centrum)
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    client = ingelogd(consulent_noord)
    urls = _urls(huishouden_centrum, persoon, betrokkene, plan)
    formulieren = urls[1:]  # every page but the dossier itself takes a POST
    for url in urls:
        assert client.get(url).status_code == 404, url
    for url in formulieren:
        assert client.post(url, {"reden": "x", "voornamen": "x"}).status_code == 404, url

    refused = AuditEntry.objects.filter(medewerker=consulent_noord, resultaat=Resultaat.GEWEIGERD)
    assert refused.count() == len(urls) + len(formulieren)
    # Nothing was changed by the refused POSTs.
    persoon.refresh_from_db()
    assert persoon.voornamen != "x"
    assert not plan.overdrachten.exists()


def test_beheerder_cannot_open_a_dossier(beheerder, huishouden_centrum):
    """Not this one, and no dossier page at all: the role has none (ToegangMiddleware)."""
    client = ingelogd(beheerder)
    antwoord = client.get(reverse("huishoudens:dossier", args=[huishouden_centrum.pk]))
    assert antwoord.status_code == 403
    assert "Dossiers zijn er voor consulenten en teamleiders." in antwoord.content.decode()
    assert client.get(reverse("huishoudens:lijst")).status_code == 403


def test_allowed_read_is_audited_with_who_what_and_where(consulent, huishouden_centrum):
    client = ingelogd(consulent)
    response = client.get(
        reverse("huishoudens:dossier", args=[huishouden_centrum.pk]),
        REMOTE_ADDR="10.1.2.3",
        HTTP_X_REQUEST_ID="verzoek-12345678",
    )
    assert response.status_code == 200
    entry = AuditEntry.objects.get(actie=Actie.LEZEN)
    assert entry.medewerker == consulent
    assert entry.rol == "consulent"
    assert entry.huishouden_id == huishouden_centrum.pk
    assert entry.object_type == "huishoudens.huishouden"
    assert entry.resultaat == Resultaat.TOEGESTAAN
    assert entry.ip == "10.1.2.3"
    assert entry.request_id == "verzoek-12345678"
    assert response["X-Request-ID"] == "verzoek-12345678"


def test_list_and_search_show_only_own_team(consulent, huishouden_centrum, huishouden_noord):
    PersoonFactory(huishouden=huishouden_centrum, achternaam="Jansen")
    PersoonFactory(huishouden=huishouden_noord, achternaam="Jansen")
    client = ingelogd(consulent)

    lijst = client.get(reverse("huishoudens:lijst"))
    assert list(lijst.context["pagina"].object_list) == [huishouden_centrum]

    zoek = client.post(reverse("huishoudens:lijst"), {"naam": "Jans"}, follow=True)
    assert list(zoek.context["pagina"].object_list) == [huishouden_centrum]
    assert AuditEntry.objects.filter(actie=Actie.ZOEKEN, medewerker=consulent).count() == 1


def test_every_page_but_login_and_health_needs_login(huishouden_centrum):
    from django.test import Client

    client = Client()
    for url in [reverse("huishoudens:lijst"), reverse("huishoudens:dossier", args=[1]), "/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))
    for url in [reverse("login"), "/healthz"]:
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/huishoudens/99999999999999999999/",
        "/huishoudens/99999999999999999999/wijzigen/",
        "/huishoudens/1/personen/99999999999999999999/",
        "/plannen/99999999999999999999/",
        "/plannen/starten/99999999999999999999/",
    ],
)
def test_an_id_too_large_for_the_database_is_simply_not_found(url, client_consulent):
    assert client_consulent.get(url).status_code == 404
    assert client_consulent.post(url, {}).status_code == 404


def test_list_audits_each_household_shown(consulent, wijk_centrum):
    from tests.factories import HuishoudenFactory

    getoond = {HuishoudenFactory(wijk=wijk_centrum).pk for _ in range(3)}
    ingelogd(consulent).get(reverse("huishoudens:lijst"))
    entries = AuditEntry.objects.filter(actie=Actie.LIJST, medewerker=consulent)
    assert set(entries.values_list("huishouden_id", flat=True)) == getoond


def test_linking_a_colleague_as_betrokkene_gives_them_the_dossier(
    client_consulent, consulent_noord, huishouden_centrum
):
    client_noord = ingelogd(consulent_noord)
    dossier = reverse("huishoudens:dossier", args=[huishouden_centrum.pk])
    assert client_noord.get(dossier).status_code == 404
    client_consulent.post(
        reverse("huishoudens:betrokkene-nieuw", args=[huishouden_centrum.pk]),
        {"soort": "schuldhulp", "organisatie": "Schuldhulp", "medewerker": consulent_noord.pk},
    )
    assert client_noord.get(dossier).status_code == 200


def test_an_involved_outsider_cannot_move_a_household_to_their_team(
    consulent_noord, huishouden_centrum, wijk_noord
):
    PlanFactory(huishouden=huishouden_centrum, regisseur=consulent_noord)
    client = ingelogd(consulent_noord)
    url = reverse("huishoudens:wijzigen", args=[huishouden_centrum.pk])
    assert 'name="wijk"' not in client.get(url).content.decode()
    response = client.post(
        url,
        {
            "straat": "Verbeterde straat",
            "huisnummer": "5",
            "postcode": "1234 AB",
            "woonplaats": "Voorbeeldstad",
            "wijk": wijk_noord.pk,
        },
    )
    assert response.status_code == 302
    huishouden_centrum.refresh_from_db()
    assert huishouden_centrum.straat == "Verbeterde straat"  # the address may be corrected
    assert huishouden_centrum.wijk.naam == "Centrum"  # the wijk stays


def test_the_serving_team_may_move_a_household_to_another_team(
    client_consulent, huishouden_centrum, wijk_noord
):
    response = client_consulent.post(
        reverse("huishoudens:wijzigen", args=[huishouden_centrum.pk]),
        {
            "straat": "Dorpsstraat",
            "huisnummer": "5",
            "postcode": "1234 AB",
            "woonplaats": "Voorbeeldstad",
            "wijk": wijk_noord.pk,
        },
    )
    assert response.status_code == 302
    huishouden_centrum.refresh_from_db()
    assert huishouden_centrum.wijk == wijk_noord


def test_removing_ones_own_link_inline_leads_back_to_the_list(consulent_noord, huishouden_centrum):
    link = BetrokkeneFactory(huishouden=huishouden_centrum, medewerker=consulent_noord)
    response = ingelogd(consulent_noord).post(
        reverse("huishoudens:betrokkene-verwijderen", args=[huishouden_centrum.pk, link.pk]),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert response["HX-Redirect"] == reverse("huishoudens:lijst")
    assert not huishouden_centrum.betrokkenen.exists()


def test_a_part_of_another_household_is_refused_and_audited(
    client_consulent, consulent, wijk_centrum
):
    from tests.factories import HuishoudenFactory

    eigen = HuishoudenFactory(wijk=wijk_centrum)
    elders = PersoonFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum))
    url = reverse("huishoudens:persoon-wijzigen", args=[eigen.pk, elders.pk])
    assert client_consulent.get(url).status_code == 404
    entry = AuditEntry.objects.get(resultaat=Resultaat.GEWEIGERD)
    assert (entry.object_type, entry.object_id) == ("huishoudens.persoon", elders.pk)


def test_teamleider_sees_the_teams_caseload_in_other_wijken(
    teamleider_noord, consulent_noord, huishouden_centrum, consulent
):
    PlanFactory(huishouden=huishouden_centrum, regisseur=consulent_noord)
    assert zichtbaar(teamleider_noord) == {huishouden_centrum.pk}
    assert huishouden_centrum.pk in zichtbaar(consulent_noord)


def test_removing_a_person_a_melding_refers_to_is_explained_not_an_error(
    consulent, huishouden_centrum
):
    from huishoudens.models import Persoon
    from tests.factories import MeldingFactory, PersoonFactory

    persoon = PersoonFactory(huishouden=huishouden_centrum, voornamen="Riet")
    MeldingFactory(huishouden=huishouden_centrum, persoon=persoon)
    client = ingelogd(consulent)
    url = reverse("huishoudens:persoon-verwijderen", args=[huishouden_centrum.pk, persoon.pk])

    antwoord = client.post(url, follow=True)

    assert antwoord.status_code == 200
    assert "kan niet worden verwijderd: meldingen, gesprekken of afspraken" in (
        antwoord.content.decode()
    )
    assert Persoon.objects.filter(pk=persoon.pk).exists()
    htmx = client.post(url, HTTP_HX_REQUEST="true")
    assert htmx.status_code == 200
    assert htmx["HX-Redirect"] == f"/huishoudens/{huishouden_centrum.pk}/#personen"
