"""The reminder scan over the whole municipality against its SQL floor.

The floor is what the database must do anyway to find the same due reminders and store
them: the SELECT statements the scan sends (captured from the scan itself), run again on a
plain cursor, plus one bulk INSERT ... ON CONFLICT DO NOTHING of the very rows the scan
made. Measured twice: on a reminder table without today's reminders (the first scan of a
day) and again right after it (nothing new: the idempotent run).

The table keeps its history (read reminders of earlier years, a million at the benchmark's
size): only the reminders a measured run made are deleted (by id), so every run checks its
rows against the full unique index, as it does in production. (Reminders an earlier scan
left in the database count as history: the first measure then finds fewer new ones.)"""

from collections.abc import Callable

KOLOMMEN = ("regel", "ontvanger_id", "huishouden_id", "object_type", "object_id", "sleutel")
TYPEN = ("varchar", "bigint", "bigint", "varchar", "bigint", "varchar")


def scan_meten(meet: Callable) -> dict:
    """`meet(functie, herhalingen=..., voorbereiden=...)` as in bench/run.py; returns the
    measures `reminder_scan` and `reminder_scan_again`, each with the floor beside it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from sociaal.herinneringen.models import Herinnering
    from sociaal.herinneringen.services import herinneringen_maken

    grens = Herinnering.objects.order_by("-pk").values_list("pk", flat=True).first() or 0

    def opruimen() -> None:
        """Back to the history only: what a measured run added goes."""
        with connection.cursor() as c:
            c.execute("DELETE FROM herinneringen_herinnering WHERE id > %s", [grens])

    def opschonen() -> None:
        """Dead rows of the deleted reminders out of the table and its unique index, so
        repeated runs do not slow each other down."""
        with connection.cursor() as c:
            c.execute("VACUUM ANALYZE herinneringen_herinnering")

    opruimen()
    with CaptureQueriesContext(connection) as vastgelegd:
        herinneringen_maken()
    queries = len(vastgelegd.captured_queries)
    selects = [q["sql"] for q in vastgelegd.captured_queries if q["sql"].startswith("SELECT")]
    rijen = list(
        Herinnering.objects.filter(pk__gt=grens).order_by("pk").values_list(*KOLOMMEN, "datum")
    )
    aantal = len(rijen)
    kolommen = list(zip(*rijen, strict=True)) if rijen else [[] for _k in range(7)]
    invoegen = (
        "INSERT INTO herinneringen_herinnering "
        f"({', '.join(KOLOMMEN)}, datum, aangemaakt_op) "
        f"SELECT *, now() FROM unnest({', '.join(f'%s::{t}[]' for t in TYPEN)}, %s::date[]) "
        "ON CONFLICT DO NOTHING"
    )

    def vloer() -> None:
        with connection.cursor() as c:
            for sql in selects:
                c.execute(sql)
                c.fetchall()
            c.execute(invoegen, [list(k) for k in kolommen])

    def leeg() -> None:
        opruimen()
        opschonen()

    def met_vloer(functie, voorbereiden, aantal: int, queries: int) -> dict:
        uitkomst = meet(functie, voorbereiden=voorbereiden)
        v = meet(vloer, voorbereiden=voorbereiden)
        uitkomst.update(
            aantal=aantal,
            queries=queries,
            floor_median_ms=v["median_ms"],
            ratio_to_floor=round(uitkomst["median_ms"] / v["median_ms"], 2),
        )
        return uitkomst

    scan = met_vloer(herinneringen_maken, leeg, aantal, queries)
    # Again, with today's reminders in place: nothing new.
    leeg()
    herinneringen_maken()
    with CaptureQueriesContext(connection) as opnieuw_vastgelegd:
        nieuw = herinneringen_maken()
    queries = len(opnieuw_vastgelegd.captured_queries)
    opnieuw = met_vloer(herinneringen_maken, None, nieuw, queries)
    leeg()
    return {"reminder_scan": scan, "reminder_scan_again": opnieuw}
