"""The deadline engine at its edges. Dates are in Europe/Amsterdam; 2026-06-01 is a
Monday."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from sociaal.termijnen.regels import (
    WETTELIJKE_TERMIJNEN,
    Aanpassing,
    Klok,
    Soort,
    Staat,
    Termijn,
    Wet,
    bereken,
    termijn_voor,
)

AMS = ZoneInfo("Europe/Amsterdam")
ZES_WEKEN = WETTELIJKE_TERMIJNEN[(Klok.ONDERZOEK, Wet.WMO)]


def op(dag: date, uur: int = 10) -> datetime:
    return datetime(dag.year, dag.month, dag.day, uur, tzinfo=AMS)


MAANDAG = date(2026, 6, 1)


def stand(nu: date, *, start: date = MAANDAG, termijn: Termijn = ZES_WEKEN, **kwargs):
    return bereken(termijn=termijn, start=op(start), nu=op(nu), waarschuwing_dagen=7, **kwargs)


def test_the_table_holds_the_statutory_terms():
    assert WETTELIJKE_TERMIJNEN[(Klok.ONDERZOEK, Wet.WMO)].dagen == 42
    assert WETTELIJKE_TERMIJNEN[(Klok.PERSOONLIJK_PLAN, Wet.WMO)].dagen == 7
    assert WETTELIJKE_TERMIJNEN[(Klok.BESCHIKKING, Wet.WMO)].dagen == 14
    assert WETTELIJKE_TERMIJNEN[(Klok.BESCHIKKING, Wet.JEUGDWET)].dagen == 56
    assert WETTELIJKE_TERMIJNEN[(Klok.BESCHIKKING, Wet.PARTICIPATIEWET)].dagen == 56
    assert WETTELIJKE_TERMIJNEN[(Klok.VOORSCHOT, Wet.PARTICIPATIEWET)].dagen == 28
    assert all(WETTELIJKE_TERMIJNEN[(Klok.CRISIS, w)].uren == 48 for w in Wet)
    assert (Klok.VOORSCHOT, Wet.JEUGDWET) not in WETTELIJKE_TERMIJNEN


def test_onderzoek_outside_the_wmo_is_the_municipal_term():
    termijn = termijn_voor(Klok.ONDERZOEK, Wet.JEUGDWET, onderzoek_dagen_gemeente=28)
    assert (termijn.dagen, termijn.gemeentelijk) == (28, True)
    assert termijn_voor(Klok.ONDERZOEK, Wet.WMO, onderzoek_dagen_gemeente=28) == ZES_WEKEN


def test_six_weeks_from_a_monday_ends_on_the_monday_six_weeks_later():
    s = stand(MAANDAG)
    assert s.deadline.date() == date(2026, 7, 13)
    assert (s.deadline.hour, s.deadline.minute) == (23, 59)
    assert s.dagen_over == 42
    assert s.staat == Staat.OP_TIJD


def test_weekends_count_as_days_even_when_the_term_ends_on_a_sunday():
    zaterdag = date(2026, 6, 6)
    s = stand(zaterdag, start=zaterdag, termijn=Termijn(dagen=8))
    assert s.deadline.date() == date(2026, 6, 14)  # a Sunday: no shift to Monday
    assert s.deadline.date().weekday() == 6


def test_the_last_day_is_still_on_time_and_the_next_is_overdue():
    laatste = date(2026, 7, 13)
    assert stand(laatste).staat == Staat.BIJNA_VERLOPEN
    assert stand(laatste).dagen_over == 0
    te_laat = stand(laatste + timedelta(days=1))
    assert te_laat.staat == Staat.VERLOPEN
    assert te_laat.dagen_over == -1


def test_warning_starts_exactly_at_the_warning_window():
    deadline = date(2026, 7, 13)
    assert stand(deadline - timedelta(days=8)).staat == Staat.OP_TIJD
    assert stand(deadline - timedelta(days=7)).staat == Staat.BIJNA_VERLOPEN


def test_same_day_start_and_stop_is_on_time():
    s = bereken(
        termijn=ZES_WEKEN,
        start=op(MAANDAG, 9),
        nu=op(MAANDAG, 17),
        waarschuwing_dagen=7,
        gestopt_op=op(MAANDAG, 16),
    )
    assert s.staat == Staat.AFGEROND
    assert s.was_op_tijd is True


def test_stopped_late_says_so_and_no_longer_runs():
    s = stand(date(2026, 9, 1), gestopt_op=op(date(2026, 7, 20)))
    assert s.staat == Staat.AFGEROND
    assert s.was_op_tijd is False


def test_an_extension_adds_its_days_and_is_reported():
    verlenging = Aanpassing(Soort.VERLENGING, van=date(2026, 7, 1), dagen=14, reden="Advies CIZ")
    s = stand(date(2026, 7, 20), aanpassingen=(verlenging,))
    assert s.deadline.date() == date(2026, 7, 27)
    assert s.is_verlengd and s.verlengingen[0].reden == "Advies CIZ"
    assert s.staat == Staat.BIJNA_VERLOPEN


def test_a_closed_suspension_adds_the_days_it_lasted():
    opschorting = Aanpassing(
        Soort.OPSCHORTING, van=date(2026, 6, 10), tot=date(2026, 6, 20), reden="Wacht op stukken"
    )
    s = stand(date(2026, 7, 1), aanpassingen=(opschorting,))
    assert s.deadline.date() == date(2026, 7, 24)  # 10 up to and including 20 June: 11 days
    assert not s.is_opgeschort


def test_an_open_suspension_keeps_moving_the_deadline_while_it_lasts():
    opschorting = Aanpassing(
        Soort.OPSCHORTING, van=date(2026, 7, 10), reden="Inwoner in ziekenhuis"
    )
    eerst = stand(date(2026, 7, 12), aanpassingen=(opschorting,))
    later = stand(date(2026, 7, 20), aanpassingen=(opschorting,))
    assert eerst.deadline.date() == date(2026, 7, 16)  # 10, 11, 12 July suspended
    assert later.deadline.date() == date(2026, 7, 24)
    assert later.is_opgeschort
    # While suspended the clock does not run down: days left stay the same.
    assert eerst.dagen_over == later.dagen_over == 4


def test_a_suspension_stops_growing_once_the_clock_is_stopped():
    opschorting = Aanpassing(Soort.OPSCHORTING, van=date(2026, 7, 10), reden="x")
    s = stand(date(2026, 9, 1), aanpassingen=(opschorting,), gestopt_op=op(date(2026, 7, 12)))
    assert s.deadline.date() == date(2026, 7, 16)


def test_overlapping_suspensions_count_each_day_once():
    a = Aanpassing(Soort.OPSCHORTING, van=date(2026, 6, 10), tot=date(2026, 6, 19), reden="a")
    b = Aanpassing(Soort.OPSCHORTING, van=date(2026, 6, 15), tot=date(2026, 6, 24), reden="b")
    s = stand(date(2026, 7, 1), aanpassingen=(a, b))
    assert s.deadline.date() == date(2026, 7, 13) + timedelta(days=15)


def test_a_suspension_after_the_term_ran_out_does_not_revive_it():
    te_laat = Aanpassing(Soort.OPSCHORTING, van=date(2026, 9, 1), tot=date(2026, 9, 30), reden="x")
    s = stand(date(2026, 10, 1), aanpassingen=(te_laat,))
    assert s.deadline.date() == date(2026, 7, 13)
    assert s.staat == Staat.VERLOPEN


def test_a_suspension_that_has_not_begun_does_not_count_yet():
    later = Aanpassing(Soort.OPSCHORTING, van=date(2026, 7, 1), tot=date(2026, 7, 5), reden="x")
    assert stand(date(2026, 6, 20), aanpassingen=(later,)).deadline.date() == date(2026, 7, 13)
    assert stand(date(2026, 7, 2), aanpassingen=(later,)).deadline.date() == date(2026, 7, 18)


def test_crisis_runs_in_hours():
    crisis = WETTELIJKE_TERMIJNEN[(Klok.CRISIS, Wet.WMO)]
    start = datetime(2026, 6, 5, 22, 0, tzinfo=AMS)  # Friday night
    s = bereken(termijn=crisis, start=start, nu=start + timedelta(hours=30), waarschuwing_dagen=7)
    assert s.deadline == datetime(2026, 6, 7, 22, 0, tzinfo=AMS)
    assert s.uren_over == 18
    assert s.staat == Staat.BIJNA_VERLOPEN
    te_laat = bereken(
        termijn=crisis, start=start, nu=start + timedelta(hours=49), waarschuwing_dagen=7
    )
    assert te_laat.staat == Staat.VERLOPEN


@pytest.mark.parametrize(
    ("start", "deadline"),
    [
        # Summer time starts on 29 March 2026: 48 real hours end at 11:00 local time.
        (datetime(2026, 3, 28, 10, tzinfo=AMS), datetime(2026, 3, 30, 11, tzinfo=AMS)),
        # and ends on 25 October 2026: 48 real hours end at 09:00 local time.
        (datetime(2026, 10, 24, 10, tzinfo=AMS), datetime(2026, 10, 26, 9, tzinfo=AMS)),
    ],
)
def test_crisis_hours_are_real_hours_across_summer_time(start, deadline):
    crisis = WETTELIJKE_TERMIJNEN[(Klok.CRISIS, Wet.WMO)]
    s = bereken(termijn=crisis, start=start, nu=start + timedelta(hours=1), waarschuwing_dagen=7)
    assert s.deadline == deadline
    assert s.uren_over == 47


def test_an_overdue_crisis_counts_hours_late():
    crisis = WETTELIJKE_TERMIJNEN[(Klok.CRISIS, Wet.WMO)]
    start = datetime(2026, 6, 1, 10, tzinfo=AMS)
    s = bereken(termijn=crisis, start=start, nu=start + timedelta(hours=53), waarschuwing_dagen=7)
    assert (s.staat, s.uren_te_laat) == (Staat.VERLOPEN, 5)


def test_stopped_in_the_last_second_of_the_last_day_is_on_time():
    laatste = datetime(2026, 7, 13, 23, 59, 59, 900000, tzinfo=AMS)
    assert stand(date(2026, 7, 20), gestopt_op=laatste).was_op_tijd is True


@pytest.mark.parametrize(("dagen", "tekst"), [(42, "6 weken"), (7, "1 week"), (10, "10 dagen")])
def test_terms_describe_themselves_in_dutch(dagen, tekst):
    assert str(Termijn(dagen=dagen).omschrijving) == tekst
