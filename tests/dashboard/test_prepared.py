"""A `@voorbereid` query gives the rows its QuerySet gives, whatever the values, and is
built and compiled once per shape (here: the number of teams)."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db.models import Count

from huishoudens.models import Melding
from sociaal.dashboard.cijfers import in_teams
from sociaal.dashboard.periode import Periode, Soort
from sociaal.dashboard.prepared import voorbereid
from tests.factories import HuishoudenFactory, MeldingFactory

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")


def _vraag(*, teams, periode):
    return (
        Melding.objects.filter(
            in_teams("huishouden__wijk__team", teams),
            ontvangen_op__gte=periode.begin_moment,
            ontvangen_op__lt=periode.eind_moment,
        )
        .values("huishouden__wijk__team")
        .annotate(n=Count("pk"))
        .order_by("huishouden__wijk__team")
    )


meldingen_per_team = voorbereid(_vraag)


@pytest.fixture
def meldingen(wijk_centrum, wijk_noord):
    for wijk, dagen in ((wijk_centrum, [3, 4, 40]), (wijk_noord, [5])):
        for dag in dagen:
            MeldingFactory(
                huishouden=HuishoudenFactory(wijk=wijk),
                ontvangen_op=datetime(2026, 1, 1, 12, tzinfo=AMS) + timedelta(days=dag),
            )


def test_the_same_rows_as_the_queryset_for_every_value(meldingen, team_centrum, team_noord):
    meldingen_per_team.klaar.clear()
    for teams in ([team_centrum], [team_noord], [team_centrum, team_noord]):
        for periode in (
            Periode.rond(Soort.MAAND, date(2026, 1, 1)),
            Periode.rond(Soort.KWARTAAL, date(2026, 1, 1)),
        ):
            assert meldingen_per_team(teams=teams, periode=periode) == list(
                _vraag(teams=teams, periode=periode)
            )
    assert len(meldingen_per_team.klaar) == 2  # one team, two teams


def test_nothing_to_ask_for_no_teams(meldingen):
    periode = Periode.rond(Soort.JAAR, date(2026, 1, 1))
    assert meldingen_per_team(teams=[], periode=periode) == []
