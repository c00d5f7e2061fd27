"""The teamleider: dashboard figures against the database, the list behind a number, a consulent's
work handed over in one go."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from huishoudens.models import Melding, Netwerklid
from plannen.models import (
    Afspraak,
    Doel,
    Plan,
    RegisseurOverdracht,
)
from sociaal.demo.kaart import genereer_kaart
from sociaal.herinneringen.models import Herinnering, Regel
from sociaal.termijnen.regels import Wet
from tests.browser.verhalen.stappen import (
    HOOFD,
    _cel,
    _huishouden,
    _inloggen,
    _melding,
    _menu,
)
from tests.factories import (
    MeldingFactory,
    PlanFactory,
)
from voorzieningen.ladder import Trede
from voorzieningen.models import Voorziening

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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
