"""The sociale kaart as CSV: a valid file, a file with bad rows (nothing imported, errors
by line number), and a round trip that loses nothing."""

import pytest
from django.core.exceptions import ValidationError

from tests.factories import WijkFactory
from voorzieningen.models import Alternatief, Voorziening
from voorzieningen.uitwisseling import KOLOMMEN, kaart_exporteren, kaart_importeren

pytestmark = pytest.mark.django_db

KOP = ";".join(KOLOMMEN)


def csv(*regels: str) -> bytes:
    return ("\n".join([KOP, *regels]) + "\n").encode()


GELDIG = csv(
    "buurthuis;Buurthuis De Linde;algemeen;;;Welzijn;Centrum;030-1234567;info@linde.nl;"
    "https://linde.example;0;ja;Koffieochtend en vrijwilligerswerk;",
    "budgetcoach;Budgetcoach;algemeen;;;Humanitas;*;;;;3;ja;;",
    "dagbesteding;Dagbesteding;maatwerk;wmo;04;Dagactiviteiten;*;;;;8;ja;;"
    "buurthuis=Geeft ook ritme | budgetcoach",
)


def test_a_valid_file_is_imported_with_wijken_and_alternatives(wijk_centrum):
    resultaat = kaart_importeren(inhoud=GELDIG)
    assert resultaat.gelukt, resultaat.fouten
    assert (resultaat.aangemaakt, resultaat.bijgewerkt) == (3, 0)
    buurthuis = Voorziening.objects.get(sleutel="buurthuis")
    assert not buurthuis.hele_gemeente
    assert list(buurthuis.wijken.all()) == [wijk_centrum]
    dagbesteding = Voorziening.objects.get(sleutel="dagbesteding")
    assert dagbesteding.productcategorie == "04"
    assert {(a.algemeen.sleutel, a.toelichting) for a in Alternatief.objects.all()} == {
        ("buurthuis", "Geeft ook ritme"),
        ("budgetcoach", ""),
    }


def test_a_file_with_bad_rows_imports_nothing_and_names_each_line(wijk_centrum):
    slecht = csv(
        "goed;Goed;algemeen;;;Aanbieder;*;;;;;ja;;",
        ";Zonder sleutel;algemeen;;;Aanbieder;*;;;;;ja;;",
        "raar;Rare soort;iets;;;Aanbieder;*;;;;;misschien;;",
        "wijk;Onbekende wijk;algemeen;;;Aanbieder;Atlantis;;;;;ja;;",
        "mw;Maatwerk;maatwerk;wmo;40;Aanbieder;*;;;;twee;ja;;bestaat-niet",
        "goed;Dubbel;algemeen;;;Aanbieder;*;;;;;ja;;",
    )
    resultaat = kaart_importeren(inhoud=slecht)
    assert not resultaat.gelukt
    tekst = "\n".join(resultaat.fouten)
    assert "Regel 3: sleutel" in tekst
    assert "Regel 4: soort" in tekst and "Regel 4: actief" in tekst
    assert "Regel 5: wijken: 'Atlantis'" in tekst
    assert "Regel 6: productcategorie" in tekst and "Regel 6: wachttijd_weken" in tekst
    assert "Regel 6: alternatief 'bestaat-niet'" in tekst
    assert "Regel 7: sleutel 'goed' staat ook op regel 2" in tekst
    assert not Voorziening.objects.exists()


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        (b"naam;soort\nx;algemeen\n", "kolommen ontbreken"),
        ("sleutel;naam\n".encode("utf-16"), "UTF-8"),
    ],
)
def test_a_file_that_is_no_catalogue_is_refused(inhoud, melding):
    resultaat = kaart_importeren(inhoud=inhoud)
    assert melding in resultaat.fouten[0]


def test_round_trip_loses_nothing(wijk_centrum, team_centrum):
    WijkFactory(naam="Centrum-Oost", team=team_centrum)
    kaart_importeren(inhoud=GELDIG)
    eerste = kaart_exporteren()
    Alternatief.objects.all().delete()
    Voorziening.objects.all().delete()
    resultaat = kaart_importeren(inhoud=eerste.encode())
    assert resultaat.gelukt, resultaat.fouten
    assert kaart_exporteren() == eerste
    # Importing the same file again only updates.
    opnieuw = kaart_importeren(inhoud=eerste.encode())
    assert (opnieuw.aangemaakt, opnieuw.bijgewerkt) == (0, 3)
    assert kaart_exporteren() == eerste


def test_a_comma_separated_file_from_a_spreadsheet_works(wijk_centrum):
    komma = (",".join(KOLOMMEN) + "\n" + "x,Koffie,algemeen,,,Buurthuis,*,,,,,ja,,\n").encode()
    assert kaart_importeren(inhoud=komma).gelukt


def test_product_categories_per_law():
    v = Voorziening(
        sleutel="x", naam="X", soort="maatwerk", wet="wmo", aanbieder="A", productcategorie="45"
    )
    with pytest.raises(ValidationError, match="01 tot en met 18"):
        v.full_clean()
    v.wet, v.productcategorie = "jeugdwet", "45"
    v.full_clean()
    v.soort = "algemeen"
    with pytest.raises(ValidationError, match="Alleen voor een maatwerkvoorziening"):
        v.full_clean()


@pytest.mark.parametrize(
    ("regel", "melding"),
    [
        ("x;X;algemeen;;;A;*;;;;²;ja;;", "wachttijd_weken"),
        ("x;X;maatwerk;wmo;١٢;A;*;;;;;ja;;", "productcategorie"),
        ("x;X;algemeen;;;A;*;;;;;ja;;;extra", "meer kolommen"),
        ("x;X;algemeen", "minder kolommen"),
        # A backslash at the end of an alternative, or before the space before a pipe.
        ("x;X;maatwerk;wmo;;A;*;;;;;ja;;b\\", "alternatief"),
        ("x;X;maatwerk;wmo;;A;*;;;;;ja;;b\\ | c", "alternatief"),
    ],
)
def test_odd_rows_are_reported_by_line(regel, melding):
    resultaat = kaart_importeren(inhoud=csv(regel))
    assert not resultaat.gelukt
    assert "Regel 2" in resultaat.fouten[0] and melding in " ".join(resultaat.fouten)


def test_a_nul_byte_or_a_huge_field_is_refused_not_a_crash():
    assert "NUL" in kaart_importeren(inhoud=csv("x;X\x00;algemeen;;;A;*;;;;;ja;;")).fouten[0]
    lang = "x;X;algemeen;;;A;*;;;;;ja;" + "a" * 200_000 + ";"
    assert kaart_importeren(inhoud=csv(lang)).fouten


def test_alternatives_twice_or_too_long_are_refused(wijk_centrum):
    basis = "b;B;algemeen;;;A;*;;;;;ja;;"
    dubbel = kaart_importeren(inhoud=csv(basis, "m;M;maatwerk;wmo;;A;*;;;;;ja;;b | b=x"))
    assert "twee keer" in " ".join(dubbel.fouten)
    lang = kaart_importeren(inhoud=csv(basis, "m;M;maatwerk;wmo;;A;*;;;;;ja;;b=" + "y" * 301))
    assert "langer dan 300" in " ".join(lang.fouten)
    assert not Voorziening.objects.exists()


def test_pipes_equals_and_formulas_survive_the_round_trip(wijk_centrum):
    kaart_importeren(inhoud=GELDIG)
    a = Alternatief.objects.get(algemeen__sleutel="buurthuis")
    a.toelichting = "ritme | contact = fijn \\ echt"
    a.save()
    v = Voorziening.objects.get(sleutel="budgetcoach")
    v.naam = '=HYPERLINK("x")'
    v.omschrijving = "  met spaties  "
    v.save()
    eerste = kaart_exporteren()
    assert "'=HYPERLINK" in eerste
    Alternatief.objects.all().delete()
    Voorziening.objects.all().delete()
    assert kaart_importeren(inhoud=eerste.encode()).gelukt
    assert Alternatief.objects.get(algemeen__sleutel="buurthuis").toelichting == (
        "ritme | contact = fijn \\ echt"
    )
    assert Voorziening.objects.get(sleutel="budgetcoach").naam == '=HYPERLINK("x")'
    assert kaart_exporteren() == eerste


def test_a_voorziening_in_use_keeps_its_kind(wijk_centrum):
    kaart_importeren(inhoud=GELDIG)
    omgezet = GELDIG.decode().replace(
        "budgetcoach;Budgetcoach;algemeen;;", "budgetcoach;Budgetcoach;maatwerk;wmo;"
    )
    resultaat = kaart_importeren(inhoud=omgezet.encode())
    assert "De soort kan niet meer veranderen" in " ".join(resultaat.fouten)
    assert Voorziening.objects.get(sleutel="budgetcoach").soort == "algemeen"


def test_an_algemene_voorziening_gets_no_alternatives():
    from voorzieningen.models import Alternatief as Alt

    algemeen = Voorziening.objects.create(sleutel="a", naam="A", soort="algemeen", aanbieder="x")
    ander = Voorziening.objects.create(sleutel="b", naam="B", soort="algemeen", aanbieder="x")
    with pytest.raises(ValidationError, match="Alleen een maatwerkvoorziening"):
        Alt(maatwerk=algemeen, algemeen=ander).full_clean()
