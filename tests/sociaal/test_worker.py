"""A real Celery worker, configured by our settings, consuming from real Redis: what `make
run` and docker-compose start beside the web server. Task-level tests (PDFs, reminders)
build on this fixture."""

import celery.contrib.testing.tasks  # noqa: F401  (registers the ping task start_worker uses)
import pytest

from sociaal.celery import app

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def test_worker_answers_through_the_broker(celery_worker):
    answers = app.control.ping(timeout=5, limit=1)
    assert any(reply.get("ok") == "pong" for answer in answers for reply in answer.values())


def test_worker_consumes_the_default_queue(celery_worker):
    queues = app.control.inspect(timeout=5, limit=1).active_queues() or {}
    names = {q["name"] for qs in queues.values() for q in qs}
    assert app.conf.task_default_queue in names
