"""Every route about households, or for one role, has its row in a table of the matrix."""

import pytest
from django.urls import URLResolver, get_resolver

from sociaal.toegang import Beleid, beleid_van
from tests.sociaal.autorisatiematrix.test_kruislings import KRUISLINGS
from tests.sociaal.autorisatiematrix.test_lijsten import LIJSTEN
from tests.sociaal.autorisatiematrix.test_paginas import PAGINAS
from tests.sociaal.autorisatiematrix.test_wijzigingen import WIJZIGINGEN

pytestmark = pytest.mark.django_db


# --- 7. every route is in a table -----------------------------------------------------------

# Routes for medewerkers that are in no table of the matrix, and why.
NIET_IN_DE_MATRIX = {
    "herinneringen:gelezen": "test_someone_elses_reminder_cannot_be_marked_read",
    "herinneringen:alles-gelezen": "marks only one's own reminders (tests/herinneringen)",
    "logout": "no household data",
    "sessie-verlengen": "no household data",
    "tweestaps:instellen": "the second step: no household data",
    "tweestaps:controleren": "the second step: no household data",
}


def _routes(resolver=None, namespace=""):
    for patroon in (resolver or get_resolver()).url_patterns:
        if isinstance(patroon, URLResolver):
            ns = f"{namespace}{patroon.namespace}:" if patroon.namespace else namespace
            yield from _routes(patroon, ns)
        else:
            yield f"{namespace}{patroon.name}", beleid_van(patroon.callback)


def test_every_route_with_client_data_or_for_one_role_is_in_the_matrix():
    """A new route about households, or for one role, gets its row here."""
    in_tabel = {
        route.naam
        for tabel in (PAGINAS, WIJZIGINGEN, LIJSTEN, KRUISLINGS)
        for route, _cellen in tabel
    } | {"huishoudens:nieuw"}
    bewaakt = (Beleid.DOSSIER, Beleid.TEAMLEIDER, Beleid.AUDIT, Beleid.EIGEN)
    ontbreekt = sorted(
        naam
        for naam, beleid in _routes()
        if beleid in bewaakt and naam not in in_tabel and naam not in NIET_IN_DE_MATRIX
    )
    assert ontbreekt == [], f"routes not in the authorization matrix: {ontbreekt}"
