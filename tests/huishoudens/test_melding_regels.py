"""The rules a review of the meldingen found missing: lower bounds on dates, withdrawal
stopping the clocks, who may change a melding, extensions and suspensions only while a
term runs, the beschikking, call-backs due, and htmx after an expired session."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from huishoudens.klokken import klokken
from huishoudens.models import Melding, Terugbelmoment
from huishoudens.services import meldingen as services
from plannen.models import Keukentafelgesprek
from sociaal.termijnen.models import Termijninstellingen
from sociaal.termijnen.regels import Klok, Soort
from tests.conftest import ingelogd
from tests.factories import BetrokkeneFactory, GesprekFactory, MeldingFactory, PersoonFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def test_a_melding_from_the_year_one_is_refused_not_a_crash(client_consulent, huishouden_centrum):
    persoon = PersoonFactory(huishouden=huishouden_centrum)
    response = client_consulent.post(
        reverse("meldingen:nieuw", args=[huishouden_centrum.pk]),
        {
            "persoon": persoon.pk,
            "ontvangen_op": "0001-01-01T00:00",
            "wet": "wmo",
            "melder": "huisarts",
            "vraag": "Bewaar deze tekst",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "1 januari 2015" in html and "Bewaar deze tekst" in html
    assert not Melding.objects.exists()
    assert client_consulent.get(reverse("meldingen:wachtlijst")).status_code == 200


def test_withdrawal_lapses_the_clocks_and_closes_the_melding(huishouden_centrum, consulent):
    melding = MeldingFactory(
        huishouden=huishouden_centrum, crisis=True, ontvangen_op=timezone.now() - timedelta(days=3)
    )
    melding = services.melding_intrekken(melding=melding, reden="Verhuisd", door=consulent)
    later = timezone.now() + timedelta(days=60)
    standen = klokken(melding, instellingen=Termijninstellingen.huidige(), nu=later)
    assert {k.klok for k in standen if k.vervallen} == {
        Klok.CRISIS,
        Klok.ONDERZOEK,
        Klok.PERSOONLIJK_PLAN,
    }
    assert all(k.stand.staat == "afgerond" for k in standen)
    for poging in (
        lambda: services.terugbellen_vastleggen(
            melding=melding, op=date.today(), notitie="", door=consulent
        ),
        lambda: services.tijdelijke_voorziening_vastleggen(
            melding=melding, op=timezone.now(), door=consulent
        ),
        lambda: services.termijn_aanpassen(
            melding=melding,
            klok=Klok.ONDERZOEK,
            soort=Soort.VERLENGING,
            van=date.today(),
            dagen=5,
            reden="x",
            door=consulent,
        ),
    ):
        with pytest.raises(ValidationError):
            poging()
    gesprek = GesprekFactory(melding=melding)
    response = ingelogd(consulent).post(
        reverse("plannen:gesprek-autosave", args=[gesprek.pk]),
        {"versie": gesprek.versie, "plaats": "thuis", "vraag_inwoner": "x"},
        **HTMX,
    )
    assert response.status_code == 422 and "ingetrokken" in response.content.decode()


def test_a_linked_professional_of_another_team_cannot_change_the_melding(
    huishouden_centrum, consulent_noord
):
    BetrokkeneFactory(huishouden=huishouden_centrum, medewerker=consulent_noord)
    melding = MeldingFactory(huishouden=huishouden_centrum)
    with pytest.raises(PermissionDenied):
        services.melding_intrekken(melding=melding, reden="x", door=consulent_noord)
    with pytest.raises(PermissionDenied):
        services.termijn_aanpassen(
            melding=melding,
            klok=Klok.ONDERZOEK,
            soort=Soort.VERLENGING,
            van=date.today(),
            dagen=5,
            reden="x",
            door=consulent_noord,
        )
    melding.refresh_from_db()
    assert melding.is_open


def test_the_assigned_consulent_of_another_team_may_change_it(huishouden_centrum, consulent_noord):
    melding = MeldingFactory(
        huishouden=huishouden_centrum, consulent=consulent_noord, status=Melding.Status.TOEGEWEZEN
    )
    BetrokkeneFactory(huishouden=huishouden_centrum, medewerker=consulent_noord)
    services.terugbellen_vastleggen(
        melding=melding, op=date.today(), notitie="", door=consulent_noord
    )
    assert Terugbelmoment.objects.count() == 1


def test_assigning_to_someone_outside_the_team_is_refused(
    huishouden_centrum, teamleider, consulent_noord
):
    melding = MeldingFactory(huishouden=huishouden_centrum)
    with pytest.raises(ValidationError):
        services.melding_toewijzen(melding=melding, consulent=consulent_noord, door=teamleider)


def test_extensions_only_before_the_term_runs_out(huishouden_centrum, consulent):
    melding = MeldingFactory(
        huishouden=huishouden_centrum, ontvangen_op=timezone.now() - timedelta(days=50)
    )
    with pytest.raises(ValidationError, match="vóórdat de termijn verloopt"):
        services.termijn_aanpassen(
            melding=melding,
            klok=Klok.ONDERZOEK,
            soort=Soort.VERLENGING,
            van=date.today(),
            dagen=30,
            reden="Te laat bedacht",
            door=consulent,
        )


def test_suspensions_start_while_the_term_runs_and_do_not_overlap(huishouden_centrum, consulent):
    melding = MeldingFactory(
        huishouden=huishouden_centrum, ontvangen_op=timezone.now() - timedelta(days=10)
    )
    vandaag = timezone.localdate()
    with pytest.raises(ValidationError) as error:
        services.termijn_aanpassen(
            melding=melding,
            klok=Klok.ONDERZOEK,
            soort=Soort.OPSCHORTING,
            van=vandaag - timedelta(days=30),
            reden="x",
            door=consulent,
        )
    assert "van" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        services.termijn_aanpassen(
            melding=melding,
            klok=Klok.ONDERZOEK,
            soort=Soort.OPSCHORTING,
            van=vandaag - timedelta(days=2),
            tot=date(9999, 12, 31),
            reden="x",
            door=consulent,
        )
    assert "tot" in error.value.message_dict
    services.termijn_aanpassen(
        melding=melding,
        klok=Klok.ONDERZOEK,
        soort=Soort.OPSCHORTING,
        van=vandaag - timedelta(days=4),
        tot=vandaag - timedelta(days=2),
        reden="Wacht op stukken",
        door=consulent,
    )
    with pytest.raises(ValidationError, match="al opgeschort"):
        services.termijn_aanpassen(
            melding=melding,
            klok=Klok.ONDERZOEK,
            soort=Soort.OPSCHORTING,
            van=vandaag - timedelta(days=3),
            reden="x",
            door=consulent,
        )


def test_ending_an_open_suspension_on_the_melding_page(
    client_consulent, huishouden_centrum, consulent
):
    melding = MeldingFactory(
        huishouden=huishouden_centrum, ontvangen_op=timezone.now() - timedelta(days=10)
    )
    vandaag = timezone.localdate()
    opschorting = services.termijn_aanpassen(
        melding=melding,
        klok=Klok.ONDERZOEK,
        soort=Soort.OPSCHORTING,
        van=vandaag - timedelta(days=3),
        reden="Inwoner opgenomen",
        door=consulent,
    )
    url = reverse("meldingen:melding", args=[melding.pk])
    assert "Opschorting beëindigen" in client_consulent.get(url).content.decode()
    response = client_consulent.post(
        url,
        {
            "actie": "opschorting_beeindigen",
            "opschorting_beeindigen-opschorting": opschorting.pk,
            "opschorting_beeindigen-tot": vandaag.isoformat(),
        },
    )
    assert response.status_code == 302
    opschorting.refresh_from_db()
    assert opschorting.tot == vandaag


def test_a_temporary_provision_before_the_melding_is_refused(huishouden_centrum, consulent):
    melding = MeldingFactory(huishouden=huishouden_centrum, crisis=True)
    with pytest.raises(ValidationError):
        services.tijdelijke_voorziening_vastleggen(
            melding=melding, op=melding.ontvangen_op - timedelta(days=400), door=consulent
        )


def test_a_second_conversation_while_one_is_open_is_refused(client_consulent, huishouden_centrum):
    melding = MeldingFactory(huishouden=huishouden_centrum)
    url = reverse("plannen:gesprek-plannen", args=[melding.pk])
    morgen = (timezone.localtime() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    assert client_consulent.post(url, {"gepland_op": morgen, "plaats": "thuis"}).status_code == 302
    response = client_consulent.post(url, {"gepland_op": morgen, "plaats": "thuis"})
    assert "al een gesprek gepland" in response.content.decode()
    assert Keukentafelgesprek.objects.count() == 1


def test_the_wachtlijst_says_when_to_call_back(teamleider, huishouden_centrum):
    oud = MeldingFactory(
        huishouden=huishouden_centrum, ontvangen_op=timezone.now() - timedelta(days=20)
    )
    response = ingelogd(teamleider).get(reverse("meldingen:wachtlijst"))
    rij = next(r for r in response.context["rijen"] if r["melding"] == oud)
    assert rij["terugbellen_nodig"] is True
    Terugbelmoment.objects.create(melding=oud, op=timezone.localdate(), door=teamleider)
    response = ingelogd(teamleider).get(reverse("meldingen:wachtlijst"))
    rij = next(r for r in response.context["rijen"] if r["melding"] == oud)
    assert rij["terugbellen_nodig"] is False
    assert "laatst gebeld" in response.content.decode()


def test_mijn_meldingen_keeps_a_running_beschikking_clock(consulent, huishouden_centrum):
    melding = MeldingFactory(
        huishouden=huishouden_centrum,
        consulent=consulent,
        status=Melding.Status.AFGEROND,
        aanvraag_op=timezone.localdate(),
        onderzoek_afgerond_op=timezone.now(),
    )
    response = ingelogd(consulent).get(reverse("meldingen:mijn"))
    assert [r["melding"] for r in response.context["rijen"]] == [melding]
    assert "Aanvraag tot beschikking" in response.content.decode()


def test_an_expired_session_answers_htmx_with_401(huishouden_centrum, consulent):
    from django.test import Client

    gesprek = GesprekFactory(melding=MeldingFactory(huishouden=huishouden_centrum))
    response = Client().post(reverse("plannen:gesprek-autosave", args=[gesprek.pk]), {}, **HTMX)
    assert response.status_code == 401
    assert "sessie is verlopen" in response.content.decode()
    assert Client().get(reverse("meldingen:wachtlijst")).status_code == 302  # plain pages redirect


def test_a_draft_posted_after_someone_finalised_keeps_the_text(
    client_consulent, huishouden_centrum, consulent
):
    gesprek = GesprekFactory(
        melding=MeldingFactory(huishouden=huishouden_centrum),
        status=Keukentafelgesprek.Status.DEFINITIEF,
        gehouden_op=timezone.localdate(),
        afgerond_op=timezone.now(),
    )
    response = client_consulent.post(
        reverse("plannen:gesprek", args=[gesprek.pk]),
        {
            "versie": 1,
            "plaats": "thuis",
            "vraag_inwoner": "Mijn laatste alinea",
            "actie": "opslaan",
        },
    )
    html = response.content.decode()
    assert response.status_code == 409
    assert "intussen afgerond" in html and "Mijn laatste alinea" in html
    assert "data-autosave" not in html
