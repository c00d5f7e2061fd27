"""The test suite: real PostgreSQL and Redis on loopback (scripts/test-services)."""

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
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "redis://127.0.0.1:6379/15")
CELERY_BROKER_TRANSPORT_OPTIONS = SNEL_OPGEVEN  # noqa: F405
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
# Tests that are about the second step switch it on themselves (tests/sociaal/test_tweestaps.py).
SOCIAAL_TWEESTAPS = False
# Failed-login counting needs a request, which the test client's login() does not pass;
# the lockout tests switch it on and log in through the real form.
AXES_ENABLED = False
