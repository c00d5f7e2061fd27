"""What a user does on every page of the stories, and the data they type."""

import re
from datetime import date, datetime, time

from django.utils import timezone
from playwright.sync_api import Locator, Page, expect

from huishoudens.models import Huishouden, Persoon
from tests.factories import (
    WACHTWOORD,
    HuishoudenFactory,
    PersoonFactory,
)

OPGESLAGEN = re.compile(r"^Opgeslagen om \d\d:\d\d$")
PDF_KLAAR_MS = 60_000  # the worker renders with WeasyPrint; the page polls every 2 s


# --- the people and households of the stories ------------------------------------------------


def _noem(medewerker, voornaam: str, achternaam: str):
    medewerker.first_name, medewerker.last_name = voornaam, achternaam
    medewerker.save(update_fields=["first_name", "last_name"])
    return medewerker


def _huishouden(wijk, straat, nummer, postcode, *bewoners) -> Huishouden:
    """A household with its residents: (voornamen, tussenvoegsel, achternaam, geboren, rol)."""
    huishouden = HuishoudenFactory(
        wijk=wijk, straat=straat, huisnummer=nummer, postcode=postcode, woonplaats="Voorbeeldstad"
    )
    for voornamen, tussenvoegsel, achternaam, geboren, rol in bewoners:
        PersoonFactory(
            huishouden=huishouden,
            voornamen=voornamen,
            tussenvoegsel=tussenvoegsel,
            achternaam=achternaam,
            geboortedatum=geboren,
            rol=rol,
        )
    return huishouden


HOOFD, PARTNER, KIND = (
    Persoon.RolInHuishouden.HOOFDBEWONER,
    Persoon.RolInHuishouden.PARTNER,
    Persoon.RolInHuishouden.KIND,
)


# --- what a user does on every page ------------------------------------------------------------


def _inloggen(page: Page, medewerker, schermafdruk=None, naam: str = "") -> None:
    """From the login form, as a person types it."""
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/inloggen/"))
    expect(page.get_by_role("heading", level=1, name="Inloggen")).to_be_visible()
    page.get_by_label("Gebruikersnaam").fill(medewerker.username)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    if schermafdruk:
        schermafdruk(page, naam)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.get_by_text(f"{medewerker} · {medewerker.get_rol_display()}")).to_be_visible()


def _uitloggen(page: Page) -> None:
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("heading", level=1, name="Inloggen")).to_be_visible()


def _menu(page: Page, naam: str) -> None:
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name=naam).click()


def _melding(page: Page) -> Locator:
    return page.locator("#meldingen")


def _leefgebied(page: Page, naam: str) -> Locator:
    """A ZRM life domain on the conversation page, opened."""
    domein = page.locator("details.sociaal-domein").filter(
        has=page.locator("summary", has_text=re.compile(rf"^{naam}"))
    )
    if domein.get_attribute("open") is None:
        domein.locator("summary").click()
    return domein


def _cel(tabel: Locator, rij: str, kolom: str) -> Locator:
    """The cell in the row holding `rij`, under the column headed `kolom`."""
    expect(tabel.locator("tbody tr").filter(has_text=rij)).to_have_count(1)
    koppen = [k.strip() for k in tabel.locator("thead th").all_inner_texts()]
    return (
        tabel.locator("tbody tr")
        .filter(has_text=rij)
        .locator(":scope > th, :scope > td")
        .nth(koppen.index(kolom))
    )


def _op(dag: date, uur: int, minuut: int = 0) -> datetime:
    return timezone.make_aware(datetime.combine(dag, time(uur, minuut)))


ZRM = {
    "Financiën": (
        "3 · Beperkt zelfredzaam",
        "Hendrik deed altijd de post; nu ligt die op een stapel.",
    ),
    "Lichamelijke gezondheid": (
        "2 · Niet zelfredzaam",
        "Heupoperatie in maart; loopt met een rollator en kan niet bukken.",
    ),
    "Instrumentele ADL": (
        "2 · Niet zelfredzaam",
        "Schoonmaken en boodschappen lukken niet meer zelf.",
    ),
    "Sociaal netwerk": (
        "3 · Beperkt zelfredzaam",
        "Dochter Marieke komt twee keer per week; zij is overbelast.",
    ),
}
HULPVRAGEN = [
    "Zelf weer de boodschappen doen",
    "Een schoon en veilig huis",
    "Weer onder de mensen komen",
]
