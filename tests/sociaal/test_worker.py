"""A real Celery worker, configured by our settings, consuming from real Redis: what `make
run` and docker-compose start beside the web server. Task-level tests (PDFs, reminders)
build on this fixture."""

import celery.contrib.testing.tasks  # noqa: F401  (registers the ping task start_worker uses)
import pytest
from celery.contrib.testing.worker import start_worker

from sociaal.celery import app

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture(scope="module")
def worker():
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10) as w:
        yield w


def test_worker_answers_through_the_broker(worker):
    answers = app.control.ping(timeout=5, limit=1)
    assert any(reply.get("ok") == "pong" for answer in answers for reply in answer.values())


def test_worker_consumes_the_default_queue(worker):
    queues = app.control.inspect(timeout=5, limit=1).active_queues() or {}
    names = {q["name"] for qs in queues.values() for q in qs}
    assert app.conf.task_default_queue in names
