"""The wachtlijst per team and law."""

from datetime import date

import pytest

from sociaal.dashboard import cijfers
from tests.dashboard.cijfers.rijen import melding, om
from tests.factories import HuishoudenFactory

pytestmark = pytest.mark.django_db


def test_wachtlijst_per_team_and_law(
    team_centrum, team_noord, wijk_centrum, wijk_noord, door, wijk_oost
):
    nu = om(2026, 6, 15, 12)

    def centrum(**velden):
        return melding(HuishoudenFactory(wijk=wijk_centrum), door, **velden)

    # Wmo in Centrum: four waiting, two of them past their term.
    centrum(status="nieuw", ontvangen_op=om(2026, 5, 1, 9), deadline=om(2026, 6, 12))
    centrum(status="nieuw", ontvangen_op=om(2026, 6, 14), deadline=nu)  # due now: not past
    centrum(status="in_onderzoek", ontvangen_op=om(2026, 6, 10), deadline=om(2026, 7, 20))
    oudste = om(2026, 4, 20, 0, 30)  # still 19 April in UTC: the wait is in local days
    # Asked for while the onderzoek still runs: its onderzoek clock is the one past its
    # term, not a late beschikking.
    centrum(
        status="in_onderzoek",
        ontvangen_op=oudste,
        aanvraag_op=date(2026, 5, 1),
        deadline=om(2026, 6, 14),
    )
    # Finished: not waiting, even when received earlier; a late beschikking when asked for,
    # the onderzoek done, not decided and past the term.
    centrum(
        status="afgerond",
        ontvangen_op=om(2026, 3, 1),
        aanvraag_op=date(2026, 5, 1),
        onderzoek_afgerond_op=om(2026, 4, 28),
        deadline=om(2026, 6, 12),
    )
    centrum(
        status="afgerond",
        aanvraag_op=date(2026, 5, 1),
        onderzoek_afgerond_op=om(2026, 4, 28),
        beschikking_op=date(2026, 6, 1),
        deadline=om(2026, 6, 12),
    )
    centrum(
        status="afgerond",
        aanvraag_op=date(2026, 5, 1),
        onderzoek_afgerond_op=om(2026, 4, 28),
        deadline=om(2026, 6, 20),
    )
    centrum(status="afgerond", ontvangen_op=om(2026, 2, 1))
    centrum(
        status="ingetrokken",
        ontvangen_op=om(2026, 2, 1),
        aanvraag_op=date(2026, 3, 1),
        ingetrokken_op=om(2026, 3, 10),
    )
    # Jeugdwet and Participatiewet in Centrum.
    centrum(
        wet="jeugdwet",
        status="toegewezen",
        consulent=door,
        ontvangen_op=om(2026, 6, 1),
        deadline=om(2026, 7, 13),
    )
    # A Participatiewet aanvraag after the onderzoek, past its term.
    centrum(
        wet="participatiewet",
        status="afgerond",
        aanvraag_op=date(2026, 4, 1),
        onderzoek_afgerond_op=om(2026, 4, 20),
        deadline=om(2026, 6, 1),
    )
    # Noord, and Oost (not asked for).
    melding(
        HuishoudenFactory(wijk=wijk_noord),
        door,
        status="nieuw",
        ontvangen_op=om(2026, 1, 5),
        deadline=om(2026, 2, 16),
    )
    melding(HuishoudenFactory(wijk=wijk_oost), door, status="nieuw", deadline=om(2026, 1, 1))

    rijen = cijfers.wachtlijst([team_centrum, team_noord], nu=nu)

    c, n = team_centrum.pk, team_noord.pk
    assert [
        (r.team_id, r.wet, r.wachtend, r.oudste, r.verlopen, r.beschikking_verlopen) for r in rijen
    ] == sorted(
        [
            (c, "jeugdwet", 1, om(2026, 6, 1), 0, 0),
            (c, "participatiewet", 0, None, 0, 1),
            (c, "wmo", 4, oudste, 2, 1),
            (n, "wmo", 1, om(2026, 1, 5), 1, 0),
        ],
        key=lambda r: (r[0], r[1]),
    )
    vandaag = date(2026, 6, 15)
    assert {(r.team_id, r.wet): r.langste_wachttijd(vandaag) for r in rijen} == {
        (c, "jeugdwet"): 14,
        (c, "participatiewet"): None,
        (c, "wmo"): 56,
        (n, "wmo"): 161,
    }
    assert [(r.team_id, r.wet) for r in cijfers.wachtlijst([team_noord], nu=nu)] == [(n, "wmo")]
