"""The session's limits: it ends after 15 minutes without a request (SESSION_COOKIE_AGE,
saved on every request), and at the latest 12 hours after logging in, active or not. A
page with client data is never stored by the browser or a proxy."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import resolve_url
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sociaal.audit import context
from sociaal.htmx import sessie_verlopen
from sociaal.toegang import Beleid, toegang

BEGIN = "sessie_begin"
ACTIEF = "sessie_actief"  # the last request the medewerker made (not a background poll)
ACHTERGROND = "X-Sociaal-Achtergrond"  # header of requests the page makes by itself


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
            nu = int(time.time())
            begin = request.session.setdefault(BEGIN, nu)
            actief = request.session.setdefault(ACTIEF, nu)
            # A page polling by itself (the reminder count) keeps the cookie alive but is
            # not activity: 15 minutes without the medewerker doing anything still ends it.
            stil = nu - actief >= settings.SESSION_COOKIE_AGE
            if stil or nu - begin > settings.SOCIAAL_SESSION_MAX_SECONDS:
                logout(request)
                messages.info(
                    request,
                    _("U was een tijd niet actief en bent uitgelogd. Log opnieuw in.")
                    if stil
                    else _("U bent na 12 uur automatisch uitgelogd. Log opnieuw in."),
                )
                if request.headers.get("HX-Request") == "true":
                    return sessie_verlopen()
                inloggen = resolve_url(settings.LOGIN_URL)
                if request.path == inloggen:
                    return self.get_response(request)  # the login page, with its `next`
                return redirect_to_login(request.get_full_path(), inloggen)
            if request.headers.get(ACHTERGROND) != "1":
                request.session[ACTIEF] = nu
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
