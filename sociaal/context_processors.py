from django.conf import settings
from django.http import HttpRequest


def gemeente(request: HttpRequest) -> dict:
    return {"gemeente_naam": settings.SOCIAAL_GEMEENTE}
