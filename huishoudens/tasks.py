"""Background work on meldingen. Thin and idempotent: running twice gives the same result."""

from celery import shared_task

from .services.meldingen import deadlines_herberekenen


@shared_task(name="huishoudens.deadlines_bijwerken", acks_late=True)
def deadlines_bijwerken(alleen_opgeschort: bool = True) -> int:
    """Nightly: the sort key of meldingen with an open suspension moves every day."""
    return deadlines_herberekenen(alleen_opgeschort=alleen_opgeschort)
