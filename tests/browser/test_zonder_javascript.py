"""Every page works as a plain page load: the flows htmx makes smooth also work with
JavaScript switched off (a locked-down municipal laptop, a failing script)."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from huishoudens.models import Melding
from plannen.models import Keukentafelgesprek
from tests.factories import GesprekFactory, HuishoudenFactory, MeldingFactory, PersoonFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_toewijzen_op_de_wachtlijst_zonder_javascript(
    inloggen_zonder_js, teamleider, consulent, wijk_centrum
):
    huishouden = HuishoudenFactory(wijk=wijk_centrum)
    melding = MeldingFactory(
        huishouden=huishouden,
        persoon=PersoonFactory(huishouden=huishouden, voornamen="Kees", achternaam="Jansen"),
    )
    page = inloggen_zonder_js(teamleider)
    page.goto("/meldingen/wachtlijst/")
    rij = page.locator(f"#melding-{melding.pk}")
    rij.get_by_role("link", name="Toewijzen (melding van Kees Jansen)").click()

    # A page of its own for the choice, and back to the list with the assignment on it.
    expect(page.get_by_role("heading", level=1)).to_have_text("Melding toewijzen")
    page.get_by_label("Consulent voor Kees Jansen").select_option(label=str(consulent))
    page.get_by_role("button", name="Opslaan").click()
    expect(page).to_have_url(re.compile(r"/meldingen/wachtlijst/$"))
    rij = page.locator(f"#melding-{melding.pk}")
    expect(rij.locator(f"#consulent-cel-{melding.pk}")).to_contain_text(str(consulent))
    expect(rij.locator("td").first).to_contain_text("Toegewezen")
    melding.refresh_from_db()
    assert (melding.consulent, melding.status) == (consulent, Melding.Status.TOEGEWEZEN)


def test_keukentafelgesprek_opslaan_en_afronden_zonder_javascript(
    inloggen_zonder_js, consulent, huishouden_centrum
):
    bewoner = PersoonFactory(
        huishouden=huishouden_centrum, voornamen="Johanna", achternaam="de Boer"
    )
    gesprek = GesprekFactory(
        melding=MeldingFactory(huishouden=huishouden_centrum, persoon=bewoner)
    )
    page = inloggen_zonder_js(consulent)
    page.goto(f"/plannen/gesprekken/{gesprek.pk}/")

    page.get_by_label("Gehouden op").fill(timezone.localdate().isoformat())
    page.get_by_label("De vraag, in de woorden van de inwoner").fill(
        "Ik wil weer zelf boodschappen doen."
    )
    page.get_by_role("group", name="Bewoners").get_by_label("Johanna de Boer").check()
    page.get_by_role("button", name="Opslaan", exact=True).click()

    # Saved by a plain POST: the page comes back with what was typed.
    expect(page.get_by_label("De vraag, in de woorden van de inwoner")).to_have_value(
        "Ik wil weer zelf boodschappen doen."
    )
    gesprek.refresh_from_db()
    assert gesprek.vraag_inwoner == "Ik wil weer zelf boodschappen doen."
    assert gesprek.status == Keukentafelgesprek.Status.CONCEPT

    page.get_by_label("Is een maatwerkvoorziening nodig?").select_option(label="Nee")
    page.get_by_role("button", name="Gesprek afronden").click()
    expect(page.get_by_role("heading", level=1, name="Gespreksverslag")).to_be_visible()
    gesprek.refresh_from_db()
    assert gesprek.status == Keukentafelgesprek.Status.DEFINITIEF
