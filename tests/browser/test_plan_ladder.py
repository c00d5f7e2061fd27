"""The regisseur on the plan page: doelen and afspraken along the ladder (algemene
alternatives before a maatwerkvoorziening), then the plan signed and frozen as a version."""

from datetime import timedelta

import pytest
from django.utils import dateformat, timezone, translation
from playwright.sync_api import Page, expect

from plannen.models import Afspraak, Doel
from sociaal.demo.kaart import genereer_kaart
from tests.factories import PersoonFactory, PlanFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

BUURTHUIS = "Buurthuis: vrijwilligerswerk en koffieochtend"
REDENEN = {
    "Waarom kan de inwoner dit niet zelf?": "Zij kan niet meer bukken of tillen.",
    "Waarom kan het netwerk dit niet?": "De dochter woont in het buitenland.",
    "Waarom volstaat een algemene voorziening niet?": "Zij heeft hulp in huis nodig.",
}
FOUTEN = {
    "#id_waarom_niet_eigen_kracht_error": "Leg vast waarom de inwoner dit niet zelf kan.",
    "#id_waarom_niet_netwerk_error": "Leg vast waarom het netwerk dit niet kan.",
    "#id_waarom_niet_algemeen_error": "Leg vast waarom een algemene voorziening niet volstaat.",
}


def _maatwerk_kiezen(page: Page, wat: str, voorziening: str) -> None:
    """On the afspraak page: what is agreed, carried out by a maatwerkvoorziening."""
    expect(page.get_by_role("heading", name="Afspraak toevoegen", level=1)).to_be_visible()
    page.get_by_label("Wat", exact=True).fill(wat)
    page.get_by_role("radio", name="Een maatwerkvoorziening").check()
    page.get_by_role("combobox", name="Maatwerkvoorziening").select_option(label=voorziening)
    page.get_by_role("button", name="Afspraak toevoegen").click()
    alternatieven = page.get_by_role(
        "region", name=f"Eerst: algemene alternatieven voor {voorziening}"
    )
    expect(alternatieven).to_be_visible()


def test_ladder_eerst_algemeen_dan_maatwerk(
    inloggen, live_server, consulent, wijk_centrum, wijk_noord, huishouden_centrum
):
    genereer_kaart([wijk_centrum, wijk_noord])
    PersoonFactory(huishouden=huishouden_centrum)
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    page = inloggen(consulent)
    page.goto(f"/plannen/{plan.pk}/")

    # A doel, typed in the details that opens.
    page.locator("summary", has_text="Doel toevoegen").click()
    page.get_by_label("Doel, in de woorden van de inwoner").fill("Weer onder de mensen komen")
    page.get_by_role("button", name="Doel toevoegen").click()
    expect(page.locator("#meldingen")).to_contain_text("Doel toegevoegd.")
    doel = page.get_by_role("article", name="Weer onder de mensen komen")
    expect(doel).to_contain_text("Nog geen afspraken bij dit doel.")

    # Dagbesteding asked: the buurthuis in Centrum comes first, and is chosen.
    doel.get_by_role("link", name="Afspraak toevoegen").click()
    _maatwerk_kiezen(page, "Twee ochtenden per week meedoen", "Dagbesteding")
    alternatieven = page.get_by_role("region", name="Eerst: algemene alternatieven")
    expect(alternatieven).to_contain_text(BUURTHUIS)
    expect(alternatieven).to_contain_text("Beweegmaatje en sportbuurtwerk")
    alternatieven.get_by_role("button", name=f"Kies {BUURTHUIS}").click()

    expect(page).to_have_url(f"{live_server.url}/plannen/{plan.pk}/#doelen")
    expect(page.locator("#meldingen")).to_contain_text(
        "Afspraak toegevoegd op de trede: een algemene voorziening."
    )
    eerste = doel.get_by_role("listitem").filter(has_text="Twee ochtenden per week meedoen")
    # The rung chip says the rung in words and by its number, not by colour alone.
    expect(eerste.locator(".sociaal-trede")).to_have_text("3Een algemene voorziening")
    expect(eerste.get_by_role("strong")).to_have_text(BUURTHUIS)

    # Huishoudelijke hulp: the alternatives show, and maatwerk still needs three reasons.
    doel.get_by_role("link", name="Afspraak toevoegen").click()
    _maatwerk_kiezen(page, "Wekelijks het huis schoonmaken", "Huishoudelijke hulp")
    alternatieven = page.get_by_role("region", name="Eerst: algemene alternatieven")
    expect(alternatieven).to_contain_text("Boodschappendienst")
    expect(alternatieven).not_to_contain_text(BUURTHUIS)
    page.get_by_role("button", name="Toch de maatwerkvoorziening").click()

    expect(page.get_by_role("alert")).to_contain_text("Niet alles is goed ingevuld.")
    for fout, tekst in FOUTEN.items():
        expect(page.locator(fout)).to_have_text(tekst)
    expect(page.get_by_label("Wat", exact=True)).to_have_value("Wekelijks het huis schoonmaken")
    for label, reden in REDENEN.items():
        veld = page.get_by_label(label)
        expect(veld).to_have_attribute("aria-invalid", "true")
        veld.fill(reden)
    page.get_by_role("button", name="Toch de maatwerkvoorziening").click()

    expect(page.locator("#meldingen")).to_contain_text(
        "Afspraak toegevoegd op de trede: een maatwerkvoorziening."
    )
    tweede = doel.get_by_role("listitem").filter(has_text="Wekelijks het huis schoonmaken")
    expect(tweede.locator(".sociaal-trede")).to_have_text("4Een maatwerkvoorziening")
    expect(doel.get_by_role("listitem")).to_have_count(2)

    # The ladder: half on an algemene voorziening, half on maatwerk.
    page.get_by_role("link", name="Bekijk de ladder").click()
    expect(page.get_by_role("heading", name="De ladder van dit plan")).to_be_visible()
    treden = page.get_by_role("table").locator("tbody tr")
    expect(treden).to_have_count(4)
    for trede, aantal, afspraak in [
        ("Eigen kracht", "0 (0%)", None),
        ("Netwerk", "0 (0%)", None),
        ("Algemene voorziening", "1 (50%)", "Twee ochtenden per week meedoen"),
        ("Maatwerkvoorziening", "1 (50%)", "Wekelijks het huis schoonmaken"),
    ]:
        rij = treden.filter(has=page.get_by_role("rowheader", name=trede))
        cellen = rij.get_by_role("cell")
        expect(cellen.nth(1)).to_have_text(aantal)
        if afspraak:
            expect(cellen.nth(0)).to_contain_text(afspraak)


def test_plan_vaststellen_bevriest_het(inloggen, consulent, huishouden_centrum):
    persoon = PersoonFactory(huishouden=huishouden_centrum)
    plan = PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    doel = Doel.objects.create(plan=plan, omschrijving="Zelf de boodschappen blijven doen")
    Afspraak.objects.create(
        doel=doel,
        wat="Elke zaterdag met de rollator naar de markt",
        uitvoerder=Afspraak.Uitvoerder.EIGEN_KRACHT,
        persoon=persoon,
        created_by=consulent,
    )
    page = inloggen(consulent)
    page.goto(f"/plannen/{plan.pk}/")
    doel_toevoegen = page.locator("summary", has_text="Doel toevoegen")
    expect(page.get_by_role("link", name="Afspraak toevoegen")).to_be_visible()
    expect(doel_toevoegen).to_be_visible()

    page.get_by_role("button", name="Ter ondertekening aanbieden").click()
    expect(page.locator("#meldingen")).to_contain_text("Het plan ligt ter ondertekening.")
    expect(page.get_by_role("link", name="Afspraak toevoegen")).to_have_count(0)

    vandaag = timezone.localdate()
    evaluatie = vandaag + timedelta(days=91)
    page.get_by_label("Akkoord van de inwoner op").fill(vandaag.isoformat())
    page.get_by_label("Hoe gaf de inwoner akkoord").select_option(label="Handtekening")
    page.get_by_label("Evaluatiedatum").fill(evaluatie.isoformat())
    page.get_by_role("button", name="Vaststellen", exact=True).click()

    expect(page.locator("#meldingen")).to_contain_text("Het plan is vastgesteld.")
    levensloop = page.locator("#levensloop")
    expect(levensloop.get_by_role("heading", level=2)).to_have_text("Versie 1 · Vastgesteld")
    with translation.override("nl"):
        datum = dateformat.format(vandaag, "j F Y")
        evaluatiedatum = dateformat.format(evaluatie, "j F Y")
    expect(levensloop).to_contain_text(
        f"Akkoord van de inwoner op {datum} (handtekening); evaluatie op {evaluatiedatum}."
    )
    versie = page.get_by_role("link", name=f"Versie 1, vastgesteld op {datum}")
    expect(versie).to_have_attribute("href", f"/plannen/{plan.pk}/versies/1/")
    expect(page.get_by_role("link", name="Afspraak toevoegen")).to_have_count(0)
    expect(doel_toevoegen).to_have_count(0)
    expect(page.get_by_role("button", name="Evaluatie starten")).to_be_visible()
