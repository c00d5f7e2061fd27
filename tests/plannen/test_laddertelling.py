"""The ladder counts the database keeps (docs/adr/0013): after every kind of write that
touches an afspraak, its household's wijk, its plan or its doel, the counts per wijk, month
and rung are exactly what counting the afspraken themselves gives."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import IntegrityError, connection, transaction
from django.db.models import Count
from django.db.models.functions import TruncMonth

from plannen.models import Afspraak, Doel, LadderTelling, Plan
from plannen.services.doelen import afspraak_toevoegen, afspraak_verwijderen
from sociaal.avg.bewaren import _huishouden_vernietigen
from sociaal.dashboard import cijfers
from sociaal.dashboard.periode import Periode, Soort
from tests.factories import BetrokkeneFactory, HuishoudenFactory, PersoonFactory, PlanFactory

pytestmark = pytest.mark.django_db
AMS = ZoneInfo("Europe/Amsterdam")


def geteld() -> dict:
    return {
        (t.wijk_id, t.maand, t.uitvoerder): t.aantal
        for t in LadderTelling.objects.exclude(aantal=0)
    }


def echt() -> dict:
    """Counting the afspraken themselves, per local month."""
    return {
        (r["doel__plan__huishouden__wijk"], r["maand"].date(), r["uitvoerder"]): r["n"]
        for r in Afspraak.objects.annotate(maand=TruncMonth("created_at"))
        .values("doel__plan__huishouden__wijk", "maand", "uitvoerder")
        .annotate(n=Count("pk"))
    }


def klopt() -> dict:
    assert geteld() == echt()
    return geteld()


def afspraak(doel: Doel, **velden) -> Afspraak:
    return Afspraak.objects.create(
        doel=doel,
        wat="Boodschappen doen",
        uitvoerder="eigen_kracht",
        persoon=PersoonFactory(huishouden=doel.plan.huishouden),
        created_by=doel.plan.regisseur,
        **velden,
    )


@pytest.fixture
def doel(wijk_centrum, consulent):
    plan = PlanFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum), regisseur=consulent)
    return Doel.objects.create(plan=plan, omschrijving="Zelf boodschappen doen")


def test_an_afspraak_counts_in_the_local_month_it_was_made(doel, wijk_centrum, consulent):
    # Just after midnight on 1 June in Amsterdam: still 31 May in UTC.
    with time_machine.travel(datetime(2026, 6, 1, 0, 30, tzinfo=AMS), tick=False):
        afspraak_toevoegen(
            afspraak=Afspraak(
                doel=doel,
                wat="Zelf boodschappen doen",
                uitvoerder="eigen_kracht",
                persoon=PersoonFactory(huishouden=doel.plan.huishouden),
            ),
            door=consulent,
            wijziging=doel.plan.wijziging,
        )
    assert klopt() == {(wijk_centrum.pk, date(2026, 6, 1), "eigen_kracht"): 1}


def test_a_changed_rung_and_a_deleted_afspraak(doel, wijk_centrum, consulent):
    eerste = afspraak(doel)
    afspraak(doel)
    Afspraak.objects.filter(pk=eerste.pk).update(
        uitvoerder="professional",
        persoon=None,
        betrokkene=BetrokkeneFactory(huishouden=doel.plan.huishouden),
    )
    maand = date.today().replace(day=1)
    assert klopt() == {
        (wijk_centrum.pk, maand, "eigen_kracht"): 1,
        (wijk_centrum.pk, maand, "professional"): 1,
    }
    plan = Plan.objects.get(pk=doel.plan_id)
    afspraak_verwijderen(afspraak=eerste, door=consulent, wijziging=plan.wijziging)
    assert klopt() == {(wijk_centrum.pk, maand, "eigen_kracht"): 1}


def test_an_afspraak_made_in_another_month_moves_with_its_date(doel, wijk_centrum):
    a = afspraak(doel)
    Afspraak.objects.filter(pk=a.pk).update(created_at=datetime(2025, 3, 31, 23, 30, tzinfo=AMS))
    assert klopt() == {(wijk_centrum.pk, date(2025, 3, 1), "eigen_kracht"): 1}


def test_a_household_moving_to_another_wijk_takes_its_afspraken(doel, wijk_centrum, wijk_noord):
    afspraak(doel)
    afspraak(doel)
    huishouden = doel.plan.huishouden
    huishouden.wijk = wijk_noord
    huishouden.save()
    maand = date.today().replace(day=1)
    assert klopt() == {(wijk_noord.pk, maand, "eigen_kracht"): 2}


def test_a_plan_or_doel_moved_elsewhere_takes_its_afspraken(doel, wijk_noord, consulent):
    afspraak(doel)
    elders = HuishoudenFactory(wijk=wijk_noord)
    Plan.objects.filter(pk=doel.plan_id).update(huishouden=elders)
    klopt()
    ander_plan = PlanFactory(huishouden=HuishoudenFactory(), regisseur=consulent)
    Doel.objects.filter(pk=doel.pk).update(plan=ander_plan)
    assert klopt() == {
        (ander_plan.huishouden.wijk_id, date.today().replace(day=1), "eigen_kracht"): 1
    }


def test_a_bulk_insert_over_several_wijken(doel, wijk_centrum, wijk_noord, consulent):
    noord = Doel.objects.create(
        plan=PlanFactory(huishouden=HuishoudenFactory(wijk=wijk_noord), regisseur=consulent),
        omschrijving="Weer naar de club",
    )
    persoon = PersoonFactory(huishouden=doel.plan.huishouden)
    noord_persoon = PersoonFactory(huishouden=noord.plan.huishouden)
    Afspraak.objects.bulk_create(
        [
            Afspraak(doel=d, wat="x", uitvoerder="eigen_kracht", persoon=p, created_by=consulent)
            for d, p in ((doel, persoon), (noord, noord_persoon), (noord, noord_persoon))
        ]
    )
    maand = date.today().replace(day=1)
    assert klopt() == {
        (wijk_centrum.pk, maand, "eigen_kracht"): 1,
        (wijk_noord.pk, maand, "eigen_kracht"): 2,
    }


def test_destroying_a_household_takes_its_counts(doel, wijk_centrum):
    afspraak(doel)
    Plan.objects.filter(pk=doel.plan_id).update(  # agreed: frozen, destroyed all the same
        status=Plan.Status.VASTGESTELD,
        akkoord_op=date(2026, 6, 1),
        akkoord_wijze="mondeling",
        evaluatie_op=date(2026, 12, 1),
    )
    with transaction.atomic():
        _huishouden_vernietigen(doel.plan.huishouden_id)
    assert klopt() == {}


def test_an_afspraak_whose_doel_is_not_there_is_refused(doel):
    with pytest.raises(IntegrityError), transaction.atomic():
        with connection.cursor() as c:
            c.execute("SET CONSTRAINTS ALL DEFERRED")
        Afspraak.objects.create(
            doel_id=doel.pk + 1000,
            wat="x",
            uitvoerder="eigen_kracht",
            persoon=PersoonFactory(huishouden=doel.plan.huishouden),
            created_by=doel.plan.regisseur,
        )


def test_counting_again_gives_the_same_counts_and_the_dashboard_the_same_figures(
    doel, wijk_noord, team_centrum, team_noord, consulent
):
    afspraak(doel)
    afspraak(doel)
    noord = Doel.objects.create(
        plan=PlanFactory(huishouden=HuishoudenFactory(wijk=wijk_noord), regisseur=consulent),
        omschrijving="Weer naar de club",
    )
    afspraak(noord)
    voor = klopt()
    with connection.cursor() as c:
        c.execute("SELECT plannen_ladder_hertellen()")
    assert geteld() == voor
    perioden = Periode.rond(Soort.KWARTAAL, date.today()).met_eerdere(4)
    teams = [team_centrum, team_noord]
    assert cijfers.ladder(teams, perioden) == cijfers.ladder(teams, perioden, live=True)
