"""The Celery app. Configuration comes from Django settings (the CELERY_* names)."""

import os

from celery import Celery

# Like wsgi.py: production unless told otherwise (`make run` sets development).
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sociaal.settings.production")

app = Celery("sociaal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_configure.connect
def _prepare_embedded_broker(sender: Celery, **kwargs) -> None:
    """The filesystem broker (embedded default) needs its folder before anything runs."""
    from django.conf import settings

    if settings.CELERY_BROKER_URL.startswith("filesystem"):
        settings.CELERY_BROKER_DIR.mkdir(parents=True, exist_ok=True)
