from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.test import Client

from huishoudens.models import Huishouden, Netwerklid, Persoon
from huishoudens.validators import is_geldig_bsn
from plannen.models import Plan
from sociaal.demo.generator import DEMO_ACCOUNTS, DEMO_WACHTWOORD

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
