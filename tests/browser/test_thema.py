"""The municipality's colour reaches the NL Design System buttons in a real browser."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_de_huiskleur_op_de_knoppen(page, huiskleur):
    page.goto("/inloggen/")
    knop = page.get_by_role("button", name="Inloggen")
    expect(knop).to_have_css("background-color", "rgb(26, 79, 139)")
    expect(page.locator("header.sociaal-header")).to_have_css(
        "border-top-color", "rgb(26, 79, 139)"
    )


def test_zonder_eigen_kleur_de_kleur_van_het_voorbeeldthema(page):
    page.goto("/inloggen/")
    # voorbeeld-kleuren-violet-500
    expect(page.get_by_role("button", name="Inloggen")).to_have_css(
        "background-color", "rgb(81, 21, 239)"
    )
