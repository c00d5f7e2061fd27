"""Throughput: gunicorn with 2 workers on loopback, loaded by wrk (Debian) with an
authenticated session, against the dossier page and against the framework floor.
Reports requests per second and p50/p95/p99 latency from wrk's own histogram."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

HIER = Path(__file__).parent
DUUR = os.environ.get("BENCH_WRK_DURATION", "15s")
VERBINDINGEN = os.environ.get("BENCH_WRK_CONNECTIONS", "8")


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _sessie(medewerker) -> str:
    from django.test import Client

    client = Client()
    client.force_login(medewerker)
    return client.cookies["sessionid"].value


def _controleren(url: str, cookie: str) -> None:
    """The page answers 200 itself with this session (wrk would count a redirect to the
    login page as a fast success)."""
    verzoek = urllib.request.Request(url, headers={"Cookie": f"sessionid={cookie}"})
    with urllib.request.urlopen(verzoek, timeout=10) as antwoord:
        if antwoord.status != 200 or antwoord.url != url:
            raise SystemExit(f"{url} answered {antwoord.status} at {antwoord.url}")


def _wrk(url: str, cookie: str, duur: str = DUUR) -> dict:
    uit = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{VERBINDINGEN}",
            f"-d{duur}",
            "--timeout",
            "10s",
            "-s",
            str(HIER / "p95.lua"),
            "-H",
            f"Cookie: sessionid={cookie}",
            "-H",
            "Host: 127.0.0.1",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    regel = next(r for r in uit.splitlines() if r.startswith("SOCIAAL "))
    return json.loads(regel.removeprefix("SOCIAAL "))


def doorvoer_meten(medewerker, dossier_pad: str) -> dict:
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is missing: scripts/test-system-packages wrk installs it.")
    poort = _vrije_poort()
    omgeving = {**os.environ, "DJANGO_SETTINGS_MODULE": "instellingen"}
    gunicorn = Path(sys.executable).parent / "gunicorn"
    server = subprocess.Popen(
        [
            str(gunicorn),
            "sociaal.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{poort}",
            "--pythonpath",
            f"{HIER},{HIER.parent}",
            "--log-level",
            "warning",
        ],
        env=omgeving,
    )
    try:
        basis = f"http://127.0.0.1:{poort}"
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{basis}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        cookie = _sessie(medewerker)
        uitkomst = {}
        for naam, pad in (("framework_floor", "/bench/vloer/"), ("dossier_page", dossier_pad)):
            _controleren(f"{basis}{pad}", cookie)
            _wrk(f"{basis}{pad}", cookie, "3s")  # warm-up: both workers, their caches
            uitkomst[naam] = _wrk(f"{basis}{pad}", cookie)
            if uitkomst[naam]["non_2xx"] or uitkomst[naam]["errors"]:
                raise SystemExit(f"wrk: errors or non-2xx answers on {pad}: {uitkomst[naam]}")
        uitkomst["settings"] = {
            "workers": 2,
            "connections": int(VERBINDINGEN),
            "duration": DUUR,
            "wrk_threads": 2,
        }
        return uitkomst
    finally:
        server.terminate()
        server.wait(timeout=30)
