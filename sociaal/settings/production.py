"""Production (docker-compose.yml): everything from the environment, nothing guessed."""

from .base import *  # noqa: F403
from .environment import env_bool, env_int, env_required

SECRET_KEY = env_required("DJANGO_SECRET_KEY")
if DEBUG:  # noqa: F405
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("DJANGO_DEBUG must not be true in production.")
env_required("DATABASE_URL")
env_required("CELERY_BROKER_URL")

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# DJANGO_SECURE_SSL_REDIRECT: redirect http to https (off when a proxy does it).
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# DJANGO_HSTS_SECONDS: Strict-Transport-Security max-age.
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000)
# DJANGO_HSTS_INCLUDE_SUBDOMAINS / DJANGO_HSTS_PRELOAD: widen HSTS once the whole domain is
# known to be HTTPS-only (off by default: hard to undo).
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", False)
# Load balancers probe health over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SOCIAAL_DEMO_ACCOUNTS = False
