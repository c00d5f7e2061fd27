"""Security in a browser: the second step after the password (setting it up with a QR code,
recovery codes that work once), the warning before the idle session ends, and a Content
Security Policy that no page of ours breaks."""

import re
import time
from base64 import b32decode
from datetime import datetime, timedelta
from urllib.parse import quote

import pytest
from django.conf import settings as django_settings
from django.contrib.sessions.models import Session
from django_otp.oath import totp
from playwright.sync_api import Page, expect

from tests.browser.test_gesprek import OPGESLAGEN, _open, _vraag
from tests.factories import (
    WACHTWOORD,
    GesprekFactory,
    HuishoudenFactory,
    MeldingFactory,
    PersoonFactory,
    PlanFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CODE_FOUT = re.compile(r"^Deze code klopt niet\. ")


def _inloggen_met_formulier(page: Page, medewerker) -> None:
    expect(page.get_by_role("heading", level=1, name="Inloggen")).to_be_visible()
    page.get_by_label("Gebruikersnaam").fill(medewerker.username)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()


def _uitloggen(page: Page) -> None:
    """The button in the header: a POST form, back to the login page."""
    page.get_by_role("banner").get_by_role("button", name="Uitloggen").click()
    expect(page).to_have_url(re.compile(r"/inloggen/$"))


# --- Two-step verification -------------------------------------------------------------


def _sleutel(geheim: str) -> bytes:
    """The key behind the secret as shown: base32 in groups of four, without padding."""
    tekst = "".join(geheim.split())
    return b32decode(tekst + "=" * (-len(tekst) % 8))


def _code(sleutel: bytes, *, stap: int = 0) -> str:
    """The code the app shows now (or `stap` periods of 30 s away), six digits."""
    return f"{totp(sleutel, drift=stap):06d}"


def _foute_code(sleutel: bytes) -> str:
    """A code that is not accepted now: none of the (tolerated) neighbouring periods."""
    geldig = {_code(sleutel, stap=stap) for stap in (-2, -1, 0, 1, 2)}
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in geldig)


@pytest.fixture
def tweestaps(settings):
    settings.SOCIAAL_TWEESTAPS = True


def test_tweestapsverificatie_instellen_en_herstelcode_een_keer(page, tweestaps, consulent):
    page.goto("/")
    _inloggen_met_formulier(page, consulent)

    # No device yet: first set it up, before any page with client data.
    expect(page).to_have_url(re.compile(r"/tweestaps/instellen/\?next=%2F$"))
    expect(
        page.get_by_role("heading", level=1, name="Tweestapsverificatie instellen")
    ).to_be_visible()
    qr = page.locator("figure.sociaal-qr svg")
    expect(qr).to_be_visible()
    assert qr.bounding_box()["width"] >= 100
    geheim = page.locator("#geheim")
    expect(geheim).to_have_text(re.compile(r"^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$"))
    sleutel = _sleutel(geheim.inner_text())
    assert len(sleutel) == 20

    # No other page yet: no menu to it, and typing its address sends one back here.
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    expect(menu.get_by_role("link")).to_have_count(0)
    expect(menu.get_by_role("button", name="Uitloggen")).to_be_visible()
    page.goto("/huishoudens/")
    expect(page).to_have_url(re.compile(r"/tweestaps/instellen/\?next=%2Fhuishoudens%2F$"))
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/tweestaps/instellen/\?next=%2F$"))
    # The same secret until it is confirmed: a reload does not make a new one.
    expect(page.locator("#geheim")).to_have_text(geheim.inner_text())

    code = page.get_by_label("Code")
    code.fill(_foute_code(sleutel))
    page.get_by_role("button", name="Bevestigen").click()
    expect(page.locator("#id_code_error")).to_have_text(CODE_FOUT)
    expect(page.get_by_label("Code")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("alert")).to_be_visible()
    # The QR code and the secret stay, unchanged.
    expect(page.locator("figure.sociaal-qr svg")).to_be_visible()
    expect(page.locator("#geheim")).to_have_text(geheim.inner_text())

    # django-otp lets the next try in only a second after a wrong code.
    page.wait_for_timeout(1100)
    page.get_by_label("Code").fill(_code(sleutel))
    page.get_by_role("button", name="Bevestigen").click()

    expect(page.get_by_role("heading", level=1, name="Uw herstelcodes")).to_be_visible()
    codes = page.locator("#herstelcodes li code")
    expect(codes).to_have_count(10)
    herstelcodes = codes.all_inner_texts()
    assert len(set(herstelcodes)) == 10
    assert all(re.fullmatch(r"[a-z0-9]{8}", c) for c in herstelcodes), herstelcodes
    page.get_by_role("link", name="Ik heb de codes bewaard — verder").click()
    expect(page.get_by_role("heading", level=1, name="Mijn werk")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/$"))
    expect(menu.get_by_role("link", name="Huishoudens")).to_be_visible()

    # Next time: the code, not the set-up (and no new secret for whoever has the password).
    _uitloggen(page)
    _inloggen_met_formulier(page, consulent)
    expect(page).to_have_url(re.compile(r"/tweestaps/code/\?next=%2F$"))
    expect(
        page.get_by_role("heading", level=1, name="Code uit uw authenticator-app")
    ).to_be_visible()
    page.goto("/tweestaps/instellen/")
    expect(page).to_have_url(re.compile(r"/tweestaps/code/"))
    expect(page.locator("#geheim")).to_have_count(0)
    expect(menu.get_by_role("link")).to_have_count(0)

    herstelcode = herstelcodes[3]
    page.get_by_label("Code").fill(herstelcode.upper())
    page.get_by_role("main").get_by_role("button", name="Inloggen").click()
    expect(page.get_by_role("heading", level=1, name="Mijn werk")).to_be_visible()
    expect(page.locator("#meldingen")).to_contain_text(
        "U heeft een herstelcode gebruikt; er zijn er nog 9."
    )

    # Used once, used up.
    _uitloggen(page)
    _inloggen_met_formulier(page, consulent)
    expect(
        page.get_by_role("heading", level=1, name="Code uit uw authenticator-app")
    ).to_be_visible()
    page.get_by_label("Code").fill(herstelcode)
    page.get_by_role("main").get_by_role("button", name="Inloggen").click()
    expect(page.locator("#id_code_error")).to_have_text(re.compile(r"^Deze code klopt niet\."))
    expect(
        page.get_by_role("heading", level=1, name="Code uit uw authenticator-app")
    ).to_be_visible()
    page.goto("/huishoudens/")
    expect(page).to_have_url(re.compile(r"/tweestaps/code/\?next=%2Fhuishoudens%2F$"))

    # Another recovery code still works, and brings one back to where one was going.
    page.wait_for_timeout(1100)
    page.get_by_label("Code").fill(herstelcodes[7])
    page.get_by_role("main").get_by_role("button", name="Inloggen").click()
    expect(page).to_have_url(re.compile(r"/huishoudens/$"))
    expect(page.get_by_role("heading", level=1, name="Huishoudens")).to_be_visible()
    expect(page.locator("#meldingen")).to_contain_text("er zijn er nog 8.")


# --- The idle session ------------------------------------------------------------------


@pytest.fixture
def korte_sessie(settings):
    """Idle for 8 s ends the session; the warning comes 5 s before, so after 3 s."""
    settings.SESSION_COOKIE_AGE = 8
    settings.SOCIAAL_SESSION_WARNING_SECONDS = 5


def _sessie_verloopt(page: Page) -> datetime:
    sleutel = next(
        c["value"]
        for c in page.context.cookies()
        if c["name"] == django_settings.SESSION_COOKIE_NAME
    )
    return Session.objects.get(session_key=sleutel).expire_date


def test_sessiewaarschuwing_ingelogd_blijven(inloggen, korte_sessie, consulent):
    page = inloggen(consulent)
    page.goto("/huishoudens/")
    expect(page.get_by_role("heading", level=1, name="Huishoudens")).to_be_visible()
    expect(page.locator("body")).to_have_attribute("data-sessie-seconden", "8")
    expect(page.locator("body")).to_have_attribute("data-waarschuwing-seconden", "5")
    geopend = time.monotonic()

    dialoog = page.get_by_role("dialog", name="Bent u er nog?")
    expect(dialoog).to_be_hidden()
    expect(dialoog).to_be_visible(timeout=6_000)
    assert time.monotonic() - geopend >= 2  # not at once: 3 s after the last request
    knop = dialoog.get_by_role("button", name="Ingelogd blijven")
    expect(knop).to_be_focused()
    verliep = _sessie_verloopt(page)

    page.keyboard.press("Enter")  # the focused button
    expect(dialoog).to_be_hidden()
    # The request renewed the session on the server: it now ends later than it would have.
    assert _sessie_verloopt(page) >= verliep + timedelta(seconds=1)
    expect(page).to_have_url(re.compile(r"/huishoudens/$"))

    page.reload()
    expect(page).to_have_url(re.compile(r"/huishoudens/$"))
    expect(page.get_by_role("heading", level=1, name="Huishoudens")).to_be_visible()
    # And the timer started again with the new page.
    expect(page.get_by_role("dialog", name="Bent u er nog?")).to_be_visible(timeout=6_000)
    page.get_by_role("button", name="Ingelogd blijven").click()
    expect(page.get_by_role("dialog", name="Bent u er nog?")).to_be_hidden()


def test_sessie_verloopt_en_inloggen_brengt_terug(
    inloggen, korte_sessie, consulent, huishouden_centrum
):
    page = inloggen(consulent)
    dossier = f"/huishoudens/{huishouden_centrum.pk}/"
    # With a query string, which must survive the round trip through the login page.
    page.goto(dossier + "?tab=netwerk")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    dialoog = page.get_by_role("dialog", name="Bent u er nog?")
    expect(dialoog).to_be_visible(timeout=6_000)

    # Left alone: at the end, the login page, which knows where to go back to.
    expect(page).to_have_url(
        re.compile(re.escape("/inloggen/?next=" + quote(dossier + "?tab=netwerk", safe="")) + "$"),
        timeout=8_000,
    )
    expect(page.get_by_role("heading", level=1, name="Inloggen")).to_be_visible()
    # The session really ended on the server: the page itself is not reachable.
    expect(page.get_by_role("banner").get_by_role("button", name="Uitloggen")).to_have_count(0)

    _inloggen_met_formulier(page, consulent)
    expect(page).to_have_url(re.compile(re.escape(dossier + "?tab=netwerk") + "$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(huishouden_centrum.straat)


# --- Content Security Policy -------------------------------------------------------------

CSP_LUISTERAAR = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__csp.push(e.violatedDirective + " " + e.blockedURI);
});
"""


def _bewaak(page: Page) -> list[str]:
    """Records the console's errors and warnings, page errors, and CSP violations of `page`.
    (Chromium's own informational notes, such as a swapped-in `autofocus` being ignored, do
    not count — unless they are about the policy — nor does the 404 for the favicon that
    Chromium asks for by itself: the app has none.)"""
    meldingen: list[str] = []

    def _console(melding) -> None:
        if melding.location.get("url", "").endswith("/favicon.ico"):
            return
        if melding.type in ("error", "warning") or "Content Security Policy" in melding.text:
            meldingen.append(f"console {melding.type}: {melding.text}")

    page.on("console", _console)
    page.on("pageerror", lambda e: meldingen.append(f"pageerror: {e}"))
    page.add_init_script(CSP_LUISTERAAR)
    return meldingen


def _geen_overtredingen(page: Page, meldingen: list[str]) -> None:
    assert page.evaluate("window.__csp") == []
    assert meldingen == []


def test_geen_csp_overtredingen_bij_consulent(inloggen, consulent, huishouden_centrum):
    bewoner = PersoonFactory(huishouden=huishouden_centrum, voornamen="Johanna")
    gesprek = GesprekFactory(
        melding=MeldingFactory(huishouden=huishouden_centrum, persoon=bewoner)
    )
    page = inloggen(consulent)
    meldingen = _bewaak(page)

    response = page.goto("/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "style-src 'self'" in csp
    expect(page.get_by_role("heading", level=1, name="Mijn werk")).to_be_visible()
    page.wait_for_load_state("networkidle")
    _geen_overtredingen(page, meldingen)

    page.goto(f"/huishoudens/{huishouden_centrum.pk}/")
    expect(page.get_by_role("heading", level=1)).to_contain_text(huishouden_centrum.straat)
    # An htmx fragment, swapped in.
    page.locator("#personen").get_by_role("link", name="Bewoner toevoegen").click()
    expect(page.locator("#formulier-personen form")).to_be_visible()
    page.wait_for_load_state("networkidle")
    _geen_overtredingen(page, meldingen)

    status = _open(page, gesprek)
    _vraag(page).press_sequentially("Ik wil weer zelf koken.")
    expect(status).to_have_text(OPGESLAGEN)
    _geen_overtredingen(page, meldingen)


def test_geen_csp_overtredingen_op_het_dashboard(inloggen, teamleider, consulent, wijk_centrum):
    # Work in the team, so that the chart has bars to draw.
    for straat in ("Lindelaan", "Kerkstraat"):
        PlanFactory(
            huishouden=HuishoudenFactory(wijk=wijk_centrum, straat=straat), regisseur=consulent
        )
    page = inloggen(teamleider)
    meldingen = _bewaak(page)
    page.goto("/dashboard/")
    expect(page.get_by_role("heading", level=1, name="Teamdashboard")).to_be_visible()
    expect(page.get_by_role("heading", name="Caseload per medewerker")).to_be_visible()
    page.wait_for_load_state("networkidle")
    _geen_overtredingen(page, meldingen)


def test_geen_csp_overtredingen_bij_tweestaps_en_sessie(page, tweestaps, settings, consulent):
    settings.SESSION_COOKIE_AGE = 8
    settings.SOCIAAL_SESSION_WARNING_SECONDS = 5
    meldingen = _bewaak(page)
    page.goto("/")
    _inloggen_met_formulier(page, consulent)
    expect(page.locator("figure.sociaal-qr svg")).to_be_visible()
    page.wait_for_load_state("networkidle")
    _geen_overtredingen(page, meldingen)

    # The idle warning's dialog, and its request, on a page before the second step.
    page.get_by_role("dialog", name="Bent u er nog?").get_by_role(
        "button", name="Ingelogd blijven"
    ).click(timeout=6_000)
    expect(page.get_by_role("dialog", name="Bent u er nog?")).to_be_hidden()
    _geen_overtredingen(page, meldingen)
