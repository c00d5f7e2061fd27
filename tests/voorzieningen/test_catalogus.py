import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sociaal.demo.kaart import genereer_kaart
from tests.conftest import ingelogd
from voorzieningen.models import Voorziening
from voorzieningen.selectors import alternatieven_in_wijk
from voorzieningen.uitwisseling import kaart_exporteren

pytestmark = pytest.mark.django_db


@pytest.fixture
def kaart(wijk_centrum, wijk_noord):
    genereer_kaart([wijk_centrum, wijk_noord])


def test_search_by_name_kind_law_and_wijk(client_consulent, kaart, wijk_noord):
    url = reverse("voorzieningen:catalogus")
    namen = lambda **q: {v.naam for v in client_consulent.get(url, q).context["voorzieningen"]}  # noqa: E731
    assert "Budgetcoach" in namen(zoekterm="budget")
    assert all(n != "Budgetcoach" for n in namen(soort="maatwerk"))
    assert namen(wet="jeugdwet") == {"Ambulante jeugdhulp"}
    assert "Buurthuis: vrijwilligerswerk en koffieochtend" not in namen(wijk=wijk_noord.pk)
    assert client_consulent.get(url, {"wijk": "abc"}).status_code == 200


def test_alternatives_respect_the_wijk(kaart, wijk_centrum, wijk_noord):
    dagbesteding = Voorziening.objects.get(sleutel="dagbesteding")
    centrum = {
        v.sleutel
        for v, _t in alternatieven_in_wijk(maatwerk=dagbesteding, wijk_id=wijk_centrum.pk)
    }
    noord = {
        v.sleutel for v, _t in alternatieven_in_wijk(maatwerk=dagbesteding, wijk_id=wijk_noord.pk)
    }
    assert centrum == {"buurthuis", "sportbuurtwerk"}
    assert noord == {"sportbuurtwerk"}


def test_a_maatwerk_page_shows_its_algemene_alternatives_first(client_consulent, kaart):
    v = Voorziening.objects.get(sleutel="financiele-begeleiding")
    html = client_consulent.get(reverse("voorzieningen:voorziening", args=[v.pk])).content.decode()
    assert "Eerst deze algemene alternatieven" in html and "Budgetcoach" in html


def test_beheerder_exports_and_imports_in_beheer(beheerder, kaart):
    from django.contrib.auth.models import Permission

    beheerder.user_permissions.set(
        Permission.objects.filter(content_type__app_label="voorzieningen")
    )
    client = ingelogd(beheerder)
    export = client.get(reverse("admin:voorzieningen_exporteren"))
    assert export["Content-Type"].startswith("text/csv")
    assert export.content.decode() == kaart_exporteren()
    fout = client.post(
        reverse("admin:voorzieningen_importeren"),
        {"bestand": SimpleUploadedFile("k.csv", b"sleutel;naam\n")},
    )
    assert "Niets geïmporteerd" in fout.content.decode()
    goed = client.post(
        reverse("admin:voorzieningen_importeren"),
        {"bestand": SimpleUploadedFile("k.csv", export.content)},
    )
    assert goed.status_code == 302


def test_a_consulent_cannot_import(client_consulent):
    response = client_consulent.get(reverse("admin:voorzieningen_importeren"))
    assert response.status_code == 302  # to the beheer login: no staff access
