"""The settings `make bench` runs with, in-process and under gunicorn: the test settings
(PostgreSQL and Redis on loopback, DEBUG off, templates cached) with the app's routes plus
the framework floor and the admin peer (bench/vloer_urls.py)."""

from sociaal.settings.test import *  # noqa: F403

ROOT_URLCONF = "vloer_urls"
