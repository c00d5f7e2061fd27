"""The embedded default (`make run`: SQLite, no servers) serves the pages a medewerker
opens, with its demo data. The rest of the suite runs on PostgreSQL, so this is where SQL
that only PostgreSQL speaks (text_pattern_ops, say) would show."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PAGINAS = """
import django
django.setup()
from django.test import Client
from huishoudens.models import Huishouden, Melding
from plannen.models import Keukentafelgesprek, Plan
from sociaal.medewerkers.models import Medewerker

def ingelogd(naam):
    client = Client()
    client.force_login(Medewerker.objects.get(username=naam))
    return client

centrum = {"huishouden__wijk__team__naam": "Wijkteam Centrum"}
consulent, teamleider = ingelogd("consulent"), ingelogd("teamleider")
huishouden = Huishouden.objects.filter(wijk__team__naam="Wijkteam Centrum").first()
paginas = [
    (consulent, "/"),
    (consulent, "/huishoudens/"),
    (consulent, f"/huishoudens/{huishouden.pk}/"),
    (consulent, f"/plannen/{Plan.objects.filter(**centrum).first().pk}/"),
    (consulent, f"/meldingen/{Melding.objects.filter(**centrum).first().pk}/"),
    (consulent, f"/plannen/gesprekken/{Keukentafelgesprek.objects.filter(**centrum).first().pk}/"),
    (consulent, "/meldingen/wachtlijst/"),
    (consulent, "/herinneringen/"),
    (teamleider, "/dashboard/"),
]
for client, pad in paginas:
    print(client.get(pad, HTTP_HOST="127.0.0.1").status_code, pad)
print(consulent.post("/huishoudens/", {"naam": "Ja"}, HTTP_HOST="127.0.0.1", follow=True)
      .status_code, "zoeken op naam")
"""


def test_the_embedded_demo_serves_its_pages(tmp_path):
    omgeving = {
        **{
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DJANGO_", "DATABASE_", "CELERY_", "SOCIAAL_"))
        },
        "DJANGO_SETTINGS_MODULE": "sociaal.settings.development",
        "SOCIAAL_VAR_DIR": str(tmp_path),
    }

    def draaien(*opdracht):
        uit = subprocess.run(
            [sys.executable, *opdracht],
            cwd=ROOT,
            env=omgeving,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert uit.returncode == 0, uit.stderr[-3000:]
        return uit.stdout

    draaien("manage.py", "migrate", "--noinput", "-v", "0")
    draaien("manage.py", "seed_demo", "--households", "40")
    regels = draaien("-c", PAGINAS).splitlines()
    assert len(regels) == 10
    assert [r for r in regels if not r.startswith("200 ")] == []
