"""Logging in and staying logged in: failed logins lock out, passwords are long and not
common, a session ends after 15 minutes idle and 12 hours at most, logging out ends it on
the server, the session id changes at login; and the headers every page carries."""

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation

from tests.conftest import ingelogd
from tests.factories import WACHTWOORD

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")


def inloggen(client: Client, username: str, wachtwoord: str):
    return client.post(reverse("login"), {"username": username, "password": wachtwoord})


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=5)
def test_five_wrong_passwords_lock_the_username_even_for_the_right_one(consulent, caplog):
    client = Client()
    for _ in range(4):
        assert inloggen(client, consulent.username, "verkeerd-wachtwoord").status_code == 200

    with caplog.at_level(logging.WARNING, logger="sociaal.beveiliging"):
        vijfde = inloggen(client, consulent.username, "verkeerd-wachtwoord")
        daarna = inloggen(client, consulent.username, WACHTWOORD)

    for antwoord in (vijfde, daarna):
        assert antwoord.status_code == 429
        tekst = antwoord.content.decode()
        assert "Tijdelijk geblokkeerd" in tekst
        assert "Probeer het over 15 minuten opnieuw" in tekst
    assert "_auth_user_id" not in client.session
    assert "inloggen geblokkeerd na te veel onjuiste wachtwoorden" in caplog.text
    assert consulent.username not in caplog.text


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=5)
def test_the_lock_lifts_after_the_cooling_off_time(consulent):
    client = Client()
    begin = datetime(2026, 11, 23, 9, tzinfo=AMS)
    with time_machine.travel(begin, tick=False):
        for _ in range(5):
            inloggen(client, consulent.username, "verkeerd-wachtwoord")
        assert inloggen(client, consulent.username, WACHTWOORD).status_code == 429
    with time_machine.travel(begin + timedelta(minutes=16), tick=False):
        assert inloggen(client, consulent.username, WACHTWOORD).status_code == 302


@override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=5)
def test_a_right_password_before_the_limit_resets_the_count(consulent):
    client = Client()
    for _ in range(4):
        inloggen(client, consulent.username, "verkeerd-wachtwoord")
    assert inloggen(client, consulent.username, WACHTWOORD).status_code == 302
    client.post(reverse("logout"))
    for _ in range(4):
        inloggen(client, consulent.username, "verkeerd-wachtwoord")
    assert inloggen(client, consulent.username, WACHTWOORD).status_code == 302


@pytest.mark.parametrize(
    ("wachtwoord", "melding"),
    [
        ("kort-1234", "Dit wachtwoord is te kort: gebruik minstens 12 tekens."),
        ("qwerty123456", "Dit wachtwoord is te algemeen."),
        ("123456789012", "Dit wachtwoord bevat alleen cijfers."),
    ],
)
def test_passwords_are_long_and_not_common(wachtwoord, melding):
    with translation.override("nl"), pytest.raises(ValidationError) as fout:
        validate_password(wachtwoord)
    assert melding in fout.value.messages


def test_a_long_uncommon_password_is_accepted():
    validate_password("paardenbloem-kachel-fiets")


def test_the_session_id_changes_at_login_and_logout_ends_it_on_the_server(consulent):
    client = Client()
    client.get(reverse("login"))
    voor = client.cookies.get("sessionid")
    inloggen(client, consulent.username, WACHTWOORD)
    sleutel = client.cookies["sessionid"].value
    assert voor is None or voor.value != sleutel
    assert Session.objects.filter(session_key=sleutel).exists()

    client.post(reverse("logout"))

    assert not Session.objects.filter(session_key=sleutel).exists()
    # The old cookie, replayed, opens nothing.
    oud = Client()
    oud.cookies["sessionid"] = sleutel
    assert oud.get(reverse("huishoudens:lijst")).status_code == 302


def test_a_session_ends_after_fifteen_minutes_without_a_request(consulent):
    begin = datetime(2026, 11, 23, 9, tzinfo=AMS)
    with time_machine.travel(begin, tick=False):
        client = ingelogd(consulent)
        assert client.get(reverse("huishoudens:lijst")).status_code == 200
    with time_machine.travel(begin + timedelta(minutes=14), tick=False):
        assert client.get(reverse("huishoudens:lijst")).status_code == 200
    with time_machine.travel(begin + timedelta(minutes=30), tick=False):
        assert client.get(reverse("huishoudens:lijst")).status_code == 302


def test_a_session_ends_twelve_hours_after_login_however_active(consulent):
    begin = datetime(2026, 11, 23, 7, tzinfo=AMS)
    with time_machine.travel(begin, tick=False):
        client = ingelogd(consulent)
        client.get(reverse("huishoudens:lijst"))
    moment = begin
    while moment < begin + timedelta(hours=11, minutes=50):
        moment += timedelta(minutes=10)
        with time_machine.travel(moment, tick=False):
            assert client.get(reverse("huishoudens:lijst")).status_code == 200
    with time_machine.travel(begin + timedelta(hours=12, minutes=2), tick=False):
        antwoord = client.get(reverse("huishoudens:lijst"), follow=True)
    assert antwoord.redirect_chain[-1][0].startswith(reverse("login"))
    assert "U bent na 12 uur automatisch uitgelogd. Log opnieuw in." in antwoord.content.decode()


def test_keeping_the_session_alive_is_a_post_that_answers_204(client_consulent):
    assert client_consulent.post(reverse("sessie-verlengen")).status_code == 204
    assert client_consulent.get(reverse("sessie-verlengen")).status_code == 405


def test_every_page_carries_the_security_headers(client_consulent):
    antwoord = client_consulent.get(reverse("huishoudens:lijst"))

    csp = antwoord["Content-Security-Policy"]
    for richtlijn in (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'none'",
    ):
        assert richtlijn in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert antwoord["X-Content-Type-Options"] == "nosniff"
    assert antwoord["Referrer-Policy"] == "same-origin"
    assert antwoord["X-Frame-Options"] == "DENY"
    assert antwoord["Cache-Control"] == "no-store"


def test_no_page_or_fragment_with_client_data_is_stored(client_consulent):
    for url in (
        reverse("start"),
        reverse("huishoudens:lijst"),
        reverse("meldingen:wachtlijst"),
        reverse("herinneringen:aantal"),
    ):
        assert client_consulent.get(url, HTTP_HX_REQUEST="true")["Cache-Control"] == "no-store"


def test_pages_have_no_inline_script_or_style_the_policy_would_block(client_consulent):
    html = client_consulent.get(reverse("start")).content.decode()
    assert "<script>" not in html and " style=" not in html
    assert '"includeIndicatorStyles": false' in html


def test_the_pages_own_polling_does_not_keep_an_idle_session_alive(consulent):
    begin = datetime(2026, 11, 23, 9, tzinfo=AMS)
    with time_machine.travel(begin, tick=False):
        client = ingelogd(consulent)
        client.get(reverse("huishoudens:lijst"))
    for minuten in (4, 8, 12):
        with time_machine.travel(begin + timedelta(minutes=minuten), tick=False):
            teller = client.get(
                reverse("herinneringen:aantal"),
                HTTP_HX_REQUEST="true",
                HTTP_X_SOCIAAL_ACHTERGROND="1",
            )
            assert teller.status_code == 200
    with time_machine.travel(begin + timedelta(minutes=16), tick=False):
        antwoord = client.get(reverse("huishoudens:lijst"), follow=True)
    assert antwoord.redirect_chain[-1][0].startswith(reverse("login"))
    assert "U was een tijd niet actief en bent uitgelogd." in antwoord.content.decode()
