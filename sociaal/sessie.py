"""The session's limits: it ends after 15 minutes without a request (SESSION_COOKIE_AGE,
saved on every request), and at the latest 12 hours after logging in, active or not. A
page with client data is never stored by the browser or a proxy."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sociaal.access import Beleid, toegang
from sociaal.audit import context

BEGIN = "sessie_begin"


class SessieMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = context.namens_zetten(request.session.get(context.SESSIE_NAMENS, ""))
        try:
            return self._binnen_de_grenzen(request)
        finally:
            context.namens_terugzetten(token)

    def _binnen_de_grenzen(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            begin = request.session.setdefault(BEGIN, int(time.time()))
            if time.time() - begin > settings.SOCIAAL_SESSION_MAX_SECONDS:
                logout(request)
                messages.info(
                    request, _("U bent na 12 uur automatisch uitgelogd. Log opnieuw in.")
                )
                if request.headers.get("HX-Request") == "true":
                    return HttpResponse(
                        _("Uw sessie is verlopen. Log opnieuw in om verder te gaan."),
                        status=401,
                        content_type="text/plain; charset=utf-8",
                    )
                return redirect(settings.LOGIN_URL)
        return self.get_response(request)


class GeenCacheMiddleware:
    """`Cache-Control: no-store` on every answer to a logged-in medewerker: pages, fragments,
    PDFs and exports with client data stay out of browser and proxy caches."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if getattr(request, "user", None) is not None and request.user.is_authenticated:
            response["Cache-Control"] = "no-store"
        return response


@toegang(Beleid.EIGEN)
@require_POST
def verlengen(request: HttpRequest) -> HttpResponse:
    """ "Ingelogd blijven": a request is all it takes (the session is saved on each one)."""
    return HttpResponse(status=204)
