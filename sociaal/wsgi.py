"""WSGI entry point (gunicorn sociaal.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sociaal.settings.production")

application = get_wsgi_application()
