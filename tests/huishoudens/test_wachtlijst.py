"""The wachtlijst page: order, states, filters, inline assignment, access and its query
budget — with frozen time."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from huishoudens.models import Melding
from sociaal.audit.models import AuditEntry, Resultaat
from sociaal.termijnen.regels import Wet
from tests.conftest import ingelogd
from tests.factories import HuishoudenFactory, MeldingFactory, WijkFactory

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")
NU = datetime(2026, 11, 23, 10, 0, tzinfo=AMS)


def melding(wijk, dagen_geleden: int, **velden) -> Melding:
    with time_machine.travel(NU - timedelta(days=dagen_geleden), tick=False):
        return MeldingFactory(huishouden=HuishoudenFactory(wijk=wijk), **velden)


@time_machine.travel(NU, tick=False)
def test_order_states_and_waiting_days(teamleider, wijk_centrum, wijk_noord):
    oud = melding(wijk_centrum, 40)  # Wmo: 2 days left -> bijna verlopen
    verlopen = melding(wijk_centrum, 45)  # 3 days late
    nieuw = melding(wijk_centrum, 1)
    crisis = melding(wijk_centrum, 0, crisis=True)
    melding(wijk_noord, 50)  # another team's
    response = ingelogd(teamleider).get(reverse("meldingen:wachtlijst"))
    rijen = response.context["rijen"]
    assert [r["melding"] for r in rijen] == [crisis, verlopen, oud, nieuw]
    assert [r["wachtdagen"] for r in rijen] == [0, 45, 40, 1]
    html = response.content.decode()
    assert "verlopen, 3 dagen te laat" in html
    assert "bijna verlopen: nog 2 dagen" in html
    assert "nog 41 dagen" in html
    assert "nog 48 uur" in html


@time_machine.travel(NU, tick=False)
def test_filter_by_law_and_wijk(consulent, wijk_centrum, team_centrum):
    andere_wijk = WijkFactory(naam="Centrum-Oost", team=team_centrum)
    wmo = melding(wijk_centrum, 3)
    jeugd = melding(wijk_centrum, 3, wet=Wet.JEUGDWET)
    oost = melding(andere_wijk, 3)
    client = ingelogd(consulent)
    url = reverse("meldingen:wachtlijst")
    assert {r["melding"] for r in client.get(url, {"wet": "jeugdwet"}).context["rijen"]} == {jeugd}
    assert {r["melding"] for r in client.get(url, {"wijk": andere_wijk.pk}).context["rijen"]} == {
        oost
    }
    assert {r["melding"] for r in client.get(url, {"wet": "onzin"}).context["rijen"]} == {
        wmo,
        jeugd,
        oost,
    }


def test_teamleider_assigns_inline_and_without_javascript(teamleider, collega, wijk_centrum):
    m = MeldingFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum))
    client = ingelogd(teamleider)
    url = reverse("meldingen:toewijzen", args=[m.pk])
    response = client.post(url, {"consulent": collega.pk}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert html.strip().startswith("<tr") and f'id="melding-{m.pk}"' in html
    assert f"Toegewezen aan {collega}." in html
    m.refresh_from_db()
    assert (m.consulent, m.status) == (collega, Melding.Status.TOEGEWEZEN)

    terug = reverse("meldingen:wachtlijst") + "?wet=wmo"
    response = client.post(url, {"consulent": teamleider.pk, "terug": terug})
    assert response["Location"] == terug
    response = client.post(url, {"consulent": teamleider.pk, "terug": "https://elders.example/"})
    assert response["Location"] == reverse("meldingen:wachtlijst")


def test_the_choice_of_consulent_loads_into_the_row_or_opens_as_a_page(
    teamleider, collega, wijk_centrum
):
    """The list carries a "Toewijzen" button per row, not a list of consulenten per row;
    the choice comes when asked for: into the row with htmx, as a page without it."""
    m = MeldingFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum))
    client = ingelogd(teamleider)
    lijst = client.get(reverse("meldingen:wachtlijst")).content.decode()
    assert 'name="consulent"' not in lijst
    url = reverse("meldingen:toewijzen", args=[m.pk])
    assert f'hx-get="{url}?terug=' in lijst

    fragment = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert fragment.strip().startswith("<form") and f'hx-target="#melding-{m.pk}"' in fragment
    assert f'<option value="{collega.pk}">{collega}</option>' in fragment

    pagina = client.get(url, {"terug": reverse("meldingen:wachtlijst") + "?wet=wmo"})
    html = pagina.content.decode()
    assert "<h1" in html and "Melding toewijzen" in html and "hx-post" not in html
    assert 'href="/meldingen/wachtlijst/?wet=wmo"' in html

    # A choice that is not one of the team's consulenten: the page again, with the reason.
    onbekend = client.post(url, {"consulent": 999999})
    assert onbekend.status_code == 422
    assert 'aria-invalid="true"' in onbekend.content.decode()
    assert "Kies een consulent van het team." in onbekend.content.decode()
    m.refresh_from_db()
    assert m.consulent is None


def test_a_consulent_sees_who_assigns_instead_of_the_choice(consulent, wijk_centrum):
    m = MeldingFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum))
    client = ingelogd(consulent)
    url = reverse("meldingen:toewijzen", args=[m.pk])
    html = client.get(url).content.decode()
    assert "Alleen de teamleider van het team wijst meldingen toe." in html
    assert 'name="consulent"' not in html
    fragment = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "Niet toegewezen" in fragment and 'name="consulent"' not in fragment


def test_the_choice_says_what_to_do_and_returns_only_to_the_wachtlijst(
    teamleider, collega, wijk_centrum
):
    m = MeldingFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum))
    client = ingelogd(teamleider)
    url = reverse("meldingen:toewijzen", args=[m.pk])
    leeg = client.post(url, {"consulent": ""}, HTTP_HX_REQUEST="true").content.decode()
    assert "Kies een consulent." in leeg and 'aria-invalid="true"' in leeg
    # Back to the wachtlijst with its filters, never to another page of the application.
    for terug in ("/admin/", "https://elders.example/meldingen/wachtlijst/"):
        response = client.post(url, {"consulent": collega.pk, "terug": terug})
        assert response["Location"] == reverse("meldingen:wachtlijst")
    # Once assigned, the choice no longer offers "nobody".
    m.refresh_from_db()
    assert m.consulent == collega
    fragment = client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "Kies een consulent" not in fragment


def test_a_melding_gone_from_sight_reloads_the_list_with_why(teamleider, wijk_centrum, wijk_noord):
    m = MeldingFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum))
    client = ingelogd(teamleider)
    m.huishouden.wijk = wijk_noord  # moved to another team's wijk meanwhile
    m.huishouden.save()
    terug = reverse("meldingen:wachtlijst") + "?wet=wmo"
    response = client.get(
        reverse("meldingen:toewijzen", args=[m.pk]), {"terug": terug}, HTTP_HX_REQUEST="true"
    )
    assert response["HX-Redirect"] == terug
    lijst = client.get(terug).content.decode()
    assert "Deze melding staat niet meer op uw wachtlijst." in lijst


def test_a_consulent_cannot_assign_and_the_refusal_is_audited(consulent, collega, wijk_centrum):
    m = MeldingFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum))
    client = ingelogd(consulent)
    assert 'name="consulent"' not in client.get(reverse("meldingen:wachtlijst")).content.decode()
    response = client.post(
        reverse("meldingen:toewijzen", args=[m.pk]),
        {"consulent": collega.pk},
        HTTP_HX_REQUEST="true",
    )
    assert "Alleen de teamleider" in response.content.decode()
    m.refresh_from_db()
    assert m.consulent is None
    assert AuditEntry.objects.filter(resultaat=Resultaat.GEWEIGERD).exists()


def test_other_teams_meldingen_are_not_found(consulent_noord, wijk_centrum):
    m = MeldingFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum))
    client = ingelogd(consulent_noord)
    for url in (
        reverse("meldingen:melding", args=[m.pk]),
        reverse("plannen:gesprek-plannen", args=[m.pk]),
    ):
        assert client.get(url).status_code == 404
    assert client.post(reverse("meldingen:toewijzen", args=[m.pk]), {}).status_code == 404
    assert m not in [
        r["melding"] for r in client.get(reverse("meldingen:wachtlijst")).context["rijen"]
    ]


def test_mijn_meldingen_shows_what_is_assigned_to_me(consulent, collega, wijk_centrum):
    mijn = MeldingFactory(
        huishouden=HuishoudenFactory(wijk=wijk_centrum),
        consulent=consulent,
        status=Melding.Status.TOEGEWEZEN,
    )
    MeldingFactory(
        huishouden=HuishoudenFactory(wijk=wijk_centrum),
        consulent=collega,
        status=Melding.Status.TOEGEWEZEN,
    )
    response = ingelogd(consulent).get(reverse("meldingen:mijn"))
    assert [r["melding"] for r in response.context["rijen"]] == [mijn]


@pytest.mark.parametrize("aantal", [2, 20])
def test_wachtlijst_query_budget(aantal, teamleider, wijk_centrum, django_assert_num_queries):
    """The wachtlijst costs 12 queries for a teamleider, whatever its length (the
    consulenten to assign to are read only when a row's "Toewijzen" is clicked):

    1. the session
    2. the logged-in medewerker
    3. the medewerker's teams
    4. the team's wijken (filter choices)
    5. the count for the paginator
    6. the page of meldingen with household, wijk, person and consulent (access policy
       applied)
    7. their term adjustments
    8. the audit entries for the households shown (one INSERT)
    9. the municipal terms
    10-12. the session's new expiry (UPDATE in a savepoint: the idle timeout)
    """
    for _ in range(aantal):
        MeldingFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum))
    client = ingelogd(teamleider)
    with django_assert_num_queries(12):
        response = client.get(reverse("meldingen:wachtlijst"))
    assert len(response.context["rijen"]) == aantal
