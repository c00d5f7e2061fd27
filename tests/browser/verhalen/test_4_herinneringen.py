"""Reminders: the daily scan puts them in the consulent's inbox, and an overdue one escalates to
the teamleider's."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from huishoudens.models import Melding
from plannen.models import (
    Plan,
)
from sociaal.herinneringen.models import Herinnering, Regel
from tests.browser.verhalen.stappen import (
    _inloggen,
    _menu,
    _uitloggen,
)
from tests.factories import (
    MeldingFactory,
    PlanFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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
