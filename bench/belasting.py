"""Under load: professionals through gunicorn (2 workers) on loopback, driven by locust
(bench/locustfile.py) at a fixed request rate.

First a short warm-up (not counted), then the budget: BENCH_LOAD_RATE requests a second
(40: twice the peak of 300 professionals) for BENCH_LOAD_SECONDS, which must hold a p95 of
at most 250 ms without a single failure. Then the rate steps up (60, 80, … up to
BENCH_LOAD_MAX_RATE, each BENCH_LOAD_STEP_SECONDS) until the first step that does not
hold; when the budget rate itself does not hold, it steps down instead. A step holds when
its p95 is within 250 ms, nothing failed, and the load tool reached at least 95 % of the
rate (a server that cannot keep up slows the users down: see docs/benchmarks.md).

Every step is its own locust process with its own users; each user is a session of a
medewerker of one of several teams (logged in beforehand, so no password is needed), with
households, plans and gesprekken of that team. The saves are spread so that no two users
write the same plan or gesprek. Afterwards the database is put back: the afspraken and
meldingen the run made are deleted, the plans and gesprekken it wrote are restored, the
sessions removed (bench/scenario.py). The audit log keeps what the run did: it is
append-only."""

import json
import math
import os
import resource
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path

from scenario import scenario_maken, terugzetten

HIER = Path(__file__).parent
RATE = int(os.environ.get("BENCH_LOAD_RATE", "40"))
SECONDEN = int(os.environ.get("BENCH_LOAD_SECONDS", "60"))
STAP_SECONDEN = int(os.environ.get("BENCH_LOAD_STEP_SECONDS", "25"))
MAX_RATE = int(os.environ.get("BENCH_LOAD_MAX_RATE", "160"))
STAP = 20
OPWARMEN = (20, 10)  # requests a second, seconds
P95_BUDGET_MS = 250
# Each user makes at most 2 requests a second: a pace of 500 ms, twice the p95 budget, so
# a user is waiting for its answer for at most half the time at the budget.
PER_USER = 2
MIN_USERS = 40


def users_voor(rate: int) -> int:
    return max(MIN_USERS, math.ceil(rate / PER_USER))


def percentiel(gesorteerd: list[float], p: float) -> float | None:
    """Nearest rank: the smallest value with at least p % of the values at or below it."""
    if not gesorteerd:
        return None
    return round(gesorteerd[max(0, math.ceil(p / 100 * len(gesorteerd)) - 1)], 1)


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- running locust against gunicorn -------------------------------------------------------
class Server:
    """gunicorn with 2 sync workers on a free loopback port, the bench settings."""

    def __enter__(self):
        poort = _vrije_poort()
        bin_map = Path(sys.executable).parent
        self.proces = subprocess.Popen(
            [
                str(bin_map / "gunicorn"),
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
            env={**os.environ, "DJANGO_SETTINGS_MODULE": "instellingen"},
        )
        self.basis = f"http://127.0.0.1:{poort}"
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{self.basis}/healthz", timeout=1)
                return self
            except OSError:
                time.sleep(0.2)
        self.proces.terminate()
        raise SystemExit("gunicorn did not answer on /healthz within 30 s")

    def __exit__(self, *_exc):
        self.proces.terminate()
        self.proces.wait(timeout=30)


def stap(basis: str, scenario_pad: Path, map_: Path, rate: int, seconden: int) -> dict:
    """One locust run at `rate` requests a second for `seconden`; its figures."""
    users = users_voor(rate)
    monsters = map_ / f"samples-{rate}.jsonl"
    log = map_ / f"locust-{rate}.log"
    locust = Path(sys.executable).parent / "locust"
    voor = resource.getrusage(resource.RUSAGE_CHILDREN)
    with log.open("w") as uit:
        proces = subprocess.run(
            [
                str(locust),
                "-f",
                str(HIER / "locustfile.py"),
                "--headless",
                "--host",
                basis,
                "--users",
                str(users),
                "--spawn-rate",
                str(users),
                "--run-time",
                f"{seconden}s",
                "--stop-timeout",
                "15",
                "--only-summary",
                "--loglevel",
                "WARNING",
            ],
            env={
                **os.environ,
                "BENCH_LOAD_SCENARIO": str(scenario_pad),
                "BENCH_LOAD_RATE": str(rate),
                "BENCH_LOAD_USERS": str(users),
                "BENCH_LOAD_SAMPLES": str(monsters),
            },
            stdout=uit,
            stderr=subprocess.STDOUT,
            timeout=seconden + 120,
        )
    # locust answers 1 when a request failed: that is in the figures, not an accident.
    if proces.returncode not in (0, 1) or not monsters.exists():
        raise SystemExit(f"locust failed ({proces.returncode}); see {log}")
    na = resource.getrusage(resource.RUSAGE_CHILDREN)
    rijen = [json.loads(r) for r in monsters.read_text().splitlines()]
    m = cijfers(rijen, rate=rate, users=users, seconden=seconden)
    # What the load tool itself took of the machine it shares with the server.
    cpu = (na.ru_utime + na.ru_stime) - (voor.ru_utime + voor.ru_stime)
    m["load_tool_cpu_percent"] = round(100 * cpu / seconden)
    return m


def cijfers(rijen: list[dict], *, rate: int, users: int, seconden: int) -> dict:
    """p50/p95/p99, the rate reached, failures and the mix of one step."""
    gemeten = rijen
    tijden = sorted(r["ms"] for r in gemeten)
    begin = min((r["t"] for r in gemeten), default=0)
    einde = max((r["t"] + r["ms"] / 1000 for r in gemeten), default=1)
    bereikt = round(len(gemeten) / max(einde - begin, 1e-9), 1)
    fouten = [r for r in gemeten if r["error"]]
    soorten = Counter(r["name"].split(":")[0] for r in gemeten)
    per_naam = {}
    for naam in sorted({r["name"] for r in gemeten}):
        t = sorted(r["ms"] for r in gemeten if r["name"] == naam)
        per_naam[naam] = {
            "requests": len(t),
            "p50_ms": percentiel(t, 50),
            "p95_ms": percentiel(t, 95),
            "errors": sum(1 for r in gemeten if r["name"] == naam and r["error"]),
        }
    p95 = percentiel(tijden, 95)
    redenen = []
    if p95 is None or p95 > P95_BUDGET_MS:
        redenen.append(f"p95 {p95} ms > {P95_BUDGET_MS} ms")
    if fouten:
        redenen.append(f"{len(fouten)} errors")
    if bereikt < 0.95 * rate:
        redenen.append(f"reached {bereikt}/s of {rate}/s")
    return {
        "rate": rate,
        "users": users,
        "seconds": seconden,
        "requests": len(gemeten),
        "achieved_rps": bereikt,
        "p50_ms": percentiel(tijden, 50),
        "p95_ms": p95,
        "p99_ms": percentiel(tijden, 99),
        "max_ms": round(tijden[-1], 1) if tijden else None,
        "errors": len(fouten),
        "error_examples": [
            f"{naam}: {fout} ({n}x)"
            for (naam, fout), n in Counter((r["name"], r["error"]) for r in fouten).most_common(5)
        ],
        "mix": {s: round(100 * n / max(len(gemeten), 1), 1) for s, n in sorted(soorten.items())},
        "per_request": per_naam,
        "holds": not redenen,
        "why_not": "; ".join(redenen),
    }


def belasting_meten() -> dict:
    """The warm-up, the budget rate, then the steps; the database put back afterwards."""
    hoogste_rate = max(RATE, MAX_RATE)
    scenario, bewaard = scenario_maken(users_voor(hoogste_rate))
    gebruikers = scenario["gebruikers"]
    map_ = Path(tempfile.mkdtemp(prefix="sociaal-bench-load-"))
    scenario_pad = map_ / "scenario.json"
    scenario_pad.write_text(json.dumps(scenario))
    stappen = []
    try:
        with Server() as server:

            def meten(rate: int, seconden: int) -> dict:
                m = stap(server.basis, scenario_pad, map_, rate, seconden)
                print(
                    f"load {rate}/s: reached {m['achieved_rps']}/s, p50 {m['p50_ms']} ms, "
                    f"p95 {m['p95_ms']} ms, p99 {m['p99_ms']} ms, {m['errors']} errors"
                    + ("" if m["holds"] else f" — does not hold: {m['why_not']}"),
                    flush=True,
                )
                return m

            opwarmen = meten(*OPWARMEN)
            budget = meten(RATE, SECONDEN)
            stappen.append(budget)
            if budget["holds"]:
                rates = range(RATE + STAP, MAX_RATE + 1, STAP)
            else:
                rates = range(RATE - 10, 9, -10)
            for rate in rates:
                m = meten(rate, STAP_SECONDEN)
                stappen.append(m)
                if m["holds"] != budget["holds"]:
                    break
    finally:
        opgeruimd = terugzetten(bewaard)
    holdend = [m["rate"] for m in stappen if m["holds"]]
    hoogste = max(holdend) if holdend else None
    return {
        "budget": budget,
        "warm_up": {k: opwarmen[k] for k in ("rate", "seconds", "requests", "errors")},
        "steps": stappen,
        "highest_rate_holding": hoogste,
        "highest_rate_tried": max(m["rate"] for m in stappen),
        "settings": {
            "server": "gunicorn, 2 sync workers, loopback",
            "tool": "locust (FastHttpUser), headless, each user paced on its own beat",
            "sessions": len(gebruikers),
            "medewerkers": len({g["medewerker"] for g in gebruikers}),
            "teams": len({g["team"] for g in gebruikers}),
            "teamleiders": sum(1 for g in gebruikers if g["teamleider"]),
            "plans_for_afspraken": sum(len(g["afspraken"]) for g in gebruikers),
            "gesprekken_for_autosave": sum(len(g["gesprekken"]) for g in gebruikers),
            "p95_budget_ms": P95_BUDGET_MS,
            "step_seconds": STAP_SECONDEN,
            "work_dir": str(map_),
        },
        "cleanup": opgeruimd,
    }
