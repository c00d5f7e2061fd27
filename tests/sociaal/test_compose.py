"""docker-compose.yml cannot run on these machines (no Docker engine): its shape is checked
here instead — the services production needs, one beat, the queues, the private volume."""

from pathlib import Path

import yaml

COMPOSE = yaml.safe_load((Path(__file__).resolve().parents[2] / "docker-compose.yml").read_text())


def test_the_services_production_needs():
    assert set(COMPOSE["services"]) >= {
        "db",
        "redis",
        "migrate",
        "web",
        "worker",
        "pdf-worker",
        "beat",
    }


def test_exactly_one_beat_and_no_beat_anywhere_else():
    beat = COMPOSE["services"]["beat"]
    assert beat.get("deploy", {}).get("replicas", 1) == 1
    andere = [
        naam
        for naam, dienst in COMPOSE["services"].items()
        if naam != "beat" and "beat" in " ".join(map(str, dienst.get("command", [])))
    ]
    assert andere == []


def test_pdfs_have_their_own_worker_and_private_volume():
    worker = " ".join(COMPOSE["services"]["worker"]["command"])
    pdf = " ".join(COMPOSE["services"]["pdf-worker"]["command"])
    assert "--queues=default" in worker and "pdf" not in worker.split("--queues=")[1]
    assert "--queues=pdf" in pdf
    assert "documenten" in COMPOSE["volumes"]
    for naam in ("web", "pdf-worker"):
        volumes = COMPOSE["services"][naam].get("volumes", [])
        assert any(str(v).startswith("documenten:") for v in volumes), naam


def test_settings_come_from_the_environment():
    for naam in ("web", "worker", "pdf-worker", "beat", "migrate"):
        env = COMPOSE["services"][naam]["environment"]
        for variabele in (
            "DATABASE_URL",
            "CELERY_BROKER_URL",
            "DJANGO_SECRET_KEY",
            "SOCIAAL_DOCUMENTEN_DIR",
        ):
            assert variabele in env, (naam, variabele)
    assert all("healthcheck" in COMPOSE["services"][n] for n in ("db", "redis", "web"))
