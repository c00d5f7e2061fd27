"""The wachtlijst: running crises on top, and a teamleider assigning a melding inline."""

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from huishoudens.models import Melding
from tests.factories import HuishoudenFactory, MeldingFactory, PersoonFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_teamleider_wijst_toe_zonder_herladen(teamleider, consulent, wijk_centrum, inloggen):
    # Waiting 45 days: its onderzoek deadline passed, so by deadline alone it would lead.
    # The page counts calendar days in the municipality's time zone: received at noon, not
    # 45 times 24 hours ago, which late on a winter evening is a summer-time day later.
    ontvangen = timezone.localdate() - timedelta(days=45)
    oud = MeldingFactory(
        huishouden=HuishoudenFactory(wijk=wijk_centrum),
        persoon__voornamen="Gerrit",
        persoon__achternaam="Smit",
        ontvangen_op=timezone.make_aware(datetime.combine(ontvangen, time(12))),
    )
    crisis_huishouden = HuishoudenFactory(wijk=wijk_centrum)
    crisis = MeldingFactory(
        huishouden=crisis_huishouden,
        persoon=PersoonFactory(
            huishouden=crisis_huishouden, voornamen="Fatima", achternaam="El Amrani"
        ),
        crisis=True,
    )
    assert oud.deadline < crisis.deadline

    page = inloggen(teamleider)
    page.goto("/meldingen/wachtlijst/")
    wachtlijst = page.get_by_role("table", name="2 open meldingen bij Wijkteam Centrum")
    rijen = wachtlijst.locator("tbody tr")
    expect(rijen).to_have_count(2)
    expect(rijen.nth(0)).to_have_id(f"melding-{crisis.pk}")
    expect(rijen.nth(0).locator(".sociaal-badge").first).to_have_text("crisis")
    expect(rijen.nth(1)).to_have_id(f"melding-{oud.pk}")
    expect(rijen.nth(0).locator("td").first).to_contain_text("Nieuw · De inwoner zelf")
    expect(rijen.nth(1)).to_contain_text("45 dagen")

    url = page.url
    page.evaluate("window.__zelfdeDocument = true")
    rij = page.locator(f"#melding-{crisis.pk}")
    rij.get_by_role("link", name="Toewijzen (melding van Fatima El Amrani)").click()
    keuze = rij.get_by_label("Consulent voor Fatima El Amrani")
    expect(keuze).to_be_focused()
    # An arrow key moves through the list without saving: saving is the button's.
    keuze.press("ArrowDown")
    page.wait_for_timeout(300)
    crisis.refresh_from_db()
    assert crisis.consulent is None
    keuze.select_option(label=str(consulent))
    rij.get_by_role("button", name="Opslaan").click()

    expect(page.locator("#meldingen")).to_have_text(f"Toegewezen aan {consulent}.")
    expect(rij.locator(f"#consulent-cel-{crisis.pk}")).to_contain_text(str(consulent))
    # The focus stays in the row: on the button to change it again.
    wijzigen = rij.get_by_role(
        "link", name="Wijzigen (consulent van de melding van Fatima El Amrani)"
    )
    expect(wijzigen).to_be_focused()
    expect(rij.locator("td").first).to_contain_text("Toegewezen · De inwoner zelf")
    assert page.url == url
    assert page.evaluate("window.__zelfdeDocument === true")
    expect(rijen).to_have_count(2)
    expect(rijen.nth(0)).to_have_id(f"melding-{crisis.pk}")

    crisis.refresh_from_db()
    assert (crisis.consulent, crisis.status) == (consulent, Melding.Status.TOEGEWEZEN)
    oud.refresh_from_db()
    assert oud.consulent is None
