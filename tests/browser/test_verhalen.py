"""One end-to-end story per user, from the login form to what ends up in the database:

1. the consulent: a new melding, assigned by the teamleider on the wachtlijst, the
   keukentafelgesprek with participants from the dossier, ZRM scores and the ladder, finalised;
2. the regisseur: the plan from the conversation's hulpvragen, afspraken on every rung (a
   maatwerk afspraak refused without reasons, then accepted; an algemene alternative chosen
   instead of dagbesteding), ter ondertekening, the PDF made by a real Celery worker and
   downloaded, vastgesteld;
3. the teamleider: dashboard figures against the database, the list behind a number, and a
   consulent's work handed over in one go;
4. reminders: the daily scan (the `herinneringen_maken` command beat also runs) puts them in
   the consulent's inbox, and an overdue one escalates to the teamleider's;
5. a consulent of another team neither finds nor opens the household, and the auditor sees
   the refused attempt in the logboek.

Every main page on the way is saved as a full-page screenshot for the user guide
(`schermafdruk`, tests/browser/conftest.py)."""

import io
import re
import subprocess
from datetime import date, datetime, time, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import Locator, Page, expect

from huishoudens.models import Huishouden, Melding, Netwerklid, Persoon
from plannen.models import (
    Afspraak,
    Deelnemer,
    Document,
    Doel,
    Hulpvraag,
    Keukentafelgesprek,
    Plan,
    RegisseurOverdracht,
    ZrmScore,
)
from plannen.services import gesprekken as gesprek_services
from sociaal.audit.models import Actie, AuditEntry, Resultaat
from sociaal.demo.kaart import genereer_kaart
from sociaal.herinneringen.models import Herinnering, Regel
from sociaal.medewerkers.models import Rol
from sociaal.termijnen.regels import Wet
from tests.browser.conftest import pdf_schermafdruk
from tests.factories import (
    WACHTWOORD,
    BetrokkeneFactory,
    HuishoudenFactory,
    MedewerkerFactory,
    MeldingFactory,
    NetwerklidFactory,
    PersoonFactory,
    PlanFactory,
)
from voorzieningen.ladder import Trede
from voorzieningen.models import Voorziening

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

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


@pytest.fixture
def wijk(wijk_centrum, consulent, collega, teamleider, consulent_noord):
    """Wijkteam Centrum with its people, and the De Boers at the Kastanjelaan: Johanna (76)
    and Hendrik, their daughter Marieke who is a heavily loaded mantelzorger, a neighbour,
    and their huisarts. A few other households make the lists look like a real team's."""
    _noem(consulent, "Sanne", "de Vries")
    _noem(collega, "Chantal", "Bos")
    _noem(teamleider, "Anouk", "de Wit")
    _noem(consulent_noord, "Youssef", "Amrani")
    de_boer = _huishouden(
        wijk_centrum,
        "Kastanjelaan",
        14,
        "3712 BK",
        ("Johanna", "de", "Boer", date(1948, 5, 14), HOOFD),
        ("Hendrik", "de", "Boer", date(1946, 11, 2), PARTNER),
    )
    johanna = de_boer.personen.get(voornamen="Johanna")
    NetwerklidFactory(
        persoon=johanna,
        naam="Marieke de Boer",
        relatie=Netwerklid.Relatie.FAMILIE,
        mantelzorger=True,
        telefoon="06-41239876",
    )
    NetwerklidFactory(persoon=johanna, naam="Fatima El Amrani", relatie=Netwerklid.Relatie.BUUR)
    BetrokkeneFactory(huishouden=de_boer, organisatie="Huisartsenpraktijk De Linde")
    overige = {
        "smit": _huishouden(
            wijk_centrum, "Molenweg", 7, "3711 AC", ("Gerrit", "", "Smit", date(1939, 2, 8), HOOFD)
        ),
        "yilmaz": _huishouden(
            wijk_centrum,
            "Lindelaan",
            3,
            "3712 CD",
            ("Ayşe", "", "Yilmaz", date(1984, 7, 21), HOOFD),
            ("Emre", "", "Yilmaz", date(2011, 3, 30), KIND),
        ),
        "bakker": _huishouden(
            wijk_centrum,
            "Kerkstraat",
            12,
            "3711 BE",
            ("Wilhelmina", "", "Bakker", date(1952, 9, 3), HOOFD),
        ),
        "jansen": _huishouden(
            wijk_centrum,
            "Oude Gracht",
            1,
            "3711 AA",
            ("Kees", "", "Jansen", date(1961, 12, 17), HOOFD),
        ),
    }
    return {"de_boer": de_boer, "johanna": johanna, **overige}


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


# --- 1. the consulent ----------------------------------------------------------------------


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


def test_consulent_van_melding_tot_afgerond_keukentafelgesprek(
    page, schermafdruk, wijk, consulent, teamleider
):
    de_boer, johanna = wijk["de_boer"], wijk["johanna"]
    vandaag = timezone.localdate()
    ontvangen = _op(vandaag - timedelta(days=3), 9, 15)
    # Others already wait on the team's wachtlijst.
    for huishouden, dagen, wet, melder, vraag in [
        (
            wijk["smit"],
            20,
            Wet.WMO,
            Melding.Melder.HUISARTS,
            "Meneer valt vaak en eet slecht sinds zijn vrouw overleed.",
        ),
        (
            wijk["yilmaz"],
            8,
            Wet.JEUGDWET,
            Melding.Melder.SCHOOL,
            "Emre verzuimt veel; moeder vraagt hulp bij de opvoeding.",
        ),
    ]:
        MeldingFactory(
            huishouden=huishouden,
            persoon=huishouden.personen.order_by("geboortedatum").first(),
            ontvangen_op=timezone.now() - timedelta(days=dagen),
            wet=wet,
            melder=melder,
            vraag=vraag,
            created_by=teamleider,
        )

    # Logging in lands on one's own work.
    _inloggen(page, consulent, schermafdruk, "01-consulent-inloggen")
    expect(page.get_by_role("heading", level=1, name="Mijn werk")).to_be_visible()
    expect(page.get_by_text("U heeft geen open meldingen.")).to_be_visible()
    schermafdruk(page, "02-consulent-mijn-werk")

    # The households of the team; a search by name finds the De Boers.
    _menu(page, "Huishoudens")
    expect(page.get_by_role("heading", level=1, name="Huishoudens")).to_be_visible()
    expect(page.get_by_role("heading", level=2, name="5 huishoudens")).to_be_visible()
    schermafdruk(page, "03-consulent-huishoudens")
    page.get_by_label("Naam", exact=False).first.fill("de Boer")
    page.get_by_role("button", name="Zoeken", exact=True).click()
    expect(page.get_by_role("heading", level=2, name="1 huishouden gevonden")).to_be_visible()
    page.get_by_role("link", name="Kastanjelaan 14", exact=True).click()

    # The dossier: the people, their network and the huisarts.
    expect(page.get_by_role("heading", level=1, name="Kastanjelaan 14")).to_be_visible()
    expect(page.get_by_role("heading", level=3, name="Johanna de Boer")).to_be_visible()
    expect(page.get_by_text("Marieke de Boer — Familie")).to_be_visible()
    expect(page.get_by_text("Geen meldingen.")).to_be_visible()
    schermafdruk(page, "04-consulent-dossier")

    # The melding, as the daughter phoned it in three days ago.
    page.get_by_role("link", name="Melding registreren").click()
    expect(page.get_by_role("heading", level=1, name="Melding registreren")).to_be_visible()
    page.get_by_label("Voor wie").select_option(label="Johanna de Boer")
    page.get_by_label("Ontvangen op").fill(ontvangen.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Wet", exact=True).select_option(label="Wmo 2015")
    page.get_by_label("Gemeld door").select_option(label="Familie of mantelzorger")
    page.get_by_label("De vraag, in de woorden van de melder").fill(
        "Mijn moeder redt het niet meer in huis sinds haar heupoperatie. Ik doe wat ik kan, "
        "maar ik werk zelf ook en het wordt me te veel."
    )
    schermafdruk(page, "05-consulent-melding")
    page.get_by_role("button", name="Registreren").click()

    expect(_melding(page)).to_contain_text("Melding geregistreerd.")
    expect(
        page.get_by_role("heading", level=1, name="Melding Wmo 2015 voor Johanna de Boer")
    ).to_be_visible()
    expect(page.get_by_text("Nog niet toegewezen")).to_be_visible()
    melding = Melding.objects.get(huishouden=de_boer)
    assert (melding.status, melding.consulent, melding.created_by) == (
        Melding.Status.NIEUW,
        None,
        consulent,
    )
    assert melding.persoon == johanna and melding.wet == Wet.WMO
    assert melding.ontvangen_op == ontvangen
    assert AuditEntry.objects.filter(
        medewerker=consulent, actie=Actie.AANMAKEN, object_id=melding.pk, huishouden_id=de_boer.pk
    ).exists()
    _uitloggen(page)

    # The teamleider assigns it on the wachtlijst (only a teamleider may).
    _inloggen(page, teamleider)
    _menu(page, "Wachtlijst")
    wachtlijst = page.get_by_role("table", name="3 open meldingen bij Wijkteam Centrum")
    rij = wachtlijst.locator(f"#melding-{melding.pk}")
    expect(rij).to_contain_text("Johanna de Boer")
    expect(rij).to_contain_text("3 dagen")
    keuze = rij.get_by_label("Consulent voor Johanna de Boer")
    keuze.select_option(label=str(consulent))
    expect(rij.get_by_role("status")).to_have_text(f"Toegewezen aan {consulent}.")
    schermafdruk(page, "06-teamleider-wachtlijst")
    melding.refresh_from_db()
    assert (melding.status, melding.consulent) == (Melding.Status.TOEGEWEZEN, consulent)
    _uitloggen(page)

    # Back to the consulent: the melding is in her work now.
    _inloggen(page, consulent)
    mijn = page.get_by_role("region", name="Mijn meldingen: 1")
    expect(mijn).to_contain_text("Kastanjelaan 14 — Wmo 2015, Toegewezen")
    mijn.get_by_role("link", name="Kastanjelaan 14").click()
    expect(page.get_by_text(str(consulent), exact=True)).to_be_visible()

    # The conversation is planned at the kitchen table, this morning.
    page.get_by_role("link", name="Keukentafelgesprek plannen").click()
    expect(page.get_by_role("heading", level=1, name="Keukentafelgesprek plannen")).to_be_visible()
    page.get_by_label("Gepland op").fill(_op(vandaag, 10).strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Plaats", exact=True).select_option(label="Bij de inwoner thuis")
    page.get_by_role("button", name="Plannen").click()
    expect(_melding(page)).to_contain_text("Gesprek gepland.")
    expect(page.get_by_role("heading", level=1, name="Keukentafelgesprek")).to_be_visible()
    status = page.locator("#autosave-status")

    # Who was there, picked from the dossier; a tolk is not needed.
    page.get_by_label("Gehouden op").fill(vandaag.isoformat())
    bewoners = page.get_by_role("group", name="Bewoners", exact=True)
    bewoners.get_by_label("Johanna de Boer").check()
    bewoners.get_by_label("Hendrik de Boer").check()
    page.get_by_role("group", name="Netwerk", exact=True).get_by_label("Marieke de Boer").check()
    page.get_by_label("De vraag, in de woorden van de inwoner").fill(
        "Ik wil in mijn eigen huis blijven wonen en weer zelf naar de markt kunnen. "
        "Marieke moet niet alles voor mij hoeven doen."
    )
    for domein, (score, situatie) in ZRM.items():
        gebied = _leefgebied(page, domein)
        gebied.get_by_label("Situatie").fill(situatie)
        gebied.get_by_label("ZRM-score").select_option(label=score)

    # The ladder: what she and her network can do, and the algemene voorzieningen.
    page.get_by_label("Wat de inwoner zelf kan").fill(
        "Zelf koken lukt aan het aanrecht; met de rollator haalt ze kleine boodschappen."
    )
    page.get_by_label("Gebruikelijke hulp van huisgenoten").fill(
        "Hendrik (79) doet de afwas, maar kan na zijn hartinfarct niet zwaar tillen."
    )
    page.get_by_label("Wat de mantelzorger doet, en hoe zwaar dat is").fill(
        "Marieke doet de zware boodschappen en de was; zij werkt 32 uur en is overbelast."
    )
    page.get_by_label("Wat het verdere netwerk kan").fill(
        "Buurvrouw Fatima wil op zaterdag meegaan naar de markt."
    )
    page.get_by_label(re.compile(r"^Algemene voorzieningen: welke overwogen")).fill(
        "Boodschappendienst en het buurthuis besproken; voor het schoonmaken volstaat geen "
        "algemene voorziening, zij kan niet bukken of tillen."
    )
    page.get_by_label("Is een maatwerkvoorziening nodig?").select_option(label="Ja")
    page.get_by_label("Voor welk resultaat").fill("Een schoon en leefbaar huis.")
    page.get_by_label("Voorkeur van de inwoner").select_option(label="Zorg in natura")
    page.get_by_label("Hulpvragen voor het plan").fill("\n".join(HULPVRAGEN))
    page.get_by_label("Onafhankelijke cliëntondersteuning aangeboden").check()
    expect(status).to_have_text(OPGESLAGEN)
    schermafdruk(page, "07-consulent-keukentafelgesprek")

    page.get_by_role("button", name="Gesprek afronden").click()
    expect(page.get_by_role("heading", level=1, name="Gespreksverslag")).to_be_visible()
    expect(_melding(page)).to_contain_text(
        "Het gesprek is afgerond; de onderzoekstermijn is gestopt."
    )
    aanwezig = page.get_by_role("definition").filter(has_text="Marieke de Boer")
    for naam in ("Johanna de Boer", "Hendrik de Boer", "Marieke de Boer"):
        expect(aanwezig).to_contain_text(naam)
    expect(
        page.get_by_text(
            "Een maatwerkvoorziening is nodig, voor dit resultaat: Een schoon en leefbaar huis."
        )
    ).to_be_visible()
    leefgebieden = page.get_by_role("table", name="Leefgebieden")
    expect(leefgebieden.locator("tbody tr")).to_have_count(len(ZRM))
    expect(
        leefgebieden.get_by_role("row").filter(has_text="Lichamelijke gezondheid")
    ).to_contain_text("2 · Niet zelfredzaam")
    for hulpvraag in HULPVRAGEN:
        expect(page.get_by_role("listitem").filter(has_text=hulpvraag)).to_be_visible()
    schermafdruk(page, "08-consulent-gespreksverslag")

    # What the database holds.
    gesprek = Keukentafelgesprek.objects.get(melding=melding)
    assert gesprek.status == Keukentafelgesprek.Status.DEFINITIEF
    assert gesprek.afgerond_door == consulent
    assert gesprek.gehouden_op == vandaag
    assert gesprek.maatwerk_nodig is True
    assert gesprek.clientondersteuning_aangeboden is True
    assert gesprek.mantelzorg.startswith("Marieke doet de zware boodschappen")
    deelnemers = {str(d) for d in Deelnemer.objects.filter(gesprek=gesprek)}
    assert deelnemers == {"Johanna de Boer", "Hendrik de Boer", "Marieke de Boer"}
    scores = {
        z.get_domein_display(): (z.get_score_display(), z.situatie)
        for z in ZrmScore.objects.filter(gesprek=gesprek, score__isnull=False)
    }
    assert scores == ZRM
    assert [h.tekst for h in Hulpvraag.objects.filter(gesprek=gesprek).order_by("volgorde")] == (
        HULPVRAGEN
    )
    melding.refresh_from_db()
    assert melding.status == Melding.Status.AFGEROND
    assert melding.consulent == consulent
    assert melding.onderzoek_afgerond_op == gesprek.afgerond_op


# --- 2. the regisseur ------------------------------------------------------------------------


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


# --- 3. the teamleider -----------------------------------------------------------------------


@pytest.fixture
def caseload(wijk, consulent, collega, teamleider):
    """Sanne directs two open plans (and one closed), has a melding in onderzoek; the
    wachtlijst holds three Wmo meldingen (one long overdue) and one Jeugdwet."""
    plannen = [
        PlanFactory(huishouden=wijk["yilmaz"], regisseur=consulent),
        PlanFactory(huishouden=wijk["bakker"], regisseur=consulent),
    ]
    PlanFactory(huishouden=wijk["jansen"], regisseur=consulent, afgesloten=True)
    melding = MeldingFactory(
        huishouden=wijk["smit"],
        persoon=wijk["smit"].personen.get(),
        consulent=consulent,
        status=Melding.Status.TOEGEWEZEN,
        ontvangen_op=timezone.now() - timedelta(days=12),
        vraag="Meneer valt vaak; de thuiszorg maakt zich zorgen.",
        melder=Melding.Melder.ZORGAANBIEDER,
    )
    # Afspraken this quarter, along the ladder.
    genereer_kaart([wijk["de_boer"].wijk])
    kaart = {v.sleutel: v for v in Voorziening.objects.all()}
    marieke = Netwerklid.objects.get(naam="Marieke de Boer")
    ayse = wijk["yilmaz"].personen.get(voornamen="Ayşe")
    wilma = wijk["bakker"].personen.get()
    for plan, doel, afspraken in [
        (
            plannen[0],
            "Rust en regelmaat voor Emre",
            [
                ("Elke avond om half negen naar bed", {"persoon": ayse}),
                ("Cursus Positief Opvoeden", {"voorziening": kaart["opvoedsteunpunt"]}),
            ],
        ),
        (
            plannen[1],
            "Veilig thuis blijven wonen",
            [
                ("Dagelijks de alarmknop dragen", {"persoon": wilma}),
                ("Warme maaltijd op werkdagen", {"voorziening": kaart["maaltijdservice"]}),
                (
                    "Wekelijks het huis schoonmaken",
                    {
                        "voorziening": kaart["huishoudelijke-hulp"],
                        "waarom_niet_eigen_kracht": "Kan niet bukken of tillen.",
                        "waarom_niet_netwerk": "Geen familie in de buurt.",
                        "waarom_niet_algemeen": "Een algemene voorziening maakt niet schoon.",
                    },
                ),
            ],
        ),
        (
            PlanFactory(huishouden=wijk["de_boer"], regisseur=collega),
            "Zelf weer de boodschappen doen",
            [
                ("Zware boodschappen op zaterdag", {"netwerklid": marieke}),
                ("Boodschappen op dinsdag", {"voorziening": kaart["boodschappendienst"]}),
            ],
        ),
    ]:
        doel = Doel.objects.create(plan=plan, omschrijving=doel)
        for wat, wie in afspraken:
            voorziening = wie.get("voorziening")
            uitvoerder = (
                Afspraak.Uitvoerder.EIGEN_KRACHT
                if "persoon" in wie
                else Afspraak.Uitvoerder.NETWERK
                if "netwerklid" in wie
                else Afspraak.Uitvoerder.MAATWERK
                if voorziening.soort == Voorziening.Soort.MAATWERK
                else Afspraak.Uitvoerder.ALGEMEEN
            )
            Afspraak.objects.create(
                doel=doel, wat=wat, uitvoerder=uitvoerder, created_by=plan.regisseur, **wie
            )
    for straat, nummer, bewoner, dagen, wet in [
        ("Vinkenstraat", 22, ("Anna", "", "Mulder"), 50, Wet.WMO),
        ("Merelplein", 5, ("Piet", "van", "Dijk"), 9, Wet.WMO),
        ("Spoorsingel", 41, ("Lotte", "", "Hendriks"), 2, Wet.JEUGDWET),
    ]:
        huishouden = _huishouden(
            wijk["de_boer"].wijk, straat, nummer, "3712 AB", (*bewoner, date(1980, 1, 1), HOOFD)
        )
        MeldingFactory(
            huishouden=huishouden,
            persoon=huishouden.personen.get(),
            ontvangen_op=timezone.now() - timedelta(days=dagen),
            wet=wet,
        )
    return {"plannen": plannen, "melding": melding}


def test_teamleider_dashboard_lijst_en_werk_herverdelen(
    page, schermafdruk, wijk, caseload, team_centrum, teamleider, consulent, collega
):
    _inloggen(page, teamleider)
    _menu(page, "Dashboard")
    expect(page.get_by_role("heading", level=1, name="Teamdashboard")).to_be_visible()
    page.wait_for_load_state("networkidle")
    schermafdruk(page, "20-teamleider-dashboard")

    # The figures are the database's.
    open_plannen = Plan.objects.open().filter(regisseur=consulent)
    caseload_tabel = page.get_by_role("table", name="Caseload per medewerker")
    expect(_cel(caseload_tabel, str(consulent), "Plannen als regisseur")).to_have_text(
        str(open_plannen.count())
    )
    expect(_cel(caseload_tabel, str(consulent), "Open meldingen")).to_have_text(
        str(Melding.objects.open().filter(consulent=consulent).count())
    )
    expect(_cel(caseload_tabel, str(collega), "Plannen als regisseur")).to_have_text(
        str(Plan.objects.open().filter(regisseur=collega).count())
    )
    wmo = Melding.objects.open().filter(wet=Wet.WMO, huishouden__wijk__team=team_centrum)
    wachtlijst_tabel = page.get_by_role("table", name="Wachtlijst per wet")
    expect(_cel(wachtlijst_tabel, "Wmo 2015", "Wachtend")).to_have_text(str(wmo.count()))
    verlopen = wmo.filter(deadline__lt=timezone.now()).count()
    assert verlopen == 1
    expect(_cel(wachtlijst_tabel, "Wmo 2015", "Wettelijke termijn verlopen")).to_have_text(
        str(verlopen)
    )
    expect(_cel(wachtlijst_tabel, "Jeugdwet", "Wachtend")).to_have_text("1")
    # This quarter on the ladder: 2 eigen kracht, 1 netwerk, 3 algemeen, 1 maatwerk.
    periode = page.locator("p", has_text="Elk getal opent de lijst erachter.").locator("strong")
    ladder_tabel = page.get_by_role("table", name="Verdeling over de treden")
    op_de_ladder = Afspraak.objects.filter(
        doel__plan__huishouden__wijk__team=team_centrum, uitvoerder__in=Trede.values
    )
    assert op_de_ladder.count() == 7
    expect(_cel(ladder_tabel, periode.inner_text(), "Afspraken op de ladder")).to_have_text(
        str(op_de_ladder.count())
    )
    algemeen = op_de_ladder.filter(uitvoerder=Trede.ALGEMEEN).count()
    expect(_cel(ladder_tabel, periode.inner_text(), "Algemene voorziening")).to_have_text(
        f"{round(100 * algemeen / op_de_ladder.count())}%"
    )

    # Behind the Wmo number: the waiting meldingen themselves.
    _cel(wachtlijst_tabel, "Wmo 2015", "Wachtend").get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/dashboard/lijst/\?.*lijst=wachtend"))
    expect(page.get_by_text(f"{wmo.count()} regels", exact=True)).to_be_visible()
    lijst = page.locator("#lijst")
    expect(lijst.locator("tbody tr")).to_have_count(wmo.count())
    for melding in wmo.select_related("huishouden"):
        expect(lijst).to_contain_text(melding.huishouden.kort_adres)
    expect(lijst).not_to_contain_text("Spoorsingel 41")
    schermafdruk(page, "21-teamleider-dashboard-lijst")
    page.get_by_role("link", name="← Terug naar het dashboard").click()

    # Sanne goes on leave: her work goes to Chantal in one go.
    page.get_by_role("link", name="Werk herverdelen").click()
    expect(page.get_by_role("heading", level=1, name="Werk herverdelen")).to_be_visible()
    page.get_by_label("Werk van").select_option(label=str(consulent))
    page.get_by_role("button", name="Toon het werk").click()
    expect(
        page.get_by_role("heading", level=2, name=f"2 plannen met {consulent} als regisseur")
    ).to_be_visible()
    expect(page.get_by_role("heading", level=2, name=f"1 melding van {consulent}")).to_be_visible()
    page.get_by_role("group", name="Voorstel laten maken").get_by_label(str(collega)).check()
    page.get_by_role("button", name="Maak een voorstel").click()
    for plan in caseload["plannen"]:
        keuze = page.get_by_label(f"Nieuwe regisseur: {plan.huishouden.kort_adres}", exact=True)
        expect(keuze).to_have_value(str(collega.pk))
    keuze = page.get_by_label("Nieuwe consulent: Molenweg 7", exact=True)
    expect(keuze).to_have_value(str(collega.pk))
    page.get_by_label("Reden van de overdracht").fill("Zwangerschapsverlof vanaf 1 maart.")
    schermafdruk(page, "22-teamleider-herverdelen")
    page.get_by_role("button", name="Overdragen").click()

    expect(_melding(page)).to_have_text(
        f"2 plannen en 1 melding(en) van {consulent} overgedragen."
    )
    expect(page.get_by_text(f"{consulent} heeft geen open plannen of meldingen.")).to_be_visible()
    assert not Plan.objects.open().filter(regisseur=consulent).exists()
    for plan in caseload["plannen"]:
        plan.refresh_from_db()
        assert plan.regisseur == collega
        overdracht = RegisseurOverdracht.objects.get(plan=plan)
        assert (overdracht.van, overdracht.naar, overdracht.door, overdracht.reden) == (
            consulent,
            collega,
            teamleider,
            "Zwangerschapsverlof vanaf 1 maart.",
        )
    caseload["melding"].refresh_from_db()
    assert caseload["melding"].consulent == collega
    assert Herinnering.objects.filter(ontvanger=collega, regel=Regel.OVERGEDRAGEN).count() == 3

    # The dashboard says so too.
    page.get_by_role("link", name="← Terug naar het dashboard").click()
    caseload_tabel = page.get_by_role("table", name="Caseload per medewerker")
    expect(_cel(caseload_tabel, str(collega), "Plannen als regisseur")).to_have_text(
        str(Plan.objects.open().filter(regisseur=collega).count())
    )
    expect(_cel(caseload_tabel, str(consulent), "Plannen als regisseur")).to_have_text("0")


# --- 4. reminders ----------------------------------------------------------------------------


def test_herinnering_na_de_scan_en_escalatie_naar_de_teamleider(
    page, schermafdruk, wijk, consulent, teamleider
):
    smit = wijk["smit"]
    # Eight weeks waiting: the six-week onderzoek term passed two weeks ago.
    te_laat = MeldingFactory(
        huishouden=smit,
        persoon=smit.personen.get(),
        consulent=consulent,
        status=Melding.Status.TOEGEWEZEN,
        ontvangen_op=timezone.now() - timedelta(weeks=8),
        vraag="Meneer valt vaak; de thuiszorg maakt zich zorgen.",
        melder=Melding.Melder.ZORGAANBIEDER,
    )
    plan = PlanFactory(
        huishouden=wijk["de_boer"],
        regisseur=consulent,
        status=Plan.Status.VASTGESTELD,
        akkoord_op=timezone.localdate() - timedelta(weeks=25),
        akkoord_wijze=Plan.AkkoordWijze.HANDTEKENING,
        evaluatie_op=timezone.localdate() + timedelta(days=3),
    )
    assert not Herinnering.objects.exists()

    # The daily scan, as beat runs it (herinneringen.maken calls the same service).
    uit = io.StringIO()
    call_command("herinneringen_maken", stdout=uit)
    nieuw = Herinnering.objects.count()
    assert uit.getvalue().strip() == f"{nieuw} nieuwe herinneringen."
    uit = io.StringIO()
    call_command("herinneringen_maken", stdout=uit)
    assert uit.getvalue().strip() == "0 nieuwe herinneringen."  # twice is once

    eigen = Herinnering.objects.filter(ontvanger=consulent)
    assert set(eigen.values_list("regel", "object_id")) == {
        (Regel.TERMIJN_VERLOPEN, te_laat.pk),
        (Regel.TERUGBELLEN, te_laat.pk),
        (Regel.EVALUATIE_NADERT, plan.pk),
    }
    escalatie = Herinnering.objects.get(ontvanger=teamleider)
    assert (escalatie.regel, escalatie.object_id) == (Regel.ESCALATIE, te_laat.pk)

    # The consulent sees hers, with the count in the menu.
    _inloggen(page, consulent)
    menu = page.get_by_role("navigation", name="Hoofdmenu")
    expect(
        menu.get_by_role("link", name=f"Herinneringen {eigen.count()} ongelezen")
    ).to_be_visible()
    _menu(page, "Herinneringen")
    expect(page.get_by_role("heading", level=1, name="Herinneringen")).to_be_visible()
    inbox = page.locator("main").get_by_role("listitem")
    expect(inbox).to_have_count(eigen.count())
    verlopen = inbox.filter(has_text="Een termijn is verlopen")
    expect(verlopen).to_contain_text("Molenweg 7")
    expect(inbox.filter(has_text="Een evaluatie komt eraan")).to_contain_text("Kastanjelaan 14")
    expect(inbox.filter(has_text="Een wachtende inwoner terugbellen")).to_contain_text(
        "Molenweg 7"
    )
    teller = menu.get_by_role("link", name=f"Herinneringen {eigen.count()} ongelezen")
    expect(teller).to_be_visible()
    schermafdruk(page, "30-consulent-herinneringen")

    verlopen.get_by_role("button", name="Gelezen").click()
    expect(inbox.filter(has_text="Een termijn is verlopen").get_by_role("button")).to_have_count(0)
    assert eigen.get(regel=Regel.TERMIJN_VERLOPEN).gelezen_op is not None
    inbox.filter(has_text="Een termijn is verlopen").get_by_role("link").click()
    expect(
        page.get_by_role("heading", level=1, name="Melding Wmo 2015 voor Gerrit Smit")
    ).to_be_visible()
    _uitloggen(page)

    # Two weeks late is too late: the teamleider has it too.
    _inloggen(page, teamleider)
    _menu(page, "Herinneringen")
    inbox = page.locator("main").get_by_role("listitem")
    expect(inbox).to_have_count(1)
    expect(inbox).to_contain_text("Al langer verlopen: voor de teamleider")
    expect(inbox).to_contain_text("Molenweg 7")
    expect(
        page.get_by_role("navigation", name="Hoofdmenu").get_by_role(
            "link", name="Herinneringen 1 ongelezen"
        )
    ).to_be_visible()
    schermafdruk(page, "31-teamleider-herinneringen")
    inbox.get_by_role("link", name="Al langer verlopen: voor de teamleider").click()
    expect(
        page.get_by_role("heading", level=1, name="Melding Wmo 2015 voor Gerrit Smit")
    ).to_be_visible()
    expect(page.get_by_text(str(consulent), exact=True)).to_be_visible()


# --- 5. another team -------------------------------------------------------------------------


def test_ander_team_vindt_en_opent_het_huishouden_niet_en_het_staat_in_het_logboek(
    page, schermafdruk, wijk, wijk_noord, consulent_noord
):
    de_boer = wijk["de_boer"]
    _huishouden(
        wijk_noord,
        "Noorderpad",
        21,
        "3731 GH",
        ("Kees", "", "Visser", date(1957, 6, 1), HOOFD),
    )
    auditor = _noem(MedewerkerFactory(username="auditor", rol=Rol.AUDITOR), "Peter", "Janssen")

    # Wijkteam Noord sees its own household, and searching for the De Boers finds nothing.
    _inloggen(page, consulent_noord)
    _menu(page, "Huishoudens")
    expect(page.get_by_role("heading", level=2, name="1 huishouden", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Noorderpad 21", exact=True)).to_be_visible()
    page.get_by_label("Naam", exact=False).first.fill("de Boer")
    page.get_by_role("button", name="Zoeken", exact=True).click()
    expect(page.get_by_role("heading", level=2, name="0 huishoudens gevonden")).to_be_visible()
    expect(page.get_by_text("Geen huishoudens gevonden.")).to_be_visible()
    expect(page.get_by_role("link", name="Kastanjelaan 14")).to_have_count(0)
    schermafdruk(page, "40-ander-team-zoeken")

    # The address of the dossier typed in: the same answer as for something that is not there.
    antwoord = page.goto(f"/huishoudens/{de_boer.pk}/")
    assert antwoord.status == 404
    expect(page.get_by_role("heading", level=1, name="Niet gevonden")).to_be_visible()
    expect(
        page.get_by_text("Deze pagina bestaat niet, of u heeft er geen toegang toe.")
    ).to_be_visible()
    expect(page.get_by_text("Kastanjelaan")).to_have_count(0)
    expect(page.get_by_text("Johanna")).to_have_count(0)
    schermafdruk(page, "41-ander-team-niet-gevonden")

    weigering = AuditEntry.objects.get(
        medewerker=consulent_noord, huishouden_id=de_boer.pk, resultaat=Resultaat.GEWEIGERD
    )
    assert (weigering.actie, weigering.object_type, weigering.rol) == (
        Actie.LEZEN,
        "huishoudens.huishouden",
        Rol.CONSULENT,
    )
    assert AuditEntry.objects.filter(
        medewerker=consulent_noord, actie=Actie.ZOEKEN, huishouden_id__isnull=True
    ).exists()
    assert not AuditEntry.objects.filter(
        medewerker=consulent_noord, huishouden_id=de_boer.pk, resultaat=Resultaat.TOEGESTAAN
    ).exists()
    _uitloggen(page)

    # The auditor finds the refusal in the logboek.
    _inloggen(page, auditor)
    expect(
        page.get_by_role("heading", level=1, name="Logboek: wie deed wat met welk dossier")
    ).to_be_visible()
    page.get_by_label("Huishouden (nummer)").fill(str(de_boer.pk))
    page.get_by_label("Resultaat").select_option(label="Geweigerd")
    page.get_by_role("button", name="Zoeken").click()
    expect(page.get_by_role("heading", level=2, name="1 regel", exact=True)).to_be_visible()
    rij = page.locator("#logboek tbody tr")
    expect(rij).to_have_count(1)
    for tekst in (str(consulent_noord), "Consulent", "Lezen", "Geweigerd", str(de_boer.pk)):
        expect(rij).to_contain_text(tekst)
    expect(rij).to_contain_text(weigering.request_id)
    schermafdruk(page, "42-auditor-logboek")
    assert AuditEntry.objects.filter(
        medewerker=auditor, actie=Actie.ZOEKEN, huishouden_id=de_boer.pk
    ).exists()
