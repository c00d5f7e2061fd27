"""One small municipality, with something on every page (wereld.py)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from huishoudens.models import Melding
from plannen.models import Afspraak, Doel, ZrmScore
from sociaal.demo.kaart import genereer_kaart
from sociaal.doorbraak.services import doorbraak_aanvragen
from sociaal.herinneringen.services import herinneringen_maken
from tests.browser.conftest import namen_geven
from tests.browser.toegankelijkheid.wereld import BSN, BSN_NOORD, Wereld
from tests.factories import (
    BetrokkeneFactory,
    GesprekFactory,
    HuishoudenFactory,
    MedewerkerFactory,
    MeldingFactory,
    NetwerklidFactory,
    PersoonFactory,
    PlanFactory,
)
from voorzieningen.models import Voorziening


@pytest.fixture
def wereld(consulent, collega, teamleider, wijk_centrum, wijk_noord) -> Wereld:
    """Wijkteam Centrum with work in every state a page shows, and a household in Noord
    that only a BSN search finds."""
    namen_geven(teamleider, consulent, collega)
    auditor = MedewerkerFactory(username="auditor", rol="auditor")
    genereer_kaart([wijk_centrum, wijk_noord])

    huishouden = HuishoudenFactory(wijk=wijk_centrum, straat="Lindelaan", huisnummer=3)
    bewoner = PersoonFactory(
        huishouden=huishouden, voornamen="Johanna", achternaam="de Boer", bsn=BSN
    )
    mantelzorger = NetwerklidFactory(persoon=bewoner, naam="Pieter de Boer", mantelzorger=True)
    BetrokkeneFactory(huishouden=huishouden, organisatie="Huisartsenpraktijk De Linde")

    # A melding of hers, assigned and in conversation, its onderzoek term passed (a reminder).
    melding = MeldingFactory(
        huishouden=huishouden,
        persoon=bewoner,
        consulent=consulent,
        status=Melding.Status.TOEGEWEZEN,
        ontvangen_op=timezone.now() - timedelta(days=45),
    )
    gesprek = GesprekFactory(melding=melding, vraag_inwoner="Ik wil weer zelf koken.")
    ZrmScore.objects.create(
        gesprek=gesprek, domein="financien", score=2, situatie="Schulden bij de energie."
    )
    # On the wachtlijst: a crisis, not yet assigned.
    crisis = HuishoudenFactory(wijk=wijk_centrum, straat="Kerkstraat", huisnummer=12)
    MeldingFactory(
        huishouden=crisis,
        persoon=PersoonFactory(huishouden=crisis, voornamen="Fatima", achternaam="El Amrani"),
        crisis=True,
    )

    # A plan with afspraken on every step of the ladder.
    plan = PlanFactory(huishouden=huishouden, regisseur=consulent)
    doel = Doel.objects.create(plan=plan, omschrijving="Zelf de boodschappen blijven doen")
    algemeen = Voorziening.objects.get(sleutel="boodschappendienst")
    maatwerk = Voorziening.objects.filter(soort=Voorziening.Soort.MAATWERK).first()
    for wat, uitvoerder, extra in (
        ("Elke zaterdag naar de markt", Afspraak.Uitvoerder.EIGEN_KRACHT, {"persoon": bewoner}),
        ("Pieter rijdt mee", Afspraak.Uitvoerder.NETWERK, {"netwerklid": mantelzorger}),
        ("Wekelijks boodschappen", Afspraak.Uitvoerder.ALGEMEEN, {"voorziening": algemeen}),
        (
            "Hulp in huis",
            Afspraak.Uitvoerder.MAATWERK,
            {
                "voorziening": maatwerk,
                "waarom_niet_eigen_kracht": "Zij kan niet meer tillen.",
                "waarom_niet_netwerk": "Pieter werkt overdag.",
                "waarom_niet_algemeen": "Er is hulp in huis nodig.",
            },
        ),
    ):
        Afspraak.objects.create(
            doel=doel, wat=wat, uitvoerder=uitvoerder, created_by=consulent, **extra
        )
    PlanFactory(
        huishouden=HuishoudenFactory(wijk=wijk_centrum, straat="Molenweg", huisnummer=7),
        regisseur=consulent,
    )

    noord = HuishoudenFactory(wijk=wijk_noord, straat="Noorderstraat", huisnummer=9)
    PersoonFactory(huishouden=noord, bsn=BSN_NOORD, achternaam="Verborgen")
    doorbraak_aanvragen(
        medewerker=collega,
        huishouden=noord,
        reden="Crisismelding politie 23.10 uur, wijkteam Noord niet bereikbaar.",
    )
    herinneringen_maken()
    return Wereld(
        consulent=consulent,
        teamleider=teamleider,
        auditor=auditor,
        huishouden=huishouden,
        noord=noord,
        melding=melding,
        gesprek=gesprek,
        plan=plan,
        doel=doel,
    )
