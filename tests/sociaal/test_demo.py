from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import Client

from huishoudens.models import Huishouden, Netwerklid, Persoon
from huishoudens.validators import is_geldig_bsn
from plannen.models import Plan
from sociaal.demo.organisatie import DEMO_ACCOUNTS, DEMO_WACHTWOORD

pytestmark = pytest.mark.django_db


def vingerafdruk() -> list:
    return list(
        Persoon.objects.order_by("id").values_list(
            "voornamen", "achternaam", "geboortedatum", "bsn", "huishouden__postcode"
        )
    )


def test_seed_demo_builds_a_realistic_municipality():
    call_command("seed_demo", households=60, seed=7, stdout=StringIO())
    assert Huishouden.objects.count() == 60
    bsns = [b for b in Persoon.objects.values_list("bsn", flat=True) if b]
    assert bsns and all(b.startswith("999") and is_geldig_bsn(b) for b in bsns)
    assert Netwerklid.objects.filter(is_mantelzorger=True).exists()
    assert Persoon.objects.filter(rol="kind").exists()
    assert Plan.objects.open().filter(regisseur__username="regisseur").exists()
    from plannen.models import Afspraak, PlanVersie

    assert set(Afspraak.objects.values_list("uitvoerder", flat=True)) >= {
        "eigen_kracht",
        "algemeen",
        "maatwerk",
    }
    assert PlanVersie.objects.exists()
    # "1 huishouden, 1 plan": no household has two open plans.
    assert (
        Plan.objects.open().count() == Plan.objects.open().values("huishouden").distinct().count()
    )


def test_demo_accounts_log_in_and_see_their_teams():
    call_command("seed_demo", households=30, seed=7, stdout=StringIO())
    for account in DEMO_ACCOUNTS:
        assert Client().login(username=account.username, password=DEMO_WACHTWOORD)
    centrum = Client()
    centrum.login(username="consulent", password=DEMO_WACHTWOORD)
    noord = Client()
    noord.login(username="consulent-noord", password=DEMO_WACHTWOORD)
    eigen = set(centrum.get("/huishoudens/").context["pagina"].paginator.object_list)
    ander = set(noord.get("/huishoudens/").context["pagina"].paginator.object_list)
    # They share only the two Centrum households where consulent-noord is betrokkene.
    gedeeld = {
        h for h in eigen & ander if h.betrokkenen.filter(medewerker__username="consulent-noord")
    }
    assert eigen and ander
    assert eigen & ander == gedeeld
    assert len(gedeeld) == 2


def test_seed_demo_is_deterministic():
    with transaction.atomic():
        call_command("seed_demo", households=25, seed=3, stdout=StringIO())
        eerste = vingerafdruk()
        transaction.set_rollback(True)
    call_command("seed_demo", households=25, seed=3, stdout=StringIO())
    tweede = vingerafdruk()
    assert eerste == tweede
    assert len(eerste) > 25


def test_seed_demo_refuses_a_database_with_households():
    call_command("seed_demo", households=5, stdout=StringIO())
    with pytest.raises(CommandError, match="already holds households"):
        call_command("seed_demo", households=5)
    call_command("seed_demo", households=5, if_empty=True, stdout=StringIO())
    assert Huishouden.objects.count() == 5


def test_seed_demo_has_the_shape_of_a_municipality_with_history():
    """The benchmark's shape, per household: 1.67 residents, one plan (half of them open),
    five keukentafelgesprekken, ten afspraken, and the read reminders of earlier years."""
    from django.db.models import Count

    from huishoudens.models import Melding
    from plannen.models import Afspraak, Keukentafelgesprek
    from sociaal.herinneringen.models import Herinnering
    from sociaal.medewerkers.models import Team

    call_command("seed_demo", households=600, seed=5, stdout=StringIO())
    n = Huishouden.objects.count()
    assert 1.5 < Persoon.objects.count() / n < 1.85
    assert 0.85 < Plan.objects.count() / n < 1.15
    assert 0.40 < Plan.objects.open().count() / n < 0.55
    assert 4.0 < Keukentafelgesprek.objects.count() / n < 6.0
    assert 8.0 < Afspraak.objects.count() / n < 12.0
    assert 5.0 < Herinnering.objects.count() / n < 8.0
    # Closed plans kept their doelen and afspraken (made before they closed).
    assert Afspraak.objects.filter(doel__plan__status=Plan.Status.AFGESLOTEN).exists()
    # History is finished and read: the scan's own reminders are about open cases only.
    assert not Herinnering.objects.filter(gelezen_op__isnull=True).exists()
    open_meldingen = Melding.objects.exclude(status=Melding.Status.AFGEROND)
    assert not Herinnering.objects.filter(
        object_type="huishoudens.melding", object_id__in=open_meldingen.values("pk")
    ).exists()
    # A finished onderzoek had one to three conversations, all final.
    assert not Keukentafelgesprek.objects.filter(
        melding__status=Melding.Status.AFGEROND, status="concept"
    ).exists()
    # Teams differ in size, and a big team has more households.
    teams = Team.objects.annotate(
        leden=Count("medewerkers", distinct=True), huishoudens=Count("wijken__huishoudens")
    ).order_by("leden")
    assert teams.first().leden < teams.last().leden
    assert teams.first().huishoudens < teams.last().huishoudens
