"""Adding household members and their network on the dossier page: inline with htmx, and
as plain pages when JavaScript is off."""

import re

import pytest
from playwright.sync_api import Page, expect

from huishoudens.validators import is_geldig_bsn

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ONGELDIG_BSN = "123456789"  # 9 digits, but the 11-proef fails
GELDIG_BSN = "999990019"  # a test BSN that passes the 11-proef


def _vul_bewoner_in(form, *, bsn: str) -> None:
    form.get_by_label("Voornamen").fill("Anna Maria")
    form.get_by_label("Tussenvoegsel").fill("de")
    form.get_by_label("Achternaam").fill("Vries")
    form.get_by_label("Geboortedatum").fill("1948-05-17")
    form.get_by_label("Rol in het huishouden").select_option(label="Hoofdbewoner")
    form.get_by_label("BSN").fill(bsn)


def _markeer_pagina(page: Page) -> None:
    """A flag that lives as long as this document: gone after any full page load."""
    page.evaluate("window.__zelfdeDocument = true")


def _is_zelfde_document(page: Page) -> bool:
    return page.evaluate("window.__zelfdeDocument === true")


def test_bewoner_en_mantelzorger_toevoegen_met_htmx(inloggen, consulent, huishouden_centrum):
    assert not is_geldig_bsn(ONGELDIG_BSN) and is_geldig_bsn(GELDIG_BSN)
    page = inloggen(consulent)
    page.goto(f"/huishoudens/{huishouden_centrum.pk}/")
    dossier_url = page.url
    _markeer_pagina(page)
    personen = page.locator("#personen")

    personen.get_by_role("link", name="Bewoner toevoegen").click()
    form = personen.locator("#formulier-personen form")
    expect(form.get_by_role("heading", level=3, name="Bewoner toevoegen")).to_be_visible()
    assert page.url == dossier_url

    _vul_bewoner_in(form, bsn=ONGELDIG_BSN)
    form.get_by_role("button", name="Opslaan").click()

    bsn_fout = form.locator("#id_bsn_error")
    expect(bsn_fout).to_have_text(re.compile(r"Dit is geen geldig BSN \(de elfproef klopt niet\)"))
    bsn_veld = form.get_by_label("BSN")
    expect(bsn_veld).to_have_attribute("aria-invalid", "true")
    expect(bsn_veld).to_have_attribute("aria-describedby", re.compile(r"\bid_bsn_error\b"))
    expect(form.get_by_label("Voornamen")).to_have_value("Anna Maria")
    expect(form.get_by_label("Achternaam")).to_have_value("Vries")
    expect(form.get_by_label("Geboortedatum")).to_have_value("1948-05-17")
    expect(bsn_veld).to_have_value(ONGELDIG_BSN)
    assert page.url == dossier_url

    bsn_veld.fill(GELDIG_BSN)
    form.get_by_role("button", name="Opslaan").click()

    expect(personen.get_by_role("status")).to_have_text("Bewoner toegevoegd.")
    expect(personen.get_by_role("heading", level=3, name="Anna Maria de Vries")).to_be_visible()
    expect(personen).to_contain_text("BSN bekend (…019)")
    expect(personen.locator("form")).to_have_count(0)
    assert page.url == dossier_url
    assert _is_zelfde_document(page)

    personen.get_by_role("link", name="Netwerklid toevoegen voor Anna Maria de Vries").click()
    form = personen.locator("#formulier-personen form")
    expect(form.get_by_role("heading", level=3, name="Netwerklid toevoegen")).to_be_visible()
    expect(form).to_contain_text("Netwerk van Anna Maria de Vries")
    form.get_by_label("Naam").fill("Kees de Vries")
    form.get_by_label("Relatie").select_option(label="Familie")
    form.get_by_label("Mantelzorger", exact=True).check()
    form.get_by_label("Belasting mantelzorger").select_option(label="Zwaar")
    form.get_by_role("button", name="Opslaan").click()

    expect(personen.get_by_role("status")).to_have_text("Netwerklid toegevoegd.")
    netwerklid = personen.get_by_role("listitem").filter(has_text="Kees de Vries")
    expect(netwerklid).to_contain_text("Kees de Vries — Familie")
    expect(netwerklid.locator(".sociaal-badge")).to_have_text("mantelzorger")
    expect(netwerklid).to_contain_text("(belasting: zwaar)")
    assert page.url == dossier_url
    assert _is_zelfde_document(page)


def test_bewoner_toevoegen_zonder_javascript(inloggen_zonder_js, consulent, huishouden_centrum):
    page = inloggen_zonder_js(consulent)
    page.goto(f"/huishoudens/{huishouden_centrum.pk}/")

    page.get_by_role("link", name="Bewoner toevoegen").click()
    expect(page).to_have_url(re.compile(rf"/huishoudens/{huishouden_centrum.pk}/personen/nieuw/$"))
    expect(page.get_by_role("heading", level=1, name="Bewoner toevoegen")).to_be_visible()

    _vul_bewoner_in(page.locator("form.sociaal-formulier"), bsn="")
    page.get_by_role("button", name="Opslaan").click()

    expect(page).to_have_url(re.compile(rf"/huishoudens/{huishouden_centrum.pk}/#personen$"))
    expect(page.locator("#meldingen")).to_contain_text("Bewoner toegevoegd.")
    expect(
        page.locator("#personen").get_by_role("heading", level=3, name="Anna Maria de Vries")
    ).to_be_visible()
