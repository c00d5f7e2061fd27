"""What counts as waiting and overdue is defined once (sociaal.achterstand); it must stay in
step with the models it filters."""

from huishoudens.models import Melding
from sociaal import achterstand


def test_waiting_is_exactly_the_open_statuses_of_a_melding():
    (veld, statussen) = achterstand.WACHTEND.children[0]
    assert veld == "status__in"
    assert set(statussen) == set(Melding.OPEN_STATUSSEN)
