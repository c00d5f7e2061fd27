"""Shared fixtures: a small municipality with two teams, the people in them, and logged-in
clients. Tests run against real PostgreSQL (settings.test; `make test` starts it)."""

from collections.abc import Iterator
from contextlib import contextmanager

import celery.contrib.testing.tasks  # noqa: F401  (registers the ping task start_worker uses)
import pytest
from celery.contrib.testing.worker import start_worker
from django.test import Client

from sociaal.celery import app as celery_app
from tests.factories import (
    WACHTWOORD,
    HuishoudenFactory,
    MedewerkerFactory,
    TeamFactory,
    WijkFactory,
)

# The markers that `make test-fast` leaves out (-m 'not browser and not worker'), by the
# fixture that makes a test need one: a test that starts the worker or a browser without
# its marker would slow down the fast run, or fail in it where Chromium is missing.
MARKER_VOOR_FIXTURE = {"celery_worker": "worker", "browser": "browser"}


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Fails a test that uses the Celery worker or Playwright without its marker, before
    either is started."""
    for fixture, marker in MARKER_VOOR_FIXTURE.items():
        if fixture in item.fixturenames and item.get_closest_marker(marker) is None:
            pytest.fail(
                f"{item.nodeid} uses the {fixture!r} fixture: mark it @pytest.mark.{marker}",
                pytrace=False,
            )


@pytest.fixture
def team_centrum(db):
    return TeamFactory(naam="Wijkteam Centrum")


@pytest.fixture
def team_noord(db):
    return TeamFactory(naam="Wijkteam Noord")


@pytest.fixture
def wijk_centrum(team_centrum):
    return WijkFactory(naam="Centrum", team=team_centrum)


@pytest.fixture
def wijk_noord(team_noord):
    return WijkFactory(naam="Noord", team=team_noord)


@pytest.fixture
def consulent(team_centrum):
    return MedewerkerFactory(username="consulent", teams=[team_centrum])


@pytest.fixture
def collega(team_centrum):
    return MedewerkerFactory(username="collega", teams=[team_centrum])


@pytest.fixture
def teamleider(team_centrum):
    return MedewerkerFactory(username="teamleider", teamleider=True, teams=[team_centrum])


@pytest.fixture
def consulent_noord(team_noord):
    return MedewerkerFactory(username="consulent-noord", teams=[team_noord])


@pytest.fixture
def teamleider_noord(team_noord):
    return MedewerkerFactory(username="teamleider-noord", teamleider=True, teams=[team_noord])


@pytest.fixture
def beheerder(db):
    return MedewerkerFactory(username="beheerder", beheerder=True)


@pytest.fixture
def huishouden_centrum(wijk_centrum):
    return HuishoudenFactory(wijk=wijk_centrum)


@pytest.fixture
def huishouden_noord(wijk_noord):
    return HuishoudenFactory(wijk=wijk_noord)


def ingelogd(medewerker) -> Client:
    client = Client()
    assert client.login(username=medewerker.username, password=WACHTWOORD)
    return client


@pytest.fixture
def client_consulent(consulent):
    return ingelogd(consulent)


@pytest.fixture
def client_consulent_noord(consulent_noord):
    return ingelogd(consulent_noord)


@pytest.fixture(scope="session")
def celery_worker(django_db_setup, django_db_blocker):
    """A real Celery worker with our app and settings, consuming from the test Redis, in a
    thread of the test process. Tests using it need `django_db(transaction=True)`."""
    celery_app.control.purge()
    with (
        django_db_blocker.unblock(),
        start_worker(
            celery_app,
            pool="solo",
            perform_ping_check=False,
            shutdown_timeout=10,
            queues=["default", "pdf"],
        ) as worker,
    ):
        yield worker


@contextmanager
def zonder_broker() -> Iterator[None]:
    """Inside the block the app's broker cannot be reached (nothing listens on port 1), with
    new connections on the way in and out. Celery reads CELERY_BROKER_URL from the
    environment before its own setting (as `make test` runs, the variable is often set), so
    both change."""
    weg = "redis://127.0.0.1:1/0"

    def nieuwe_verbindingen():
        celery_app._pool = None
        celery_app.amqp._producer_pool = None

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CELERY_BROKER_URL", weg)
        mp.setitem(celery_app.conf, "broker_url", weg)
        nieuwe_verbindingen()
        try:
            yield
        finally:
            nieuwe_verbindingen()


@pytest.fixture
def huiskleur(settings):
    """The municipality's own colours (sociaal.thema), as if set in the environment."""
    from sociaal import thema

    settings.SOCIAAL_HUISKLEUR = "#1a4f8b"
    settings.SOCIAAL_LINKKLEUR = "#0b5e2a"
    thema.huidig.cache_clear()
    thema.versie.cache_clear()
    yield
    thema.huidig.cache_clear()
    thema.versie.cache_clear()
