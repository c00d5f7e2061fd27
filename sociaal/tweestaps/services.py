"""Setting up the second step and checking a code. A device is confirmed only with a code
it produced; recovery codes are made once, shown once, and used once."""

import logging
from base64 import b32encode
from dataclasses import dataclass

from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _
from django_otp import login as otp_login
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from sociaal.medewerkers.models import Medewerker

log = logging.getLogger("sociaal.beveiliging")

AANTAL_HERSTELCODES = 10
APP = "Authenticator-app"
HERSTEL = "Herstelcodes"


class CodeFout(Exception):
    """The code was wrong, or too many wrong codes came in a row (message in Dutch)."""


def nieuw_apparaat(*, medewerker: Medewerker) -> TOTPDevice:
    """The (unconfirmed) authenticator being set up; the same one until it is confirmed."""
    apparaat = TOTPDevice.objects.filter(user=medewerker, confirmed=False).first()
    return apparaat or TOTPDevice.objects.create(user=medewerker, name=APP, confirmed=False)


def geheim_voor_handmatig(apparaat: TOTPDevice) -> str:
    """The secret to type in when the QR code cannot be scanned, in groups of four."""
    tekst = b32encode(apparaat.bin_key).decode().rstrip("=")
    return " ".join(tekst[i : i + 4] for i in range(0, len(tekst), 4))


def _controleer(apparaat: Device, code: str) -> None:
    toegestaan, _gegevens = apparaat.verify_is_allowed()
    if not toegestaan:
        raise CodeFout(_("Te veel onjuiste codes achter elkaar. Wacht even en probeer opnieuw."))
    if not apparaat.verify_token(code):
        raise CodeFout(
            _(
                "Deze code klopt niet. Kijk of de tijd op uw telefoon goed staat en probeer "
                "opnieuw."
            )
        )


@transaction.atomic
def apparaat_bevestigen(*, request: HttpRequest, apparaat: TOTPDevice, code: str) -> list[str]:
    """Confirms the authenticator with a code it made, logs the second step in, and returns
    new recovery codes (any earlier ones stop working)."""
    _controleer(apparaat, code)
    apparaat.confirmed = True
    apparaat.save(update_fields=["confirmed"])
    TOTPDevice.objects.filter(user=apparaat.user, confirmed=False).delete()
    herstel, _nieuw = StaticDevice.objects.get_or_create(
        user=apparaat.user, name=HERSTEL, defaults={"confirmed": True}
    )
    herstel.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(AANTAL_HERSTELCODES)]
    StaticToken.objects.bulk_create(StaticToken(device=herstel, token=c) for c in codes)
    otp_login(request, apparaat)
    log.info("tweestaps ingesteld (medewerker %s)", apparaat.user_id)
    return codes


@dataclass(frozen=True)
class Controle:
    herstelcode: bool  # a recovery code was used
    over: int  # recovery codes left


def code_controleren(*, request: HttpRequest, medewerker: Medewerker, code: str) -> Controle:
    """Logs the second step in with a code from the app, or a recovery code (used up)."""
    code = "".join(code.split())
    app = TOTPDevice.objects.filter(user=medewerker, confirmed=True).first()
    if code.isdigit() and app is not None:
        try:
            _controleer(app, code)
        except CodeFout:
            log.warning("tweestaps code onjuist (medewerker %s)", medewerker.pk)
            raise
        otp_login(request, app)
        return Controle(herstelcode=False, over=0)
    herstel = StaticDevice.objects.filter(user=medewerker, confirmed=True).first()
    if herstel is not None:
        try:
            _controleer(herstel, code.lower())
        except CodeFout:
            log.warning("tweestaps herstelcode onjuist (medewerker %s)", medewerker.pk)
            raise
        otp_login(request, herstel)
        log.info("tweestaps herstelcode gebruikt (medewerker %s)", medewerker.pk)
        return Controle(herstelcode=True, over=herstel.token_set.count())
    raise CodeFout(_("Deze code klopt niet."))


def opnieuw_laten_instellen(*, medewerker: Medewerker) -> None:
    """A beheerder's reset (lost phone): the next login sets the second step up again."""
    TOTPDevice.objects.filter(user=medewerker).delete()
    StaticDevice.objects.filter(user=medewerker).delete()
    log.info("tweestaps gewist (medewerker %s)", medewerker.pk)
