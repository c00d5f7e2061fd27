"""bench/results/latest.md: the summary line, the budgets (figure, pass or fail), the load
run step by step, and the floors and the peer for information."""

from budgetten import LAST_P95_MS, Oordeel


def pagina_namen(c: dict) -> dict[str, str]:
    """What each page measure is, with the size of what it showed."""
    return {
        "framework_floor": "floor: minimal authenticated view, same middleware",
        "dossier_page": f"dossier page ({c['dossier_people']} people, "
        f"{c['dossier_network']} in their network)",
        "household_list_first": f"household list, page 1 ({c['list_households_visible']:,} "
        "households of the team)",
        "household_list_deep": f"household list, page {c['deep_page']}",
        "person_search_prefix": f"person search, name prefix of {c['search_prefix_length']} "
        f"letters over {c['persons']:,} persons (POST and result page)",
        "wachtlijst_team": "wachtlijst of a team (teamleider)",
        "plan_page": f"plan page ({c['plan_afspraken']} afspraken)",
        "gesprek_page": f"keukentafelgesprek page ({c['gesprek_status']})",
        "dashboard_page_one_team": "dashboard page, one team (teamleider)",
        "herinneringen_page": f"herinneringen (first page: {c['herinneringen_shown']} of "
        f"{c.get('herinneringen_total', c['herinneringen_shown']):,})",
        "mijn_werk_page": f"mijn werk, the start page ({c['mijn_werk_open_plans']} open "
        "plans as regisseur)",
        "admin_changelist_first": "peer: Django admin changelist of households, page 1",
    }


def _getal(waarde) -> str:
    return "" if waarde is None else f"{waarde:g}" if isinstance(waarde, float) else str(waarde)


def verslag(u: dict, oordelen: list[Oordeel]) -> str:
    g = u["data"]
    regels = [
        f"# Benchmarks — {u['commit']}",
        "",
        f"**{u['summary']}**",
        "",
        f"{u['machine']}. Pages {max(u['repeat'], 30)} runs each (p95: the second slowest "
        f"of 30), the scan and the PDF {u['repeat']}. "
        f"Measured in {u['measure_seconds']} s ("
        + ", ".join(f"{k.replace('_', ' ')} {v} s" for k, v in u["seconds_per_part"].items())
        + ")"
        + (f" after seeding in {u['seed_seconds']} s." if u["seed_seconds"] else "."),
        "",
        "Data: " + ", ".join(f"{v:,} {k}" for k, v in g.items()) + ".",
        "",
        "## Budgets",
        "",
        "| measure | budget | median ms | p95 ms | queries | figure | result |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for o in oordelen:
        regels.append(
            f"| {o.what} | {o.budget} | {_getal(o.median_ms)} | {_getal(o.p95_ms)} | "
            f"{_getal(o.queries)} | {o.figure} | {'pass' if o.passed else '**FAIL**'} |"
        )
    regels += ["", *_belasting(u["load"]), "", *_informatie(u)]
    return "\n".join(regels) + "\n"


def _belasting(b: dict) -> list[str]:
    s = b["settings"]
    budget = b["budget"]
    hoogste = b["highest_rate_holding"]
    regels = [
        "## Under load",
        "",
        f"{s['tool']}; {s['server']}; on the same machine as the server. "
        f"{s['sessions']} sessions of {s['medewerkers']} medewerkers in {s['teams']} teams "
        f"({s['teamleiders']} teamleiders), a step using as many as it has users; saves spread "
        f"over {s['plans_for_afspraken']} plans and {s['gesprekken_for_autosave']} gesprekken, "
        "one user each. Each step is its own locust run; a step holds with p95 ≤ "
        f"{s['p95_budget_ms']} ms, 0 errors and at least 95 % of the rate reached. Warm-up "
        f"first: {b['warm_up']['rate']}/s for {b['warm_up']['seconds']} s "
        f"({b['warm_up']['errors']} errors), not counted.",
        "",
        "| rate asked | users | reached/s | requests | p50 ms | p95 ms | p99 ms | errors | "
        "mix read/save/other % | locust CPU, % of a core | holds |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for m in b["steps"]:
        mix = m["mix"]
        regels.append(
            f"| {m['rate']}/s for {m['seconds']} s | {m['users']} | {m['achieved_rps']} | "
            f"{m['requests']} | {m['p50_ms']} | {m['p95_ms']} | {m['p99_ms']} | {m['errors']} | "
            f"{mix.get('read', 0)}/{mix.get('save', 0)}/{mix.get('other', 0)} | "
            f"{m['load_tool_cpu_percent']} % | {'yes' if m['holds'] else 'no: ' + m['why_not']} |"
        )
    regels += [
        "",
        (
            f"Highest rate that holds p95 ≤ {LAST_P95_MS} ms with 0 errors: **{hoogste} "
            f"requests/s** (tried up to {b['highest_rate_tried']}/s)."
            if hoogste
            else f"No rate tried (down to {min(m['rate'] for m in b['steps'])}/s) holds "
            f"p95 ≤ {LAST_P95_MS} ms with 0 errors."
        ),
        "",
        f"Per request at {budget['rate']}/s:",
        "",
        "| request | count | p50 ms | p95 ms | errors |",
        "| --- | --- | --- | --- | --- |",
    ]
    for naam, m in budget["per_request"].items():
        regels.append(
            f"| {naam} | {m['requests']} | {m['p50_ms']} | {m['p95_ms']} | {m['errors']} |"
        )
    voorbeelden = [v for m in b["steps"] for v in m["error_examples"]]
    if voorbeelden:
        regels += ["", "Errors (first of each kind): " + "; ".join(voorbeelden[:8]) + "."]
    c = b["cleanup"]
    regels += [
        "",
        f"Afterwards: {c['rows_deleted']} afspraken and meldingen of the run deleted, "
        f"{c['gesprekken_restored']} gesprekken and the plans restored, the sessions removed; "
        "the audit log keeps the run's entries (it is append-only).",
    ]
    return regels


def _informatie(u: dict) -> list[str]:
    p = u["pages"]
    vloer = p["framework_floor"]["median_ms"]
    namen = pagina_namen(u["pages_context"])
    regels = [
        "## For information",
        "",
        "| measure | median ms | p95 ms | note |",
        "| --- | --- | --- | --- |",
        f"| {namen['framework_floor']} | {vloer} | {p['framework_floor']['p95_ms']} | "
        f"{p['framework_floor']['queries']} queries |",
        f"| {namen['admin_changelist_first']} | {p['admin_changelist_first']['median_ms']} | "
        f"{p['admin_changelist_first']['p95_ms']} | {p['admin_changelist_first']['queries']} "
        "queries |",
    ]
    for naam, uitleg in (
        ("one_team", "dashboard page, one team, against its database floor"),
        ("all_teams", "dashboard page, all teams, against its database floor"),
    ):
        m = u["dashboard"][naam]
        regels.append(
            f"| {uitleg} | {m['median_ms']} | {m['p95_ms']} | {m['queries']} queries; "
            f"{m['ratio_to_floor']}x the floor ({m['floor_median_ms']} ms) |"
        )
    for naam, uitleg in (
        ("reminder_scan", "reminder scan against its SQL floor"),
        ("reminder_scan_again", "reminder scan again (nothing new: idempotent)"),
    ):
        m = u[naam]
        regels.append(
            f"| {uitleg} | {m['median_ms']} | {m['p95_ms']} | {m['queries']} queries; "
            f"{m['ratio_to_floor']}x the floor ({m['floor_median_ms']} ms) |"
        )
    kaal = u["pdf_floor_bare_weasyprint"]
    regels.append(
        f"| floor: bare WeasyPrint, same HTML as the plan PDF | {kaal['median_ms']} | "
        f"{kaal['p95_ms']} | |"
    )
    regels += [
        "",
        "Pages against the framework floor: "
        + ", ".join(
            f"{k} {m['ratio_to_framework_floor']}x"
            for k, m in p.items()
            if k not in ("framework_floor",)
        )
        + ".",
    ]
    return regels
