"""The settings `make bench` runs with, in-process and under gunicorn: the test settings
(PostgreSQL and Redis on loopback, DEBUG off, templates cached) with the app's routes plus
the framework floor and the admin peer (bench/vloer_urls.py)."""

from sociaal.settings.test import *  # noqa: F403

ROOT_URLCONF = "vloer_urls"
# Connections kept open between requests, as production keeps them (DATABASE_CONN_MAX_AGE,
# default 60 s); the test settings open one per request.
DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
