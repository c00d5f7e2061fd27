from django.conf import settings
from django.http import HttpRequest

from sociaal import thema


def gemeente(request: HttpRequest) -> dict:
    return {"gemeente_naam": settings.SOCIAAL_GEMEENTE, "thema_versie": thema.versie()}


def sessie(request: HttpRequest) -> dict:
    """The session's idle limit and its warning, for the page's timer (static/js/sessie.js)."""
    return {
        "sessie_seconden": settings.SESSION_COOKIE_AGE,
        "sessie_waarschuwing_seconden": settings.SOCIAAL_SESSION_WARNING_SECONDS,
        "sessie_waarschuwing_minuten": max(1, settings.SOCIAAL_SESSION_WARNING_SECONDS // 60),
    }
