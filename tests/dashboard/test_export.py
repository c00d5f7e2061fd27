"""The dashboard's tables as CSV: only with the right to export, and audited."""

import csv
import io
import re

import pytest
import time_machine

from sociaal.audit.models import Actie, AuditEntry, Resultaat
from tests.conftest import ingelogd
from tests.dashboard.pagina import DASHBOARD, Pagina, html
from tests.dashboard.teamwerk import NU, mag_exporteren, werk_van

pytestmark = pytest.mark.django_db


@time_machine.travel(NU, tick=False)
def test_exporting_without_the_right_is_refused_and_audited(team, wijk_centrum):
    werk_van(team["consulent"], team["collega"], wijk_centrum)
    teamleider = team["teamleider"]
    client = ingelogd(teamleider)
    assert "Download als CSV" not in html(client.get(DASHBOARD))

    response = client.get("/dashboard/export/caseload.csv")

    assert response.status_code == 403
    assert "U mag de tabellen van het dashboard niet exporteren." in response.content.decode()
    geweigerd = AuditEntry.objects.get(actie=Actie.EXPORTEREN)
    assert (
        geweigerd.medewerker,
        geweigerd.resultaat,
        geweigerd.object_type,
        geweigerd.aantal,
    ) == (teamleider, Resultaat.GEWEIGERD, "dashboard.caseload", None)


@time_machine.travel(NU, tick=False)
def test_with_the_right_each_table_downloads_as_csv_and_is_audited(team, noord, wijk_centrum):
    werk_van(team["consulent"], team["collega"], wijk_centrum)
    teamleider = team["teamleider"]
    mag_exporteren(teamleider)
    client = ingelogd(teamleider)
    pagina = html(client.get(DASHBOARD))
    dashboard = Pagina(pagina)
    downloads = re.findall(r'<a class="utrecht-link" href="([^"]+)" download>', pagina)
    assert pagina.count("Download als CSV") == len(downloads) == 6

    for link in downloads:
        sleutel = re.fullmatch(r"/dashboard/export/(\w+)\.csv\?.*", link.replace("&amp;", "&"))
        assert sleutel, link
        response = client.get(link.replace("&amp;", "&"))
        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert response["Content-Disposition"] == (
            f'attachment; filename="dashboard-{sleutel[1]}-alle-teams-kwartaal-2026-04-01.csv"'
        )
        # A byte order mark first, so Excel on Windows reads the file as UTF-8.
        assert response.content.startswith("\ufeff".encode())
        kop, *rijen = csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
        tabel = f"tabel-{sleutel[1]}"
        assert kop == dashboard.koppen[tabel]
        op_de_pagina = dashboard.tekst(tabel)
        assert len(rijen) == len(op_de_pagina)
        for rij, getoond in zip(rijen, op_de_pagina, strict=True):
            assert len(rij) == len(kop)
            # The numbers are the page's; the file has plain values where the page has words.
            for waarde, tekst in zip(rij, getoond, strict=True):
                if tekst.isdigit():
                    assert waarde == tekst
        entry = AuditEntry.objects.filter(actie=Actie.EXPORTEREN).first()
        assert (entry.medewerker, entry.resultaat, entry.object_type, entry.aantal) == (
            teamleider,
            Resultaat.TOEGESTAAN,
            f"dashboard.{sleutel[1]}",
            len(rijen),
        )
        assert "Wijkteam Noord" not in response.content.decode()

    caseload = client.get("/dashboard/export/caseload.csv").content.decode("utf-8-sig")
    assert caseload.splitlines() == [
        "Team;Medewerker;Plannen als regisseur;Open meldingen;Caseload;Bandbreedte;Stand;"
        "Gesprekken in juni 2026",
        "Wijkteam Centrum;Bas Collega;1;1;2;25 tot en met 35;heeft ruimte;0",
        "Wijkteam Centrum;Carla Consulent;1;2;2;25 tot en met 35;heeft ruimte;1",
        "Wijkteam Centrum;Tineke Teamleider;0;0;0;25 tot en met 35;heeft ruimte;0",
    ]
    assert AuditEntry.objects.filter(actie=Actie.EXPORTEREN).count() == 7
    assert client.get("/dashboard/export/geheim.csv").status_code == 404
