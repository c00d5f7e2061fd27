"""Inzage (AVG art. 15): a permitted medewerker makes, for one person, a ZIP with a
readable PDF, the same content as JSON, and the documents; audited; refused without the
right or for a household they may not see."""

import io
import json
import subprocess
import zipfile

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from huishoudens.models import Melding
from sociaal.audit.models import Actie, AuditEntry, Resultaat
from tests.conftest import ingelogd
from tests.factories import MeldingFactory, NetwerklidFactory, PersoonFactory, PlanFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def persoon(huishouden_centrum, consulent):
    p = PersoonFactory(
        huishouden=huishouden_centrum,
        voornamen="Zwanette",
        achternaam="Oosterhuis",
        bsn="999990019",
    )
    NetwerklidFactory(persoon=p, naam="Gerritje Oosterhuis")
    MeldingFactory(
        huishouden=huishouden_centrum,
        persoon=p,
        consulent=consulent,
        status=Melding.Status.TOEGEWEZEN,
        vraag="Ik red het niet meer met de was.",
    )
    PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)
    return p


def recht(medewerker):
    medewerker.user_permissions.add(
        Permission.objects.get(content_type__app_label="huishoudens", codename="inzage_maken")
    )


def test_the_bundle_holds_a_pdf_the_same_content_as_json_and_it_is_audited(
    consulent, persoon, tmp_path
):
    recht(consulent)
    client = ingelogd(consulent)
    url = reverse("avg:inzage", args=[persoon.huishouden_id, persoon.pk])
    assert "Inzage-overzicht maken (ZIP)" in client.get(url).content.decode()

    antwoord = client.post(url)

    assert antwoord.status_code == 200
    assert antwoord["Content-Type"] == "application/zip"
    assert antwoord["Cache-Control"] == "no-store"
    assert "Zwanette" not in antwoord["Content-Disposition"]  # no name in the file name
    zip_ = zipfile.ZipFile(io.BytesIO(antwoord.content))
    assert {"inzage.pdf", "inzage.json"} <= set(zip_.namelist())
    gegevens = json.loads(zip_.read("inzage.json"))
    assert gegevens["Uw gegevens"]["Voornamen"] == "Zwanette"
    assert gegevens["Uw gegevens"]["Bsn"] == "999990019"
    assert gegevens["Uw netwerk"][0]["Naam"] == "Gerritje Oosterhuis"
    assert gegevens["Meldingen"][0]["De vraag, in de woorden van de melder"] == (
        "Ik red het niet meer met de was."
    )
    assert gegevens["Plannen van uw huishouden"][0]["Regisseur"] == str(consulent)
    assert any(r["Wie"] == str(consulent) for r in gegevens["Wie heeft uw gegevens ingezien"])
    pdf = tmp_path / "inzage.pdf"
    pdf.write_bytes(zip_.read("inzage.pdf"))
    tekst = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for stuk in (
        "Inzage in uw gegevens",
        "Zwanette",
        "Gerritje Oosterhuis",
        "Ik red het niet meer",
    ):
        assert stuk in tekst
    entry = AuditEntry.objects.get(actie=Actie.EXPORTEREN)
    assert (entry.medewerker, entry.huishouden_id, entry.object_id) == (
        consulent,
        persoon.huishouden_id,
        persoon.pk,
    )


def test_without_the_right_it_is_refused_and_logged(consulent, persoon):
    client = ingelogd(consulent)
    url = reverse("avg:inzage", args=[persoon.huishouden_id, persoon.pk])
    assert "U heeft niet het recht" in client.get(url).content.decode()
    assert client.post(url).status_code == 403
    assert AuditEntry.objects.filter(resultaat=Resultaat.GEWEIGERD).exists()


def test_not_for_a_household_one_may_not_see(consulent_noord, persoon):
    recht(consulent_noord)
    url = reverse("avg:inzage", args=[persoon.huishouden_id, persoon.pk])
    assert ingelogd(consulent_noord).post(url).status_code == 404
