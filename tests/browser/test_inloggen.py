"""Logging in, in Dutch, and landing on the households of one's own team."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import WACHTWOORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _adres(huishouden) -> str:
    return f"{huishouden.straat} {huishouden.huisnummer}"


def test_inloggen_met_fout_wachtwoord_en_daarna_goed(
    page, consulent, huishouden_centrum, huishouden_noord
):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/inloggen/"))

    page.get_by_label("Gebruikersnaam").fill(consulent.username)
    page.get_by_label("Wachtwoord").fill("niet-het-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()

    expect(page.get_by_role("alert")).to_contain_text(
        "Gebruikersnaam of wachtwoord klopt niet. Let op hoofdletters."
    )
    expect(page.get_by_label("Gebruikersnaam")).to_have_value(consulent.username)

    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()

    # After logging in: one's own work first, the dossiers one click away.
    expect(page.get_by_role("heading", level=1, name="Mijn werk")).to_be_visible()
    page.get_by_role("navigation").get_by_role("link", name="Huishoudens").click()
    expect(page).to_have_url(re.compile(r"/huishoudens/$"))
    expect(page.get_by_role("heading", level=1, name="Huishoudens")).to_be_visible()
    eigen = page.get_by_role("table").get_by_role("link", name=_adres(huishouden_centrum))
    expect(eigen).to_have_text(_adres(huishouden_centrum))
    expect(page.get_by_role("link", name=_adres(huishouden_noord), exact=True)).to_have_count(0)
    expect(page.get_by_role("heading", level=2, name="1 huishouden", exact=True)).to_be_visible()
