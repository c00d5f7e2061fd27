"""`make bench`: measurements against the performance budgets (bench/budgetten.py), on
PostgreSQL with seed_demo data (created when missing). Writes bench/results/latest.md and
latest.json: per budget the figure and pass or fail, with a summary line at the top.

Measures: every page a professional opens, in-process through the whole stack
(bench/paginas.py); the mixed workload of professionals under load, through gunicorn and
locust (bench/belasting.py); the reminder scan over the whole municipality
(bench/herinneringen.py); the plan PDF against bare WeasyPrint. For information beside the
budgets: the framework floor, the Django admin changelist as peer, the dashboard and the
reminder scan against their database floors. See docs/benchmarks.md.

A budget missed is a finding, not a crash: the run exits 0 and says FAIL in the report and
on its last line. BENCH_STRICT=1 makes it exit 1 then (a quiet machine, a gate)."""

import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

import django

HUISHOUDENS = int(os.environ.get("BENCH_HOUSEHOLDS", "150000"))
HERHALINGEN = int(os.environ.get("BENCH_REPEAT", "5"))
STRIKT = os.environ.get("BENCH_STRICT", "") == "1"
UIT = Path(__file__).parent / "results"


def meet(functie, herhalingen=HERHALINGEN, voorbereiden=None):
    tijden = []
    for _ in range(herhalingen):
        if voorbereiden:
            voorbereiden()
        begin = time.perf_counter()
        functie()
        tijden.append(time.perf_counter() - begin)
    tijden.sort()
    return {
        "median_ms": round(statistics.median(tijden) * 1000, 1),
        "p95_ms": round(tijden[min(len(tijden) - 1, int(0.95 * len(tijden)))] * 1000, 1),
    }


def main() -> None:
    begonnen = time.perf_counter()
    # The app's routes plus the framework floor and the admin peer (bench/instellingen.py).
    os.environ["DJANGO_SETTINGS_MODULE"] = "instellingen"
    django.setup()
    # WeasyPrint tells every step of every render at INFO: not what a reader of the run wants.
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    from django.core.management import call_command
    from django.db import connection

    from huishoudens.models import Huishouden
    from plannen.models import Document, Plan
    from plannen.pdf import render_to_pdf
    from plannen.services.documenten import document_html

    seed = None
    if not Huishouden.objects.exists():
        begin = time.perf_counter()
        call_command("seed_demo", households=HUISHOUDENS, seed=1)
        seed = round(time.perf_counter() - begin, 1)
        print(f"seed_demo: {seed} s", flush=True)
    gemeten_vanaf = time.perf_counter()
    gegevens = omvang()
    # Measure the steady state: fresh planner statistics after seeding or a migration (a
    # data migration can leave them stale, and one rule then took 10x as long).
    with connection.cursor() as c:
        for tabel in connection.introspection.table_names():
            c.execute(f'ANALYZE "{tabel}"')

    from herinneringen import scan_meten

    duur = {}
    tik = time.perf_counter()

    def klaar(naam: str) -> None:
        nonlocal tik
        duur[naam] = round(time.perf_counter() - tik)
        tik = time.perf_counter()

    print("measuring: reminder scan", flush=True)
    scans = scan_meten(meet)
    klaar("reminder_scan")

    print("measuring: plan PDF", flush=True)
    plan = Plan.objects.filter(doelen__isnull=False).order_by("pk").first()
    document = Document(soort=Document.Soort.PLAN, plan=plan, versie=plan.versie)
    html = document_html(document)

    import weasyprint

    kaal = meet(lambda: weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/a-3b"))
    pdf = meet(lambda: render_to_pdf(document_html(document)))
    pdf["ratio_to_floor"] = round(pdf["median_ms"] / kaal["median_ms"], 2)
    klaar("pdf")

    print("measuring: pages, in-process", flush=True)
    from paginas import paginas_meten

    paginas = paginas_meten(meet, max(HERHALINGEN, 30))
    context = paginas.pop("_context")
    dashboard = dashboard_meten(context["team_id"])
    klaar("pages")

    print("measuring: under load (gunicorn, locust)", flush=True)
    from belasting import belasting_meten

    belasting = belasting_meten()
    klaar("load")

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    uitkomst = {
        "commit": commit,
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, "
        f"Python {sys.version.split()[0]}",
        "households": gegevens["households"],
        "data": gegevens,
        "seed_seconds": seed,
        "repeat": HERHALINGEN,
        "measure_seconds": round(time.perf_counter() - gemeten_vanaf),
        "seconds_per_part": duur,
        "reminder_scan": scans["reminder_scan"],
        "reminder_scan_again": scans["reminder_scan_again"],
        "pdf_plan": pdf,
        "pdf_floor_bare_weasyprint": kaal,
        "dashboard": dashboard,
        "pages": paginas,
        "pages_context": context,
        "load": belasting,
    }
    from budgetten import beoordelen, samenvatting
    from verslag import pagina_namen, verslag

    oordelen = beoordelen(uitkomst, pagina_namen(context))
    uitkomst["summary"] = samenvatting(oordelen)
    uitkomst["budgets"] = [asdict(o) for o in oordelen]
    UIT.mkdir(exist_ok=True)
    (UIT / "latest.json").write_text(json.dumps(uitkomst, indent=2))
    tekst = verslag(uitkomst, oordelen)
    (UIT / "latest.md").write_text(tekst)
    print(tekst)
    print(f"make bench: {round(time.perf_counter() - begonnen)} s in all")
    print(f"RESULT: {uitkomst['summary']}")
    if STRIKT and any(not o.passed for o in oordelen):
        sys.exit(1)


def omvang() -> dict:
    """What the database holds, in the issue's terms."""
    from huishoudens.models import Huishouden, Melding, Persoon
    from plannen.models import Afspraak, Keukentafelgesprek, Plan
    from sociaal.herinneringen.models import Herinnering
    from sociaal.medewerkers.models import Medewerker, Team

    return {
        "households": Huishouden.objects.count(),
        "persons": Persoon.objects.count(),
        "plans": Plan.objects.count(),
        "open plans": Plan.objects.open().count(),
        "meldingen": Melding.objects.count(),
        "keukentafelgesprekken": Keukentafelgesprek.objects.count(),
        "afspraken": Afspraak.objects.count(),
        "notifications": Herinnering.objects.count(),
        "medewerkers": Medewerker.objects.filter(teams__isnull=False).distinct().count(),
        "teams": Team.objects.count(),
    }


def dashboard_meten(team_id: int) -> dict:
    """For information: the dashboard page of one team and of all 30 teams against its
    database floor — the SELECT statements the page sends, captured from the page itself
    and run again on a plain cursor. (The page of one team is also a budget, measured with
    the other pages in bench/paginas.py.)"""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from sociaal.medewerkers.models import Medewerker, Rol, Team

    leider, _nieuw = Medewerker.objects.get_or_create(
        username="bench-teamleider", defaults={"rol": Rol.TEAMLEIDER, "first_name": "Bench"}
    )
    leider.teams.set(Team.objects.all())
    client = Client()
    client.force_login(leider)
    pad = reverse("dashboard:dashboard")
    uitkomst = {}
    for naam, url in (("one_team", f"{pad}?team={team_id}"), ("all_teams", pad)):
        client.get(url, HTTP_HOST="127.0.0.1")
        with CaptureQueriesContext(connection) as vastgelegd:
            antwoord = client.get(url, HTTP_HOST="127.0.0.1")
        assert antwoord.status_code == 200, (url, antwoord.status_code)
        alle = [q["sql"] for q in vastgelegd.captured_queries]
        selects = [sql for sql in alle if sql.startswith("SELECT")]

        def vloer(selects=selects):
            with connection.cursor() as c:
                for sql in selects:
                    c.execute(sql)
                    c.fetchall()

        m = meet(lambda url=url: client.get(url, HTTP_HOST="127.0.0.1"), max(HERHALINGEN, 10))
        v = meet(vloer, max(HERHALINGEN, 10))
        m.update(
            queries=len(alle),
            floor_median_ms=v["median_ms"],
            ratio_to_floor=round(m["median_ms"] / v["median_ms"], 2),
        )
        uitkomst[naam] = m
    return uitkomst


if __name__ == "__main__":
    main()
