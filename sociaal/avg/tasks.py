from celery import shared_task


@shared_task(name="avg.vernietigingslijst_voorstellen", acks_late=True)
def vernietigingslijst_voorstellen() -> int:
    """Weekly: propose the households whose retention term passed (idempotent: never two
    lists waiting at once). Returns how many households are on the new list."""
    from .bewaren import lijst_voorstellen

    lijst = lijst_voorstellen()
    return lijst.regels.count() if lijst else 0
