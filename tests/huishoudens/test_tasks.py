"""The nightly deadline update, through a real worker and Redis."""

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from huishoudens.models import Melding, TermijnAanpassing
from huishoudens.tasks import deadlines_bijwerken
from sociaal.termijnen.regels import Klok, Soort
from tests.factories import HuishoudenFactory, MedewerkerFactory, MeldingFactory, WijkFactory

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def wacht_tot(voorwaarde, seconden: float = 15) -> bool:
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if voorwaarde():
            return True
        time.sleep(0.2)
    return False


def test_the_nightly_task_moves_deadlines_of_open_suspensions(celery_worker):
    melding = MeldingFactory(
        huishouden=HuishoudenFactory(wijk=WijkFactory()),
        ontvangen_op=timezone.now() - timedelta(days=20),
    )
    # Suspended since 5 days ago, still running: the stored sort key is 5 days behind.
    TermijnAanpassing.objects.create(
        melding=melding,
        klok=Klok.ONDERZOEK,
        soort=Soort.OPSCHORTING,
        van=timezone.localdate() - timedelta(days=5),
        reden="Inwoner opgenomen",
        door=MedewerkerFactory(),
    )
    verouderd = melding.deadline
    deadlines_bijwerken.delay()
    assert wacht_tot(lambda: Melding.objects.get(pk=melding.pk).deadline != verouderd)
    assert (Melding.objects.get(pk=melding.pk).deadline - verouderd).days == 6

    # Idempotent: a second run changes nothing.
    deadlines_bijwerken.delay()
    time.sleep(1)
    assert (Melding.objects.get(pk=melding.pk).deadline - verouderd).days == 6
