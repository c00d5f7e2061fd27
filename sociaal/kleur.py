"""Colours as WCAG 2.1 measures them: relative luminance and contrast, and the check on a
colour a municipality configures (sociaal.thema). Pure functions: the settings use them."""

import re

from django.core.exceptions import ImproperlyConfigured

WIT = "#ffffff"
MINIMAAL_CONTRAST = 4.5
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def _kanaal(waarde: int) -> float:
    c = waarde / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminantie(kleur: str) -> float:
    """Relative luminance as WCAG 2.1 defines it."""
    r, g, b = (int(kleur[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _kanaal(r) + 0.7152 * _kanaal(g) + 0.0722 * _kanaal(b)


def contrast(a: str, b: str) -> float:
    licht, donker = sorted((luminantie(a), luminantie(b)), reverse=True)
    return (licht + 0.05) / (donker + 0.05)


def donkerder(kleur: str, factor: float = 0.8) -> str:
    """The colour for hover and pressed: the same hue, darker."""
    return "#" + "".join(f"{round(int(kleur[i : i + 2], 16) * factor):02x}" for i in (1, 3, 5))


def kleur_uit_instelling(naam: str, waarde: str | None) -> str | None:
    """A checked colour from the environment (None: keep the voorbeeld theme's own)."""
    if waarde is None:
        return None
    if not _HEX.match(waarde):
        raise ImproperlyConfigured(f"{naam} must be a colour like #1a4f8b, not {waarde!r}.")
    verhouding = contrast(waarde, WIT)
    if verhouding < MINIMAAL_CONTRAST:
        raise ImproperlyConfigured(
            f"{naam}={waarde} has a contrast of {verhouding:.1f}:1 with white; WCAG 2.1 AA "
            f"asks at least {MINIMAAL_CONTRAST}:1 for text. Choose a darker colour."
        )
    return waarde.lower()
