"""Doelen and afspraken: the ladder rule in the service and the database, the algemene
alternatives shown before a maatwerkvoorziening (respecting the wijk), doelen from
hulpvragen without retyping, and optimistic locking — also with two real connections."""

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connections, transaction
from django.urls import reverse

from plannen.models import Afspraak, Doel, Hulpvraag, Plan
from plannen.services import doelen as services
from sociaal.demo.kaart import genereer_kaart
from tests.conftest import ingelogd
from tests.factories import GesprekFactory, MeldingFactory, PersoonFactory, PlanFactory
from voorzieningen.models import Voorziening

pytestmark = pytest.mark.django_db
REDENEN = {
    "waarom_niet_eigen_kracht": "Kan niet meer staan bij het aanrecht",
    "waarom_niet_netwerk": "Dochter woont in Groningen",
    "waarom_niet_algemeen": "Boodschappendienst helpt niet met schoonmaken",
}


@pytest.fixture
def plan(huishouden_centrum, consulent, wijk_centrum, wijk_noord):
    genereer_kaart([wijk_centrum, wijk_noord])  # the buurthuis serves Centrum only
    PersoonFactory(huishouden=huishouden_centrum, voornamen="Riet")
    return PlanFactory(huishouden=huishouden_centrum, regisseur=consulent)


@pytest.fixture
def doel(plan, consulent):
    return services.doel_toevoegen(
        plan=plan, omschrijving="Een schoon huis", door=consulent, wijziging=0
    )


def maatwerk(sleutel="huishoudelijke-hulp"):
    return Voorziening.objects.get(sleutel=sleutel)


def test_the_database_refuses_maatwerk_without_reasons(doel, consulent):
    with pytest.raises(IntegrityError), transaction.atomic():
        Afspraak.objects.create(
            doel=doel,
            wat="Hulp",
            uitvoerder="maatwerk",
            voorziening=maatwerk(),
            created_by=consulent,
        )


def test_the_service_refuses_maatwerk_without_a_reason_per_rung_and_accepts_it_with(
    doel, consulent
):
    afspraak = Afspraak(
        doel=doel,
        wat="2 uur per week",
        uitvoerder="maatwerk",
        voorziening=maatwerk(),
        waarom_niet_netwerk="  ",
    )
    with pytest.raises(ValidationError) as error:
        services.afspraak_toevoegen(afspraak=afspraak, door=consulent, wijziging=1)
    assert set(error.value.message_dict) == set(REDENEN)
    afspraak = Afspraak(
        doel=doel, wat="2 uur per week", uitvoerder="maatwerk", voorziening=maatwerk(), **REDENEN
    )
    services.afspraak_toevoegen(afspraak=afspraak, door=consulent, wijziging=1)
    assert Afspraak.objects.get().trede == "maatwerk"


def test_who_carries_it_out_belongs_to_the_household(doel, consulent, huishouden_noord):
    vreemde = PersoonFactory(huishouden=huishouden_noord)
    afspraak = Afspraak(doel=doel, wat="Zelf koken", uitvoerder="eigen_kracht", persoon=vreemde)
    with pytest.raises(ValidationError) as error:
        services.afspraak_toevoegen(afspraak=afspraak, door=consulent, wijziging=1)
    assert "persoon" in error.value.message_dict
    algemeen_als_maatwerk = Afspraak(
        doel=doel,
        wat="x",
        uitvoerder="maatwerk",
        voorziening=Voorziening.objects.get(sleutel="budgetcoach"),
        **REDENEN,
    )
    with pytest.raises(ValidationError) as error:
        services.afspraak_toevoegen(afspraak=algemeen_als_maatwerk, door=consulent, wijziging=1)
    assert "voorziening" in error.value.message_dict


def test_the_page_shows_the_alternatives_in_the_wijk_first(client_consulent, plan, doel):
    url = reverse("plannen:afspraak-toevoegen", args=[plan.pk, doel.pk])
    data = {
        "wijziging": 1,
        "wat": "Dagritme",
        "uitvoerder": "maatwerk",
        "maatwerkvoorziening": maatwerk("dagbesteding").pk,
    }
    response = client_consulent.post(url, data)
    html = response.content.decode()
    assert "Eerst: algemene alternatieven voor Dagbesteding" in html
    assert "Buurthuis: vrijwilligerswerk en koffieochtend" in html  # Centrum has a buurthuis
    assert not Afspraak.objects.exists()

    # One click: the alternative instead of the maatwerkvoorziening.
    buurthuis = Voorziening.objects.get(sleutel="buurthuis")
    response = client_consulent.post(
        url,
        {
            **data,
            "alternatieven_voor": maatwerk("dagbesteding").pk,
            "kies_alternatief": buurthuis.pk,
        },
    )
    assert response.status_code == 302
    afspraak = Afspraak.objects.get()
    assert (afspraak.uitvoerder, afspraak.voorziening, afspraak.wat) == (
        "algemeen",
        buurthuis,
        "Dagritme",
    )


def test_maatwerk_after_the_alternatives_needs_the_reasons(client_consulent, plan, doel):
    url = reverse("plannen:afspraak-toevoegen", args=[plan.pk, doel.pk])
    data = {
        "wijziging": 1,
        "wat": "Huishoudelijke hulp 2 uur",
        "uitvoerder": "maatwerk",
        "maatwerkvoorziening": maatwerk().pk,
        "alternatieven_voor": maatwerk().pk,
    }
    response = client_consulent.post(url, data)
    html = response.content.decode()
    assert "Leg vast waarom het netwerk dit niet kan." in html
    assert "Huishoudelijke hulp 2 uur" in html  # nothing typed is lost
    assert not Afspraak.objects.exists()
    assert client_consulent.post(url, {**data, **REDENEN}).status_code == 302
    assert Afspraak.objects.get().uitvoerder == "maatwerk"


def test_alternatives_respect_the_wijk(client_consulent, consulent, plan, wijk_noord):
    """The buurthuis serves Centrum only: a Noord household is not offered it."""
    from tests.factories import HuishoudenFactory

    noord_plan = PlanFactory(huishouden=HuishoudenFactory(wijk=wijk_noord), regisseur=consulent)
    doel = Doel.objects.create(plan=noord_plan, omschrijving="Meedoen")
    url = reverse("plannen:afspraak-toevoegen", args=[noord_plan.pk, doel.pk])
    data = {
        "wijziging": 0,
        "wat": "x",
        "uitvoerder": "maatwerk",
        "maatwerkvoorziening": maatwerk("dagbesteding").pk,
    }
    html = client_consulent.post(url, data).content.decode()
    assert "Beweegmaatje" in html
    assert "Buurthuis" not in html


def test_a_doel_from_a_hulpvraag_without_retyping(client_consulent, plan, huishouden_centrum):
    gesprek = GesprekFactory(melding=MeldingFactory(huishouden=huishouden_centrum))
    vraag = Hulpvraag.objects.create(
        gesprek=gesprek, huishouden=huishouden_centrum, tekst="Grip op geld"
    )
    html = client_consulent.get(reverse("plannen:plan", args=[plan.pk])).content.decode()
    assert "Grip op geld" in html and "Maak hier een doel van" in html
    client_consulent.post(
        reverse("plannen:doel-toevoegen", args=[plan.pk]), {"wijziging": 0, "hulpvraag": vraag.pk}
    )
    doel = Doel.objects.get()
    assert (doel.omschrijving, doel.hulpvraag) == ("Grip op geld", vraag)
    html = client_consulent.get(reverse("plannen:plan", args=[plan.pk])).content.decode()
    assert "Maak hier een doel van" not in html


def test_a_stale_change_is_refused_with_who_and_what(client_consulent, collega, plan):
    services.doel_toevoegen(plan=plan, omschrijving="Eerst", door=collega, wijziging=0)
    response = client_consulent.post(
        reverse("plannen:doel-toevoegen", args=[plan.pk]),
        {"wijziging": 0, "omschrijving": "Mijn doel"},
    )
    html = response.content.decode()
    assert f"{collega} heeft het plan om" in html and "doel toegevoegd" in html
    assert "Mijn doel" in html
    assert list(Doel.objects.values_list("omschrijving", flat=True)) == ["Eerst"]


def test_a_frozen_plan_is_not_changed_in_place(plan, consulent):
    from datetime import date

    Plan.objects.filter(pk=plan.pk).update(
        status=Plan.Status.VASTGESTELD,
        akkoord_op=date(2026, 11, 1),
        akkoord_wijze="handtekening",
        evaluatie_op=date(2027, 5, 1),
    )
    plan.refresh_from_db()
    with pytest.raises(ValidationError, match="nieuwe versie"):
        services.doel_toevoegen(
            plan=plan, omschrijving="Later", door=consulent, wijziging=plan.wijziging
        )


@pytest.mark.django_db(transaction=True)
def test_two_connections_saving_at_once_exactly_one_wins(consulent, collega, wijk_centrum):
    from tests.factories import HuishoudenFactory

    plan = PlanFactory(huishouden=HuishoudenFactory(wijk=wijk_centrum), regisseur=consulent)
    start = threading.Barrier(2)
    uitkomst = {}

    def opslaan(wie, tekst):
        try:
            start.wait(timeout=10)
            services.doel_toevoegen(plan=plan, omschrijving=tekst, door=wie, wijziging=0)
            uitkomst[tekst] = "opgeslagen"
        except services.PlanGelijktijdigGewijzigd as error:
            uitkomst[tekst] = error.messages[0]
        finally:
            connections.close_all()

    draden = [
        threading.Thread(target=opslaan, args=(consulent, "A")),
        threading.Thread(target=opslaan, args=(collega, "B")),
    ]
    for d in draden:
        d.start()
    for d in draden:
        d.join(timeout=30)
    assert sorted(v == "opgeslagen" for v in uitkomst.values()) == [False, True]
    verloren = next(v for v in uitkomst.values() if v != "opgeslagen")
    assert "Niet opgeslagen" in verloren
    assert Doel.objects.count() == 1
    assert Plan.objects.get(pk=plan.pk).wijziging == 1


def test_another_team_finds_none_of_it(consulent_noord, plan, doel):
    client = ingelogd(consulent_noord)
    assert client.get(reverse("plannen:ladder", args=[plan.pk])).status_code == 404
    assert (
        client.get(reverse("plannen:afspraak-toevoegen", args=[plan.pk, doel.pk])).status_code
        == 404
    )
    for url in (
        reverse("plannen:doel-toevoegen", args=[plan.pk]),
        reverse("plannen:doel-verwijderen", args=[plan.pk, doel.pk]),
    ):
        assert client.post(url, {"wijziging": 1, "omschrijving": "x"}).status_code == 404
    assert Doel.objects.count() == 1


def test_the_ladder_view_puts_each_afspraak_on_its_rung(client_consulent, plan, doel, consulent):
    persoon = plan.huishouden.personen.first()
    services.afspraak_toevoegen(
        afspraak=Afspraak(
            doel=doel, wat="Zelf stofzuigen", uitvoerder="eigen_kracht", persoon=persoon
        ),
        door=consulent,
        wijziging=1,
    )
    services.afspraak_toevoegen(
        afspraak=Afspraak(
            doel=doel, wat="Ramen", uitvoerder="maatwerk", voorziening=maatwerk(), **REDENEN
        ),
        door=consulent,
        wijziging=2,
    )
    response = client_consulent.get(reverse("plannen:ladder", args=[plan.pk]))
    treden = {t["trede"]: [a.wat for a in t["afspraken"]] for t in response.context["treden"]}
    assert treden == {
        "eigen_kracht": ["Zelf stofzuigen"],
        "netwerk": [],
        "algemeen": [],
        "maatwerk": ["Ramen"],
    }
    assert [t["aandeel"] for t in response.context["treden"]] == [50, 0, 0, 50]


def test_picking_another_maatwerkvoorziening_shows_its_alternatives_again(
    client_consulent, plan, doel
):
    url = reverse("plannen:afspraak-toevoegen", args=[plan.pk, doel.pk])
    data = {
        "wijziging": 1,
        "wat": "Hulp",
        "uitvoerder": "maatwerk",
        **REDENEN,
        "maatwerkvoorziening": maatwerk("dagbesteding").pk,
        "alternatieven_voor": maatwerk().pk,
    }  # the alternatives of another one were seen
    html = client_consulent.post(url, data).content.decode()
    assert "Eerst: algemene alternatieven voor Dagbesteding" in html
    assert not Afspraak.objects.exists()


def test_after_a_conflict_saving_again_works(client_consulent, collega, plan):
    services.doel_toevoegen(plan=plan, omschrijving="Eerst", door=collega, wijziging=0)
    url = reverse("plannen:doel-toevoegen", args=[plan.pk])
    eerste = client_consulent.post(url, {"wijziging": 0, "omschrijving": "Mijn doel"})
    html = eerste.content.decode()
    import re

    tag = re.search(r'<input[^>]*id="id_wijziging"[^>]*>', html).group(0)
    wijziging = re.search(r'value="(\d+)"', tag).group(1)
    assert wijziging == "1"
    assert (
        client_consulent.post(
            url, {"wijziging": wijziging, "omschrijving": "Mijn doel"}
        ).status_code
        == 302
    )
    assert Doel.objects.count() == 2


def test_removing_from_the_plan_page(client_consulent, plan, doel, consulent):
    persoon = plan.huishouden.personen.first()
    afspraak = services.afspraak_toevoegen(
        afspraak=Afspraak(doel=doel, wat="Zelf koken", uitvoerder="eigen_kracht", persoon=persoon),
        door=consulent,
        wijziging=1,
    )
    url = reverse("plannen:afspraak-verwijderen", args=[plan.pk, afspraak.pk])
    oud = client_consulent.post(url, {"wijziging": 1}, follow=True)  # stale: refused, said
    assert "Niet opgeslagen" in oud.content.decode()
    assert Afspraak.objects.exists()
    assert client_consulent.post(url, {"wijziging": 2}).status_code == 302
    assert not Afspraak.objects.exists()
    client_consulent.post(
        reverse("plannen:doel-verwijderen", args=[plan.pk, doel.pk]), {"wijziging": 3}
    )
    assert not Doel.objects.exists()
