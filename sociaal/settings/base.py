"""Settings shared by every environment. Each variable read here is documented in
docs/configuration.md; defaults are the safe ones, the other modules relax them."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.utils.csp import CSP

from .environment import env_bool, env_int, env_kleur, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("SOCIAAL_VAR_DIR", str(BASE_DIR / "var")))

# DJANGO_SECRET_KEY: required in production; development and test set their own.
SECRET_KEY = env_str("DJANGO_SECRET_KEY", "")
# DJANGO_DEBUG: never true in production.
DEBUG = env_bool("DJANGO_DEBUG", False)
# DJANGO_ALLOWED_HOSTS: comma-separated host names.
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
# DJANGO_CSRF_TRUSTED_ORIGINS: comma-separated origins (https://sociaal.gemeente.nl).
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",  # its widget templates, for FORM_RENDERER
    "django_htmx",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "sociaal.medewerkers",
    "sociaal.audit",
    "sociaal.termijnen",
    "sociaal.herinneringen",
    "sociaal.doorbraak",
    "sociaal.avg",
    "sociaal.demo",
    "huishoudens",
    "plannen",
    "voorzieningen",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves the collected static files (with far-future caching of hashed names) from the
    # app itself, so production needs no separate file server.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The municipality's stylesheet, before any session is read (sociaal.thema).
    "sociaal.thema.ThemaMiddleware",
    "sociaal.audit.middleware.RequestContextMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "sociaal.htmx.HtmxLoginMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "sociaal.sessie.SessieMiddleware",
    "sociaal.tweestaps.middleware.TweestapsMiddleware",
    "sociaal.toegang.ToegangMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "sociaal.sessie.GeenCacheMiddleware",
    # Last: counts failed logins and locks out (django-axes).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "sociaal.urls"
WSGI_APPLICATION = "sociaal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sociaal.context_processors.gemeente",
                "sociaal.context_processors.sessie",
            ],
            "builtins": ["django.templatetags.i18n", "sociaal.componenten"],
        },
    },
]
# Every form is rendered by Django with templates/components/ (field.html, form.html) and
# the NL Design System classes and aria attributes of sociaal.forms.
FORM_RENDERER = "sociaal.forms.NLDesignRenderer"


# SOCIAAL_DB_PREPARE: let psycopg prepare on the PostgreSQL server the statements a
# connection runs again and again (Django's OPTIONS `server_side_binding` and
# `prepare_threshold`). Off: measured at 150,000 households it gained nothing on the dossier
# or the dashboard (docs/adr/0016). Never behind a connection pooler in transaction mode,
# which does not keep a session's prepared statements.
SOCIAAL_DB_PREPARE = env_bool("SOCIAAL_DB_PREPARE", False)


# DATABASE_URL: e.g. postgres://user:pass@127.0.0.1:5432/sociaal. Default: a SQLite file
# in var/ (the embedded default of `make run`; not for production or tests).
def database_uit_url(url: str, *, voorbereiden: bool = False, **kwargs) -> dict:
    """A DATABASES entry from a URL. On PostgreSQL without JIT compilation: it pays off for
    long analytical queries, but here it made the dashboard's caseload query spend 370 of
    its 510 ms compiling (docs/adr/0008). With `voorbereiden`, psycopg prepares a statement
    on the server once a connection has run it twice (SOCIAAL_DB_PREPARE)."""
    database = dj_database_url.parse(url, **kwargs)
    if database["ENGINE"] == "django.db.backends.postgresql":
        opties = database.setdefault("OPTIONS", {})
        opties["options"] = "-c jit=off"
        if voorbereiden:
            opties["server_side_binding"] = True
            opties["prepare_threshold"] = 2
    return database


DATABASES = {
    "default": database_uit_url(
        env_str("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'sociaal.sqlite3'}",
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
        voorbereiden=SOCIAAL_DB_PREPARE,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "medewerkers.Medewerker"
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "start"
LOGOUT_REDIRECT_URL = "login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "sociaal.wachtwoord.MinimaleLengte",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
# Dutch only until the app's texts have an English translation: a browser asking for English
# would otherwise get Django's own messages in English beside Dutch app text.
LANGUAGES = [("nl", "Nederlands")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# How dates may be typed (sociaal/formaten/nl/formats.py); the rest is Django's Dutch.
FORMAT_MODULE_PATH = ["sociaal.formaten"]
# TIME_ZONE: the municipality's time zone.
TIME_ZONE = env_str("TIME_ZONE", "Europe/Amsterdam")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# DJANGO_STATIC_ROOT: where collectstatic writes (served by the web server in production).
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# SOCIAAL_SESSION_IDLE_SECONDS: a session ends after this long without a request.
SESSION_COOKIE_AGE = env_int("SOCIAAL_SESSION_IDLE_SECONDS", 15 * 60)
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
# SOCIAAL_SESSION_MAX_SECONDS: a session ends this long after logging in, active or not.
SOCIAAL_SESSION_MAX_SECONDS = env_int("SOCIAAL_SESSION_MAX_SECONDS", 12 * 60 * 60)
# SOCIAAL_SESSION_WARNING_SECONDS: how long before the idle end the page warns.
SOCIAAL_SESSION_WARNING_SECONDS = env_int("SOCIAAL_SESSION_WARNING_SECONDS", 2 * 60)
CSRF_COOKIE_HTTPONLY = False  # htmx reads no cookie: the token travels in hx-headers.
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Content Security Policy: everything from our own origin, no inline script or style, no
# framing (docs/adr/0009).
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "object-src": [CSP.NONE],
}

# SOCIAAL_DOORBRAAK_UREN: how long access with a reason ("break the glass") lasts.
SOCIAAL_DOORBRAAK_UREN = env_int("SOCIAAL_DOORBRAAK_UREN", 4)

# Two-step verification (TOTP, django-otp). SOCIAAL_TWEESTAPS: required for every user;
# production always requires it, the embedded demo may switch it off (docs/configuration.md).
SOCIAAL_TWEESTAPS = env_bool("SOCIAAL_TWEESTAPS", True)

# Failed logins (django-axes): after SOCIAAL_LOGIN_POGINGEN failures for one username from
# one address, that combination is locked for SOCIAAL_LOGIN_BLOKKADE_MINUTEN.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("SOCIAAL_LOGIN_POGINGEN", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("SOCIAAL_LOGIN_BLOKKADE_MINUTEN", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The client's address as the audit log has it (behind SOCIAAL_TRUSTED_PROXIES proxies), not
# the proxy's: otherwise five wrong passwords from anywhere would lock a colleague out.
AXES_CLIENT_IP_CALLABLE = "sociaal.audit.middleware.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "sociaal.tweestaps.blokkade.geblokkeerd"
AXES_USERNAME_FORM_FIELD = "username"
AXES_VERBOSE = False

# CELERY_BROKER_URL: redis://127.0.0.1:6379/0 in production. Default: kombu's filesystem
# transport in var/broker/ — the embedded default that needs no server.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL") or "filesystem://"
CELERY_BROKER_DIR = VAR_DIR / "broker"
# Sending a task gives up quickly when the broker is down: the page answers at once and
# the job waits in the database (plannen.services.documenten).
SNEL_OPGEVEN: dict[str, object] = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}
CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, object] = (
    {
        "data_folder_in": str(CELERY_BROKER_DIR),
        "data_folder_out": str(CELERY_BROKER_DIR),
        "store_processed": False,
    }
    if CELERY_BROKER_URL.startswith("filesystem")
    else SNEL_OPGEVEN
)
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_DEFAULT_QUEUE = "default"
# PDFs on their own queue, so that they never delay reminders.
CELERY_TASK_ROUTES = {"plannen.document_maken": {"queue": "pdf"}}
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 60
CELERY_TASK_TIME_LIMIT = 90
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE = {
    # The outbox: documents that could not be sent (broker down) or were lost with a worker.
    "documenten-versturen": {"task": "plannen.documenten_versturen", "schedule": 60.0},
    "herinneringen-maken": {"task": "herinneringen.maken", "schedule": crontab(hour=6, minute=0)},
    "dagoverzicht": {"task": "herinneringen.dagoverzicht", "schedule": crontab(hour=7, minute=0)},
    # A melding with an open suspension has a deadline that moves every day.
    "deadlines-bijwerken": {
        "task": "huishoudens.deadlines_bijwerken",
        "schedule": crontab(hour=1, minute=30),
    },
    # Retention: a list of files past their term, for a functioneel beheerder to approve.
    "vernietigingslijst": {
        "task": "avg.vernietigingslijst_voorstellen",
        "schedule": crontab(hour=2, minute=0, day_of_week=1),
    },
}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A page that asks for a PDF answers at once when the broker is down (see
# plannen.services.documenten): give up connecting after a second.
CELERY_BROKER_CONNECTION_TIMEOUT = 1.0

# SOCIAAL_DOCUMENTEN_DIR: private storage of the PDFs (plans, verslagen); never served as
# static or media files — only through the download view, which checks access and audits.
SOCIAAL_DOCUMENTEN_DIR = Path(env_str("SOCIAAL_DOCUMENTEN_DIR", str(VAR_DIR / "documenten")))

# SOCIAAL_BASIS_URL: the address of the app, for links in e-mail.
SOCIAAL_BASIS_URL = env_str("SOCIAAL_BASIS_URL", "http://127.0.0.1:8000").rstrip("/")


# DJANGO_EMAIL_BACKEND: how the daily digest is sent; default: printed to the console
# (make run), SMTP in production. With the SMTP backend: EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER,
# EMAIL_HOST_PASSWORD, EMAIL_USE_TLS. DJANGO_DEFAULT_FROM_EMAIL: the sender.
def mailers(backend: str) -> dict:
    """The MAILERS setting for `backend`, with the SMTP server from the environment."""
    smtp = backend.endswith("smtp.EmailBackend")
    opties = {
        "host": env_str("EMAIL_HOST", "localhost"),
        "port": env_int("EMAIL_PORT", 25),
        "username": env_str("EMAIL_HOST_USER", ""),
        "password": env_str("EMAIL_HOST_PASSWORD", ""),
        "use_tls": env_bool("EMAIL_USE_TLS", False),
    }
    return {"default": {"BACKEND": backend, "OPTIONS": opties if smtp else {}}}


MAILERS = mailers(
    env_str("DJANGO_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
)
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "sociaal@localhost")

# SOCIAAL_GEMEENTE: the municipality's name, shown in the header.
SOCIAAL_GEMEENTE = env_str("SOCIAAL_GEMEENTE", "Gemeente Voorbeeld")
# SOCIAAL_HUISKLEUR, SOCIAAL_LINKKLEUR: the municipality's colours (#rrggbb) for buttons and
# the header line, and for links; unset keeps the voorbeeld theme's. Refused when white
# text on them, or they on the white page, falls below WCAG's 4.5:1 (sociaal.thema).
SOCIAAL_HUISKLEUR = env_kleur("SOCIAAL_HUISKLEUR")
SOCIAAL_LINKKLEUR = env_kleur("SOCIAAL_LINKKLEUR")
# The name an authenticator app shows beside the code.
OTP_TOTP_ISSUER = f"sociaal {SOCIAAL_GEMEENTE}"
# SOCIAAL_TRUSTED_PROXIES: how many reverse proxies put the client address in
# X-Forwarded-For (0: use the direct peer address).
SOCIAAL_TRUSTED_PROXIES = env_int("SOCIAAL_TRUSTED_PROXIES", 0)

# DJANGO_LOG_LEVEL: the level of the app's own log lines. No personal data is logged.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}
    },
    "filters": {"request_id": {"()": "sociaal.audit.context.RequestIdLogFilter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        # Request lines carry URLs; URLs carry no personal data (docs/design.md §4.8), but a
        # failing request's message would repeat the query string: keep it at warnings.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "WARNING"},
        # Even with DJANGO_LOG_LEVEL=DEBUG: SQL with its parameters, and the template
        # engine's notes with the context they were rendering, hold client data.
        "django.db.backends": {"level": "INFO"},
        "django.template": {"level": "INFO"},
    },
}
