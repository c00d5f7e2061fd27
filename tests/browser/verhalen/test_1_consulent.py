"""The consulent: a new melding, assigned on the wachtlijst, the keukentafelgesprek with
participants from the dossier, ZRM scores and the ladder, finalised."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from huishoudens.models import Melding
from plannen.models import (
    Deelnemer,
    Hulpvraag,
    Keukentafelgesprek,
    ZrmScore,
)
from sociaal.audit.models import Actie, AuditEntry
from sociaal.termijnen.regels import Wet
from tests.browser.verhalen.stappen import (
    HULPVRAGEN,
    OPGESLAGEN,
    ZRM,
    _inloggen,
    _leefgebied,
    _melding,
    _menu,
    _op,
    _uitloggen,
)
from tests.factories import (
    MeldingFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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
    rij.get_by_role("link", name="Toewijzen (melding van Johanna de Boer)").click()
    keuze = rij.get_by_label("Consulent voor Johanna de Boer")
    expect(keuze).to_be_focused()
    keuze.select_option(label=str(consulent))
    rij.get_by_role("button", name="Opslaan").click()
    expect(page.locator("#meldingen")).to_have_text(f"Toegewezen aan {consulent}.")
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
