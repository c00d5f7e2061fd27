"""What the reminder tests share: a clock set to a given day, and an assigned melding."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from huishoudens.models import Melding
from tests.factories import HuishoudenFactory, MeldingFactory

AMS = ZoneInfo("Europe/Amsterdam")
START = datetime(2026, 6, 1, 9, 0, tzinfo=AMS)  # a Monday; Wmo onderzoek due 13 July


def op(dag: date):
    return time_machine.travel(datetime(dag.year, dag.month, dag.day, 8, tzinfo=AMS), tick=False)


@pytest.fixture
def melding(wijk_centrum, consulent):
    with time_machine.travel(START, tick=False):
        return MeldingFactory(
            huishouden=HuishoudenFactory(wijk=wijk_centrum),
            consulent=consulent,
            status=Melding.Status.TOEGEWEZEN,
        )
