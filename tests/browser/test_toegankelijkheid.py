"""WCAG 2.1 AA in a real browser: axe-core on every main page (at 1280 px and on a tablet
held upright, 768 px), a main flow done with the keyboard alone, and form errors and htmx
status changes that a screen reader hears.

axe-core comes with axe-playwright-python, which evaluates it in the page (page.evaluate is
not subject to the Content Security Policy, which allows no inline script)."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest
from axe_playwright_python.base import AXE_SCRIPT
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import BrowserContext, Page, expect

from huishoudens.models import Huishouden, Melding
from plannen.models import Afspraak, Doel, Keukentafelgesprek, Plan, ZrmScore
from sociaal.demo.kaart import genereer_kaart
from sociaal.doorbraak.services import doorbraak_aanvragen
from sociaal.herinneringen.services import herinneringen_maken
from sociaal.medewerkers.models import Medewerker
from tests.browser.conftest import _log_in, namen_geven
from tests.factories import (
    WACHTWOORD,
    BetrokkeneFactory,
    GesprekFactory,
    HuishoudenFactory,
    MedewerkerFactory,
    MeldingFactory,
    NetwerklidFactory,
    PersoonFactory,
    PlanFactory,
)
from voorzieningen.models import Voorziening

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
ERNSTIG = {"serious", "critical"}
# A desktop, and a tablet held upright at the kitchen table.
BREEDTES = ((1280, 900), (768, 1024))
BSN = "999990019"
BSN_NOORD = "999990020"
AXE_CORE = AXE_SCRIPT  # axe-core itself, as bundled with axe-playwright-python


# --- axe ------------------------------------------------------------------------------


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


# --- One small municipality, with something on every page -------------------------------


@dataclass
class Wereld:
    consulent: Medewerker
    teamleider: Medewerker
    auditor: Medewerker
    huishouden: Huishouden
    noord: Huishouden
    melding: Melding
    gesprek: Keukentafelgesprek
    plan: Plan
    doel: Doel


@pytest.fixture
def wereld(consulent, collega, teamleider, wijk_centrum, wijk_noord) -> Wereld:
    """Wijkteam Centrum with work in every state a page shows, and a household in Noord
    that only a BSN search finds."""
    namen_geven(teamleider, consulent, collega)
    auditor = MedewerkerFactory(username="auditor", rol="auditor")
    genereer_kaart([wijk_centrum, wijk_noord])

    huishouden = HuishoudenFactory(wijk=wijk_centrum, straat="Lindelaan", huisnummer=3)
    bewoner = PersoonFactory(
        huishouden=huishouden, voornamen="Johanna", achternaam="de Boer", bsn=BSN
    )
    mantelzorger = NetwerklidFactory(persoon=bewoner, naam="Pieter de Boer", mantelzorger=True)
    BetrokkeneFactory(huishouden=huishouden, organisatie="Huisartsenpraktijk De Linde")

    # A melding of hers, assigned and in conversation, its onderzoek term passed (a reminder).
    melding = MeldingFactory(
        huishouden=huishouden,
        persoon=bewoner,
        consulent=consulent,
        status=Melding.Status.TOEGEWEZEN,
        ontvangen_op=timezone.now() - timedelta(days=45),
    )
    gesprek = GesprekFactory(melding=melding, vraag_inwoner="Ik wil weer zelf koken.")
    ZrmScore.objects.create(
        gesprek=gesprek, domein="financien", score=2, situatie="Schulden bij de energie."
    )
    # On the wachtlijst: a crisis, not yet assigned.
    crisis = HuishoudenFactory(wijk=wijk_centrum, straat="Kerkstraat", huisnummer=12)
    MeldingFactory(
        huishouden=crisis,
        persoon=PersoonFactory(huishouden=crisis, voornamen="Fatima", achternaam="El Amrani"),
        crisis=True,
    )

    # A plan with afspraken on every step of the ladder.
    plan = PlanFactory(huishouden=huishouden, regisseur=consulent)
    doel = Doel.objects.create(plan=plan, omschrijving="Zelf de boodschappen blijven doen")
    algemeen = Voorziening.objects.get(sleutel="boodschappendienst")
    maatwerk = Voorziening.objects.filter(soort=Voorziening.Soort.MAATWERK).first()
    for wat, uitvoerder, extra in (
        ("Elke zaterdag naar de markt", Afspraak.Uitvoerder.EIGEN_KRACHT, {"persoon": bewoner}),
        ("Pieter rijdt mee", Afspraak.Uitvoerder.NETWERK, {"netwerklid": mantelzorger}),
        ("Wekelijks boodschappen", Afspraak.Uitvoerder.ALGEMEEN, {"voorziening": algemeen}),
        (
            "Hulp in huis",
            Afspraak.Uitvoerder.MAATWERK,
            {
                "voorziening": maatwerk,
                "waarom_niet_eigen_kracht": "Zij kan niet meer tillen.",
                "waarom_niet_netwerk": "Pieter werkt overdag.",
                "waarom_niet_algemeen": "Er is hulp in huis nodig.",
            },
        ),
    ):
        Afspraak.objects.create(
            doel=doel, wat=wat, uitvoerder=uitvoerder, created_by=consulent, **extra
        )
    PlanFactory(
        huishouden=HuishoudenFactory(wijk=wijk_centrum, straat="Molenweg", huisnummer=7),
        regisseur=consulent,
    )

    noord = HuishoudenFactory(wijk=wijk_noord, straat="Noorderstraat", huisnummer=9)
    PersoonFactory(huishouden=noord, bsn=BSN_NOORD, achternaam="Verborgen")
    doorbraak_aanvragen(
        medewerker=collega,
        huishouden=noord,
        reden="Crisismelding politie 23.10 uur, wijkteam Noord niet bereikbaar.",
    )
    herinneringen_maken()
    return Wereld(
        consulent=consulent,
        teamleider=teamleider,
        auditor=auditor,
        huishouden=huishouden,
        noord=noord,
        melding=melding,
        gesprek=gesprek,
        plan=plan,
        doel=doel,
    )


# --- The pages: how to get each into the state to check ----------------------------------


@dataclass
class Bezoek:
    context: BrowserContext
    live_server: object
    settings: object
    wereld: Wereld

    def als(self, medewerker) -> Page:
        _log_in(self.context, self.live_server, medewerker)
        return self.context.new_page()

    def anoniem(self) -> Page:
        return self.context.new_page()


def _kop(page: Page, naam: str | re.Pattern) -> None:
    expect(page.get_by_role("heading", level=1, name=naam)).to_be_visible()


def _fouten_getoond(page: Page) -> None:
    expect(page.get_by_role("alert")).to_be_visible()
    expect(page.locator("[aria-invalid=true]").first).to_be_visible()


def _login(b: Bezoek) -> Page:
    page = b.anoniem()
    page.goto("/inloggen/")
    _kop(page, "Inloggen")
    return page


def _login_fout(b: Bezoek) -> Page:
    page = _login(b)
    page.get_by_label("Gebruikersnaam").fill(b.wereld.consulent.username)
    page.get_by_label("Wachtwoord").fill("niet-het-wachtwoord")
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("alert")).to_contain_text("Gebruikersnaam of wachtwoord klopt niet.")
    return page


def _met_wachtwoord(b: Bezoek, page: Page) -> None:
    page.goto("/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(b.wereld.consulent.username)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()


def _tweestaps_instellen(b: Bezoek) -> Page:
    b.settings.SOCIAAL_TWEESTAPS = True
    page = b.anoniem()
    _met_wachtwoord(b, page)
    _kop(page, "Tweestapsverificatie instellen")
    page.get_by_label("Code").fill("000000")
    page.get_by_role("button", name="Bevestigen").click()
    _fouten_getoond(page)
    return page


def _tweestaps_code(b: Bezoek) -> Page:
    b.settings.SOCIAAL_TWEESTAPS = True
    TOTPDevice.objects.create(user=b.wereld.consulent, name="app", confirmed=True)
    page = b.anoniem()
    _met_wachtwoord(b, page)
    _kop(page, "Code uit uw authenticator-app")
    page.get_by_label("Code").fill("000000")
    page.get_by_role("main").get_by_role("button", name="Inloggen").click()
    _fouten_getoond(page)
    return page


def _start(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    page.goto("/")
    _kop(page, "Mijn werk")
    return page


def _huishoudens(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    page.goto("/huishoudens/")
    _kop(page, "Huishoudens")
    return page


def _huishoudens_pagina(b: Bezoek) -> Page:
    """A middle page of a long list: the pagination with every kind of link."""
    for i in range(100):
        HuishoudenFactory(wijk=b.wereld.huishouden.wijk, straat="Zandpad", huisnummer=i + 1)
    page = b.als(b.wereld.consulent)
    page.goto("/huishoudens/?pagina=3")
    navigatie = page.get_by_role("navigation", name="Paginering")
    expect(navigatie.get_by_role("link", name="Pagina 3 van 5")).to_have_attribute(
        "aria-current", "page"
    )
    return page


def _huishoudens_zoeken(b: Bezoek) -> Page:
    page = _huishoudens(b)
    page.get_by_label("BSN").fill(BSN_NOORD)  # outside the team: the offer of a reason
    page.get_by_role("button", name="Zoeken").click()
    expect(page.locator("#buiten-bereik")).to_be_visible()
    return page


def _dossier(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    page.goto(f"/huishoudens/{b.wereld.huishouden.pk}/")
    _kop(page, re.compile("Lindelaan 3"))
    page.wait_for_load_state("networkidle")
    return page


def _dossier_inline_formulier(b: Bezoek) -> Page:
    page = _dossier(b)
    personen = page.locator("#personen")
    personen.get_by_role("link", name="Bewoner toevoegen").click()
    personen.get_by_role("button", name="Opslaan").click()
    _fouten_getoond(page)
    return page


def _huishouden_nieuw(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    page.goto("/huishoudens/nieuw/")
    page.get_by_role("button", name="Opslaan").click()
    _fouten_getoond(page)
    return page


def _melding_nieuw(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    page.goto(f"/meldingen/nieuw/{b.wereld.huishouden.pk}/")
    page.get_by_role("button", name="Registreren").click()
    _fouten_getoond(page)
    return page


def _melding(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    page.goto(f"/meldingen/{b.wereld.melding.pk}/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    return page


def _wachtlijst(b: Bezoek) -> Page:
    page = b.als(b.wereld.teamleider)
    page.goto("/meldingen/wachtlijst/")
    # One row with its choice of consulent open: the list and the loaded form both checked.
    page.get_by_role("link", name="Toewijzen (melding van Fatima El Amrani)").click()
    expect(page.get_by_label("Consulent voor Fatima El Amrani")).to_be_visible()
    return page


def _mijn_meldingen(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    page.goto("/meldingen/mijn/")
    expect(page.locator("tbody tr").first).to_be_visible()
    return page


def _gesprek(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    page.goto(f"/plannen/gesprekken/{b.wereld.gesprek.pk}/")
    _kop(page, "Keukentafelgesprek")
    # Every life domain open, so that the ZRM fields are checked as well.
    for domein in page.locator("details.sociaal-domein").all():
        if domein.get_attribute("open") is None:
            domein.locator("summary").click()
    expect(page.get_by_label("ZRM-score").first).to_be_visible()
    return page


def _plan(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    page.goto(f"/plannen/{b.wereld.plan.pk}/")
    expect(page.get_by_role("article", name=b.wereld.doel.omschrijving)).to_contain_text(
        "Hulp in huis"
    )
    page.locator("summary", has_text="Doel toevoegen").click()
    return page


def _ladder(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    page.goto(f"/plannen/{b.wereld.plan.pk}/ladder/")
    expect(page.get_by_role("table")).to_be_visible()
    return page


def _afspraak_fout(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    page.goto(f"/plannen/{b.wereld.plan.pk}/doelen/{b.wereld.doel.pk}/afspraak/")
    _kop(page, "Afspraak toevoegen")
    page.get_by_role("button", name="Afspraak toevoegen").click()
    _fouten_getoond(page)
    return page


def _herinneringen(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    page.goto("/herinneringen/")
    expect(page.get_by_text("Een termijn is verlopen").first).to_be_visible()
    return page


def _sociale_kaart(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    page.goto("/sociale-kaart/")
    expect(page.get_by_text("Boodschappendienst").first).to_be_visible()
    return page


def _dashboard(b: Bezoek) -> Page:
    page = b.als(b.wereld.teamleider)
    page.goto("/dashboard/")
    _kop(page, "Teamdashboard")
    page.wait_for_load_state("networkidle")
    return page


def _dashboard_lijst(b: Bezoek) -> Page:
    page = _dashboard(b)
    tabel = page.get_by_role("table", name="Caseload per medewerker")
    tabel.get_by_role("row").filter(has_text="Bram Visser").get_by_role("link").first.click()
    expect(page).to_have_url(re.compile(r"/dashboard/lijst/\?"))
    expect(page.locator("tbody tr").first).to_be_visible()
    return page


def _herverdelen(b: Bezoek) -> Page:
    page = b.als(b.wereld.teamleider)
    page.goto("/dashboard/herverdelen/")
    page.get_by_label("Werk van").select_option(label="Bram Visser")
    page.get_by_role("button", name="Toon het werk").click()
    page.get_by_role("button", name="Overdragen").click()
    _fouten_getoond(page)
    return page


def _logboek(b: Bezoek) -> Page:
    page = b.als(b.wereld.auditor)
    page.goto("/logboek/")
    expect(page.locator("#logboek tbody tr").first).to_be_visible()
    return page


def _toegangsverslag(b: Bezoek) -> Page:
    page = b.als(b.wereld.auditor)
    page.goto(f"/logboek/verslag/{b.wereld.huishouden.pk}/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    return page


def _doorbraak_aanvragen(b: Bezoek) -> Page:
    page = _huishoudens_zoeken(b)
    page.get_by_role("link", name="Toegang met reden vragen").click()
    page.get_by_role("button", name="Toegang vragen").click()
    _fouten_getoond(page)
    return page


def _doorbraak_overzicht(b: Bezoek) -> Page:
    page = b.als(b.wereld.teamleider)
    page.goto("/toegang-met-reden/")
    expect(page.get_by_text("een huishouden van Wijkteam Noord").first).to_be_visible()
    return page


def _verboden(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    antwoord = page.goto("/dashboard/")
    assert antwoord.status == 403
    return page


def _niet_gevonden(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    antwoord = page.goto(f"/huishoudens/{b.wereld.noord.pk}/")
    assert antwoord.status == 404
    return page


def _sessie_waarschuwing(b: Bezoek) -> Page:
    # Warned as soon as the page opens: the whole session is within the warning time.
    b.settings.SESSION_COOKIE_AGE = 600
    b.settings.SOCIAAL_SESSION_WARNING_SECONDS = 600
    page = b.als(b.wereld.consulent)
    page.goto("/")
    expect(page.get_by_role("dialog", name="Bent u er nog?")).to_be_visible()
    return page


def _skiplink(b: Bezoek) -> Page:
    page = _start(b)
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Direct naar de inhoud")).to_be_visible()
    return page


def _voorziening(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    maatwerk = Voorziening.objects.filter(soort=Voorziening.Soort.MAATWERK).first()
    page.goto(f"/sociale-kaart/{maatwerk.pk}/")
    _kop(page, maatwerk.naam)
    return page


def _inzage(b: Bezoek) -> Page:
    page = b.als(b.wereld.consulent)
    persoon = b.wereld.melding.persoon
    page.goto(f"/huishoudens/{b.wereld.huishouden.pk}/personen/{persoon.pk}/inzage/")
    _kop(page, re.compile("Inzage-overzicht"))
    return page


PAGINAS: dict[str, Callable[[Bezoek], Page]] = {
    "inloggen": _login,
    "inloggen-fout-wachtwoord": _login_fout,
    "tweestaps-instellen-fout": _tweestaps_instellen,
    "tweestaps-code-fout": _tweestaps_code,
    "mijn-werk": _start,
    "mijn-werk-skiplink-zichtbaar": _skiplink,
    "sessie-waarschuwing": _sessie_waarschuwing,
    "huishoudens": _huishoudens,
    "huishoudens-pagina-3": _huishoudens_pagina,
    "huishoudens-zoeken": _huishoudens_zoeken,
    "dossier": _dossier,
    "dossier-bewoner-toevoegen-fout": _dossier_inline_formulier,
    "huishouden-nieuw-fout": _huishouden_nieuw,
    "melding-nieuw-fout": _melding_nieuw,
    "melding": _melding,
    "inzage": _inzage,
    "wachtlijst": _wachtlijst,
    "mijn-meldingen": _mijn_meldingen,
    "keukentafelgesprek": _gesprek,
    "plan": _plan,
    "ladder": _ladder,
    "afspraak-fout": _afspraak_fout,
    "herinneringen": _herinneringen,
    "sociale-kaart": _sociale_kaart,
    "voorziening": _voorziening,
    "dashboard": _dashboard,
    "dashboard-lijst": _dashboard_lijst,
    "herverdelen-fout": _herverdelen,
    "logboek": _logboek,
    "toegangsverslag": _toegangsverslag,
    "doorbraak-aanvragen-fout": _doorbraak_aanvragen,
    "doorbraak-overzicht": _doorbraak_overzicht,
    "403": _verboden,
    "404": _niet_gevonden,
}


@pytest.mark.parametrize("pagina", list(PAGINAS))
def test_geen_ernstige_wcag_overtredingen(pagina, context, live_server, settings, wereld):
    page = PAGINAS[pagina](Bezoek(context, live_server, settings, wereld))
    _controleer_op_alle_breedtes(page)


# --- The keyboard alone ----------------------------------------------------------------

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


# --- Errors and changes a screen reader hears ------------------------------------------


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
