"""A `@voorbereid` query gives the rows its QuerySet gives, whatever the values, and is
built and compiled once per shape (here: the number of teams)."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db.models import Count

from huishoudens.models import Melding
from sociaal.dashboard.cijfers import in_teams
from sociaal.dashboard.periode import Periode, Soort
from sociaal.voorbereid import voorbereid
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


# --- prepared on the database server ------------------------------------------------------

meldingen_op_de_server = voorbereid(op_de_server=True)(_vraag)


def _op_de_server() -> set[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM pg_prepared_statements WHERE name LIKE 'sociaal_%%'")
        return {naam for (naam,) in cursor.fetchall()}


@pytest.mark.django_db(transaction=True)  # a new connection, outside a test transaction
def test_prepared_on_the_server_once_per_connection_one_query_a_run(meldingen, team_centrum):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    connection.close()  # a new session: nothing prepared on it yet
    periode = Periode.rond(Soort.KWARTAAL, date(2026, 1, 1))
    verwacht = list(_vraag(teams=[team_centrum], periode=periode))
    for _run in range(3):
        with CaptureQueriesContext(connection) as vragen:
            rijen = meldingen_op_de_server(teams=[team_centrum], periode=periode)
        assert rijen == verwacht
        assert len(vragen) == 1
    assert vragen[0]["sql"].startswith("EXECUTE sociaal_")
    assert len(_op_de_server()) == 1


def test_another_shape_is_another_statement(meldingen, team_centrum, team_noord):
    periode = Periode.rond(Soort.MAAND, date(2026, 1, 1))
    voor = _op_de_server()
    meldingen_op_de_server(teams=[team_centrum], periode=periode)
    meldingen_op_de_server(teams=[team_centrum, team_noord], periode=periode)
    assert len(_op_de_server() - voor) <= 2
    assert meldingen_op_de_server(teams=[team_centrum, team_noord], periode=periode) == list(
        _vraag(teams=[team_centrum, team_noord], periode=periode)
    )


@pytest.mark.django_db(transaction=True)
def test_switched_off_nothing_is_prepared(meldingen, team_centrum, settings):
    from django.db import connection

    settings.SOCIAAL_DB_PREPARE = False
    connection.close()
    periode = Periode.rond(Soort.JAAR, date(2026, 1, 1))
    assert meldingen_op_de_server(teams=[team_centrum], periode=periode) == list(
        _vraag(teams=[team_centrum], periode=periode)
    )
    assert _op_de_server() == set()


@pytest.mark.django_db(transaction=True)
def test_after_a_failed_first_run_it_finds_out_whether_the_statement_stands(
    meldingen, team_centrum
):
    """A first run whose EXECUTE failed may have left its PREPARE standing: the next run
    asks the server instead of preparing it a second time (which PostgreSQL refuses)."""
    from django.db import connection

    from sociaal import voorbereid as module

    connection.close()
    periode = Periode.rond(Soort.KWARTAAL, date(2026, 4, 1))
    verwacht = list(_vraag(teams=[team_centrum], periode=periode))
    assert meldingen_op_de_server(teams=[team_centrum], periode=periode) == verwacht
    bekend = module._OP_DE_SERVER[connection.connection]
    for naam in bekend:  # as if the first run had failed after its PREPARE
        bekend[naam] = None
    assert meldingen_op_de_server(teams=[team_centrum], periode=periode) == verwacht
    assert all(bekend.values())
    for naam in list(bekend):  # as if it had failed before it: nothing stands
        with connection.cursor() as cursor:
            cursor.execute(f"DEALLOCATE {naam}")
        bekend[naam] = None
    assert meldingen_op_de_server(teams=[team_centrum], periode=periode) == verwacht
    assert all(bekend.values())
