"""The dossier on a tablet (768 px wide), as used at the kitchen table."""

import pytest
from playwright.sync_api import expect

from tests.factories import (
    BetrokkeneFactory,
    HuishoudenFactory,
    NetwerklidFactory,
    PersoonFactory,
    PlanFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NL_DESIGN_CSS = "/static/vendor/utrecht-component-library-css/index.css"


def test_dossier_past_op_een_tablet(inloggen, consulent, huishouden_centrum, tmp_path):
    hoofdbewoner = PersoonFactory(
        huishouden=huishouden_centrum,
        voornamen="Johanna Wilhelmina",
        tussenvoegsel="van der",
        achternaam="Heijden-Bakker",
        telefoon="06-12345678",
        email="j.vanderheijden-bakker@voorbeeld.nl",
        bsn="999990019",
    )
    NetwerklidFactory(persoon=hoofdbewoner, naam="Pieter van der Heijden", mantelzorger=True)
    NetwerklidFactory(persoon=hoofdbewoner, naam="Buurvrouw Fatima", relatie="buur")
    BetrokkeneFactory(
        huishouden=huishouden_centrum,
        organisatie="Huisartsenpraktijk De Lange Voorstraat",
        contactpersoon="dr. A. Timmermans",
        telefoon="030-1234567",
        email="assistente@huisartsenpraktijk-delangevoorstraat.nl",
    )
    PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)

    page = inloggen(consulent)
    page.set_viewport_size({"width": 768, "height": 1024})
    stylesheets = {}
    page.on("response", lambda r: stylesheets.update({r.url: r.status}))
    page.goto(f"/huishoudens/{huishouden_centrum.pk}/")
    page.wait_for_load_state("networkidle")

    expect(page.get_by_role("heading", level=2, name="Bewoners en hun netwerk")).to_be_visible()
    css = [url for url in stylesheets if url.endswith(NL_DESIGN_CSS)]
    assert len(css) == 1 and stylesheets[css[0]] == 200, stylesheets
    regels = page.evaluate(
        """(pad) => [...document.styleSheets]
            .filter((s) => s.href && s.href.endsWith(pad))
            .map((s) => s.cssRules.length)""",
        NL_DESIGN_CSS,
    )
    assert regels and regels[0] > 100

    breedte = page.evaluate("document.documentElement.scrollWidth")
    assert breedte <= 768, f"horizontale scroll: de pagina is {breedte}px breed"
    page.screenshot(path=tmp_path / "dossier-768.png", full_page=True)


def test_alleen_een_te_brede_tabel_is_een_tabstop(inloggen, teamleider, consulent, wijk_centrum):
    for straat in ("Kastanjelaan", "Populierenweg", "Van Hogendorpstraat"):
        huishouden = HuishoudenFactory(wijk=wijk_centrum, straat=straat)
        PlanFactory(huishouden=huishouden, regisseur=consulent)
    page = inloggen(teamleider)
    page.goto("/dashboard/")
    houder = page.locator(".sociaal-tabel-container").first
    # On a desktop the caseload table fits: no Tab stop, no extra landmark.
    expect(houder).not_to_have_attribute("tabindex", "0")
    expect(houder).not_to_have_attribute("role", "region")

    # On a narrow screen it scrolls sideways: a named region that Tab reaches, so that the
    # arrow keys scroll it.
    page.set_viewport_size({"width": 360, "height": 800})
    expect(houder).to_have_attribute("tabindex", "0")
    expect(houder).to_have_attribute("role", "region")
    expect(houder).to_have_accessible_name("Caseload per medewerker")
    houder.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert houder.evaluate("el => el.scrollLeft") > 0
