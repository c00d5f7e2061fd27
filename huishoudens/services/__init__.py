"""Writes on household data: the dossier (`dossier`) and meldingen (`meldingen`)."""

from .dossier import (
    BSN_AL_GEREGISTREERD,
    controleer_toegang,
    huishouden_aanmaken,
    huishouden_id_van,
    huishouden_wijzigen,
    mag_wijk_wijzigen,
    onderdeel_opslaan,
    onderdeel_verwijderen,
)

__all__ = [
    "BSN_AL_GEREGISTREERD",
    "controleer_toegang",
    "huishouden_aanmaken",
    "huishouden_id_van",
    "huishouden_wijzigen",
    "mag_wijk_wijzigen",
    "onderdeel_opslaan",
    "onderdeel_verwijderen",
]
