from .huishouden import Betrokkene, Huishouden, Netwerklid, Persoon
from .melding import Melding, TermijnAanpassing, Terugbelmoment

__all__ = [
    "Betrokkene",
    "Huishouden",
    "Melding",
    "Netwerklid",
    "Persoon",
    "TermijnAanpassing",
    "Terugbelmoment",
]
