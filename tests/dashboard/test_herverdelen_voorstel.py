"""The page to hand a medewerker's work over in one go: what it lists, and a proposal that
fills in every case and moves nothing."""

import re

import pytest

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
from tests.dashboard.pagina import HERVERDELEN, foutmelding, html
from tests.dashboard.teamwerk import melding, plan
from tests.factories import HuishoudenFactory

pytestmark = pytest.mark.django_db


def test_the_handover_page_lists_a_members_open_work(werk, team, noord):
    client = ingelogd(team["teamleider"])

    # Whose work: the members of their team, not their own.
    kiezen = html(client.get(HERVERDELEN))
    assert re.findall(r'<option value="\d+">([^<]+)</option>', kiezen) == [
        "Bas Collega",
        "Carla Consulent",
    ]

    pagina = html(client.get(HERVERDELEN, {"medewerker": team["consulent"].pk}))
    assert "2 plannen met Carla Consulent als regisseur" in pagina
    assert "3 meldingen van Carla Consulent (open of met een lopende termijn)" in pagina
    assert set(keuzes(pagina)) == {f"plan-{p.pk}" for p in werk["plannen"]} | {
        f"melding-{m.pk}" for m in werk["meldingen"]
    }
    assert set(keuzes(pagina).values()) == {""}  # each "— blijft —" until chosen
    # Every case can go to the colleagues of the team, not to Carla herself.
    assert set(map(tuple, aangeboden(pagina).values())) == {("Bas Collega", "Tineke Teamleider")}
    # The form says which cases it showed.
    assert getoonde_zaken(pagina) == velden(werk)
    for zaak in werk["plannen"] + werk["meldingen"]:
        assert zaak.huishouden.kort_adres in pagina
    assert werk["niet"][1].huishouden.kort_adres not in pagina
    assert "buiten uw teams" not in pagina

    # Someone of another team: nothing to hand over here.
    anders = html(client.get(HERVERDELEN, {"medewerker": noord.pk}))
    assert "Noordweg" not in anders
    assert "Overdragen" not in anders


def test_a_proposal_fills_in_every_case_and_moves_nothing(werk, team):
    carla, bas = team["consulent"], team["collega"]
    client = ingelogd(team["teamleider"])
    zaken = zaken_van(client, carla)
    voor = stand()

    response = client.post(
        HERVERDELEN,
        {"medewerker": carla.pk, "zaken": zaken, "actie": "voorstel", "verdelen_over": [bas.pk]},
    )

    gekozen = keuzes(html(response))
    assert len(gekozen) == 5
    assert set(gekozen.values()) == {str(bas.pk)}
    assert getoonde_zaken(html(response)) == zaken  # to hand over as proposed
    assert stand() == voor

    zonder = html(
        client.post(HERVERDELEN, {"medewerker": carla.pk, "zaken": zaken, "actie": "voorstel"})
    )
    assert foutmelding(zonder, "verdelen_over") == (
        "Kies de collega's over wie u het werk verdeelt."
    )
    assert stand() == voor


def test_a_proposal_leaves_a_household_with_its_regisseur(werk, team, wijk_centrum):
    """Carla has a melding in huishouden vier, where Bas is the regisseur: it is proposed to
    Bas, though he carries 4 and Tineke, who gets the rest of the work, 0 to 3."""
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    bij_bas = melding(werk["niet"][2].huishouden, consulent=carla)
    for _ in range(3):
        plan(HuishoudenFactory(wijk=wijk_centrum), bas)
    client = ingelogd(tineke)
    voor = stand()

    pagina = html(
        client.post(
            HERVERDELEN,
            {
                "medewerker": carla.pk,
                "zaken": zaken_van(client, carla),
                "actie": "voorstel",
                "verdelen_over": [tineke.pk, bas.pk],
            },
        )
    )

    assert keuzes(pagina) == {
        **{f"plan-{p.pk}": str(tineke.pk) for p in werk["plannen"]},
        **{f"melding-{m.pk}": str(tineke.pk) for m in werk["meldingen"]},
        f"melding-{bij_bas.pk}": str(bas.pk),
    }
    assert stand() == voor


def test_a_proposal_leaves_what_no_chosen_colleague_may_take_and_says_so(
    team, noord, team_noord, wijk_centrum
):
    """Tineke leads both teams and proposes to give Carla's work to Nora of Noord. A plan
    may go to Nora; a Centrum melding stays with Centrum, so it is left on "— blijft —" —
    and with it its whole household (one household, one person)."""
    carla, tineke = team["consulent"], team["teamleider"]
    tineke.teams.add(team_noord)
    een, twee = (HuishoudenFactory(wijk=wijk_centrum) for _ in range(2))
    alleen_plan = plan(een, carla)
    alleen_melding = melding(twee, consulent=carla)
    client = ingelogd(tineke)

    def voorstel() -> str:
        return html(
            client.post(
                HERVERDELEN,
                {
                    "medewerker": carla.pk,
                    "zaken": zaken_van(client, carla),
                    "actie": "voorstel",
                    "verdelen_over": [noord.pk],
                },
            )
        )

    voor = stand()
    pagina = voorstel()
    assert keuzes(pagina) == {
        f"plan-{alleen_plan.pk}": str(noord.pk),
        f"melding-{alleen_melding.pk}": "",
    }
    assert foutmelding(pagina, "verdelen_over") == (
        "Voor 1 zaak is geen van de gekozen collega's mogelijk (een melding blijft bij het "
        "team van het huishouden): kies die zelf."
    )
    assert stand() == voor

    # A melding in the plan's household too: that household is left whole.
    naast_plan = melding(een, consulent=carla)
    voor = stand()
    pagina = voorstel()
    assert keuzes(pagina) == {
        f"plan-{alleen_plan.pk}": "",
        f"melding-{naast_plan.pk}": "",
        f"melding-{alleen_melding.pk}": "",
    }
    assert foutmelding(pagina, "verdelen_over") == (
        "Voor 3 zaken is geen van de gekozen collega's mogelijk (een melding blijft bij het "
        "team van het huishouden): kies die zelf."
    )
    assert stand() == voor


def test_the_reason_is_marked_as_needed_but_a_proposal_does_without(werk, team):
    carla = team["consulent"]
    client = ingelogd(team["teamleider"])
    pagina = html(client.get(HERVERDELEN, {"medewerker": carla.pk}))
    veld = pagina.split('for="id_reden"', 1)[1].split("</textarea>", 1)[0]
    assert "(niet verplicht)" not in veld
    assert 'aria-required="true"' in veld
    voorstel = client.post(
        HERVERDELEN,
        {
            "medewerker": carla.pk,
            "actie": "voorstel",
            "verdelen_over": [team["collega"].pk],
            "zaken": zaken_van(client, carla),
        },
    )
    assert foutmelding(html(voorstel), "reden") == ""
    assert set(keuzes(html(voorstel)).values()) == {str(team["collega"].pk)}


def test_work_in_households_outside_ones_teams_is_counted_not_shown(
    team, team_noord, wijk_centrum, wijk_noord
):
    """Carla also works in Noord; Tineke leads only Centrum. Carla's meldingen for Noord
    households are for Noord's teamleider to hand over: the page says how many, shows none."""
    carla, bas, tineke = team["consulent"], team["collega"], team["teamleider"]
    carla.teams.add(team_noord)
    hier = plan(HuishoudenFactory(wijk=wijk_centrum), carla)
    melding(HuishoudenFactory(wijk=wijk_noord, straat="Noordweg"), consulent=carla)
    client = ingelogd(tineke)

    pagina = html(client.get(HERVERDELEN, {"medewerker": carla.pk}))
    assert (
        "Carla Consulent heeft ook nog 1 zaak bij een huishouden buiten uw teams: die draagt "
        "de teamleider van dat team over."
    ) in pagina
    assert set(keuzes(pagina)) == {f"plan-{hier.pk}"}
    assert "Noordweg" not in pagina

    melding(
        HuishoudenFactory(wijk=wijk_noord, straat="Noordweg"),
        consulent=carla,
        status="in_onderzoek",
    )
    regisseur_overdragen(plan=hier, naar=bas, reden="Verlof", door=carla)
    pagina = html(client.get(HERVERDELEN, {"medewerker": carla.pk}))
    assert (
        "Carla Consulent heeft ook nog 2 zaken bij huishoudens buiten uw teams: die draagt "
        "de teamleider van die teams over."
    ) in pagina
    assert "Carla Consulent heeft geen open plannen of meldingen." in pagina
    assert "Noordweg" not in pagina
