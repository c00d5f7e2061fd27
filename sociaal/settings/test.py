"""The test suite: real PostgreSQL and Redis on loopback (scripts/test-services).

Under pytest-xdist every worker process (PYTEST_XDIST_WORKER: gw0, gw1, …) has what it
writes to for itself: pytest-django puts `_gw0` behind the test database's name, and here
the worker's broker keys get the prefix `gw0:` (kombu's `global_keyprefix`, in the same
Redis database; control broadcasts too) and its documents a folder `gw0/` below
SOCIAAL_DOCUMENTEN_DIR. Without xdist nothing is added."""

from pathlib import Path

from .base import *  # noqa: F403
from .environment import env_str

SECRET_KEY = "test-only-not-secret"
DEBUG = False
DATABASES = {
    "default": database_uit_url(  # noqa: F405
        env_str("DATABASE_URL", "postgres://sociaal:sociaal@127.0.0.1:5432/sociaal"),
        voorbereiden=SOCIAAL_DB_PREPARE,  # noqa: F405
    )
}
XDIST_WORKER = env_str("PYTEST_XDIST_WORKER", "")
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "redis://127.0.0.1:6379/15")
CELERY_BROKER_TRANSPORT_OPTIONS = {**SNEL_OPGEVEN}  # noqa: F405
if XDIST_WORKER:
    CELERY_BROKER_TRANSPORT_OPTIONS["global_keyprefix"] = f"{XDIST_WORKER}:"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
SOCIAAL_DEMO_ACCOUNTS = True
# Static files straight from static/ and the apps, no collectstatic (WhiteNoise's dev mode).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

SOCIAAL_DOCUMENTEN_DIR = Path(env_str("SOCIAAL_DOCUMENTEN_DIR", "/tmp/sociaal-test-documenten"))
if XDIST_WORKER:
    SOCIAAL_DOCUMENTEN_DIR /= XDIST_WORKER
# Tests that are about the second step switch it on themselves (tests/sociaal/test_tweestaps.py).
SOCIAAL_TWEESTAPS = False
# Failed-login counting needs a request, which the test client's login() does not pass;
# the lockout tests switch it on and log in through the real form.
AXES_ENABLED = False
