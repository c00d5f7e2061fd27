"""factory_boy factories for the domain, with traits for the states tests need."""

from datetime import date

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from huishoudens.models import Betrokkene, Huishouden, Netwerklid, Persoon
from plannen.models import Plan
from sociaal.medewerkers.models import Medewerker, Rol, Team, Wijk

WACHTWOORD = "geheim-wachtwoord-123"


class TeamFactory(DjangoModelFactory):
    class Meta:
        model = Team
        django_get_or_create = ["naam"]

    naam = factory.Sequence(lambda n: f"Wijkteam {n}")


class WijkFactory(DjangoModelFactory):
    class Meta:
        model = Wijk

    naam = factory.Sequence(lambda n: f"Wijk {n}")
    team = factory.SubFactory(TeamFactory)


class MedewerkerFactory(DjangoModelFactory):
    class Meta:
        model = Medewerker
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"medewerker{n}")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    rol = Rol.CONSULENT
    password = factory.django.Password(WACHTWOORD)

    class Params:
        teamleider = factory.Trait(rol=Rol.TEAMLEIDER)
        beheerder = factory.Trait(rol=Rol.BEHEERDER, is_staff=True)

    @factory.post_generation
    def teams(self, create, extracted, **kwargs):
        if create and extracted:
            self.teams.set(extracted)


class HuishoudenFactory(DjangoModelFactory):
    class Meta:
        model = Huishouden

    straat = "Dorpsstraat"
    huisnummer = factory.Sequence(lambda n: n + 1)
    postcode = "1234 AB"
    woonplaats = "Voorbeeldstad"
    wijk = factory.SubFactory(WijkFactory)


class PersoonFactory(DjangoModelFactory):
    class Meta:
        model = Persoon

    huishouden = factory.SubFactory(HuishoudenFactory)
    voornamen = factory.Sequence(lambda n: f"Voornaam{n}")
    achternaam = "Jansen"
    geboortedatum = date(1950, 3, 12)
    rol = Persoon.RolInHuishouden.HOOFDBEWONER


class NetwerklidFactory(DjangoModelFactory):
    class Meta:
        model = Netwerklid

    persoon = factory.SubFactory(PersoonFactory)
    naam = factory.Sequence(lambda n: f"Netwerklid {n}")
    relatie = Netwerklid.Relatie.FAMILIE

    class Params:
        mantelzorger = factory.Trait(is_mantelzorger=True, belasting=Netwerklid.Belasting.ZWAAR)


class BetrokkeneFactory(DjangoModelFactory):
    class Meta:
        model = Betrokkene

    huishouden = factory.SubFactory(HuishoudenFactory)
    soort = Betrokkene.Soort.HUISARTS
    organisatie = factory.Sequence(lambda n: f"Huisartsenpraktijk {n}")


class PlanFactory(DjangoModelFactory):
    class Meta:
        model = Plan

    huishouden = factory.SubFactory(HuishoudenFactory)
    regisseur = factory.SubFactory(MedewerkerFactory)
    created_by = factory.SelfAttribute("regisseur")

    class Params:
        afgesloten = factory.Trait(
            status=Plan.Status.AFGESLOTEN, closed_at=factory.LazyFunction(timezone.now)
        )
