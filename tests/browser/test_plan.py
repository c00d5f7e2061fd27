"""Handing the regisseur role over on the plan page."""

import pytest
from playwright.sync_api import expect

from tests.factories import PlanFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_regisseur_overdragen(inloggen, consulent, collega, huishouden_centrum):
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    page = inloggen(consulent)
    page.goto(f"/plannen/{plan.pk}/")
    regisseur = page.locator("dd").filter(has=page.locator("strong"))
    expect(regisseur).to_contain_text(str(consulent))
    nog_niet = f"Nog niet overgedragen: {consulent} startte het plan."
    expect(page.get_by_text(nog_niet)).to_be_visible()

    page.get_by_label("Nieuwe regisseur").select_option(label=str(collega))
    page.get_by_role("button", name="Overdragen").click()

    expect(page.locator("#id_reden_error")).to_have_text("Dit veld is verplicht.")
    reden = page.get_by_label("Reden van de overdracht")
    expect(reden).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Nieuwe regisseur")).to_have_value(str(collega.pk))
    expect(regisseur).to_contain_text(str(consulent))

    reden.fill("Verlof van drie maanden.")
    page.get_by_role("button", name="Overdragen").click()

    expect(page.locator("#meldingen")).to_contain_text(f"{collega} is nu regisseur van dit plan.")
    expect(regisseur).to_contain_text(str(collega))
    geschiedenis = page.get_by_role("table", name="Geschiedenis van de regie")
    rijen = geschiedenis.locator("tbody tr")
    expect(rijen).to_have_count(1)
    cellen = rijen.first.get_by_role("cell")
    expect(cellen.nth(1)).to_have_text(str(consulent))
    expect(cellen.nth(2)).to_have_text(str(collega))
    expect(cellen.nth(3)).to_have_text("Verlof van drie maanden.")
    expect(cellen.nth(4)).to_have_text(str(consulent))
