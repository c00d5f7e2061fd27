"""The regisseur: the plan from the hulpvragen, afspraken on every rung, maatwerk refused without
reasons then accepted, an algemene alternative chosen, the PDF by a real worker, vastgesteld."""

import re
import subprocess
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from huishoudens.models import Melding
from plannen.models import (
    Afspraak,
    Deelnemer,
    Document,
    Hulpvraag,
    Keukentafelgesprek,
    Plan,
)
from plannen.services import gesprekken as gesprek_services
from sociaal.audit.models import Actie, AuditEntry
from sociaal.demo.kaart import genereer_kaart
from tests.browser.conftest import pdf_schermafdruk
from tests.browser.verhalen.stappen import (
    HULPVRAGEN,
    PDF_KLAAR_MS,
    _inloggen,
    _melding,
    _menu,
)
from tests.factories import (
    MeldingFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


BUURTHUIS = "Buurthuis: vrijwilligerswerk en koffieochtend"
REDENEN = {
    "Waarom kan de inwoner dit niet zelf?": "Na haar heupoperatie kan zij niet bukken of tillen.",
    "Waarom kan het netwerk dit niet?": (
        "Marieke is overbelast; Hendrik mag na zijn hartinfarct niet zwaar tillen."
    ),
    "Waarom volstaat een algemene voorziening niet?": (
        "Boodschappendienst en klussendienst maken niet schoon; het gaat om wekelijks "
        "huishoudelijk werk."
    ),
}
FOUTEN = {
    "#id_waarom_niet_eigen_kracht_error": "Leg vast waarom de inwoner dit niet zelf kan.",
    "#id_waarom_niet_netwerk_error": "Leg vast waarom het netwerk dit niet kan.",
    "#id_waarom_niet_algemeen_error": "Leg vast waarom een algemene voorziening niet volstaat.",
}


@pytest.fixture
def afgerond_gesprek(wijk, consulent) -> Keukentafelgesprek:
    """Story 1's outcome, made through the services: the conversation at the De Boers'
    finalised, its hulpvragen waiting for the plan."""
    de_boer, johanna = wijk["de_boer"], wijk["johanna"]
    genereer_kaart([de_boer.wijk])
    melding = MeldingFactory(
        huishouden=de_boer,
        persoon=johanna,
        consulent=consulent,
        status=Melding.Status.TOEGEWEZEN,
        ontvangen_op=timezone.now() - timedelta(days=10),
        melder=Melding.Melder.FAMILIE,
        created_by=consulent,
    )
    gesprek = gesprek_services.gesprek_plannen(
        melding=melding,
        gepland_op=timezone.now() - timedelta(days=2),
        plaats=Keukentafelgesprek.Plaats.THUIS,
        plaats_toelichting="",
        door=consulent,
    )
    Keukentafelgesprek.objects.filter(pk=gesprek.pk).update(
        gehouden_op=timezone.localdate() - timedelta(days=2),
        vraag_inwoner="Ik wil in mijn eigen huis blijven wonen.",
        maatwerk_nodig=True,
        beoogd_resultaat="Een schoon en leefbaar huis.",
        hulpvragen_tekst="\n".join(HULPVRAGEN),
    )
    Deelnemer.objects.create(gesprek=gesprek, persoon=johanna)
    return gesprek_services.gesprek_afronden(gesprek=gesprek, door=consulent)


def _afspraak(page: Page, doel: str) -> None:
    page.get_by_role("article", name=doel).get_by_role("link", name="Afspraak toevoegen").click()
    expect(page.get_by_role("heading", level=1, name="Afspraak toevoegen")).to_be_visible()
    expect(page.get_by_text(f"Bij het doel: {doel}")).to_be_visible()


def _toegevoegd(page: Page, trede: str) -> None:
    expect(_melding(page)).to_contain_text(f"Afspraak toegevoegd op de trede: {trede}.")


@pytest.mark.worker  # the PDF is made by the real worker
def test_regisseur_van_hulpvragen_tot_vastgesteld_plan_met_pdf(
    page, schermafdruk, celery_worker, afgerond_gesprek, wijk, consulent, tmp_path
):
    de_boer = wijk["de_boer"]
    _inloggen(page, consulent)
    _menu(page, "Huishoudens")
    page.get_by_role("link", name="Kastanjelaan 14", exact=True).click()

    # One household, one plan, one regisseur: she starts it herself.
    expect(page.get_by_text("Dit huishouden heeft geen open plan.")).to_be_visible()
    page.get_by_role("link", name="Plan starten").click()
    expect(page.get_by_label("Regisseur")).to_have_value(str(consulent.pk))
    page.get_by_role("button", name="Plan starten").click()
    expect(_melding(page)).to_contain_text("Het plan is gestart.")
    expect(
        page.get_by_role(
            "heading", level=1, name="Plan van Kastanjelaan 14, 3712 BK Voorbeeldstad"
        )
    ).to_be_visible()

    # The doelen come from the conversation's hulpvragen, without retyping.
    expect(
        page.get_by_role("heading", level=3, name="Hulpvragen uit het keukentafelgesprek")
    ).to_be_visible()
    for hulpvraag in HULPVRAGEN:
        page.get_by_role("listitem").filter(has_text=hulpvraag).get_by_role(
            "button", name="Maak hier een doel van"
        ).click()
        expect(_melding(page)).to_contain_text("Doel toegevoegd.")
        expect(page.get_by_role("article", name=hulpvraag)).to_be_visible()
    expect(
        page.get_by_role("heading", name="Hulpvragen uit het keukentafelgesprek")
    ).to_have_count(0)

    # Eigen kracht and netwerk for the boodschappen.
    boodschappen = HULPVRAGEN[0]
    _afspraak(page, boodschappen)
    page.get_by_label("Wat", exact=True).fill("Met de rollator zelf brood en melk halen")
    page.get_by_role("radio", name="De inwoner zelf").check()
    page.get_by_role("combobox", name="Bewoner").select_option(label="Johanna de Boer")
    page.get_by_label("Uiterlijk").fill((timezone.localdate() + timedelta(days=30)).isoformat())
    page.get_by_role("button", name="Afspraak toevoegen").click()
    _toegevoegd(page, "de inwoner zelf")

    _afspraak(page, boodschappen)
    page.get_by_label("Wat", exact=True).fill("Op zaterdag samen naar de markt")
    page.get_by_role("radio", name="Iemand uit het netwerk").check()
    page.get_by_role("combobox", name="Netwerklid").select_option(label="Fatima El Amrani")
    page.get_by_role("button", name="Afspraak toevoegen").click()
    _toegevoegd(page, "iemand uit het netwerk")

    # Huishoudelijke hulp: the alternatives first; refused without the three reasons.
    schoon = HULPVRAGEN[1]
    _afspraak(page, schoon)
    page.get_by_label("Wat", exact=True).fill("Wekelijks het huis schoonmaken")
    page.get_by_role("radio", name="Een maatwerkvoorziening").check()
    page.get_by_role("combobox", name="Maatwerkvoorziening").select_option(
        label="Huishoudelijke hulp"
    )
    page.get_by_role("button", name="Afspraak toevoegen").click()
    alternatieven = page.get_by_role(
        "region", name="Eerst: algemene alternatieven voor Huishoudelijke hulp"
    )
    expect(alternatieven).to_contain_text("Boodschappendienst")
    expect(alternatieven).to_contain_text("Klussendienst")
    page.get_by_role("button", name="Toch de maatwerkvoorziening").click()

    expect(page.get_by_role("alert")).to_contain_text("Niet alles is goed ingevuld.")
    for fout, tekst in FOUTEN.items():
        expect(page.locator(fout)).to_have_text(tekst)
    for label in REDENEN:
        expect(page.get_by_label(label)).to_have_attribute("aria-invalid", "true")
        expect(page.get_by_label(label)).to_have_accessible_description(
            re.compile(r"^Leg vast waarom")
        )
    assert not Afspraak.objects.filter(uitvoerder=Afspraak.Uitvoerder.MAATWERK).exists()
    schermafdruk(page, "10-regisseur-afspraak-fout")
    for label, reden in REDENEN.items():
        page.get_by_label(label).fill(reden)
    page.get_by_role("button", name="Toch de maatwerkvoorziening").click()
    _toegevoegd(page, "een maatwerkvoorziening")

    # Dagbesteding asked; the buurthuis in the wijk is chosen instead.
    mensen = HULPVRAGEN[2]
    _afspraak(page, mensen)
    page.get_by_label("Wat", exact=True).fill("Twee ochtenden per week meedoen in de wijk")
    page.get_by_role("radio", name="Een maatwerkvoorziening").check()
    page.get_by_role("combobox", name="Maatwerkvoorziening").select_option(label="Dagbesteding")
    page.get_by_role("button", name="Afspraak toevoegen").click()
    alternatieven = page.get_by_role(
        "region", name="Eerst: algemene alternatieven voor Dagbesteding"
    )
    expect(alternatieven).to_contain_text(BUURTHUIS)
    alternatieven.get_by_role("button", name=f"Kies {BUURTHUIS}").click()
    _toegevoegd(page, "een algemene voorziening")

    for doel, afspraken in [
        (
            boodschappen,
            ["Met de rollator zelf brood en melk halen", "Op zaterdag samen naar de markt"],
        ),
        (schoon, ["Wekelijks het huis schoonmaken — Huishoudelijke hulp"]),
        (mensen, [f"Twee ochtenden per week meedoen in de wijk — {BUURTHUIS}"]),
    ]:
        items = page.get_by_role("article", name=doel).get_by_role("listitem")
        expect(items).to_have_count(len(afspraken))
        for i, tekst in enumerate(afspraken):
            expect(items.nth(i)).to_contain_text(tekst)
    schermafdruk(page, "11-regisseur-plan")

    # The ladder: one afspraak on every rung.
    page.get_by_role("link", name="Bekijk de ladder").click()
    expect(page.get_by_role("heading", level=1, name="De ladder van dit plan")).to_be_visible()
    ladder = page.get_by_role("table")
    for trede, aantal in [
        ("Eigen kracht", "1 (25%)"),
        ("Netwerk", "1 (25%)"),
        ("Algemene voorziening", "1 (25%)"),
        ("Maatwerkvoorziening", "1 (25%)"),
    ]:
        rij = ladder.locator("tbody tr").filter(has=page.get_by_role("rowheader", name=trede))
        expect(rij.get_by_role("cell").last).to_have_text(aantal)
    schermafdruk(page, "12-regisseur-ladder")
    page.get_by_role("link", name="Terug naar het plan").click()

    # Ter ondertekening, and the PDF for the resident made by the worker.
    page.get_by_role("button", name="Ter ondertekening aanbieden").click()
    expect(_melding(page)).to_contain_text("Het plan ligt ter ondertekening.")
    expect(page.get_by_role("link", name="Afspraak toevoegen")).to_have_count(0)
    page.get_by_role("button", name="PDF van het plan maken").click()
    expect(_melding(page)).to_contain_text("De PDF wordt gemaakt")
    downloaden = page.get_by_role("link", name="Downloaden (PDF)")
    expect(downloaden).to_be_visible(timeout=PDF_KLAAR_MS)
    with page.expect_download() as gedownload:
        downloaden.click()
    pdf = tmp_path / "plan.pdf"
    gedownload.value.save_as(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    tekst = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for verwacht in [
        "Uw plan",
        "Kastanjelaan 14, 3712 BK Voorbeeldstad",
        "Johanna de Boer",
        "Hendrik de Boer",
        str(consulent),
        *HULPVRAGEN,
        "Wekelijks het huis schoonmaken",
        "Huishoudelijke hulp",
    ]:
        assert verwacht in tekst, f"{verwacht!r} staat niet in de PDF"
    pdf_schermafdruk(pdf, "13-regisseur-plan-pdf")

    # The resident agreed: vastgesteld, with an evaluation date.
    vandaag = timezone.localdate()
    page.get_by_label("Akkoord van de inwoner op").fill(vandaag.isoformat())
    page.get_by_label("Hoe gaf de inwoner akkoord").select_option(label="Handtekening")
    page.get_by_label("Evaluatiedatum").fill((vandaag + timedelta(weeks=26)).isoformat())
    page.get_by_role("button", name="Vaststellen", exact=True).click()
    expect(_melding(page)).to_contain_text("Het plan is vastgesteld.")
    expect(page.get_by_role("heading", level=2, name="Versie 1 · Vastgesteld")).to_be_visible()
    expect(page.get_by_role("button", name="Evaluatie starten")).to_be_visible()
    schermafdruk(page, "14-regisseur-plan-vastgesteld")

    # What the database holds.
    plan = Plan.objects.get(huishouden=de_boer)
    assert (plan.status, plan.regisseur, plan.versie) == (Plan.Status.VASTGESTELD, consulent, 1)
    assert plan.akkoord_op == vandaag
    assert [d.omschrijving for d in plan.doelen.order_by("pk")] == HULPVRAGEN
    afspraken = {a.uitvoerder: a for a in Afspraak.objects.filter(doel__plan=plan)}
    assert set(afspraken) == {"eigen_kracht", "netwerk", "algemeen", "maatwerk"}
    assert afspraken["eigen_kracht"].persoon == wijk["johanna"]
    assert afspraken["netwerk"].netwerklid.naam == "Fatima El Amrani"
    assert afspraken["algemeen"].voorziening.naam == BUURTHUIS
    maatwerk = afspraken["maatwerk"]
    assert maatwerk.voorziening.naam == "Huishoudelijke hulp"
    assert [
        maatwerk.waarom_niet_eigen_kracht,
        maatwerk.waarom_niet_netwerk,
        maatwerk.waarom_niet_algemeen,
    ] == list(REDENEN.values())
    assert not Hulpvraag.objects.filter(huishouden=de_boer, doelen__isnull=True).exists()
    document = Document.objects.get(plan=plan)
    assert document.status == Document.Status.KLAAR
    assert AuditEntry.objects.filter(
        medewerker=consulent, actie=Actie.DOWNLOADEN, object_id=document.pk
    ).exists()
