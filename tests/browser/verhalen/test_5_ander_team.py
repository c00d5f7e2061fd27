"""A consulent of another team neither finds nor opens the household; the auditor sees the refused
attempt in the logboek."""

from datetime import date

import pytest
from playwright.sync_api import expect

from sociaal.audit.models import Actie, AuditEntry, Resultaat
from sociaal.medewerkers.models import Rol
from tests.browser.verhalen.stappen import (
    HOOFD,
    _huishouden,
    _inloggen,
    _menu,
    _noem,
    _uitloggen,
)
from tests.factories import (
    MedewerkerFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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
