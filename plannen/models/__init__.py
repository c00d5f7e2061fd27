from .doelen import Afspraak, Doel
from .gesprek import ZRM_SCORES, Deelnemer, Hulpvraag, Keukentafelgesprek, ZrmDomein, ZrmScore
from .plan import Plan, PlanVersie, RegisseurOverdracht

__all__ = [
    "ZRM_SCORES",
    "Afspraak",
    "Deelnemer",
    "Doel",
    "Hulpvraag",
    "Keukentafelgesprek",
    "Plan",
    "PlanVersie",
    "RegisseurOverdracht",
    "ZrmDomein",
    "ZrmScore",
]
