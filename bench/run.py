"""`make bench`: measurements, not tests. Runs against PostgreSQL with seed_demo data
(created when missing) and writes bench/results/latest.md and latest.json.

Measures now: the reminder scan over the whole municipality, and a plan PDF against a
bare WeasyPrint render of the same HTML (the PDF floor). Issue #9 adds the rest."""

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

import django

HUISHOUDENS = int(os.environ.get("BENCH_HOUSEHOLDS", "20000"))
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
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from huishoudens.models import Huishouden
    from plannen.models import Document, Plan
    from plannen.pdf import render_to_pdf
    from plannen.services.documenten import document_html
    from sociaal.herinneringen.models import Herinnering
    from sociaal.herinneringen.services import herinneringen_maken

    if not Huishouden.objects.exists():
        begin = time.perf_counter()
        call_command("seed_demo", households=HUISHOUDENS, seed=1)
        print(f"seed_demo: {time.perf_counter() - begin:.1f} s")
    n = Huishouden.objects.count()

    def leeg():
        with connection.cursor() as c:
            c.execute("TRUNCATE herinneringen_herinnering")

    scan = meet(herinneringen_maken, voorbereiden=leeg)
    scan["aantal"] = Herinnering.objects.count()
    opnieuw = meet(herinneringen_maken)  # nothing new: the idempotent second run

    plan = Plan.objects.filter(doelen__isnull=False).order_by("pk").first()
    document = Document(soort=Document.Soort.PLAN, plan=plan, versie=plan.versie)
    html = document_html(document)

    import weasyprint

    kaal = meet(lambda: weasyprint.HTML(string=html).write_pdf(pdf_variant="pdf/a-3b"))
    pdf = meet(lambda: render_to_pdf(document_html(document)))
    pdf["ratio_to_floor"] = round(pdf["median_ms"] / kaal["median_ms"], 2)

    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    uitkomst = {
        "commit": commit,
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cores, "
        f"Python {sys.version.split()[0]}",
        "households": n,
        "reminder_scan": scan,
        "reminder_scan_again": opnieuw,
        "pdf_plan": pdf,
        "pdf_floor_bare_weasyprint": kaal,
    }
    UIT.mkdir(exist_ok=True)
    (UIT / "latest.json").write_text(json.dumps(uitkomst, indent=2))
    regels = [
        f"# Benchmarks — {commit}",
        "",
        f"{uitkomst['machine']}; {n} households; {HERHALINGEN} runs each.",
        "",
        "| measure | median ms | p95 ms | note |",
        "| --- | --- | --- | --- |",
        f"| reminder scan, whole municipality | {scan['median_ms']} | {scan['p95_ms']} | "
        f"{scan['aantal']} reminders |",
        f"| reminder scan again (nothing new) | {opnieuw['median_ms']} | "
        f"{opnieuw['p95_ms']} | idempotent |",
        f"| plan PDF (query + template + render) | {pdf['median_ms']} | {pdf['p95_ms']} | "
        f"{pdf['ratio_to_floor']}x the floor |",
        f"| floor: bare WeasyPrint, same HTML | {kaal['median_ms']} | {kaal['p95_ms']} | |",
        "",
    ]
    (UIT / "latest.md").write_text("\n".join(regels))
    print("\n".join(regels))


if __name__ == "__main__":
    main()
