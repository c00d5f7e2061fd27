"""PDF work for the worker: thin, idempotent, on the "pdf" queue."""

from celery import shared_task

from .services import documenten


@shared_task(
    name="plannen.document_maken",
    acks_late=True,
    reject_on_worker_lost=True,
    soft_time_limit=60,
    time_limit=90,
)
def document_maken(document_id: int) -> None:
    documenten.document_maken(document_id)


@shared_task(name="plannen.documenten_versturen")
def documenten_versturen() -> int:
    """Every minute: documents that could not be handed to the broker are sent again."""
    return documenten.wachtende_versturen()
