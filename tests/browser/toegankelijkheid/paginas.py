"""The pages: how to get each into the state to check."""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import BrowserContext, Page, expect

from tests.browser.conftest import _log_in
from tests.browser.toegankelijkheid.wereld import BSN_NOORD, Wereld
from tests.factories import WACHTWOORD, HuishoudenFactory
from voorzieningen.models import Voorziening


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


def _toewijzen(b: Bezoek) -> Page:
    """The choice of consulent as a page of its own (what a browser without JavaScript
    opens from the wachtlijst)."""
    page = b.als(b.wereld.teamleider)
    page.goto(f"/meldingen/{b.wereld.melding.pk}/toewijzen/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Melding toewijzen")
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
    "melding-toewijzen": _toewijzen,
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
