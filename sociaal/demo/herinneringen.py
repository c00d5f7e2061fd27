"""The reminders of earlier years, read long ago: the history an inbox has after years of
use (about a million at the benchmark's size). Only for finished cases — a melding that is
afgerond, a plan that is closed — so the daily scan, which looks at open cases, finds its
own reminders as it would in production."""

import random
from datetime import datetime, time, timedelta

from django.utils import timezone

from huishoudens.models import Melding
from plannen.models import Plan
from sociaal.herinneringen.models import Herinnering, Regel

from .plannen import BATCH, eigen_aanmaakmoment

MELDING = "huishoudens.melding"
PLAN = "plannen.plan"


def _herinnering(rng, regel, ontvanger_id, huishouden_id, object_type, object_id, datum):
    aangemaakt = timezone.make_aware(datetime.combine(datum - timedelta(days=7), time(6)))
    return Herinnering(
        regel=regel,
        ontvanger_id=ontvanger_id,
        huishouden_id=huishouden_id,
        object_type=object_type,
        object_id=object_id,
        sleutel=datum.isoformat(),
        datum=datum,
        aangemaakt_op=aangemaakt,
        gelezen_op=aangemaakt + timedelta(hours=rng.randint(1, 96)),
    )


def genereer_historie(rng: random.Random) -> int:
    aantal = 0
    meldingen = Melding.objects.filter(
        status=Melding.Status.AFGEROND, consulent__isnull=False
    ).values_list("pk", "huishouden_id", "consulent_id", "ontvangen_op")
    plannen = Plan.objects.filter(status=Plan.Status.AFGESLOTEN).values_list(
        "pk", "huishouden_id", "regisseur_id", "closed_at"
    )
    rijen = []
    for pk, huishouden_id, consulent_id, ontvangen_op in meldingen.iterator(chunk_size=BATCH):
        ontvangen = timezone.localtime(ontvangen_op).date()
        wie = (consulent_id, huishouden_id, MELDING, pk)
        rijen.append((Regel.OVERGEDRAGEN, *wie, ontvangen + timedelta(days=1)))
        rijen.append((Regel.TERMIJN_NADERT, *wie, ontvangen + timedelta(days=42)))
        if rng.random() < 0.4:
            rijen.append((Regel.TERMIJN_VERLOPEN, *wie, ontvangen + timedelta(days=42)))
    for pk, huishouden_id, regisseur_id, closed_at in plannen.iterator(chunk_size=BATCH):
        gesloten = timezone.localtime(closed_at).date()
        rijen.append((Regel.EVALUATIE_NADERT, regisseur_id, huishouden_id, PLAN, pk, gesloten))
    with eigen_aanmaakmoment(Herinnering, "aangemaakt_op"):
        for i in range(0, len(rijen), BATCH * 5):
            batch = [_herinnering(rng, *rij) for rij in rijen[i : i + BATCH * 5]]
            Herinnering.objects.bulk_create(batch, batch_size=BATCH)
            aantal += len(batch)
    return aantal
