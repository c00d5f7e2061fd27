"""A main flow done with the keyboard alone, the focus always in sight."""

import re

import pytest
from playwright.sync_api import Page, expect

from huishoudens.models import Melding
from tests.browser.toegankelijkheid.paginas import _kop
from tests.browser.toegankelijkheid.wereld import BSN

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


FOCUS = r"""() => {
  const e = document.activeElement;
  const s = getComputedStyle(e);
  const doorzichtig = (kleur) => /^rgba\(.*,\s*0\)$/.test(kleur) || kleur === "transparent";
  const lijn = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0
    && !doorzichtig(s.outlineColor);
  // A shadow counts if it has a colour one can see and some size.
  const schaduw = s.boxShadow.split(/,(?![^(]*\))/).some((d) => {
    const kleur = (d.match(/rgba?\([^)]*\)/) || ["rgb(0, 0, 0)"])[0];
    return !doorzichtig(kleur) && /[1-9]/.test(d.replace(kleur, ""));
  });
  return {
    html: e.outerHTML.slice(0, 120),
    bedienbaar: e.matches("a[href], button, input, select, textarea, summary"),
    zichtbaar: lijn || schaduw,
  };
}"""
MAX_TABS = 60


def _gefocust(locator) -> bool:
    return locator.evaluate("(e) => e === document.activeElement")


def _tab_naar(page: Page, doel, *, terug: bool = False) -> list[str]:
    """Presses Tab (or Shift+Tab) until `doel` has the focus; every link, button and field
    passed on the way shows where the focus is (an outline or a shadow). Returns what got
    the focus, in order."""
    toets = "Shift+Tab" if terug else "Tab"
    langs = []
    for _ in range(MAX_TABS):
        page.keyboard.press(toets)
        focus = page.evaluate(FOCUS)
        langs.append(focus["html"])
        if focus["bedienbaar"]:
            assert focus["zichtbaar"], f"geen zichtbare focus op {focus['html']}"
        if _gefocust(doel):
            return langs
    raise AssertionError(f"{doel} niet bereikt met {toets}; langs: {langs}")


def test_skiplink_is_de_eerste_tabstop_en_brengt_naar_de_inhoud(inloggen, consulent, wereld):
    page = inloggen(consulent)
    page.goto("/")
    _kop(page, "Mijn werk")
    skiplink = page.get_by_role("link", name="Direct naar de inhoud")
    expect(skiplink).not_to_be_in_viewport()  # out of sight until it has the focus

    page.keyboard.press("Tab")
    expect(skiplink).to_be_focused()
    expect(skiplink).to_be_in_viewport()
    assert page.evaluate(FOCUS)["zichtbaar"]

    page.keyboard.press("Enter")
    expect(page.locator("main#inhoud")).to_be_focused()
    # And the next Tab goes on from the content, not from the top of the page.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


def test_melding_registreren_met_alleen_het_toetsenbord(inloggen, consulent, wereld):
    page = inloggen(consulent)
    page.goto("/")
    page.keyboard.press("Tab")  # the skip link
    page.keyboard.press("Enter")
    expect(page.locator("main#inhoud")).to_be_focused()

    # Back up from the content into the main menu, to the households.
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    _tab_naar(page, menu.get_by_role("link", name="Huishoudens"), terug=True)
    page.keyboard.press("Enter")
    _kop(page, "Huishoudens")

    # Search by BSN: type it, Enter submits the search.
    _tab_naar(page, page.get_by_label("BSN"))
    page.keyboard.type(BSN)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=2, name="1 huishouden gevonden")).to_be_visible()

    _tab_naar(page, page.get_by_role("table").get_by_role("link", name="Lindelaan 3"))
    page.keyboard.press("Enter")
    _kop(page, "Lindelaan 3")

    _tab_naar(page, page.get_by_role("link", name="Melding registreren"))
    page.keyboard.press("Enter")
    _kop(page, "Melding registreren")

    _tab_naar(page, page.get_by_label("Voor wie"))
    page.keyboard.type("Johanna")  # type-ahead in the closed list
    _tab_naar(page, page.get_by_label("Wet"))
    page.keyboard.type("Wmo")
    _tab_naar(page, page.get_by_label("Gemeld door"))
    page.keyboard.type("De inwoner")
    _tab_naar(page, page.get_by_label("De vraag, in de woorden van de melder"))
    page.keyboard.type("Hulp bij het douchen, twee keer per week.")
    crisis = page.get_by_label("Crisis: er is binnen 48 uur een tijdelijke oplossing nodig")
    _tab_naar(page, crisis)
    page.keyboard.press("Space")
    expect(crisis).to_be_checked()
    page.keyboard.press("Space")
    expect(crisis).not_to_be_checked()
    _tab_naar(page, page.get_by_role("button", name="Registreren"))
    page.keyboard.press("Enter")

    expect(page.locator("#meldingen")).to_contain_text("Melding geregistreerd.")
    expect(page.get_by_text("Hulp bij het douchen, twee keer per week.")).to_be_visible()
    melding = Melding.objects.get(vraag="Hulp bij het douchen, twee keer per week.")
    assert (melding.huishouden, melding.persoon.voornamen) == (wereld.huishouden, "Johanna")
    assert (melding.wet, melding.melder, melding.is_crisis) == ("wmo", "zelfmelder", False)
    assert melding.created_by == consulent
    expect(page).to_have_url(re.compile(rf"/meldingen/{melding.pk}/$"))
