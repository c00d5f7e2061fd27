"""Fixtures for the browser tests: one headless Debian Chromium per test session, a fresh
context and page per test, against pytest-django's `live_server` on real PostgreSQL.

`live_server` runs the app in a thread while the test writes to the database, so every
browser test runs in a transactional database (the `page` fixture asks for it)."""

import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.test import Client
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from a
# thread with a running loop unless told it is safe (it is: the loop is Playwright's own).
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = os.environ.get("SOCIAAL_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
TIMEOUT_MS = 10_000
# Screenshots of the pages the stories pass (tests/browser/verhalen/), for the user
# guide: SOCIAAL_SCHERMAFDRUKKEN, default var/schermafdrukken/ (gitignored).
SCHERMAFDRUKKEN = Path(
    os.environ.get("SOCIAAL_SCHERMAFDRUKKEN")
    or Path(__file__).resolve().parents[2] / "var" / "schermafdrukken"
)
SCHERMAFDRUK_BREEDTE = 1280


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _nieuwe_context(browser: Browser, live_server, **kwargs) -> BrowserContext:
    # A Dutch browser, as the medewerkers use: LocaleMiddleware picks the language from it.
    context = browser.new_context(
        base_url=live_server.url,
        locale="nl-NL",
        viewport={"width": 1280, "height": 900},
        **kwargs,
    )
    context.set_default_timeout(TIMEOUT_MS)
    # The requests sent and not yet answered (see _sluiten).
    onderweg: set[object] = set()
    context.on("request", lambda verzoek: onderweg.add(verzoek))
    context.on("requestfinished", lambda verzoek: onderweg.discard(verzoek))
    context.on("requestfailed", lambda verzoek: onderweg.discard(verzoek))
    _onderweg[context] = onderweg
    return context


_onderweg: dict[BrowserContext, set[object]] = {}


def _sluiten(context: BrowserContext) -> None:
    """Closes the context once the requests it sent are answered (at most 5 s). The flush
    that ends a transactional test otherwise meets a request the live server is still
    serving (the reminder counter a page asks for when it loads) and deadlocks with it;
    the next tests on that worker then find the rows it left."""
    onderweg = _onderweg.pop(context, set())
    pagina = context.pages[0] if context.pages else None
    for _ in range(100):
        if not onderweg or pagina is None:
            break
        pagina.wait_for_timeout(50)  # lets Playwright deliver the answers' events
    context.close()


@pytest.fixture
def context(browser: Browser, live_server, transactional_db) -> Iterator[BrowserContext]:
    context = _nieuwe_context(browser, live_server)
    yield context
    _sluiten(context)


@pytest.fixture
def context_zonder_js(browser: Browser, live_server, transactional_db) -> Iterator[BrowserContext]:
    """A browser with JavaScript switched off: htmx never loads, every link is a page."""
    context = _nieuwe_context(browser, live_server, java_script_enabled=False)
    yield context
    _sluiten(context)


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


def _log_in(context: BrowserContext, live_server, medewerker) -> None:
    """Logs `medewerker` in by handing the browser a session cookie: faster than the login
    form, which test_inloggen covers."""
    client = Client()
    client.force_login(medewerker)
    sessie = client.cookies[settings.SESSION_COOKIE_NAME].value
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": sessie, "url": live_server.url}]
    )


@pytest.fixture
def inloggen(context: BrowserContext, live_server) -> Callable[..., Page]:
    """`inloggen(medewerker)` → a page of a browser in which `medewerker` is logged in."""

    def _inloggen(medewerker) -> Page:
        _log_in(context, live_server, medewerker)
        return context.new_page()

    return _inloggen


@pytest.fixture
def inloggen_zonder_js(context_zonder_js: BrowserContext, live_server) -> Callable[..., Page]:
    def _inloggen(medewerker) -> Page:
        _log_in(context_zonder_js, live_server, medewerker)
        return context_zonder_js.new_page()

    return _inloggen


def schermafdruk(page: Page, naam: str) -> Path:
    """A full-page PNG of what `page` shows now, 1280 px wide, as `<naam>.png` in
    SOCIAAL_SCHERMAFDRUKKEN (e.g. `01-consulent-melding`)."""
    SCHERMAFDRUKKEN.mkdir(parents=True, exist_ok=True)
    if page.viewport_size["width"] != SCHERMAFDRUK_BREEDTE:
        page.set_viewport_size({"width": SCHERMAFDRUK_BREEDTE, "height": 900})
    # Whatever htmx still loads (the count of reminders in the menu) is on the picture.
    page.wait_for_load_state("networkidle")
    # From the top and without a focus ring: sticky and focus-only elements (the autosave
    # status, the skip link) otherwise land in the middle of a full-page picture.
    page.evaluate("document.activeElement?.blur(); window.scrollTo(0, 0)")
    pad = SCHERMAFDRUKKEN / f"{naam}.png"
    page.screenshot(path=pad, full_page=True, animations="disabled", caret="hide")
    return pad


def pdf_schermafdruk(pdf: Path, naam: str) -> Path:
    """The first page of a PDF as `<naam>.png` in SOCIAAL_SCHERMAFDRUKKEN (pdftoppm, 60 dpi)."""
    SCHERMAFDRUKKEN.mkdir(parents=True, exist_ok=True)
    doel = SCHERMAFDRUKKEN / naam
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(doel)],
        check=True,
        capture_output=True,
    )
    return doel.with_suffix(".png")


@pytest.fixture(name="schermafdruk")
def schermafdruk_fixture() -> Callable[[Page, str], Path]:
    """`schermafdruk(page, "01-consulent-melding")` → the path of the PNG it saved."""
    return schermafdruk


def namen_geven(teamleider, consulent, collega) -> None:
    """Wijkteam Centrum with names as on the pages: Anouk de Wit leads, Bram Visser and
    Chantal Bos are consulenten."""
    for medewerker, voornaam, achternaam in (
        (teamleider, "Anouk", "de Wit"),
        (consulent, "Bram", "Visser"),
        (collega, "Chantal", "Bos"),
    ):
        medewerker.first_name, medewerker.last_name = voornaam, achternaam
        medewerker.save(update_fields=["first_name", "last_name"])
