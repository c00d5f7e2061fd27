"""The keukentafelgesprek: participants from the dossier, the draft saved with optimistic
locking (autosave), bad input, finalising (the clock stops) and the resident's reaction."""

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from huishoudens.models import Melding
from plannen.models import Hulpvraag, Keukentafelgesprek, ZrmScore
from tests.conftest import ingelogd
from tests.factories import (
    BetrokkeneFactory,
    GesprekFactory,
    MeldingFactory,
    NetwerklidFactory,
    PersoonFactory,
)

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def gesprek(huishouden_centrum, consulent):
    persoon = PersoonFactory(huishouden=huishouden_centrum, voornamen="Riet")
    melding = MeldingFactory(
        huishouden=huishouden_centrum,
        persoon=persoon,
        consulent=consulent,
        status=Melding.Status.IN_ONDERZOEK,
    )
    return GesprekFactory(melding=melding)


def formulier(gesprek, **velden) -> dict:
    persoon = gesprek.melding.persoon
    data = {
        "versie": gesprek.versie,
        "gehouden_op": timezone.localdate().isoformat(),
        "plaats": "thuis",
        "vraag_inwoner": "Ik wil thuis blijven wonen en zelf koken.",
        "personen": [persoon.pk],
        "zrm_financien": "2",
        "situatie_financien": "Achterstand bij de energie.",
        "maatwerk_nodig": "nee",
        "hulpvragen_tekst": "Grip op geld\n- Hulp bij boodschappen\n",
        "vrij_naam_1": "Ahmed (tolk)",
        "vrij_rol_1": "tolk",
    }
    data.update(velden)
    return data


def test_planning_puts_the_melding_in_onderzoek(client_consulent, huishouden_centrum):
    melding = MeldingFactory(huishouden=huishouden_centrum)
    over_een_week = timezone.localtime() + timedelta(days=7)
    response = client_consulent.post(
        reverse("plannen:gesprek-plannen", args=[melding.pk]),
        {"gepland_op": over_een_week.strftime("%Y-%m-%dT10:00"), "plaats": "thuis"},
    )
    gesprek = Keukentafelgesprek.objects.get()
    assert response["Location"] == reverse("plannen:gesprek", args=[gesprek.pk])
    melding.refresh_from_db()
    assert melding.status == Melding.Status.IN_ONDERZOEK


def test_participants_are_picked_from_the_dossier(client_consulent, gesprek, huishouden_centrum):
    lid = NetwerklidFactory(
        persoon=gesprek.melding.persoon, naam="Dochter Ans", is_mantelzorger=True
    )
    huisarts = BetrokkeneFactory(huishouden=huishouden_centrum, organisatie="Praktijk Linde")
    html = client_consulent.get(reverse("plannen:gesprek", args=[gesprek.pk])).content.decode()
    for naam in ("Riet", "Dochter Ans", "Praktijk Linde"):
        assert naam in html
    client_consulent.post(
        reverse("plannen:gesprek-autosave", args=[gesprek.pk]),
        formulier(gesprek, netwerkleden=[lid.pk], betrokkenen=[huisarts.pk]),
        **HTMX,
    )
    namen = {str(d) for d in gesprek.deelnemers.all()}
    assert namen == {str(gesprek.melding.persoon), "Dochter Ans", "Praktijk Linde", "Ahmed (tolk)"}


def test_autosave_saves_and_says_when(client_consulent, gesprek):
    response = client_consulent.post(
        reverse("plannen:gesprek-autosave", args=[gesprek.pk]), formulier(gesprek), **HTMX
    )
    html = response.content.decode()
    assert re.search(r"Opgeslagen om \d\d:\d\d", html)
    assert f'name="versie" id="id_versie" value="{gesprek.versie + 1}" hx-swap-oob="true"' in html
    gesprek.refresh_from_db()
    assert gesprek.vraag_inwoner.startswith("Ik wil thuis blijven")
    assert ZrmScore.objects.get(gesprek=gesprek, domein="financien").score == 2


def test_autosave_is_htmx_only(client_consulent, gesprek):
    response = client_consulent.post(
        reverse("plannen:gesprek-autosave", args=[gesprek.pk]), formulier(gesprek)
    )
    assert response.status_code == 400


def test_a_second_editor_is_refused_not_overwritten(client_consulent, collega, gesprek):
    eerste = formulier(gesprek, vraag_inwoner="Versie van de consulent")
    client_consulent.post(reverse("plannen:gesprek-autosave", args=[gesprek.pk]), eerste, **HTMX)
    # The colleague's page was loaded at the old version.
    tweede = formulier(gesprek, vraag_inwoner="Versie van de collega")
    response = ingelogd(collega).post(
        reverse("plannen:gesprek-autosave", args=[gesprek.pk]), tweede, **HTMX
    )
    assert response.status_code == 409
    assert "heeft dit gesprek om" in response.content.decode()
    gesprek.refresh_from_db()
    assert gesprek.vraag_inwoner == "Versie van de consulent"


def test_bad_input_is_named_and_nothing_typed_is_lost(client_consulent, gesprek, huishouden_noord):
    vreemde = PersoonFactory(huishouden=huishouden_noord)
    morgen = (timezone.localdate() + timedelta(days=1)).isoformat()
    data = formulier(
        gesprek,
        gehouden_op=morgen,
        zrm_financien="7",
        personen=[vreemde.pk],
        vraag_inwoner="Dit mag niet verloren gaan",
    )
    response = client_consulent.post(reverse("plannen:gesprek", args=[gesprek.pk]), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "kan niet in de toekomst liggen" in html
    assert "Kies een score van 1 tot en met 5" in html
    assert "hoort niet bij dit huishouden" in html
    assert "Dit mag niet verloren gaan" in html
    assert "Achterstand bij de energie." in html
    gesprek.refresh_from_db()
    assert gesprek.vraag_inwoner == ""

    autosave = client_consulent.post(
        reverse("plannen:gesprek-autosave", args=[gesprek.pk]), data, **HTMX
    )
    assert "Niet opgeslagen: controleer" in autosave.content.decode()


def test_finalising_stops_the_clock_and_hands_over_the_hulpvragen(client_consulent, gesprek):
    melding = gesprek.melding
    response = client_consulent.post(
        reverse("plannen:gesprek", args=[gesprek.pk]), {**formulier(gesprek), "actie": "afronden"}
    )
    assert response.status_code == 302
    gesprek.refresh_from_db()
    melding.refresh_from_db()
    assert gesprek.is_definitief
    assert melding.status == Melding.Status.AFGEROND
    assert melding.onderzoek_afgerond_op == gesprek.afgerond_op
    assert melding.deadline is None
    assert list(Hulpvraag.objects.values_list("tekst", flat=True)) == [
        "Grip op geld",
        "Hulp bij boodschappen",
    ]
    verslag = client_consulent.get(reverse("plannen:gesprek", args=[gesprek.pk])).content.decode()
    assert "Gespreksverslag" in verslag and "Ahmed (tolk) (tolk)" in verslag
    # A final verslag is not changed in place.
    later = client_consulent.post(
        reverse("plannen:gesprek-autosave", args=[gesprek.pk]), formulier(gesprek), **HTMX
    )
    assert "al afgerond" in later.content.decode()


def test_finalising_needs_the_essentials_but_keeps_the_draft(client_consulent, gesprek):
    data = formulier(gesprek, vraag_inwoner="", maatwerk_nodig="ja", beoogd_resultaat="")
    data.pop("personen")
    data.pop("vrij_naam_1")
    response = client_consulent.post(
        reverse("plannen:gesprek", args=[gesprek.pk]), {**data, "actie": "afronden"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    for tekst in (
        "Leg de vraag vast in de woorden van de inwoner.",
        "Beschrijf voor welk resultaat maatwerk nodig is.",
        "Kies wie er bij het gesprek waren.",
    ):
        assert tekst in html
    gesprek.refresh_from_db()
    assert not gesprek.is_definitief
    assert gesprek.maatwerk_nodig is True  # the draft was saved
    assert gesprek.melding.status == Melding.Status.IN_ONDERZOEK


def test_the_residents_reaction(client_consulent, gesprek):
    client_consulent.post(
        reverse("plannen:gesprek", args=[gesprek.pk]), {**formulier(gesprek), "actie": "afronden"}
    )
    url = reverse("plannen:gesprek", args=[gesprek.pk])
    morgen = (timezone.localdate() + timedelta(days=1)).isoformat()
    fout = client_consulent.post(
        url,
        {
            "reactie": "opmerkingen",
            "reactie_op": morgen,
            "reactie_toelichting": "Ik kook wel zelf",
        },
    )
    assert "toekomst" in fout.content.decode() and "Ik kook wel zelf" in fout.content.decode()
    client_consulent.post(url, {"reactie": "akkoord", "reactie_op": date.today().isoformat()})
    gesprek.refresh_from_db()
    assert gesprek.reactie == "akkoord"


def test_conversation_page_query_budget(client_consulent, gesprek, django_assert_num_queries):
    """The conversation page costs 12 queries, however much is filled in:

    1. the session
    2. the logged-in medewerker
    3. the conversation with melding, person, household, wijk and last editor (policy)
    4. its ZRM scores
    5. its participants with person, network member and betrokkene
    6. the audit entry (INSERT)
    7-9. the choices: residents, network members, betrokkenen of the household
    10-12. the session's new expiry (UPDATE in a savepoint)
    """
    for _ in range(3):
        NetwerklidFactory(persoon=gesprek.melding.persoon)
    client_consulent.post(
        reverse("plannen:gesprek-autosave", args=[gesprek.pk]), formulier(gesprek), **HTMX
    )
    with django_assert_num_queries(12):
        response = client_consulent.get(reverse("plannen:gesprek", args=[gesprek.pk]))
    assert response.status_code == 200


def test_optional_choices_speak_dutch(client_consulent, gesprek):
    html = client_consulent.get(reverse("plannen:gesprek", args=[gesprek.pk])).content.decode()
    assert "Select an option" not in html
    assert "Maak een keuze" in html
