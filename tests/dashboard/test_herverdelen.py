"""Handing a medewerker's work over in one go: all of it or nothing, only by the
teamleider of the team, and only to whom may take it."""

import html as html_tekst

import pytest

from huishoudens.models import Melding
from plannen.models import Plan
from plannen.services.plan import regisseur_overdragen
from tests.conftest import ingelogd
from tests.dashboard.herverdelen import (
    aangeboden,
    getoonde_zaken,
    keuzes,
    stand,
    velden,
    zaken_van,
)
from tests.dashboard.pagina import DASHBOARD, HERVERDELEN, Pagina, foutmelding, html
from tests.dashboard.teamwerk import melding, plan
from tests.factories import HuishoudenFactory

pytestmark = pytest.mark.django_db


VERANDERD = (
    "Het werk van Carla Consulent is veranderd sinds u deze pagina opende. "
    "Controleer de lijst hieronder en kies opnieuw."
)


def overdragen(werk, naar: dict, **extra) -> dict:
    """The form as posted: every plan and melding to the colleague in `naar` by kind, with
    the cases the page showed (`zaken`) unless given."""
    return {
        "actie": "overdragen",
        "zaken": velden(werk),
        **{f"plan-{p.pk}": naar["plan"].pk for p in werk["plannen"]},
        **{f"melding-{m.pk}": naar["melding"].pk for m in werk["meldingen"]},
        **extra,
    }


def test_handing_everything_over(werk, team):
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    client = ingelogd(tineke)

    response = client.post(
        HERVERDELEN,
        overdragen(
            werk,
            {"plan": bas, "melding": tineke},
            medewerker=carla.pk,
            reden="Uit dienst per 1 juli",
            zaken=zaken_van(client, carla),
        ),
    )

    assert response.status_code == 302
    assert response["Location"] == f"{HERVERDELEN}?medewerker={carla.pk}"
    for p in werk["plannen"]:
        assert Plan.objects.get(pk=p.pk).regisseur == bas
    for m in werk["meldingen"]:
        assert Melding.objects.get(pk=m.pk).consulent == tineke
    assert Plan.objects.get(pk=werk["niet"][0].pk).regisseur == carla  # closed: stays
    pagina = html(client.get(response["Location"]))
    assert "2 plannen en 3 melding(en) van Carla Consulent overgedragen." in pagina
    assert "Carla Consulent heeft geen open plannen of meldingen." in pagina


def test_handing_over_without_a_reason_moves_nothing(werk, team):
    carla, bas = team["consulent"], team["collega"]
    client = ingelogd(team["teamleider"])
    zaken = zaken_van(client, carla)
    voor = stand()
    response = client.post(
        HERVERDELEN,
        overdragen(
            werk, {"plan": bas, "melding": bas}, medewerker=carla.pk, reden="  ", zaken=zaken
        ),
    )
    pagina = html(response)
    assert foutmelding(pagina, "reden") == "Geef een reden voor de overdracht."
    assert set(keuzes(pagina).values()) == {str(bas.pk)}  # the choices are kept
    assert stand() == voor


def test_work_that_changed_since_the_page_was_opened_is_not_handed_over(werk, team, wijk_centrum):
    """Between opening the page and pressing "Overdragen", Carla handed a plan over
    herself. Tineke chose for the cases as they were: the whole form is refused, nothing
    moves, and the page shows the work as it is now. A case that came in meanwhile is a
    change too."""
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    client = ingelogd(tineke)
    zaken = zaken_van(client, carla)
    weg = werk["plannen"][1]
    regisseur_overdragen(plan=weg, naar=bas, reden="Zelf geregeld", door=carla)
    voor = stand()

    pagina = html(
        client.post(
            HERVERDELEN,
            overdragen(
                werk,
                {"plan": tineke, "melding": tineke},
                medewerker=carla.pk,
                reden="Ziek",
                zaken=zaken,
            ),
        )
    )

    assert VERANDERD in html_tekst.unescape(pagina)
    assert "overgedragen." not in pagina
    assert stand() == voor
    assert Plan.objects.get(pk=weg.pk).regisseur == bas
    assert "1 plan met Carla Consulent als regisseur" in pagina
    assert set(keuzes(pagina)) == {f"plan-{werk['plannen'][0].pk}"} | {
        f"melding-{m.pk}" for m in werk["meldingen"]
    }

    zaken = zaken_van(client, carla)
    nieuw = melding(HuishoudenFactory(wijk=wijk_centrum), consulent=carla)
    voor = stand()
    pagina = html(
        client.post(
            HERVERDELEN,
            {
                "medewerker": carla.pk,
                "zaken": zaken,
                "actie": "overdragen",
                f"melding-{werk['meldingen'][0].pk}": bas.pk,
                "reden": "Ziek",
            },
        )
    )
    assert VERANDERD in html_tekst.unescape(pagina)
    assert f"melding-{nieuw.pk}" in keuzes(pagina)
    assert stand() == voor


def test_after_work_changed_choosing_again_on_the_page_goes_through(werk, team):
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    client = ingelogd(tineke)
    zaken = zaken_van(client, carla)
    regisseur_overdragen(plan=werk["plannen"][1], naar=bas, reden="Zelf", door=carla)
    data = overdragen(
        werk, {"plan": tineke, "melding": tineke}, medewerker=carla.pk, reden="Ziek", zaken=zaken
    )
    pagina = html(client.post(HERVERDELEN, data))
    assert VERANDERD in html_tekst.unescape(pagina)

    # "Kies opnieuw": the page now holds the cases as they are, and posting it goes through.
    assert getoonde_zaken(pagina) == zaken_van(client, carla)
    response = client.post(HERVERDELEN, {**data, "zaken": getoonde_zaken(pagina)})
    assert response.status_code == 302


def test_a_melding_for_someone_of_another_team_is_not_on_offer(werk, team, noord):
    carla, bas = team["consulent"], team["collega"]
    data = overdragen(werk, {"plan": bas, "melding": bas}, medewerker=carla.pk, reden="Ziek")
    naar_noord = werk["meldingen"][2]
    data[f"melding-{naar_noord.pk}"] = noord.pk
    voor = stand()

    pagina = html(ingelogd(team["teamleider"]).post(HERVERDELEN, data))

    assert foutmelding(pagina, f"melding-{naar_noord.pk}") == "Kies een collega uit de lijst."
    assert VERANDERD not in html_tekst.unescape(pagina)
    assert stand() == voor


def test_a_melding_stays_with_the_households_team_a_plan_may_go_to_any_of_ones_teams(
    werk, team, noord, team_noord
):
    """The teamleider leads both teams. A plan may go to anyone of them; a melding stays
    with the team that serves the household: Nora and Niels of Noord are not on offer for
    it, and choosing Nora all the same is refused next to that row, moving nothing."""
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    tineke.teams.add(team_noord)
    client = ingelogd(tineke)
    pagina = html(client.get(HERVERDELEN, {"medewerker": carla.pk}))
    assert aangeboden(pagina) == {
        **{
            f"plan-{p.pk}": ["Bas Collega", "Niels Noord", "Nora Noorderling", "Tineke Teamleider"]
            for p in werk["plannen"]
        },
        **{f"melding-{m.pk}": ["Bas Collega", "Tineke Teamleider"] for m in werk["meldingen"]},
    }
    data = overdragen(
        werk,
        {"plan": noord, "melding": bas},
        medewerker=carla.pk,
        reden="Ziek",
        zaken=getoonde_zaken(pagina),
    )
    naar_noord = werk["meldingen"][2]
    data[f"melding-{naar_noord.pk}"] = noord.pk
    voor = stand()

    pagina = html(client.post(HERVERDELEN, data))

    assert foutmelding(pagina, f"melding-{naar_noord.pk}") == "Kies een collega uit de lijst."
    assert "overgedragen." not in pagina
    assert stand() == voor

    # The plans to Nora, the meldingen to Bas: that goes through.
    data[f"melding-{naar_noord.pk}"] = bas.pk
    assert client.post(HERVERDELEN, data).status_code == 302
    assert {Plan.objects.get(pk=p.pk).regisseur for p in werk["plannen"]} == {noord}
    assert {Melding.objects.get(pk=m.pk).consulent for m in werk["meldingen"]} == {bas}


def test_a_melding_in_another_teams_household_is_counted_not_offered(team, team_noord, wijk_noord):
    """Carla and Bas also work in Noord; Tineke leads only Centrum. Carla's plan in a Noord
    household is Tineke's to hand over (her team member directs it), but the melding there
    only Noord's teamleider assigns: it is counted as work outside her teams, not offered."""
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    for medewerker in (carla, bas):
        medewerker.teams.add(team_noord)
    huishouden = HuishoudenFactory(wijk=wijk_noord, straat="Noordweg", huisnummer=5)
    noord_plan = plan(huishouden, carla)
    noord_melding = melding(huishouden, consulent=carla)
    client = ingelogd(tineke)

    pagina = html(client.get(HERVERDELEN, {"medewerker": carla.pk}))

    assert f"plan-{noord_plan.pk}" in aangeboden(pagina)
    assert f"melding-{noord_melding.pk}" not in aangeboden(pagina)
    assert (
        "Carla Consulent heeft ook nog 1 zaak bij een huishouden buiten uw teams: die draagt "
        "de teamleider van dat team over."
    ) in html_tekst.unescape(pagina)

    client.post(
        HERVERDELEN,
        {
            "medewerker": carla.pk,
            "zaken": getoonde_zaken(pagina),
            "actie": "overdragen",
            f"plan-{noord_plan.pk}": bas.pk,
            "reden": "Ziek",
        },
    )

    noord_plan.refresh_from_db()
    noord_melding.refresh_from_db()
    assert noord_plan.regisseur == bas
    assert noord_melding.consulent == carla


def test_handing_over_nothing_is_explained(werk, team):
    client = ingelogd(team["teamleider"])
    zaken = zaken_van(client, team["consulent"])
    voor = stand()
    pagina = html(
        client.post(
            HERVERDELEN,
            {
                "medewerker": team["consulent"].pk,
                "zaken": zaken,
                "actie": "overdragen",
                "reden": "Ziek",
            },
        )
    )
    assert "Kies voor ten minste één plan of melding een nieuwe collega." in pagina
    assert stand() == voor


def test_the_work_of_someone_who_left_is_handed_over_all_the_same(werk, team):
    """Also on the dashboard: listed, said to be no longer active, until the work is gone."""
    carla, bas = team["consulent"], team["collega"]
    carla.is_active = False
    carla.save(update_fields=["is_active"])
    client = ingelogd(team["teamleider"])
    assert "Carla Consulent (niet meer actief)" in html(client.get(HERVERDELEN))
    assert [r[1] for r in Pagina(html(client.get(DASHBOARD))).tekst("tabel-caseload")] == [
        "Bas Collega",
        "Carla Consulent (niet meer actief)",
        "Tineke Teamleider",
    ]

    response = client.post(
        HERVERDELEN,
        overdragen(
            werk,
            {"plan": bas, "melding": bas},
            medewerker=carla.pk,
            reden="Uit dienst",
            zaken=zaken_van(client, carla),
        ),
    )

    assert response.status_code == 302
    assert not Plan.objects.open().filter(regisseur=carla).exists()
    assert {
        m.consulent for m in Melding.objects.filter(pk__in=[m.pk for m in werk["meldingen"]])
    } == {bas}
    assert [r[1] for r in Pagina(html(client.get(DASHBOARD))).tekst("tabel-caseload")] == [
        "Bas Collega",
        "Tineke Teamleider",
    ]


@pytest.mark.parametrize("wie", ["collega", "beheerder"])
def test_no_one_but_a_teamleider_posts_a_handover(request, wie, werk, team):
    voor = stand()
    response = ingelogd(request.getfixturevalue(wie)).post(
        HERVERDELEN,
        overdragen(
            werk,
            {"plan": team["collega"], "melding": team["collega"]},
            medewerker=team["consulent"].pk,
            reden="Ik neem het over",
        ),
    )
    assert response.status_code == 403
    assert stand() == voor


def test_another_teams_teamleider_does_not_hand_this_work_over(
    werk, team, noord, teamleider_noord
):
    voor = stand()
    response = ingelogd(teamleider_noord).post(
        HERVERDELEN,
        overdragen(
            werk, {"plan": noord, "melding": noord}, medewerker=team["consulent"].pk, reden="Weg"
        ),
    )
    pagina = html(response)  # only the choice of their own team's members
    assert "Carla Consulent" not in pagina
    assert stand() == voor
