"""The team-lead dashboard in a browser: from logging in to the list behind a number, choosing
a period, handing a consulent's work over to a colleague, and the page on a tablet."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from huishoudens.models import Melding
from plannen.models import Plan
from tests.browser.conftest import namen_geven
from tests.factories import WACHTWOORD, HuishoudenFactory, MeldingFactory, PlanFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DASHBOARD = "/dashboard/"
HERVERDELEN = "/dashboard/herverdelen/"
GRAFIEK = (
    "Caseload per medewerker tegenover de bandbreedte; de cijfers staan in de tabel hieronder."
)
REDEN_FOUT = "Geef een reden voor de overdracht."


@pytest.fixture
def werk(teamleider, consulent, collega, wijk_centrum):
    """Wijkteam Centrum: a teamleider, a consulent who directs two open plans (and one closed
    one, which does not count) and has one melding assigned, and a colleague with none."""
    namen_geven(teamleider, consulent, collega)
    plannen = [
        PlanFactory(
            huishouden=HuishoudenFactory(wijk=wijk_centrum, straat=straat, huisnummer=nummer),
            regisseur=consulent,
        )
        for straat, nummer in (("Lindelaan", 3), ("Kerkstraat", 12))
    ]
    PlanFactory(
        huishouden=HuishoudenFactory(wijk=wijk_centrum, straat="Oude Gracht", huisnummer=1),
        regisseur=consulent,
        afgesloten=True,
    )
    melding = MeldingFactory(
        huishouden=HuishoudenFactory(wijk=wijk_centrum, straat="Molenweg", huisnummer=7),
        consulent=consulent,
        status=Melding.Status.TOEGEWEZEN,
    )
    return {"plannen": plannen, "melding": melding}


def _adres(zaak) -> str:
    return zaak.huishouden.kort_adres


def _inloggen_met_formulier(page: Page, medewerker) -> None:
    page.goto("/")
    page.get_by_label("Gebruikersnaam").fill(medewerker.username)
    page.get_by_label("Wachtwoord").fill(WACHTWOORD)
    page.get_by_role("button", name="Inloggen").click()


def test_teamleider_opent_het_dashboard_en_de_lijst_achter_een_getal(
    page, werk, teamleider, consulent, collega
):
    _inloggen_met_formulier(page, teamleider)
    expect(page.get_by_role("heading", level=1, name="Mijn werk")).to_be_visible()

    navigatie = page.get_by_role("navigation")
    navigatie.get_by_role("link", name="Dashboard", exact=True).click()
    expect(page).to_have_url(re.compile(r"/dashboard/$"))
    expect(page.get_by_role("heading", level=1, name="Teamdashboard")).to_be_visible()
    expect(navigatie.get_by_role("link", name="Dashboard", exact=True)).to_have_attribute(
        "aria-current", "page"
    )
    for kop in (
        "Caseload per medewerker",
        "Wachtlijst per wet",
        "Over tijd",
        "Verdeling over de treden",
    ):
        expect(page.get_by_role("heading", level=2, name=kop, exact=True)).to_be_visible()

    # The chart is one image with a name; the table beside it holds the same people.
    grafiek = page.get_by_role("img", name=GRAFIEK)
    expect(grafiek).to_be_visible()
    assert grafiek.evaluate("(e) => e.tagName.toLowerCase()") == "svg"
    namen = [str(teamleider), str(consulent), str(collega)]
    expect(grafiek.locator("text.sociaal-grafiek__label")).to_have_text(namen)
    tabel = page.get_by_role("table", name="Caseload per medewerker")
    expect(tabel.locator("tbody tr td:nth-child(2)")).to_have_text(namen)

    # Bram: 2 plans as regisseur, 1 melding in a household without his plan → caseload 3.
    rij = tabel.get_by_role("row").filter(has_text=str(consulent))
    cellen = rij.get_by_role("cell")
    expect(cellen.nth(1)).to_have_text("2")
    expect(cellen.nth(2)).to_have_text("1")
    expect(cellen.nth(3)).to_have_text("3")
    expect(
        tabel.get_by_role("row").filter(has_text=str(collega)).get_by_role("link")
    ).to_have_count(0)

    cellen.nth(1).get_by_role("link", name="2", exact=True).click()
    expect(page).to_have_url(re.compile(r"/dashboard/lijst/\?.*lijst=plannen"))
    titel = f"Open plannen met {consulent} als regisseur"
    expect(page.get_by_role("heading", level=1, name=titel)).to_be_visible()
    expect(page.get_by_text("2 regels", exact=True)).to_be_visible()
    lijst = page.get_by_role("table", name=titel)
    expect(lijst.locator("tbody tr")).to_have_count(2)
    for plan in werk["plannen"]:
        link = lijst.get_by_role("link", name=_adres(plan), exact=True)
        expect(link).to_have_attribute("href", f"/plannen/{plan.pk}/")
    expect(lijst).not_to_contain_text("Oude Gracht 1")

    page.get_by_role("link", name="← Terug naar het dashboard").click()
    expect(page).to_have_url(re.compile(r"/dashboard/\?"))
    expect(page.get_by_role("heading", level=1, name="Teamdashboard")).to_be_visible()
    expect(page.get_by_role("table", name="Caseload per medewerker")).to_be_visible()


def test_teamleider_kiest_een_jaar(inloggen, werk, teamleider):
    jaar = timezone.localdate().year
    page = inloggen(teamleider)
    page.goto(DASHBOARD)
    periode = page.locator("p", has_text="Elk getal opent de lijst erachter.")
    # By default: this quarter.
    expect(periode).to_contain_text(f"kwartaal {jaar}")

    keuze = page.get_by_role("form", name="Keuze voor het dashboard")
    # The form shows what the page shows: pressing "Toon" unchanged keeps the quarter.
    expect(keuze.get_by_label("Periode (niet verplicht)", exact=True)).to_have_value("kwartaal")
    keuze.get_by_label("Periode (niet verplicht)", exact=True).select_option(label="Jaar")
    keuze.get_by_role("button", name="Toon").click()

    expect(page).to_have_url(re.compile(r"[?&]periode=jaar"))
    expect(periode).to_have_text(f"Periode: {jaar}. Elk getal opent de lijst erachter.")
    expect(
        page.get_by_role("form", name="Keuze voor het dashboard").get_by_label(
            "Periode (niet verplicht)", exact=True
        )
    ).to_have_value("jaar")
    # The ladder now compares whole years: this one and the three before it.
    ladder = page.get_by_role("table", name="Verdeling over de treden")
    expect(ladder.locator("tbody tr td:nth-child(2)")).to_have_text(
        [str(j) for j in range(jaar - 3, jaar + 1)]
    )


def _werk_van(page: Page, medewerker) -> None:
    page.goto(HERVERDELEN)
    expect(page.get_by_role("heading", level=1, name="Werk herverdelen")).to_be_visible()
    page.get_by_label("Werk van").select_option(label=str(medewerker))
    page.get_by_role("button", name="Toon het werk").click()
    expect(page).to_have_url(re.compile(rf"[?&]medewerker={medewerker.pk}"))


def _keuzes(page: Page, werk) -> dict:
    """The select of each case, by the name its (visually hidden) label gives it."""
    keuzes = {
        f"plan-{p.pk}": page.get_by_label(f"Nieuwe regisseur: {_adres(p)}", exact=True)
        for p in werk["plannen"]
    }
    m = werk["melding"]
    keuzes[f"melding-{m.pk}"] = page.get_by_label(f"Nieuwe consulent: {_adres(m)}", exact=True)
    return keuzes


def test_teamleider_verdeelt_het_werk_van_een_consulent(
    inloggen, werk, teamleider, consulent, collega
):
    page = inloggen(teamleider)
    _werk_van(page, consulent)
    expect(
        page.get_by_role("heading", level=2, name=f"2 plannen met {consulent} als regisseur")
    ).to_be_visible()
    expect(page.get_by_role("heading", level=2, name=f"1 melding van {consulent}")).to_be_visible()
    keuzes = _keuzes(page, werk)
    for select in keuzes.values():
        expect(select).to_have_value("")  # "— blijft —"

    page.get_by_role("group", name="Voorstel laten maken").get_by_label(str(collega)).check()
    page.get_by_role("button", name="Maak een voorstel").click()

    keuzes = _keuzes(page, werk)
    for select in keuzes.values():
        expect(select).to_have_value(str(collega.pk))
        expect(select.locator("option:checked")).to_have_text(str(collega))
    expect(page.get_by_label(str(collega))).to_be_checked()
    assert (
        Plan.objects.filter(regisseur=consulent).exclude(status=Plan.Status.AFGESLOTEN).count()
        == 2
    )

    page.get_by_label("Reden van de overdracht").fill("Uit dienst per 1 december.")
    page.get_by_role("button", name="Overdragen").click()

    expect(page.locator("#meldingen")).to_have_text(
        f"2 plannen en 1 melding(en) van {consulent} overgedragen."
    )
    expect(page.get_by_text(f"{consulent} heeft geen open plannen of meldingen.")).to_be_visible()
    for plan in werk["plannen"]:
        plan.refresh_from_db()
        assert plan.regisseur == collega
    melding = werk["melding"]
    melding.refresh_from_db()
    assert melding.consulent == collega
    assert Plan.objects.get(huishouden__straat="Oude Gracht").regisseur == consulent


def test_overdragen_zonder_reden_houdt_de_keuzes_vast(
    inloggen, werk, teamleider, consulent, collega
):
    page = inloggen(teamleider)
    _werk_van(page, consulent)
    eerste, tweede = werk["plannen"]
    keuzes = _keuzes(page, werk)
    keuzes[f"plan-{eerste.pk}"].select_option(label=str(collega))
    keuzes[f"melding-{werk['melding'].pk}"].select_option(label=str(collega))

    page.get_by_role("button", name="Overdragen").click()

    expect(page.get_by_role("alert")).to_contain_text("Niet alles is goed ingevuld.")
    veld = page.locator(".utrecht-form-field").filter(
        has=page.get_by_label("Reden van de overdracht")
    )
    expect(veld.locator(".utrecht-form-field-error-message")).to_have_text(REDEN_FOUT)
    expect(veld).to_have_class(re.compile(r"utrecht-form-field--invalid"))
    reden = page.get_by_label("Reden van de overdracht")
    expect(reden).to_have_value("")
    expect(reden).to_have_attribute("aria-invalid", "true")
    expect(reden).to_have_accessible_description(re.compile(re.escape(REDEN_FOUT)))
    keuzes = _keuzes(page, werk)
    expect(keuzes[f"plan-{eerste.pk}"]).to_have_value(str(collega.pk))
    expect(keuzes[f"plan-{tweede.pk}"]).to_have_value("")
    expect(keuzes[f"melding-{werk['melding'].pk}"]).to_have_value(str(collega.pk))
    expect(page.locator("#meldingen")).to_have_text("")

    # Nothing moved.
    assert set(Plan.objects.filter(regisseur=collega)) == set()
    werk["melding"].refresh_from_db()
    assert werk["melding"].consulent == consulent


def test_dashboard_past_op_een_tablet(inloggen, werk, teamleider, tmp_path):
    page = inloggen(teamleider)
    page.set_viewport_size({"width": 768, "height": 1024})
    page.goto(DASHBOARD)
    page.wait_for_load_state("networkidle")
    expect(page.get_by_role("img", name=GRAFIEK)).to_be_visible()
    expect(page.get_by_role("table", name="Caseload per medewerker")).to_be_visible()

    breedte = page.evaluate(
        "Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
    )
    assert breedte <= 768, f"horizontale scroll: de pagina is {breedte}px breed"
    page.screenshot(path=tmp_path / "dashboard-768.png", full_page=True)
