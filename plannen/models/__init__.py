from .document import Document
from .doelen import Afspraak, Doel
from .evaluatie import DoelResultaat, Evaluatie, EvaluatieZrm
from .gesprek import ZRM_SCORES, Deelnemer, Hulpvraag, Keukentafelgesprek, ZrmDomein, ZrmScore
from .ladder import LadderTelling
from .plan import Plan, PlanVersie, RegisseurOverdracht

__all__ = [
    "ZRM_SCORES",
    "Afspraak",
    "Deelnemer",
    "Document",
    "Doel",
    "DoelResultaat",
    "Evaluatie",
    "EvaluatieZrm",
    "Hulpvraag",
    "Keukentafelgesprek",
    "LadderTelling",
    "Plan",
    "PlanVersie",
    "RegisseurOverdracht",
    "ZrmDomein",
    "ZrmScore",
]
