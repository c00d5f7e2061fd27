"""The inbox: one's own reminders, unread first, a page at a time; marking read; the unread
count in the header; households no longer visible stay out."""

from datetime import date, timedelta

import pytest
from django.urls import reverse

from sociaal.herinneringen.models import Herinnering, Regel
from sociaal.herinneringen.services import herinneringen_maken
from tests.conftest import ingelogd
from tests.herinneringen.conftest import START, op

pytestmark = pytest.mark.django_db


def test_the_inbox_shows_my_reminders_and_marks_them_read(melding, consulent, collega):
    with op(date(2026, 7, 14)):
        herinneringen_maken()
    client = ingelogd(consulent)
    html = client.get(reverse("herinneringen:inbox")).content.decode()
    assert "Een termijn is verlopen" in html
    assert reverse("meldingen:melding", args=[melding.pk]) in html
    assert ingelogd(collega).get(reverse("herinneringen:inbox")).context["rijen"] == []
    teller = client.get(reverse("herinneringen:aantal"), HTTP_HX_REQUEST="true").content.decode()
    assert ">2<" in teller or ">1<" in teller
    assert client.get(reverse("herinneringen:aantal")).status_code == 400
    client.post(reverse("herinneringen:alles-gelezen"))
    assert (
        client.get(reverse("herinneringen:aantal"), HTTP_HX_REQUEST="true")
        .content.decode()
        .strip()
        == ""
    )


def test_the_inbox_hides_households_no_longer_visible(melding, consulent, team_centrum):
    with op(date(2026, 7, 14)):
        herinneringen_maken()
    client = ingelogd(consulent)
    adres = melding.huishouden.kort_adres
    assert adres in client.get(reverse("herinneringen:inbox")).content.decode()
    team_centrum.medewerkers.remove(consulent)  # moved to another team
    html = client.get(reverse("herinneringen:inbox")).content.decode()
    assert adres not in html
    teller = client.get(reverse("herinneringen:aantal"), HTTP_HX_REQUEST="true")
    assert teller.content.decode().strip() == ""

    from sociaal.herinneringen.services import dagoverzicht_versturen

    consulent.email = "consulent@gemeente.example"
    consulent.save()
    with op(date(2026, 7, 14)):
        assert dagoverzicht_versturen() == 0


def test_the_inbox_goes_page_by_page_unread_first(melding, consulent):
    """A long inbox is read a page at a time; the unread ones come first, oldest first."""
    gelezen = [
        Herinnering(
            ontvanger=consulent,
            regel=Regel.GEEN_CONTACT,
            huishouden=melding.huishouden,
            object_type="huishoudens.melding",
            object_id=melding.pk,
            sleutel=f"oud-{i}",
            datum=date(2026, 1, 1) + timedelta(days=i),
            gelezen_op=START,
        )
        for i in range(27)
    ]
    Herinnering.objects.bulk_create(gelezen)
    ongelezen = Herinnering.objects.create(
        ontvanger=consulent,
        regel=Regel.GEEN_CONTACT,
        huishouden=melding.huishouden,
        object_type="huishoudens.melding",
        object_id=melding.pk,
        sleutel="nieuw",
        datum=date(2026, 6, 1),
    )
    client = ingelogd(consulent)
    eerste = client.get(reverse("herinneringen:inbox"))
    rijen = [h for h, _url in eerste.context["rijen"]]
    assert len(rijen) == 25 and rijen[0] == ongelezen
    assert 'aria-label="Paginering"' in eerste.content.decode()
    tweede = client.get(reverse("herinneringen:inbox"), {"pagina": 2})
    assert len(tweede.context["rijen"]) == 3
    assert client.get(reverse("herinneringen:inbox"), {"pagina": "x"}).status_code == 200
    assert len(client.get(reverse("herinneringen:inbox"), {"pagina": 99}).context["rijen"]) == 3
    # Marked read on page 2: back on page 2; the one just read leads the read ones.
    laatste = tweede.context["rijen"][-1][0]
    Herinnering.objects.filter(pk=laatste.pk).update(gelezen_op=None)
    antwoord = client.post(reverse("herinneringen:gelezen", args=[laatste.pk]), {"pagina": "2"})
    assert antwoord["Location"] == reverse("herinneringen:inbox") + "?pagina=2"
    rijen = [h for h, _url in client.get(reverse("herinneringen:inbox")).context["rijen"]]
    assert rijen[:2] == [ongelezen, laatste]
