"""No page without the second step: a medewerker who logged in with a password but has not
yet given a code is sent to give one — or, the first time, to set it up."""

from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django_otp import user_has_device

# What an unverified session may reach: the second step itself, logging out, and keeping
# the session alive while the code is looked up.
VRIJ = {"tweestaps:instellen", "tweestaps:controleren", "logout", "sessie-verlengen"}


class TweestapsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            settings.SOCIAAL_TWEESTAPS
            and request.user.is_authenticated
            and not request.user.is_verified()
            and not self._vrij(request)
        ):
            if request.headers.get("HX-Request") == "true":
                return HttpResponse(
                    "Geef eerst de code uit uw authenticator-app.",
                    status=401,
                    content_type="text/plain; charset=utf-8",
                )
            stap = "controleren" if user_has_device(request.user) else "instellen"
            return redirect(
                f"{reverse(f'tweestaps:{stap}')}?{urlencode({'next': request.get_full_path()})}"
            )
        return self.get_response(request)

    @staticmethod
    def _vrij(request: HttpRequest) -> bool:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return True  # a 404 shows nothing
        return match.view_name in VRIJ or not match.view_name
