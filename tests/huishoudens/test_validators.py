import pytest
from django.core.exceptions import ValidationError

from huishoudens.validators import (
    is_geldig_bsn,
    normaliseer_bsn,
    normaliseer_postcode,
    valideer_bsn,
    valideer_postcode,
)


@pytest.mark.parametrize("bsn", ["999990019", "111222333", "123456782", "999999990"])
def test_geldig_bsn_passes_the_elfproef(bsn):
    assert is_geldig_bsn(bsn)
    valideer_bsn(bsn)


@pytest.mark.parametrize(
    ("bsn", "code"),
    [
        ("123456789", "bsn_elfproef"),  # 9 digits, check digit wrong
        ("999990018", "bsn_elfproef"),
        ("000000000", "bsn_elfproef"),  # sums to 0 but is no BSN
        ("12345678", "bsn_lengte"),
        ("1234567890", "bsn_lengte"),
        ("", "bsn_lengte"),
        ("12345678a", "bsn_cijfers"),
        ("١٢٣٤٥٦٧٨٢", "bsn_cijfers"),  # Arabic-Indic digits are digits to Python, not to us
    ],
)
def test_ongeldig_bsn_is_refused_with_a_dutch_reason(bsn, code):
    with pytest.raises(ValidationError) as error:
        valideer_bsn(bsn)
    assert error.value.code == code
    assert "BSN" in str(error.value.messages[0])


def test_bsn_separators_typed_by_people_are_ignored():
    assert normaliseer_bsn("9999.900.19") == "999990019"
    assert normaliseer_bsn(" 999 990 019 ") == "999990019"
    valideer_bsn("9999-900-19")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("1234AB", "1234 AB"), ("1234 ab", "1234 AB"), (" 9999 zz ", "9999 ZZ")],
)
def test_postcode_is_normalised(typed, stored):
    assert normaliseer_postcode(typed) == stored
    valideer_postcode(stored)


@pytest.mark.parametrize(
    "postcode", ["0123 AB", "123 AB", "12345 AB", "1234 A", "1234 A1", "ABCD EF"]
)
def test_ongeldige_postcode_is_refused(postcode):
    with pytest.raises(ValidationError) as error:
        valideer_postcode(postcode)
    assert "4 cijfers en 2 letters" in error.value.messages[0]
