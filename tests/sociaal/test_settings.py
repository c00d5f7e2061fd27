"""Production refuses to start half-configured; the embedded default needs no server."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def django_setup(settings_module: str, **env) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "CELERY_"))
    }
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.DATABASES['default']['ENGINE'], settings.CELERY_BROKER_URL, "
            "settings.TIME_ZONE, settings.LANGUAGE_CODE, settings.DEBUG)",
        ],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": settings_module, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("missing", "env"),
    [
        ("DJANGO_SECRET_KEY", {}),
        ("DATABASE_URL", {"DJANGO_SECRET_KEY": "x" * 50}),
        ("CELERY_BROKER_URL", {"DJANGO_SECRET_KEY": "x" * 50, "DATABASE_URL": "postgres://a@b/c"}),
    ],
)
def test_production_refuses_to_start_without_its_settings(missing, env):
    result = django_setup("sociaal.settings.production", **env)
    assert result.returncode != 0
    assert f"{missing} must be set in production" in result.stderr


def test_production_refuses_debug():
    result = django_setup(
        "sociaal.settings.production",
        DJANGO_SECRET_KEY="x" * 50,
        DATABASE_URL="postgres://a@b/c",
        CELERY_BROKER_URL="redis://r",
        DJANGO_DEBUG="true",
    )
    assert "DJANGO_DEBUG must not be true" in result.stderr


def test_bad_boolean_is_named_in_the_error():
    result = django_setup("sociaal.settings.development", DJANGO_DEBUG="misschien")
    assert "DJANGO_DEBUG must be true or false, not 'misschien'" in result.stderr


def test_embedded_default_is_sqlite_and_a_serverless_broker(tmp_path):
    result = django_setup("sociaal.settings.development", SOCIAAL_VAR_DIR=str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.sqlite3",
        "filesystem://",
        "Europe/Amsterdam",
        "nl",
        "True",
    ]


@pytest.mark.django_db
def test_postgresql_runs_without_jit_compilation():
    """JIT made the dashboard's caseload query spend most of its time compiling."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone() == ("off",)


def test_prepared_statements_are_psycopgs_own_and_off_by_default():
    """SOCIAAL_DB_PREPARE switches on psycopg's prepared statements through Django's
    OPTIONS; nothing is prepared by hand, and by default nothing at all (a pooler in
    transaction mode would lose them)."""
    from sociaal.settings.base import database_uit_url

    url = "postgres://sociaal:sociaal@127.0.0.1:5432/sociaal"
    assert database_uit_url(url)["OPTIONS"] == {"options": "-c jit=off"}
    assert database_uit_url(url, voorbereiden=True)["OPTIONS"] == {
        "options": "-c jit=off",
        "server_side_binding": True,
        "prepare_threshold": 2,
    }
    assert "OPTIONS" not in database_uit_url("sqlite:///x.sqlite3", voorbereiden=True)


PRODUCTIE = {
    "DJANGO_SECRET_KEY": "k" * 20
    + "-niet-echt-geheim-maar-lang-genoeg-voor-de-controle-"
    + "z" * 10,
    "DATABASE_URL": "postgres://sociaal:sociaal@127.0.0.1:5432/sociaal",
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
    "DJANGO_ALLOWED_HOSTS": "sociaal.gemeente.example",
}


def test_production_refuses_to_switch_the_second_step_off():
    result = django_setup("sociaal.settings.production", **PRODUCTIE, SOCIAAL_TWEESTAPS="false")
    assert result.returncode != 0
    assert "SOCIAAL_TWEESTAPS cannot be switched off in production" in result.stderr


def test_the_deployment_check_of_production_finds_nothing():
    """`manage.py check --deploy` with production settings: 0 errors, 0 warnings."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_", "CELERY_", "SOCIAAL_"))
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "sociaal.settings.production", **PRODUCTIE},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout
