"""Form errors and htmx status changes that a screen reader hears."""

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _fouten_zijn_gekoppeld(page: Page, bereik=None) -> int:
    """After a refused submit: the summary is an alert, and every field's error is the
    description of its field, which is marked invalid. Returns the number of field errors."""
    bereik = bereik or page
    expect(bereik.get_by_role("alert")).to_contain_text("Niet alles is goed ingevuld.")
    fouten = bereik.locator(".utrecht-form-field-error-message")
    expect(fouten.first).to_be_visible()
    for fout in fouten.all():
        fout_id = fout.get_attribute("id")
        tekst = fout.inner_text().strip()
        velden = bereik.locator(f"[aria-describedby~='{fout_id}']")
        expect(velden.first).to_be_attached()
        for veld in velden.all():
            expect(veld).to_have_attribute("aria-invalid", "true")
            expect(veld).to_have_accessible_description(re.compile(re.escape(tekst)))
    # And nothing is marked invalid without saying why.
    for veld in bereik.locator("[aria-invalid=true]").all():
        beschreven = (veld.get_attribute("aria-describedby") or "").split()
        assert any(i.endswith("_error") for i in beschreven), veld.evaluate("e => e.outerHTML")
    return fouten.count()


def test_foutmeldingen_worden_voorgelezen_en_horen_bij_hun_veld(inloggen, consulent, wereld):
    page = inloggen(consulent)
    page.goto(f"/meldingen/nieuw/{wereld.huishouden.pk}/")
    page.get_by_label("De vraag, in de woorden van de melder").fill("Hulp bij het douchen.")
    page.get_by_role("button", name="Registreren").click()
    assert _fouten_zijn_gekoppeld(page) == 3  # persoon, wet, gemeld door
    expect(page.get_by_label("De vraag, in de woorden van de melder")).to_have_value(
        "Hulp bij het douchen."
    )
    expect(page.get_by_label("De vraag, in de woorden van de melder")).not_to_have_attribute(
        "aria-invalid", "true"
    )

    # A choice between radio buttons (the afspraak: who does it) and its error.
    page.goto(f"/plannen/{wereld.plan.pk}/doelen/{wereld.doel.pk}/afspraak/")
    page.get_by_label("Wat", exact=True).fill("Samen boodschappen doen")
    page.get_by_role("button", name="Afspraak toevoegen").click()
    assert _fouten_zijn_gekoppeld(page) >= 1
    groep = page.get_by_role("radiogroup", name="Wie doet het")
    expect(groep).to_be_visible()
    expect(groep.get_by_role("radio").first).to_have_attribute("aria-invalid", "true")


def test_inline_formulier_fouten_en_opgeslagen_worden_voorgelezen(inloggen, consulent, wereld):
    page = inloggen(consulent)
    page.goto(f"/huishoudens/{wereld.huishouden.pk}/")
    personen = page.locator("#personen")
    # The live region is on the page before anything is said in it: only then is a change
    # to it announced.
    status = personen.get_by_role("status")
    expect(status).to_have_count(1)
    expect(status).to_have_text("")
    status.evaluate("(e) => { e.dataset.vanDePagina = 'ja'; }")

    personen.get_by_role("link", name="Bewoner toevoegen").click()
    form = personen.locator("#formulier-personen form")
    expect(form.get_by_label("Voornamen")).to_be_focused()
    form.get_by_role("button", name="Opslaan").click()
    _fouten_zijn_gekoppeld(page, form)
    # The focus goes to the first field in error, so that it is read with its error.
    expect(form.get_by_label("Voornamen")).to_be_focused()
    expect(form.get_by_label("Voornamen")).to_have_accessible_description(re.compile("verplicht"))

    form.get_by_label("Voornamen").fill("Kees")
    form.get_by_label("Achternaam").fill("de Boer")
    form.get_by_label("Geboortedatum").fill("1950-02-01")
    form.get_by_label("Rol in het huishouden").select_option(label="Partner")
    form.get_by_role("button", name="Opslaan").focus()
    page.keyboard.press("Enter")

    expect(status).to_have_text("Bewoner toegevoegd.")
    expect(personen.get_by_role("heading", level=3, name="Kees de Boer")).to_be_visible()
    # The form, and the focus in it, are gone: the focus goes on from the section's heading,
    # not from the top of the page.
    expect(
        personen.get_by_role("heading", level=2, name="Bewoners en hun netwerk")
    ).to_be_focused()
    page.keyboard.press("Tab")
    expect(personen.get_by_role("link", name="Bewoner toevoegen")).to_be_focused()
    # The same live region said it: the one that was on the page.
    assert status.evaluate("(e) => e.dataset.vanDePagina") == "ja"
    expect(status).to_have_attribute("aria-live", "polite")


def test_autosave_meldt_opgeslagen_in_een_live_region(inloggen, consulent, wereld):
    page = inloggen(consulent)
    page.goto(f"/plannen/gesprekken/{wereld.gesprek.pk}/")
    status = page.locator("#autosave-status")
    expect(status).to_have_attribute("role", "status")
    expect(status).to_have_attribute("aria-live", "polite")
    expect(status).to_have_text("Concept: wordt automatisch opgeslagen terwijl u typt.")
    status.evaluate("(e) => { e.dataset.vanDePagina = 'ja'; }")

    page.get_by_label("De vraag, in de woorden van de inwoner").focus()
    page.keyboard.press("Control+End")
    page.keyboard.type(" Elke dag.")
    expect(status).to_have_text(re.compile(r"^Opgeslagen om \d\d:\d\d$"))
    assert status.evaluate("(e) => e.dataset.vanDePagina") == "ja"
    wereld.gesprek.refresh_from_db()
    assert wereld.gesprek.vraag_inwoner == "Ik wil weer zelf koken. Elke dag."
