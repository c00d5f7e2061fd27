"""Two-step verification: with SOCIAAL_TWEESTAPS on, no page opens after the password
alone; the first time the medewerker sets up an authenticator app (a code it produced
confirms it) and gets ten recovery codes once; later a code from the app, or a recovery
code (once), lets them in. A session without the second step cannot replace the app."""

import logging
import re
from base64 import b32decode

import pytest
from django.test import override_settings
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from sociaal.tweestaps.services import opnieuw_laten_instellen
from tests.conftest import ingelogd

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("tweestaps_aan")]


@pytest.fixture
def tweestaps_aan():
    with override_settings(SOCIAAL_TWEESTAPS=True):
        yield


def code_van(apparaat: TOTPDevice, verschuiving: int = 0) -> str:
    return f"{totp(apparaat.bin_key, step=apparaat.step, drift=verschuiving):06d}"


def instellen(client) -> list[str]:
    pagina = client.get(reverse("tweestaps:instellen")).content.decode()
    geheim = re.search(r'id="geheim"[^>]*>([^<]+)<', pagina).group(1).replace(" ", "")
    sleutel = b32decode(geheim + "=" * (-len(geheim) % 8))
    code = f"{totp(sleutel):06d}"
    antwoord = client.post(reverse("tweestaps:instellen"), {"code": code, "next": "/"})
    return re.findall(r"<li><code>([^<]+)</code></li>", antwoord.content.decode())


def test_after_the_password_alone_every_page_leads_to_setting_up(consulent):
    client = ingelogd(consulent)

    antwoord = client.get(reverse("huishoudens:lijst"))

    assert antwoord.status_code == 302
    assert antwoord["Location"] == f"{reverse('tweestaps:instellen')}?next=%2Fhuishoudens%2F"
    fragment = client.get(reverse("herinneringen:aantal"), HTTP_HX_REQUEST="true")
    assert fragment.status_code == 401
    assert "Geef eerst de code" in fragment.content.decode()


def test_setting_up_shows_a_qr_code_and_the_secret_and_needs_a_code_from_the_app(consulent):
    client = ingelogd(consulent)

    pagina = client.get(reverse("tweestaps:instellen")).content.decode()

    assert "<svg" in pagina and 'class="sociaal-qr"' in pagina
    assert re.search(r'id="geheim"[^>]*>([A-Z2-7]{4} )+[A-Z2-7]{1,4}<', pagina)
    fout = client.post(reverse("tweestaps:instellen"), {"code": "000000"})
    assert "Deze code klopt niet." in fout.content.decode()
    assert not TOTPDevice.objects.filter(user=consulent, confirmed=True).exists()
    assert client.get(reverse("huishoudens:lijst")).status_code == 302


def test_a_code_from_the_app_confirms_it_and_gives_ten_recovery_codes_once(consulent, caplog):
    client = ingelogd(consulent)

    with caplog.at_level(logging.INFO, logger="sociaal.beveiliging"):
        codes = instellen(client)

    assert len(codes) == 10 and len(set(codes)) == 10
    assert TOTPDevice.objects.get(user=consulent).confirmed
    assert StaticDevice.objects.get(user=consulent).token_set.count() == 10
    assert client.get(reverse("huishoudens:lijst")).status_code == 200
    assert "tweestaps ingesteld" in caplog.text
    assert consulent.username not in caplog.text
    # Set up: the page does not show the secret again, nor make new codes.
    assert client.get(reverse("tweestaps:instellen")).status_code == 302


def test_next_time_a_code_from_the_app_lets_the_medewerker_in(consulent):
    instellen(ingelogd(consulent))
    apparaat = TOTPDevice.objects.get(user=consulent)
    client = ingelogd(consulent)

    naar = client.get(reverse("meldingen:wachtlijst"))
    assert naar["Location"].startswith(reverse("tweestaps:controleren"))
    # Setting up again is not possible from a session without the second step.
    opnieuw = client.get(reverse("tweestaps:instellen"))
    assert opnieuw["Location"].startswith(reverse("tweestaps:controleren"))

    # The code of the next 30 seconds (the one used when setting up cannot be used again).
    goed = client.post(
        naar["Location"], {"code": code_van(apparaat, verschuiving=1), "next": "/meldingen/"}
    )
    assert goed.status_code == 302 and goed["Location"] == "/meldingen/"
    assert client.get(reverse("meldingen:wachtlijst")).status_code == 200


def test_a_recovery_code_works_once(consulent):
    codes = instellen(ingelogd(consulent))
    eerste = ingelogd(consulent)

    antwoord = eerste.post(reverse("tweestaps:controleren"), {"code": codes[0]}, follow=True)

    assert "U heeft een herstelcode gebruikt; er zijn er nog 9." in antwoord.content.decode()
    tweede = ingelogd(consulent)
    opnieuw = tweede.post(reverse("tweestaps:controleren"), {"code": codes[0]})
    assert opnieuw.status_code == 200
    assert "Deze code klopt niet." in opnieuw.content.decode()


def test_many_wrong_codes_in_a_row_slow_down(consulent):
    instellen(ingelogd(consulent))
    client = ingelogd(consulent)
    for _ in range(3):
        client.post(reverse("tweestaps:controleren"), {"code": "111111"})

    antwoord = client.post(reverse("tweestaps:controleren"), {"code": "222222"})

    assert "Te veel onjuiste codes achter elkaar." in antwoord.content.decode()


def test_a_next_address_elsewhere_is_not_followed(consulent):
    codes = instellen(ingelogd(consulent))
    client = ingelogd(consulent)
    antwoord = client.post(
        reverse("tweestaps:controleren"), {"code": codes[1], "next": "https://elders.example/"}
    )
    assert antwoord["Location"] == "/"


def test_a_beheerder_reset_makes_the_next_login_set_it_up_again(consulent):
    instellen(ingelogd(consulent))

    opnieuw_laten_instellen(medewerker=consulent)

    client = ingelogd(consulent)
    assert client.get("/")["Location"].startswith(reverse("tweestaps:instellen"))


def test_the_beheer_does_not_show_the_authenticator_secrets():
    from django.contrib import admin

    assert not admin.site.is_registered(TOTPDevice)
    assert not admin.site.is_registered(StaticDevice)


def test_logging_out_is_possible_without_the_second_step(consulent):
    client = ingelogd(consulent)
    assert client.post(reverse("logout"))["Location"] == reverse("login")


def test_a_reset_by_the_beheerder_is_in_the_accounts_history(beheerder, consulent):
    from django.contrib.admin.models import LogEntry
    from django.contrib.auth.models import Permission

    instellen(ingelogd(consulent))
    beheerder.user_permissions.set(
        Permission.objects.filter(content_type__app_label="medewerkers")
    )
    with override_settings(SOCIAAL_TWEESTAPS=False):
        antwoord = ingelogd(beheerder).post(
            reverse("admin:medewerkers_medewerker_changelist"),
            {"action": "tweestaps_opnieuw", "_selected_action": [consulent.pk]},
            follow=True,
        )
    assert "stellen bij de volgende keer inloggen de tweestapsverificatie opnieuw in" in (
        antwoord.content.decode()
    )
    assert not TOTPDevice.objects.filter(user=consulent).exists()
    entry = LogEntry.objects.get(object_id=str(consulent.pk))
    assert (entry.user, entry.change_message) == (
        beheerder,
        "Tweestapsverificatie gewist (opnieuw instellen)",
    )
