"""Dutch identifiers (the BSN with the 11-proef, the postcode) and plausible birth dates."""

import re
from datetime import date

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_POSTCODE = re.compile(r"^([1-9][0-9]{3})\s?([A-Za-z]{2})$")
_BSN_SEPARATORS = re.compile(r"[\s.\-]")


def normaliseer_bsn(value: str) -> str:
    """Drops the spaces, dots and dashes people type between the digits."""
    return _BSN_SEPARATORS.sub("", value or "")


def is_geldig_bsn(value: str) -> bool:
    """The 11-proef: 9 digits d1..d9 with 9·d1 + 8·d2 + … + 2·d8 - d9 divisible by 11."""
    if len(value) != 9 or not value.isascii() or not value.isdigit():
        return False
    digits = [int(c) for c in value]
    total = sum(d * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - digits[8]
    return total % 11 == 0 and value != "000000000"


def valideer_bsn(value: str) -> None:
    value = normaliseer_bsn(value)
    if value and not (value.isascii() and value.isdigit()):
        raise ValidationError(_("Een BSN bestaat alleen uit cijfers."), code="bsn_cijfers")
    if len(value) != 9:
        raise ValidationError(
            _("Een BSN heeft 9 cijfers; u typte er %(aantal)s."),
            code="bsn_lengte",
            params={"aantal": len(value)},
        )
    if not is_geldig_bsn(value):
        raise ValidationError(
            _("Dit is geen geldig BSN (de elfproef klopt niet). Controleer de cijfers."),
            code="bsn_elfproef",
        )


def normaliseer_postcode(value: str) -> str:
    """'1234ab' and '1234 ab' become '1234 AB'; anything else is returned unchanged."""
    match = _POSTCODE.match((value or "").strip())
    if not match:
        return (value or "").strip()
    return f"{match.group(1)} {match.group(2).upper()}"


def valideer_postcode(value: str) -> None:
    if not _POSTCODE.match((value or "").strip()):
        raise ValidationError(
            _("Vul een postcode in als 4 cijfers en 2 letters, bijvoorbeeld 1234 AB."),
            code="postcode",
        )


OUDSTE_LEEFTIJD = 125


def valideer_geboortedatum(value: date) -> None:
    vandaag = date.today()
    if value > vandaag:
        raise ValidationError(
            _("Een geboortedatum kan niet in de toekomst liggen."), code="geboortedatum_toekomst"
        )
    if value.year < vandaag.year - OUDSTE_LEEFTIJD:
        raise ValidationError(
            _("Deze geboortedatum ligt meer dan %(jaren)s jaar terug. Controleer het jaartal."),
            code="geboortedatum_oud",
            params={"jaren": OUDSTE_LEEFTIJD},
        )
