from celery import shared_task

from .services import herinneringen_maken


@shared_task(name="herinneringen.maken", acks_late=True)
def maken() -> int:
    """Daily: the reminder scan (idempotent: running twice makes nothing twice)."""
    return herinneringen_maken()


@shared_task(name="herinneringen.dagoverzicht", acks_late=True)
def dagoverzicht() -> int:
    """Daily: one e-mail per medewerker with unread reminders (never two for one day)."""
    from .services import dagoverzicht_versturen

    return dagoverzicht_versturen()
