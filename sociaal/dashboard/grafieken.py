"""Charts drawn on the server as SVG: no script, no library, printable, and each one shown
beside the table with the same numbers (the table is what a screen reader reads).
These functions only compute the geometry; templates/dashboard/_grafiek_*.html draw it."""

from dataclasses import dataclass

from django.utils.text import Truncator

from voorzieningen.ladder import Trede

from .cijfers import CaseloadRij, Ladderstand
from .periode import Periode

BREEDTE = 640
LABEL = 180  # room for names on the left
RIJ = 28
MAX_RIJEN = 40  # beyond this a chart tells less than the table


def _getal(x: float) -> str:
    """A coordinate as SVG reads it (a decimal point, whatever the language)."""
    return str(x)


@dataclass(frozen=True)
class Balk:
    y: int
    label: str
    waarde: int
    breedte: float
    stand: str
    band_x: float
    band_breedte: float

    # What the template writes, ready-made: a chart has a bar per medewerker.
    @property
    def svg(self) -> dict[str, str]:
        return {
            "band_x": _getal(self.band_x),
            "band_breedte": _getal(self.band_breedte),
            "breedte": _getal(self.breedte),
            "balk_y": str(self.y + 4),
            "tekst_y": str(self.y + 15),
            "label": Truncator(self.label).chars(24),
        }


@dataclass(frozen=True)
class CaseloadGrafiek:
    balken: list[Balk]
    hoogte: int
    schaal_max: int
    label_x: int = LABEL
    breedte: int = BREEDTE

    @property
    def tekst_x(self) -> int:
        return LABEL - 8


def caseload_grafiek(rijen: list[CaseloadRij]) -> CaseloadGrafiek | None:
    if not rijen or len(rijen) > MAX_RIJEN:
        return None
    schaal_max = max(max(r.caseload for r in rijen), max(r.team.bandbreedte_tot for r in rijen))
    schaal_max = max(1, round(schaal_max * 1.1))
    ruimte = BREEDTE - LABEL - 40

    def x(waarde: float) -> float:
        return round(ruimte * waarde / schaal_max, 1)

    balken = [
        Balk(
            y=i * RIJ + 4,
            label=str(r.medewerker),
            waarde=r.caseload,
            breedte=x(r.caseload),
            stand=r.stand,
            band_x=LABEL + x(r.team.bandbreedte_van),
            band_breedte=x(r.team.bandbreedte_tot - r.team.bandbreedte_van),
        )
        for i, r in enumerate(rijen)
    ]
    return CaseloadGrafiek(balken=balken, hoogte=len(rijen) * RIJ + 8, schaal_max=schaal_max)


@dataclass(frozen=True)
class Segment:
    x: float
    breedte: float
    trede: str
    aandeel: int


@dataclass(frozen=True)
class LadderBalk:
    y: int
    label: str
    segmenten: list[Segment]
    leeg: bool


def ladder_grafiek(perioden: list[Periode], standen: list[Ladderstand]) -> dict:
    """One bar of 100% per period, split by rung in ladder order."""
    ruimte = BREEDTE - LABEL - 10
    balken = []
    for i, (periode, stand) in enumerate(zip(perioden, standen, strict=True)):
        x, segmenten = float(LABEL), []
        for trede in Trede:
            n = stand.per_trede[trede.value]
            if not n:
                continue
            breedte = round(ruimte * n / stand.op_ladder, 1)
            segmenten.append(Segment(x, breedte, trede.value, stand.aandeel(trede.value)))
            x += breedte
        balken.append(
            LadderBalk(y=i * RIJ + 4, label=periode.label, segmenten=segmenten, leeg=not segmenten)
        )
    return {
        "balken": balken,
        "hoogte": len(balken) * RIJ + 8,
        "breedte": BREEDTE,
        "tekst_x": LABEL - 8,
        "treden": list(Trede),
    }
