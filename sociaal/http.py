"""The request a view behind the login receives, typed for mypy: `request.user` is a
Medewerker (LoginRequiredMiddleware lets no one else reach a view that is not
Beleid.OPENBAAR) and `request.htmx` is django-htmx's (HtmxMiddleware). Annotate such a view
`request: AuthenticatedHttpRequest`; a public view keeps `HttpRequest`."""

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

from sociaal.medewerkers.models import Medewerker


class AuthenticatedHttpRequest(HttpRequest):
    user: Medewerker
    htmx: HtmxDetails
