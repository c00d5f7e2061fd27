"""`make bench`: measurements, not tests. Runs against PostgreSQL with seed_demo data
(created when missing) and writes bench/results/latest.md and latest.json.

Measures: the reminder scan over the whole municipality against its SQL floor, with the
reminders of earlier years left in place (bench/herinneringen.py); a plan PDF against a
bare WeasyPrint render of the same HTML (the PDF floor); the team-lead dashboard for one
team and for all teams against its database floor (the very SQL statements the dashboard
sends, run straight on a cursor); the pages a medewerker waits for (dossier, household
list first and deep page, person search by name prefix, wachtlijst, plan page) against
the framework floor, with the Django admin changelist of households as the peer
(bench/paginas.py, bench/vloer_urls.py); and requests per second on the dossier page
under gunicorn and wrk (bench/doorvoer.py). See docs/benchmarks.md."""

import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import django

HUISHOUDENS = int(os.environ.get("BENCH_HOUSEHOLDS", "150000"))
HERHALINGEN = int(os.environ.get("BENCH_REPEAT", "5"))
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
        print(f"seed_demo: {seed} s")
    n = Huishouden.objects.count()
    gegevens = omvang()
    # Measure the steady state: fresh planner statistics after seeding or a migration (a
    # data migration can leave them stale, and one rule then took 10x as long).
    with connection.cursor() as c:
        for tabel in connection.introspection.table_names():
            c.execute(f'ANALYZE "{tabel}"')

    from herinneringen import scan_meten

    scans = scan_meten(meet)
    scan, opnieuw = scans["reminder_scan"], scans["reminder_scan_again"]

    plan = Plan.objects.filter(doelen__isnull=False).order_by("pk").first()
    document = Document(soort=Document.Soort.PLAN, plan=plan, versie=plan.versie)
    html = document_html(document)

    import weasyprint

    kaal = meet(lambda: weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/a-3b"))
    pdf = meet(lambda: render_to_pdf(document_html(document)))
    pdf["ratio_to_floor"] = round(pdf["median_ms"] / kaal["median_ms"], 2)

    dashboard = dashboard_meten()
    from paginas import paginas_meten

    paginas = paginas_meten(meet, max(HERHALINGEN, 30))
    from doorvoer import doorvoer_meten

    from sociaal.medewerkers.models import Medewerker

    context = paginas["_context"]
    doorvoer = doorvoer_meten(
        Medewerker.objects.get(pk=context["consulent_id"]), context["dossier_path"]
    )

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    uitkomst = {
        "commit": commit,
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, "
        f"Python {sys.version.split()[0]}",
        "households": n,
        "data": gegevens,
        "seed_seconds": seed,
        "reminder_scan": scan,
        "reminder_scan_again": opnieuw,
        "pdf_plan": pdf,
        "pdf_floor_bare_weasyprint": kaal,
        **dashboard,
        "pages": paginas,
        "throughput": doorvoer,
    }
    UIT.mkdir(exist_ok=True)
    (UIT / "latest.json").write_text(json.dumps(uitkomst, indent=2))
    regels = [
        f"# Benchmarks — {commit}",
        "",
        f"{uitkomst['machine']}; {HERHALINGEN} runs each (pages at least 30).",
        "",
        "Data: "
        + ", ".join(f"{v:,} {k}" for k, v in gegevens.items())
        + "."
        + (f" Seeded in this run in {seed} s." if seed else ""),
        "",
        "| measure | median ms | p95 ms | note |",
        "| --- | --- | --- | --- |",
        f"| reminder scan, whole municipality | {scan['median_ms']} | {scan['p95_ms']} | "
        f"{scan['aantal']:,} new reminders beside {gegevens['notifications']:,}; "
        f"{scan['queries']} queries; {scan['ratio_to_floor']}x its SQL floor "
        f"({scan['floor_median_ms']} ms) |",
        f"| reminder scan again (nothing new: idempotent) | {opnieuw['median_ms']} | "
        f"{opnieuw['p95_ms']} | {opnieuw['queries']} queries; {opnieuw['ratio_to_floor']}x "
        f"its SQL floor ({opnieuw['floor_median_ms']} ms) |",
        f"| plan PDF (query + template + render) | {pdf['median_ms']} | {pdf['p95_ms']} | "
        f"{pdf['ratio_to_floor']}x the floor |",
        f"| floor: bare WeasyPrint, same HTML | {kaal['median_ms']} | {kaal['p95_ms']} | |",
    ]
    for naam, uitleg in (
        ("dashboard_one_team", "team-lead dashboard, one team (figures and tables)"),
        ("dashboard_all_teams", "team-lead dashboard, all teams (figures and tables)"),
        ("dashboard_page_one_team", "dashboard page, one team (request to HTML)"),
    ):
        m = dashboard[naam]
        regels.append(
            f"| {uitleg} | {m['median_ms']} | {m['p95_ms']} | {m['queries']} queries; "
            f"{m['ratio_to_floor']}x the database floor ({m['floor_median_ms']} ms) |"
        )
    context = paginas.pop("_context")
    vloer = paginas["framework_floor"]["median_ms"]
    for naam, uitleg in (
        ("framework_floor", "floor: minimal authenticated view, same middleware"),
        (
            "dossier_page",
            f"dossier page ({context['dossier_people']} people, "
            f"{context['dossier_network']} in their network)",
        ),
        (
            "household_list_first",
            f"household list, page 1 ({context['list_households_visible']} visible households)",
        ),
        ("household_list_deep", f"household list, page {context['deep_page']}"),
        (
            "person_search_prefix",
            f"person search, name prefix of {context['search_prefix_length']} "
            f"letters over {context['persons']} persons (POST and result page)",
        ),
        ("wachtlijst_team", "wachtlijst of a team"),
        ("plan_page", f"plan page ({context['plan_afspraken']} afspraken)"),
        ("admin_changelist_first", "peer: Django admin changelist of households, page 1"),
    ):
        m = paginas[naam]
        regels.append(
            f"| {uitleg} | {m['median_ms']} | {m['p95_ms']} | {m['queries']} queries; "
            f"{m['ratio_to_framework_floor']}x the framework floor ({vloer} ms) |"
        )
    lijst, peer = paginas["household_list_first"], paginas["admin_changelist_first"]
    regels += [
        "",
        f"Household list vs the admin changelist on the same data: "
        f"{round(peer['median_ms'] / lijst['median_ms'], 2)}x faster "
        f"({lijst['median_ms']} ms vs {peer['median_ms']} ms).",
    ]
    instelling = doorvoer["settings"]
    regels += [
        "",
        f"Throughput: gunicorn, {instelling['workers']} workers, on loopback; wrk, "
        f"{instelling['wrk_threads']} threads, {instelling['connections']} connections, "
        f"{instelling['duration']}, with an authenticated session.",
        "",
        "| page | requests/s | p50 ms | p95 ms | p99 ms |",
        "| --- | --- | --- | --- | --- |",
    ]
    for naam, uitleg in (
        ("framework_floor", "floor: minimal authenticated view"),
        ("dossier_page", "dossier page (the large household)"),
    ):
        m = doorvoer[naam]
        regels.append(f"| {uitleg} | {m['rps']} | {m['p50_ms']} | {m['p95_ms']} | {m['p99_ms']} |")
    regels.append("")
    (UIT / "latest.md").write_text("\n".join(regels))
    print("\n".join(regels))


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


def dashboard_meten() -> dict:
    """The dashboard's figures (and its page) against the database floor: the same SQL
    statements, captured from the dashboard itself, executed on a plain cursor."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from sociaal.dashboard import tabellen
    from sociaal.dashboard.periode import Periode, Soort
    from sociaal.dashboard.selectors import Keuze, KeuzeForm
    from sociaal.medewerkers.models import Medewerker, Rol, Team

    alle = list(Team.objects.order_by("naam"))
    leider, _nieuw = Medewerker.objects.get_or_create(
        username="bench-teamleider", defaults={"rol": Rol.TEAMLEIDER, "first_name": "Bench"}
    )
    leider.teams.set(alle)

    def keuze(teams):
        vandaag = timezone.localdate()
        return Keuze(
            mijn_teams=alle,
            teams=teams,
            team=teams[0] if len(teams) == 1 else None,
            periode=Periode.rond(Soort.KWARTAAL, vandaag),
            vandaag=vandaag,
            form=KeuzeForm(teams=alle),
        )

    def vloer(statements):
        def uitvoeren():
            with connection.cursor() as c:
                for sql in statements:
                    c.execute(sql)
                    c.fetchall()

        return uitvoeren

    uitkomst = {}
    for naam, teams in (("dashboard_one_team", alle[:1]), ("dashboard_all_teams", alle)):
        k = keuze(teams)
        tabellen.dashboard(k)  # warm-up
        with CaptureQueriesContext(connection) as vastgelegd:
            tabellen.dashboard(k)
        statements = [q["sql"] for q in vastgelegd.captured_queries]
        m = meet(lambda k=k: tabellen.dashboard(k), herhalingen=max(HERHALINGEN, 10))
        v = meet(vloer(statements), herhalingen=max(HERHALINGEN, 10))
        m.update(
            queries=len(statements),
            floor_median_ms=v["median_ms"],
            ratio_to_floor=round(m["median_ms"] / v["median_ms"], 2),
        )
        uitkomst[naam] = m

    client = Client()
    eerste = Medewerker.objects.filter(rol=Rol.TEAMLEIDER, teams=alle[0]).first()
    eerste = eerste if eerste is not None else leider
    client.force_login(eerste)
    pad = f"/dashboard/?team={alle[0].pk}"
    client.get(pad, HTTP_HOST="127.0.0.1")
    with CaptureQueriesContext(connection) as vastgelegd:
        antwoord = client.get(pad, HTTP_HOST="127.0.0.1")
    assert antwoord.status_code == 200, antwoord.status_code
    alle_statements = [q["sql"] for q in vastgelegd.captured_queries]
    statements = [sql for sql in alle_statements if sql.startswith("SELECT")]
    m = meet(lambda: client.get(pad, HTTP_HOST="127.0.0.1"), herhalingen=max(HERHALINGEN, 10))
    v = meet(vloer(statements), herhalingen=max(HERHALINGEN, 10))
    m.update(
        queries=len(alle_statements),
        floor_median_ms=v["median_ms"],
        ratio_to_floor=round(m["median_ms"] / v["median_ms"], 2),
    )
    uitkomst["dashboard_page_one_team"] = m
    return uitkomst


if __name__ == "__main__":
    main()
