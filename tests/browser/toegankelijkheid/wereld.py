"""One small municipality, with something on every page: what a test finds in it."""

from dataclasses import dataclass

from huishoudens.models import Huishouden, Melding
from plannen.models import Doel, Keukentafelgesprek, Plan
from sociaal.medewerkers.models import Medewerker

BSN = "999990019"
BSN_NOORD = "999990020"


@dataclass
class Wereld:
    consulent: Medewerker
    teamleider: Medewerker
    auditor: Medewerker
    huishouden: Huishouden
    noord: Huishouden
    melding: Melding
    gesprek: Keukentafelgesprek
    plan: Plan
    doel: Doel
