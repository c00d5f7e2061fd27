"""Production (docker-compose.yml): everything from the environment, nothing guessed."""

from .base import *  # noqa: F403
from .environment import env_bool, env_int, env_required, env_str

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
# DJANGO_HSTS_INCLUDE_SUBDOMAINS / DJANGO_HSTS_PRELOAD: HSTS for every subdomain, and the
# flag that allows submission to the browsers' preload list (on, as the BIO and ASVS ask;
# switch off only for a domain with subdomains that cannot do HTTPS yet — hard to undo).
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
# Load balancers probe health over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SOCIAAL_DEMO_ACCOUNTS = False
MAILERS = mailers(  # noqa: F405
    env_str("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
)
if not SOCIAAL_TWEESTAPS:  # noqa: F405
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("SOCIAAL_TWEESTAPS cannot be switched off in production.")
