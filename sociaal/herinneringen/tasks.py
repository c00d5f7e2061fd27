from celery import shared_task

from .services import herinneringen_maken


@shared_task(name="herinneringen.maken", acks_late=True)
def maken() -> int:
    """Daily: the reminder scan (idempotent: running twice makes nothing twice)."""
    return herinneringen_maken()
