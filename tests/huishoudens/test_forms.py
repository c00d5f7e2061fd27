"""Bad input on every form: a clear Dutch message next to the field, everything typed kept,
never a 500 — as a plain page and as an htmx fragment."""

import re

import pytest
from django.urls import reverse

from huishoudens.models import Huishouden, Persoon
from tests.conftest import ingelogd
from tests.factories import NetwerklidFactory, PersoonFactory

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def fout_bij(html: str, veld: str) -> str:
    """The error text rendered next to field `veld` (id_<veld>_error), linked by aria."""
    match = re.search(rf'id="id_{veld}_error">(.*?)</div>', html, re.S)
    assert match, f"no error shown next to {veld}"
    beschreven = re.findall(r'aria-describedby="([^"]*)"', html)
    assert any(f"id_{veld}_error" in ids.split() for ids in beschreven)
    return match.group(1).strip()


def waarde(html: str, veld: str) -> str:
    match = re.search(rf'<input[^>]*name="{veld}"[^>]*value="([^"]*)"', html)
    return match.group(1) if match else ""


def test_new_household_with_bad_postcode_keeps_everything(client_consulent, wijk_centrum):
    data = {
        "straat": "Lindelaan",
        "huisnummer": "12",
        "huisnummer_toevoeging": "bis",
        "postcode": "123 AB",
        "woonplaats": "Voorbeeldstad",
        "wijk": wijk_centrum.pk,
        "plan_starten": "on",
        "regisseur": "",
    }
    response = client_consulent.post(reverse("huishoudens:nieuw"), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "4 cijfers en 2 letters" in fout_bij(html, "postcode")
    assert "Kies de regisseur" in fout_bij(html, "regisseur")
    assert waarde(html, "straat") == "Lindelaan"
    assert waarde(html, "huisnummer_toevoeging") == "bis"
    assert waarde(html, "postcode") == "123 AB"
    assert not Huishouden.objects.exists()


def test_new_household_with_words_for_a_number(client_consulent, wijk_centrum):
    response = client_consulent.post(
        reverse("huishoudens:nieuw"),
        {"straat": "Lindelaan", "huisnummer": "twaalf", "postcode": "1234ab", "wijk": "999"},
    )
    html = response.content.decode()
    assert "huisnummer in cijfers" in fout_bij(html, "huisnummer")
    assert "verplicht" in fout_bij(html, "woonplaats").lower()
    assert "wijk" in fout_bij(html, "wijk").lower() or "keuze" in fout_bij(html, "wijk").lower()
    assert waarde(html, "huisnummer") == "twaalf"


def test_new_household_starts_its_plan_with_the_creator(client_consulent, consulent, wijk_centrum):
    response = client_consulent.post(
        reverse("huishoudens:nieuw"),
        {
            "straat": "Lindelaan",
            "huisnummer": "12",
            "postcode": "1234ab",
            "woonplaats": "Voorbeeldstad",
            "wijk": wijk_centrum.pk,
            "plan_starten": "on",
            "regisseur": consulent.pk,
        },
    )
    huishouden = Huishouden.objects.get()
    assert response["Location"] == reverse("huishoudens:persoon-nieuw", args=[huishouden.pk])
    assert huishouden.postcode == "1234 AB"
    assert huishouden.plannen.get().regisseur == consulent


def test_household_in_another_teams_wijk_is_refused(client_consulent, wijk_noord):
    response = client_consulent.post(
        reverse("huishoudens:nieuw"),
        {
            "straat": "Lindelaan",
            "huisnummer": "12",
            "postcode": "1234ab",
            "woonplaats": "X",
            "wijk": wijk_noord.pk,
        },
    )
    assert response.status_code == 200
    assert "geldige keuze" in fout_bij(response.content.decode(), "wijk")
    assert not Huishouden.objects.exists()


@pytest.mark.parametrize("htmx", [False, True])
@pytest.mark.parametrize(
    ("bsn", "melding"),
    [
        ("123456789", "elfproef"),
        ("12345", "9 cijfers"),
        ("12345678x", "alleen uit cijfers"),
    ],
)
def test_person_with_bad_bsn(htmx, bsn, melding, client_consulent, huishouden_centrum):
    url = reverse("huishoudens:persoon-nieuw", args=[huishouden_centrum.pk])
    data = {
        "voornamen": "Johanna Maria",
        "achternaam": "Smit",
        "geboortedatum": "12-03-1950",
        "rol": "hoofdbewoner",
        "bsn": bsn,
        "telefoon": "06-12345678",
    }
    response = client_consulent.post(url, data, **(HTMX if htmx else {}))
    html = response.content.decode()
    assert response.status_code == 200
    assert melding in fout_bij(html, "bsn")
    assert waarde(html, "voornamen") == "Johanna Maria"
    assert waarde(html, "bsn") == bsn
    assert waarde(html, "telefoon") == "06-12345678"
    assert ("<html" in html) is not htmx  # a fragment for htmx, a page without
    assert not Persoon.objects.exists()


def test_person_with_a_bsn_already_registered(client_consulent, huishouden_centrum):
    PersoonFactory(bsn="999990019")
    response = client_consulent.post(
        reverse("huishoudens:persoon-nieuw", args=[huishouden_centrum.pk]),
        {
            "voornamen": "Jan",
            "achternaam": "Smit",
            "geboortedatum": "1950-03-12",
            "rol": "hoofdbewoner",
            "bsn": "9999 900 19",
        },
    )
    assert "al geregistreerd" in fout_bij(response.content.decode(), "bsn")
    assert Persoon.objects.count() == 1


def test_likely_duplicate_person_is_reported_and_can_be_confirmed(
    client_consulent, huishouden_centrum
):
    PersoonFactory(voornamen="Jan", achternaam="Smit", geboortedatum="1950-03-12")
    url = reverse("huishoudens:persoon-nieuw", args=[huishouden_centrum.pk])
    data = {
        "voornamen": "jan",
        "achternaam": "SMIT",
        "geboortedatum": "12-03-1950",
        "rol": "hoofdbewoner",
    }
    response = client_consulent.post(url, data)
    html = response.content.decode()
    assert "al een persoon met deze naam en geboortedatum" in html
    assert 'name="toch_opslaan"' in html
    assert Persoon.objects.count() == 1

    response = client_consulent.post(url, {**data, "toch_opslaan": "on"})
    assert response.status_code == 302
    assert Persoon.objects.count() == 2


def test_person_with_impossible_birth_date(client_consulent, huishouden_centrum):
    response = client_consulent.post(
        reverse("huishoudens:persoon-nieuw", args=[huishouden_centrum.pk]),
        {"voornamen": "Jan", "achternaam": "Smit", "geboortedatum": "31-02-1950", "rol": "kind"},
    )
    html = response.content.decode()
    assert "geldige datum" in fout_bij(html, "geboortedatum")
    assert waarde(html, "geboortedatum") == "31-02-1950"


def test_network_load_only_for_a_mantelzorger(client_consulent, huishouden_centrum):
    persoon = PersoonFactory(huishouden=huishouden_centrum)
    url = reverse("huishoudens:netwerklid-nieuw", args=[huishouden_centrum.pk, persoon.pk])
    response = client_consulent.post(
        url, {"naam": "Marieke", "relatie": "familie", "belasting": "zwaar"}, **HTMX
    )
    html = response.content.decode()
    assert "alleen voor een mantelzorger" in fout_bij(html, "belasting")
    assert waarde(html, "naam") == "Marieke"
    assert not persoon.netwerk.exists()

    response = client_consulent.post(
        url,
        {"naam": "Marieke", "relatie": "familie", "is_mantelzorger": "on", "belasting": "zwaar"},
        **HTMX,
    )
    # The list in the section is swapped; the section's live region stays and says it.
    assert response.headers["HX-Retarget"] == "#personen-inhoud"
    assert response.headers["HX-Reselect"] == "#personen-inhoud"
    assert 'id="status-personen" hx-swap-oob="innerHTML">Netwerklid toegevoegd.<' in (
        response.content.decode()
    )
    assert "Marieke" in response.content.decode()
    assert persoon.netwerk.get().belasting == "zwaar"


def test_betrokkene_needs_an_organisation(client_consulent, huishouden_centrum):
    url = reverse("huishoudens:betrokkene-nieuw", args=[huishouden_centrum.pk])
    response = client_consulent.post(url, {"soort": "school", "email": "geen-adres"})
    html = response.content.decode()
    assert "verplicht" in fout_bij(html, "organisatie").lower()
    assert "e-mailadres" in fout_bij(html, "email").lower()
    assert waarde(html, "email") == "geen-adres"


def test_removing_a_network_member_asks_first(client_consulent, huishouden_centrum):
    lid = NetwerklidFactory(persoon=PersoonFactory(huishouden=huishouden_centrum), naam="Kees")
    url = reverse("huishoudens:netwerklid-verwijderen", args=[huishouden_centrum.pk, lid.pk])
    vraag = client_consulent.get(url)
    assert "Weet u zeker" in vraag.content.decode()
    assert lid.persoon.netwerk.exists()
    response = client_consulent.post(url)
    assert response.status_code == 302
    assert not lid.persoon.netwerk.exists()


def test_search_with_a_bad_bsn_or_postcode(client_consulent, huishouden_centrum):
    response = client_consulent.post(
        reverse("huishoudens:lijst"), {"bsn": "12345", "postcode": "12 AB", "naam": "Smit"}
    )
    html = response.content.decode()
    assert "9 cijfers" in fout_bij(html, "bsn")
    assert "4 cijfers en 2 letters" in fout_bij(html, "postcode")
    assert waarde(html, "naam") == "Smit"


def test_handover_without_reason(consulent, collega, huishouden_centrum):
    from tests.factories import PlanFactory

    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    response = ingelogd(consulent).post(
        reverse("plannen:plan", args=[plan.pk]), {"naar": collega.pk, "reden": ""}
    )
    html = response.content.decode()
    assert "verplicht" in fout_bij(html, "reden").lower()
    assert f'value="{collega.pk}" selected' in html
    assert not plan.overdrachten.exists()


def test_changing_an_address_with_a_bad_postcode_changes_nothing(
    client_consulent, huishouden_centrum
):
    url = reverse("huishoudens:wijzigen", args=[huishouden_centrum.pk])
    response = client_consulent.post(
        url,
        {
            "straat": "Nieuwe Straat",
            "huisnummer": "3",
            "postcode": "AB 1234",
            "woonplaats": "Voorbeeldstad",
            "wijk": huishouden_centrum.wijk_id,
        },
    )
    html = response.content.decode()
    assert "4 cijfers en 2 letters" in fout_bij(html, "postcode")
    assert waarde(html, "straat") == "Nieuwe Straat"
    huishouden_centrum.refresh_from_db()
    assert huishouden_centrum.straat == "Dorpsstraat"


def test_starting_a_second_plan_is_refused_with_a_message(
    client_consulent, consulent, huishouden_centrum
):
    from tests.factories import PlanFactory

    PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    response = client_consulent.post(
        reverse("plannen:starten", args=[huishouden_centrum.pk]), {"regisseur": consulent.pk}
    )
    assert response.status_code == 200
    assert "heeft al een open plan" in response.content.decode()
    assert huishouden_centrum.plannen.count() == 1


def test_starting_a_plan_without_choosing_a_regisseur(client_consulent, huishouden_centrum):
    response = client_consulent.post(
        reverse("plannen:starten", args=[huishouden_centrum.pk]), {"regisseur": ""}
    )
    assert "verplicht" in fout_bij(response.content.decode(), "regisseur").lower()
    assert not huishouden_centrum.plannen.exists()


@pytest.mark.parametrize(
    ("datum", "melding"), [("2999-01-01", "toekomst"), ("0001-01-01", "jaar terug")]
)
def test_implausible_birth_dates(datum, melding, client_consulent, huishouden_centrum):
    response = client_consulent.post(
        reverse("huishoudens:persoon-nieuw", args=[huishouden_centrum.pk]),
        {"voornamen": "Jan", "achternaam": "Smit", "geboortedatum": datum, "rol": "kind"},
    )
    assert melding in fout_bij(response.content.decode(), "geboortedatum")
    assert not Persoon.objects.exists()


def test_an_expired_search_says_so(client_consulent):
    response = client_consulent.get(reverse("huishoudens:lijst") + "?zoek=verlopen", follow=True)
    assert "verlopen" in response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("huishoudens:lijst")


@pytest.mark.parametrize("pagina", ["abc", "-1", "99999999999999999999999"])
def test_odd_page_numbers_show_a_page(pagina, client_consulent, huishouden_centrum):
    response = client_consulent.get(reverse("huishoudens:lijst") + f"?pagina={pagina}")
    assert response.status_code == 200
