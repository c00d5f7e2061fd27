"""Making reminders (the daily scan) and reading them (the inbox)."""

from datetime import date

from django.db import transaction
from django.utils import timezone

from sociaal.termijnen.models import Termijninstellingen

from .models import Herinnering
from .regels import REGELS

BATCH = 2000


def herinneringen_maken(*, vandaag: date | None = None) -> int:
    """Runs every rule and stores what it finds. A reminder that exists already is skipped
    by the database (a unique constraint, ON CONFLICT DO NOTHING), so running twice, or
    twice at the same time, gives no duplicates. Returns how many are new."""
    vandaag = vandaag or timezone.localdate()
    instellingen = Termijninstellingen.huidige()
    voor = Herinnering.objects.count()
    nieuw = [
        Herinnering(
            regel=v.regel,
            ontvanger_id=v.ontvanger_id,
            huishouden_id=v.huishouden_id,
            object_type=v.object_type,
            object_id=v.object_id,
            sleutel=v.sleutel,
            datum=v.datum,
        )
        for regel in REGELS
        for v in regel(vandaag, instellingen)
    ]
    with transaction.atomic():
        Herinnering.objects.bulk_create(nieuw, batch_size=BATCH, ignore_conflicts=True)
    return Herinnering.objects.count() - voor


def markeer_gelezen(*, medewerker, pk: int | None = None) -> int:
    qs = Herinnering.objects.filter(ontvanger=medewerker, gelezen_op__isnull=True)
    if pk is not None:
        qs = qs.filter(pk=pk)
    return qs.update(gelezen_op=timezone.now())
