"""What is overdue per team: evaluations, afspraken, agreement."""

from datetime import date

import pytest

from plannen.models import Plan
from sociaal.dashboard import cijfers
from sociaal.dashboard.cijfers import Achterstand
from sociaal.termijnen.models import Termijninstellingen
from tests.dashboard.cijfers.rijen import afspraak, om, plan
from tests.factories import HuishoudenFactory

pytestmark = pytest.mark.django_db


def test_achterstanden_per_team(
    team_centrum, team_noord, wijk_centrum, wijk_noord, wijk_oost, door
):
    Termijninstellingen.objects.update_or_create(pk=1, defaults={"ondertekening_dagen": 10})
    vandaag = date(2026, 6, 15)

    def centrum(status=Plan.Status.CONCEPT, **velden):
        return plan(HuishoudenFactory(wijk=wijk_centrum), door, status, **velden)

    # Evaluations: one overdue; due today, in evaluation, or closed is not overdue.
    te_laat = centrum(Plan.Status.VASTGESTELD, evaluatie_op=date(2026, 6, 14))
    vandaag_te_doen = centrum(Plan.Status.VASTGESTELD, evaluatie_op=vandaag)
    in_evaluatie = centrum(Plan.Status.IN_EVALUATIE, evaluatie_op=date(2026, 6, 1))
    afgesloten = centrum(
        Plan.Status.AFGESLOTEN, evaluatie_op=date(2026, 5, 1), closed_at=om(2026, 6, 1)
    )
    # Out for agreement: 11 and exactly 10 days (the term reached, as the reminder counts
    # it) are overdue, 9 days not yet.
    ter_ondertekening = [
        centrum(Plan.Status.TER_ONDERTEKENING, ter_ondertekening_op=sinds)
        for sinds in (om(2026, 6, 4, 15), om(2026, 6, 5, 23, 30), om(2026, 6, 6, 0, 30))
    ]
    concept = centrum()

    # Afspraken past their date, of agreed plans only.
    afspraak(te_laat, "eigen_kracht", wanneer=date(2026, 6, 14))
    afspraak(te_laat, "eigen_kracht", wanneer=vandaag)
    afspraak(te_laat, "eigen_kracht")
    afspraak(in_evaluatie, "eigen_kracht", wanneer=date(2026, 6, 1))
    afspraak(vandaag_te_doen, "eigen_kracht", wanneer=date(2026, 7, 1))
    afspraak(concept, "eigen_kracht", wanneer=date(2026, 6, 1))
    afspraak(ter_ondertekening[0], "eigen_kracht", wanneer=date(2026, 6, 1))
    afspraak(afgesloten, "eigen_kracht", wanneer=date(2026, 5, 1))

    noord = plan(
        HuishoudenFactory(wijk=wijk_noord),
        door,
        Plan.Status.VASTGESTELD,
        evaluatie_op=date(2026, 6, 1),
    )
    afspraak(noord, "eigen_kracht", wanneer=date(2026, 6, 1))
    oost = plan(
        HuishoudenFactory(wijk=wijk_oost),
        door,
        Plan.Status.VASTGESTELD,
        evaluatie_op=date(2026, 6, 1),
    )
    afspraak(oost, "eigen_kracht", wanneer=date(2026, 6, 1))

    uitkomst = cijfers.achterstanden(
        [team_centrum, team_noord], vandaag=vandaag, instellingen=Termijninstellingen.huidige()
    )

    assert uitkomst == {
        team_centrum.pk: Achterstand(evaluaties=1, afspraken=2, wacht_op_akkoord=2),
        team_noord.pk: Achterstand(evaluaties=1, afspraken=1, wacht_op_akkoord=0),
    }
