from .dossier import (
    BetrokkeneForm,
    HuishoudenForm,
    NetwerklidForm,
    NieuwHuishoudenForm,
    PersoonForm,
    ZoekForm,
)

__all__ = [
    "BetrokkeneForm",
    "HuishoudenForm",
    "NetwerklidForm",
    "NieuwHuishoudenForm",
    "PersoonForm",
    "ZoekForm",
]
