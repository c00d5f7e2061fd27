"""axe-core finds no serious WCAG 2.1 AA violation on any main page, at 1280 px and on a
tablet held upright (768 px)."""

import pytest
from axe_playwright_python.base import AXE_SCRIPT
from playwright.sync_api import Page

from tests.browser.toegankelijkheid.paginas import PAGINAS, Bezoek

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
ERNSTIG = {"serious", "critical"}
# A desktop, and a tablet held upright at the kitchen table.
BREEDTES = ((1280, 900), (768, 1024))
AXE_CORE = AXE_SCRIPT  # axe-core itself, as bundled with axe-playwright-python


def _ernstige_overtredingen(page: Page) -> list[dict]:
    """axe-core's violations of WCAG 2.0/2.1 A and AA on the page as it is now, those a
    user notices most: impact serious or critical. axe is put into a document once."""
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE_CORE)
    resultaat = page.evaluate(
        "(opties) => axe.run(document, opties)",
        {"runOnly": {"type": "tag", "values": WCAG_21_AA}, "resultTypes": ["violations"]},
    )
    return [v for v in resultaat["violations"] if v["impact"] in ERNSTIG]


def _verslag(overtredingen: list[tuple[int, dict]]) -> str:
    regels = []
    for breedte, v in overtredingen:
        doelen = "; ".join(" ".join(n["target"]) for n in v["nodes"])
        regels.append(f"[{breedte}px] {v['id']} ({v['impact']}): {v['help']} — {doelen}")
    return "\n".join(regels)


def _controleer_op_alle_breedtes(page: Page) -> None:
    gevonden: list[tuple[int, dict]] = []
    for breedte, hoogte in BREEDTES:
        page.set_viewport_size({"width": breedte, "height": hoogte})
        gevonden += [(breedte, v) for v in _ernstige_overtredingen(page)]
    assert not gevonden, "WCAG 2.1 AA-overtredingen:\n" + _verslag(gevonden)


@pytest.mark.parametrize("pagina", list(PAGINAS))
def test_geen_ernstige_wcag_overtredingen(pagina, context, live_server, settings, wereld):
    page = PAGINAS[pagina](Bezoek(context, live_server, settings, wereld))
    _controleer_op_alle_breedtes(page)
