"""Break the glass: a consulent who must see a household outside their teams (a crisis at
night) finds it only by its BSN, states a reason, and gets a few hours of access — logged
as a special event and reviewed by a teamleider, who sees the household only if their own
teams may."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from huishoudens.models import Huishouden
from sociaal.audit.models import Actie, AuditEntry
from sociaal.doorbraak.models import Doorbraak
from sociaal.doorbraak.services import doorbraak_aanvragen
from tests.conftest import ingelogd
from tests.factories import HuishoudenFactory, PersoonFactory

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")
NACHT = datetime(2026, 11, 23, 23, 10, tzinfo=AMS)
BSN = "999990019"
REDEN = "Crisismelding politie 23.10 uur, wijkteam Noord niet bereikbaar."


@pytest.fixture
def noord(wijk_noord) -> Huishouden:
    huishouden = HuishoudenFactory(wijk=wijk_noord, straat="Noorderstraat", huisnummer=9)
    PersoonFactory(huishouden=huishouden, bsn=BSN, achternaam="Verborgen")
    return huishouden


def zoeken(client, **velden):
    antwoord = client.post(reverse("huishoudens:lijst"), velden)
    return antwoord["Location"].split("zoek=")[1], client.get(antwoord["Location"])


def test_a_bsn_outside_ones_teams_is_said_not_shown(consulent, noord):
    client = ingelogd(consulent)

    _token, lijst = zoeken(client, bsn=BSN)

    html = lijst.content.decode()
    assert "Dit BSN hoort bij een huishouden buiten uw teams." in html
    assert "Noorderstraat" not in html and "Verborgen" not in html
    assert client.get(reverse("huishoudens:dossier", args=[noord.pk])).status_code == 404


def test_a_name_search_offers_no_access_with_a_reason(consulent, noord):
    _token, lijst = zoeken(ingelogd(consulent), naam="Verborgen")
    assert "buiten uw teams" not in lijst.content.decode()


@time_machine.travel(NACHT, tick=False)
def test_with_a_reason_the_household_opens_for_four_hours_and_it_is_logged(consulent, noord):
    client = ingelogd(consulent)
    token, _lijst = zoeken(client, bsn=BSN)
    formulier = client.get(f"{reverse('doorbraak:aanvragen')}?zoek={token}")
    assert "Toegang met reden" in formulier.content.decode()
    assert "Noorderstraat" not in formulier.content.decode()

    te_kort = client.post(reverse("doorbraak:aanvragen"), {"zoek": token, "reden": "crisis"})
    assert "Beschrijf waarom u nu toegang nodig heeft" in te_kort.content.decode()
    assert not Doorbraak.objects.exists()

    antwoord = client.post(
        reverse("doorbraak:aanvragen"), {"zoek": token, "reden": REDEN}, follow=True
    )

    assert antwoord.redirect_chain[-1][0] == reverse("huishoudens:dossier", args=[noord.pk])
    html = antwoord.content.decode()
    assert "U heeft tot 03:10 uur toegang met reden" in html
    assert "Noorderstraat 9" in html
    doorbraak = Doorbraak.objects.get()
    assert (doorbraak.medewerker, doorbraak.huishouden, doorbraak.reden) == (
        consulent,
        noord,
        REDEN,
    )
    gebeurtenis = AuditEntry.objects.get(actie=Actie.DOORBRAAK)
    assert (gebeurtenis.medewerker, gebeurtenis.huishouden_id) == (consulent, noord.pk)
    assert REDEN not in str(gebeurtenis.__dict__)  # no free text in the audit log
    assert AuditEntry.objects.filter(
        actie=Actie.LEZEN, huishouden_id=noord.pk, medewerker=consulent
    ).exists()

    with time_machine.travel(NACHT + timedelta(hours=4, minutes=1), tick=False):
        later = ingelogd(consulent)
        assert later.get(reverse("huishoudens:dossier", args=[noord.pk])).status_code == 404


def test_without_a_search_token_or_for_a_household_in_scope_there_is_nothing_to_ask(
    consulent, huishouden_centrum
):
    client = ingelogd(consulent)
    assert client.get(reverse("doorbraak:aanvragen")).status_code == 404
    PersoonFactory(huishouden=huishouden_centrum, bsn=BSN)
    token, lijst = zoeken(client, bsn=BSN)
    assert "buiten uw teams" not in lijst.content.decode()
    assert client.get(f"{reverse('doorbraak:aanvragen')}?zoek={token}").status_code == 404


def test_a_beheerder_cannot_break_the_glass(beheerder, noord):
    with pytest.raises(PermissionDenied):
        doorbraak_aanvragen(medewerker=beheerder, huishouden=noord, reden=REDEN)


@time_machine.travel(NACHT, tick=False)
def test_the_teamleaders_review_it(consulent, teamleider, teamleider_noord, noord):
    doorbraak = doorbraak_aanvragen(medewerker=consulent, huishouden=noord, reden=REDEN)
    ingelogd(consulent).get(reverse("huishoudens:dossier", args=[noord.pk]))

    eigen = ingelogd(teamleider).get(reverse("doorbraak:overzicht")).content.decode()
    assert REDEN in eigen
    assert "een huishouden van Wijkteam Noord" in eigen  # not theirs to see
    assert "Noorderstraat" not in eigen
    assert "1 keer gegevens van dit huishouden ingezien" in eigen
    van_noord = ingelogd(teamleider_noord).get(reverse("doorbraak:overzicht")).content.decode()
    assert "Noorderstraat 9" in van_noord  # the household's own team sees which it was

    client = ingelogd(teamleider)
    zonder = client.post(
        reverse("doorbraak:beoordelen", args=[doorbraak.pk]),
        {f"{doorbraak.pk}-oordeel": "niet_terecht"},
        follow=True,
    )
    assert "Licht toe waarom deze toegang niet terecht was." in zonder.content.decode()
    client.post(
        reverse("doorbraak:beoordelen", args=[doorbraak.pk]),
        {f"{doorbraak.pk}-oordeel": "terecht", f"{doorbraak.pk}-toelichting_oordeel": ""},
    )
    doorbraak.refresh_from_db()
    assert (doorbraak.oordeel, doorbraak.beoordeeld_door) == ("terecht", teamleider)


def test_only_teamleaders_review(consulent, collega, noord):
    doorbraak = doorbraak_aanvragen(medewerker=collega, huishouden=noord, reden=REDEN)
    client = ingelogd(consulent)
    assert client.get(reverse("doorbraak:overzicht")).status_code == 403
    assert (
        client.post(
            reverse("doorbraak:beoordelen", args=[doorbraak.pk]),
            {f"{doorbraak.pk}-oordeel": "terecht"},
        ).status_code
        == 403
    )
