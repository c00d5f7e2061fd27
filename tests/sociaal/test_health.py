import pytest
from django.test import Client

from tests.conftest import zonder_broker

pytestmark = pytest.mark.django_db


def test_healthz_answers_without_login():
    response = Client().get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_checks_database_and_broker():
    response = Client().get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": True, "broker": True}
    assert "no-cache" in response["Cache-Control"]


def test_readyz_says_unavailable_when_the_broker_is_down():
    with zonder_broker():
        response = Client().get("/readyz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database": True, "broker": False},
    }
