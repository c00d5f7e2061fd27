from .huishouden import Betrokkene, Huishouden, Netwerklid, Persoon
from .melding import Melding, MeldingOverdracht, TermijnAanpassing, Terugbelmoment

__all__ = [
    "Betrokkene",
    "Huishouden",
    "Melding",
    "MeldingOverdracht",
    "Netwerklid",
    "Persoon",
    "TermijnAanpassing",
    "Terugbelmoment",
]
