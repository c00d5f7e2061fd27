"""Deny by default: every route declares which policy guards it (sociaal.toegang.Beleid); a
route added without one fails this test, and the app refuses to serve it."""

import pytest
from django.http import HttpResponse
from django.test import override_settings
from django.urls import URLPattern, URLResolver, get_resolver, path

from sociaal import urls as app_urls
from sociaal.toegang import Beleid, beleid_van
from tests.conftest import ingelogd

pytestmark = pytest.mark.django_db


def routes(resolver=None, voorvoegsel=""):
    resolver = resolver or get_resolver()
    for patroon in resolver.url_patterns:
        if isinstance(patroon, URLResolver):
            yield from routes(patroon, voorvoegsel + str(patroon.pattern))
        elif isinstance(patroon, URLPattern):
            yield voorvoegsel + str(patroon.pattern), patroon


def test_every_route_declares_its_access_policy():
    zonder = [
        route
        for route, patroon in routes()
        if not route.startswith("beheer/") and beleid_van(patroon.callback) is None
    ]
    assert zonder == [], f"routes without a declared access policy: {zonder}"


def test_the_beheer_is_the_admin_site_only():
    beheer = [
        route for route, patroon in routes() if beleid_van(patroon.callback) == Beleid.BEHEER
    ]
    assert beheer and all(route.startswith("beheer/") for route in beheer)


def test_only_logging_in_the_health_checks_and_the_theme_are_open():
    openbaar = sorted(
        route for route, patroon in routes() if beleid_van(patroon.callback) == Beleid.OPENBAAR
    )
    assert openbaar == ["healthz", "inloggen/", "readyz", "thema.css"]


def zonder_beleid(request):
    return HttpResponse("geheim")


urlpatterns = [path("vergeten/", zonder_beleid, name="vergeten"), *app_urls.urlpatterns]


@override_settings(ROOT_URLCONF=__name__)
def test_a_route_without_a_policy_is_refused(consulent, caplog):
    antwoord = ingelogd(consulent).get("/vergeten/")

    assert antwoord.status_code == 403
    assert b"geheim" not in antwoord.content
    assert "view zonder toegangsbeleid geweigerd: vergeten" in caplog.text
