"""Reading the page to hand a medewerker's work over, and what a handover changes."""

import re

from huishoudens.models import Melding
from plannen.models import Plan
from tests.dashboard.pagina import HERVERDELEN, html


def stand() -> dict:
    """Who holds each case, and the handovers made."""
    return {
        "regisseurs": dict(Plan.objects.values_list("pk", "regisseur")),
        "consulenten": dict(Melding.objects.values_list("pk", "consulent")),
        "overdrachten": (
            Plan.overdrachten.rel.related_model.objects.count(),
            Melding.overdrachten.rel.related_model.objects.count(),
        ),
    }


SELECTS = r'<select name="((?:plan|melding)-\d+)"[^>]*>(.*?)</select>'


def keuzes(pagina: str) -> dict[str, str]:
    """Per select of the handover form: the value chosen ("" when none)."""
    gekozen = {}
    for naam, opties in re.findall(SELECTS, pagina, re.S):
        waarde = re.search(r'<option value="(\d*)" selected>', opties)
        gekozen[naam] = waarde[1] if waarde else ""
    return gekozen


def aangeboden(pagina: str) -> dict[str, list[str]]:
    """Per select of the handover form: the colleagues it offers (not "— blijft —")."""
    return {
        naam: re.findall(r'<option value="\d+"[^>]*>([^<]+)</option>', opties)
        for naam, opties in re.findall(SELECTS, pagina, re.S)
    }


def getoonde_zaken(pagina: str) -> str:
    """The form's hidden `zaken`: which cases the page showed, posted back with it."""
    [waarde] = re.findall(r'<input type="hidden" name="zaken" value="([^"]*)"', pagina)
    return waarde


def zaken_van(client, medewerker) -> str:
    """`zaken` as the teamleider's browser posts it: read from the page they open."""
    return getoonde_zaken(html(client.get(HERVERDELEN, {"medewerker": medewerker.pk})))


def velden(werk) -> str:
    """The form fields of `werk`'s open cases, sorted and comma-joined (what the page puts
    in `zaken`)."""
    return ",".join(
        sorted(
            [f"plan-{p.pk}" for p in werk["plannen"]]
            + [f"melding-{m.pk}" for m in werk["meldingen"]]
        )
    )
