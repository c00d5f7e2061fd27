"""`make run`: the embedded default — SQLite, filesystem broker, DEBUG on, demo data."""

from .base import *  # noqa: F403
from .environment import env_bool, env_str

DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "") or "development-only-not-secret"
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
SOCIAAL_DEMO_ACCOUNTS = True
# Static files straight from static/ and the apps, no collectstatic (WhiteNoise's dev mode).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The demo logs in without a second step; set SOCIAAL_TWEESTAPS=true to try it.
SOCIAAL_TWEESTAPS = env_bool("SOCIAAL_TWEESTAPS", False)
