"""htmx and the login: a fragment request from a page whose session expired must not be
answered with the login page (htmx would swap it into the page, and an autosave would look
saved). It gets 401, and the page says so itself."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import resolve_url


def sessie_verlopen() -> HttpResponse:
    """The answer to a fragment request whose session has ended (the page shows it)."""
    return HttpResponse(
        "Uw sessie is verlopen. Log opnieuw in (in een nieuw tabblad) om verder te gaan.",
        status=401,
        content_type="text/plain; charset=utf-8",
    )


class HtmxLoginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.login_url = None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            request.headers.get("HX-Request") == "true"
            and response.status_code == 302
            and response["Location"].startswith(self._login_url())
        ):
            return sessie_verlopen()
        return response

    def _login_url(self) -> str:
        if self.login_url is None:
            self.login_url = resolve_url(settings.LOGIN_URL)
        return self.login_url
