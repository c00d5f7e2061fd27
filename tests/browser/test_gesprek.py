"""The keukentafelgesprek page: autosave while typing (and again after a lost connection),
finalising the verslag, and the page on a tablet."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from huishoudens.models import Melding
from plannen.models import Keukentafelgesprek, ZrmScore
from tests.factories import (
    BetrokkeneFactory,
    GesprekFactory,
    MeldingFactory,
    NetwerklidFactory,
    PersoonFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AUTOSAVE = "**/autosave/"
OPGESLAGEN = re.compile(r"^Opgeslagen om \d\d:\d\d$")


@pytest.fixture
def gesprek(huishouden_centrum) -> Keukentafelgesprek:
    """A planned conversation with a household in the consulent's wijk."""
    bewoner = PersoonFactory(
        huishouden=huishouden_centrum, voornamen="Johanna", achternaam="de Boer"
    )
    melding = MeldingFactory(huishouden=huishouden_centrum, persoon=bewoner)
    return GesprekFactory(melding=melding)


def _open(page: Page, gesprek: Keukentafelgesprek):
    page.goto(f"/plannen/gesprekken/{gesprek.pk}/")
    expect(page.get_by_role("heading", level=1, name="Keukentafelgesprek")).to_be_visible()
    status = page.locator("#autosave-status")
    expect(status).to_have_text("Concept: wordt automatisch opgeslagen terwijl u typt.")
    return status


def _vraag(page: Page):
    return page.get_by_label("De vraag, in de woorden van de inwoner")


def _financien(page: Page):
    """The Financiën life domain, opened (domains without content start folded)."""
    domein = page.locator("details.sociaal-domein").filter(
        has=page.locator("summary", has_text=re.compile(r"^Financiën"))
    )
    if domein.get_attribute("open") is None:
        domein.locator("summary").click()
    return domein


def test_autosave_tijdens_het_typen(inloggen, consulent, gesprek):
    page = inloggen(consulent)
    status = _open(page, gesprek)
    vraag = _vraag(page)
    situatie = _financien(page).get_by_label("Situatie")
    score = _financien(page).get_by_label("ZRM-score")
    assert vraag.get_attribute("name") == "vraag_inwoner"
    assert situatie.get_attribute("name") == "situatie_financien"
    assert score.get_attribute("name") == "zrm_financien"

    vraag.press_sequentially("Ik wil weer zelf boodschappen doen.")
    situatie.fill("Schulden bij de energieleverancier.")
    score.select_option(label="2 · Niet zelfredzaam")

    expect(status).to_have_text(OPGESLAGEN)
    page.reload()

    expect(_vraag(page)).to_have_value("Ik wil weer zelf boodschappen doen.")
    expect(_financien(page).get_by_label("Situatie")).to_have_value(
        "Schulden bij de energieleverancier."
    )
    expect(_financien(page).get_by_label("ZRM-score")).to_have_value("2")
    gesprek.refresh_from_db()
    assert gesprek.vraag_inwoner == "Ik wil weer zelf boodschappen doen."
    zrm = ZrmScore.objects.get(gesprek=gesprek, domein="financien")
    assert (zrm.score, zrm.situatie) == (2, "Schulden bij de energieleverancier.")


def test_autosave_probeert_opnieuw_na_netwerkfout(inloggen, consulent, gesprek):
    page = inloggen(consulent)
    status = _open(page, gesprek)
    page.route(AUTOSAVE, lambda route: route.abort())

    vraag = _vraag(page)
    vraag.press_sequentially("Hulp bij het douchen.")

    expect(status).to_have_text(
        "Niet opgeslagen: geen verbinding. Uw tekst blijft staan; we proberen het opnieuw."
    )
    expect(status).to_have_class(re.compile(r"\bsociaal-autosave--fout\b"))
    expect(vraag).to_have_value("Hulp bij het douchen.")
    gesprek.refresh_from_db()
    assert gesprek.vraag_inwoner == ""

    page.unroute(AUTOSAVE)

    # autosave.js tries again every 5 s.
    expect(status).to_have_text(OPGESLAGEN, timeout=10_000)
    expect(vraag).to_have_value("Hulp bij het douchen.")
    gesprek.refresh_from_db()
    assert gesprek.vraag_inwoner == "Hulp bij het douchen."

    # Saved again: no longer shown as an error.
    expect(status).not_to_have_class(re.compile(r"sociaal-autosave--fout"))


def test_gesprek_afronden(inloggen, consulent, gesprek):
    page = inloggen(consulent)
    status = _open(page, gesprek)

    page.get_by_label("Gehouden op").fill(timezone.localdate().isoformat())
    _vraag(page).fill("Ik wil weer zelf boodschappen doen.")
    page.get_by_role("group", name="Bewoners").get_by_label("Johanna de Boer").check()
    page.get_by_label("Is een maatwerkvoorziening nodig?").select_option(label="Nee")
    expect(status).to_have_text(OPGESLAGEN)
    page.get_by_role("button", name="Gesprek afronden").click()

    expect(page.get_by_role("heading", level=1, name="Gespreksverslag")).to_be_visible()
    expect(page.locator("#meldingen")).to_contain_text(
        "Het gesprek is afgerond; de onderzoekstermijn is gestopt."
    )
    expect(page.get_by_text("Een maatwerkvoorziening is niet nodig.")).to_be_visible()
    gesprek.refresh_from_db()
    assert gesprek.status == Keukentafelgesprek.Status.DEFINITIEF

    page.goto(f"/meldingen/{gesprek.melding_id}/")
    termijnen = page.get_by_role("table", name="Termijnen")
    onderzoek = termijnen.get_by_role("row").filter(has_text="Onderzoek: melding tot verslag")
    expect(onderzoek).to_have_count(1)
    expect(onderzoek.locator(".sociaal-badge")).to_have_text("op tijd afgerond")
    melding = Melding.objects.get(pk=gesprek.melding_id)
    assert melding.status == Melding.Status.AFGEROND
    assert melding.onderzoek_afgerond_op == gesprek.afgerond_op


def test_gesprek_past_op_een_tablet(inloggen, consulent, gesprek, huishouden_centrum, tmp_path):
    bewoner = gesprek.melding.persoon
    PersoonFactory(
        huishouden=huishouden_centrum,
        voornamen="Hendrikus Johannes",
        tussenvoegsel="van der",
        achternaam="Heijden-Bakker",
        rol="partner",
    )
    NetwerklidFactory(persoon=bewoner, naam="Pieter van der Heijden", mantelzorger=True)
    NetwerklidFactory(persoon=bewoner, naam="Buurvrouw Fatima", relatie="buur")
    BetrokkeneFactory(
        huishouden=huishouden_centrum, organisatie="Huisartsenpraktijk De Lange Voorstraat"
    )

    page = inloggen(consulent)
    page.set_viewport_size({"width": 768, "height": 1024})
    _open(page, gesprek)
    page.wait_for_load_state("networkidle")
    expect(page.get_by_role("button", name="Gesprek afronden")).to_be_visible()

    breedte = page.evaluate("document.documentElement.scrollWidth")
    assert breedte <= 768, f"horizontale scroll: de pagina is {breedte}px breed"
    page.screenshot(path=tmp_path / "gesprek-768.png", full_page=True)


def test_afronden_wacht_op_een_lopende_autosave(inloggen, consulent, gesprek):
    """Finalising while an autosave is still on its way must not be refused as a conflict:
    the page waits for the autosave (and its new version number), then submits."""
    page = inloggen(consulent)
    status = _open(page, gesprek)
    vastgehouden = []
    page.route(AUTOSAVE, lambda route: vastgehouden.append(route))

    page.get_by_label("Gehouden op").fill(timezone.localdate().isoformat())
    _vraag(page).fill("Ik wil weer zelf boodschappen doen.")
    page.get_by_role("group", name="Bewoners").get_by_label("Johanna de Boer").check()
    page.get_by_label("Is een maatwerkvoorziening nodig?").select_option(label="Nee")
    for _ in range(50):  # the autosave fires 1.5 s after the last keystroke
        if vastgehouden:
            break
        page.wait_for_timeout(100)
    assert vastgehouden, "the autosave request should be on its way"

    page.get_by_role("button", name="Gesprek afronden").click()
    expect(status).to_contain_text("Even wachten")
    for route in vastgehouden:
        route.continue_()
    page.unroute(AUTOSAVE)

    expect(page.get_by_role("heading", level=1, name="Gespreksverslag")).to_be_visible()
    gesprek.refresh_from_db()
    assert gesprek.status == Keukentafelgesprek.Status.DEFINITIEF
