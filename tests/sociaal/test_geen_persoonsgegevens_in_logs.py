"""No personal data in a log line (docs/design.md §4.8): the main flows run with every logger
captured at DEBUG, and the captured output holds none of the residents' BSNs, names,
streets, phone numbers or e-mail addresses — also not when something is refused, not
found, or typed wrong."""

import logging

import pytest
from django.test import Client, override_settings
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from huishoudens.models import Huishouden, Persoon
from plannen.models import Plan
from tests.conftest import ingelogd

pytestmark = pytest.mark.django_db

BSN = "999990019"
ANDER_BSN = "123456789"  # fails the 11-proef: typed wrong
GEHEIM = [
    BSN,
    ANDER_BSN,
    "Zwanette",
    "Oosterhuis-Piekema",
    "Vlinderhof",
    "0612345678",
    "zwanette@example.nl",
    "Gerritje",
]


@pytest.fixture
def logregels(caplog):
    """The most an operator can ask for (DJANGO_LOG_LEVEL=DEBUG: the root at DEBUG, the
    app's own per-logger levels as configured), everything captured."""
    root = logging.getLogger()
    niveau = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(caplog.handler)
    try:
        yield caplog
    finally:
        root.removeHandler(caplog.handler)
        root.setLevel(niveau)


def test_the_main_flows_log_no_personal_data(
    consulent, consulent_noord, teamleider, wijk_centrum, logregels
):
    client = ingelogd(consulent)

    # A new household, a person with a BSN, typed wrong first.
    client.post(
        reverse("huishoudens:nieuw"),
        {
            "straat": "Vlinderhof",
            "huisnummer": "12",
            "postcode": "1234 AB",
            "woonplaats": "Voorbeeldstad",
            "wijk": wijk_centrum.pk,
        },
    )
    huishouden = Huishouden.objects.get(straat="Vlinderhof")
    persoon = {
        "voornamen": "Zwanette",
        "achternaam": "Oosterhuis-Piekema",
        "geboortedatum": "1948-02-29",
        "rol": Persoon.RolInHuishouden.HOOFDBEWONER,
        "telefoon": "0612345678",
        "email": "zwanette@example.nl",
    }
    nieuw = reverse("huishoudens:persoon-nieuw", args=[huishouden.pk])
    client.post(nieuw, {**persoon, "bsn": ANDER_BSN})
    client.post(nieuw, {**persoon, "bsn": BSN})
    assert Persoon.objects.filter(bsn=BSN).exists()

    # Searching by BSN and by name, reading, a melding, a plan, a netwerklid.
    client.post(reverse("huishoudens:lijst"), {"bsn": BSN})
    client.post(reverse("huishoudens:lijst"), {"naam": "Oosterhuis"})
    client.get(reverse("huishoudens:dossier", args=[huishouden.pk]))
    client.post(
        reverse("meldingen:nieuw", args=[huishouden.pk]),
        {
            "persoon": Persoon.objects.get(bsn=BSN).pk,
            "wet": "wmo",
            "melder": "familie",
            "vraag": "Gerritje belt: haar moeder Zwanette redt het niet meer.",
        },
    )
    client.post(
        reverse(
            "huishoudens:netwerklid-nieuw", args=[huishouden.pk, Persoon.objects.get(bsn=BSN).pk]
        ),
        {"naam": "Gerritje", "relatie": "familie", "telefoon": "0612345678"},
    )
    client.post(reverse("plannen:starten", args=[huishouden.pk]), {"regisseur": consulent.pk})
    plan = Plan.objects.get(huishouden=huishouden)
    client.get(reverse("plannen:plan", args=[plan.pk]))

    # Refused and not found: someone of another team, an id that does not exist.
    ingelogd(consulent_noord).get(reverse("huishoudens:dossier", args=[huishouden.pk]))
    ingelogd(consulent_noord).post(reverse("huishoudens:lijst"), {"bsn": BSN})
    client.get(reverse("huishoudens:dossier", args=[huishouden.pk + 1000]))
    ingelogd(teamleider).get(reverse("dashboard:dashboard"))

    # What does log: wrong passwords until the lock, a wrong second-step code.
    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=3):
        for _ in range(4):
            Client().post(
                reverse("login"), {"username": consulent_noord.username, "password": BSN}
            )
    with override_settings(SOCIAAL_TWEESTAPS=True):
        TOTPDevice.objects.create(user=consulent_noord, name="app", confirmed=True)
        ingelogd(consulent_noord).post(reverse("tweestaps:controleren"), {"code": "123456"})

    assert logregels.records, "the flows should have logged something to look through"
    tekst = "\n".join(
        [logregels.text] + [str(r.__dict__) for r in logregels.records]  # extra fields too
    )
    gevonden = [geheim for geheim in GEHEIM if geheim.lower() in tekst.lower()]
    assert gevonden == []
