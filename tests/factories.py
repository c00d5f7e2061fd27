"""factory_boy factories for the domain, with traits for the states tests need."""

from datetime import date

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from huishoudens.models import Betrokkene, Huishouden, Melding, Netwerklid, Persoon
from plannen.models import Keukentafelgesprek, Plan
from sociaal.medewerkers.models import Medewerker, Rol, Team, Wijk
from sociaal.termijnen.regels import Wet

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


class MeldingFactory(DjangoModelFactory):
    class Meta:
        model = Melding

    huishouden = factory.SubFactory(HuishoudenFactory)
    persoon = factory.SubFactory(PersoonFactory, huishouden=factory.SelfAttribute("..huishouden"))
    ontvangen_op = factory.LazyFunction(timezone.now)
    wet = Wet.WMO
    melder = Melding.Melder.ZELFMELDER
    vraag = "Ik red het niet meer met het huishouden."
    created_by = factory.SubFactory(MedewerkerFactory)

    class Params:
        crisis = factory.Trait(is_crisis=True)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        melding = super()._create(model_class, *args, **kwargs)
        # The sort key the services keep: set it as registering would.
        from huishoudens.klokken import eerste_deadline
        from sociaal.termijnen.models import Termijninstellingen

        melding.deadline = eerste_deadline(melding, instellingen=Termijninstellingen.huidige())
        melding.save(update_fields=["deadline"])
        return melding


class GesprekFactory(DjangoModelFactory):
    class Meta:
        model = Keukentafelgesprek

    melding = factory.SubFactory(MeldingFactory)
    huishouden = factory.SelfAttribute("melding.huishouden")
    gepland_op = factory.LazyFunction(timezone.now)
    created_by = factory.SelfAttribute("melding.created_by")
    bijgewerkt_door = factory.SelfAttribute("melding.created_by")
