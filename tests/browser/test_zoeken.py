"""Searching the household list by BSN: the BSN never ends up in the URL."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import HuishoudenFactory, PersoonFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BSN = "999990019"


def test_zoeken_op_bsn_zonder_bsn_in_de_url(inloggen, consulent, wijk_centrum, huishouden_centrum):
    PersoonFactory(huishouden=huishouden_centrum, voornamen="Gezocht", bsn=BSN)
    ander = HuishoudenFactory(wijk=wijk_centrum, straat="Kerkstraat")
    PersoonFactory(huishouden=ander, voornamen="Ander", bsn="999990020")

    page = inloggen(consulent)
    page.goto("/huishoudens/")
    expect(page.get_by_role("heading", level=2, name="2 huishoudens", exact=True)).to_be_visible()

    page.get_by_label("BSN").fill("9999 90 019")  # typed with spaces, as people do
    page.get_by_role("button", name="Zoeken").click()

    expect(page).to_have_url(re.compile(r"/huishoudens/\?zoek=[\w-]+$"))
    assert BSN not in page.url
    expect(
        page.get_by_role("heading", level=2, name="1 huishouden gevonden", exact=True)
    ).to_be_visible()
    resultaten = page.get_by_role("table")
    adres = f"{huishouden_centrum.straat} {huishouden_centrum.huisnummer}"
    expect(resultaten.get_by_role("link", name=adres, exact=True)).to_be_visible()
    expect(resultaten).to_contain_text("Gezocht Jansen")
    expect(resultaten).not_to_contain_text("Kerkstraat")
    expect(page.get_by_role("link", name="Wis zoekopdracht")).to_be_visible()
