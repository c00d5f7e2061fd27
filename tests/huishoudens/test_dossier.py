"""What the dossier page reads (huishoudens.selectors.huishouden_voor_dossier): the
household's rows in the order the page shows them, only through the access policy; the
banner of an access with a reason shows exactly while Doorbraak.objects.geldig says that
access runs; and everything typed is escaped on the page."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from huishoudens.models import Betrokkene, Melding, Netwerklid, Persoon
from huishoudens.selectors import huishouden_voor_dossier as lezen
from plannen.models import Plan
from sociaal.doorbraak.models import Doorbraak
from tests.factories import (
    BetrokkeneFactory,
    HuishoudenFactory,
    MeldingFactory,
    NetwerklidFactory,
    PersoonFactory,
    PlanFactory,
)

pytestmark = pytest.mark.django_db


def waarden(obj) -> dict:
    return {f.attname: getattr(obj, f.attname) for f in obj._meta.concrete_fields}


@pytest.fixture
def dossier(wijk_centrum, consulent, collega):
    huishouden = HuishoudenFactory(wijk=wijk_centrum)
    geboren = [date(1980, 5, 1), date(2012, 1, 9), date(1980, 5, 1), date(1944, 12, 31)]
    personen = [
        PersoonFactory(
            huishouden=huishouden,
            geboortedatum=d,
            tussenvoegsel="van der" if i == 1 else "",
            bsn="999990019" if i == 2 else None,
            telefoon="06-12345678" if i % 2 else "",
        )
        for i, d in enumerate(geboren)
    ]
    for i, naam in enumerate(["Zoë", "anna", "Bram", "Émile", "Anna"]):
        NetwerklidFactory(persoon=personen[i % 2], naam=naam, mantelzorger=i == 2)
    for organisatie in ["Zorg B", "Zorg A", "School"]:
        BetrokkeneFactory(huishouden=huishouden, organisatie=organisatie)
    BetrokkeneFactory(huishouden=huishouden, organisatie="Wijkteam", medewerker=collega)
    for i, persoon in enumerate(personen[:3]):
        MeldingFactory(
            huishouden=huishouden,
            persoon=persoon,
            consulent=collega if i else None,
            ontvangen_op=timezone.now() - timedelta(days=i % 2),
        )
    PlanFactory(huishouden=huishouden, regisseur=consulent, afgesloten=True)
    PlanFactory(huishouden=huishouden, regisseur=consulent)
    return huishouden


def test_the_dossier_reads_the_rows_in_page_order(dossier, consulent, collega):
    """Residents oldest first, their network mantelzorgers first and then by name,
    betrokkenen by kind and organisation, meldingen newest first; the open plan only."""
    gelezen = lezen(medewerker=consulent, pk=dossier.pk)
    assert str(gelezen.wijk.team) == str(dossier.wijk.team)

    personen = Persoon.objects.filter(huishouden=dossier).order_by("geboortedatum", "id")
    assert [waarden(p) for p in gelezen.bewoners] == [waarden(p) for p in personen]
    for bewoner, persoon in zip(gelezen.bewoners, personen, strict=True):
        assert [waarden(n) for n in bewoner.netwerkleden] == [
            waarden(n)
            for n in Netwerklid.objects.filter(persoon=persoon).order_by(
                "-is_mantelzorger", "naam", "id"
            )
        ]
    assert gelezen.bewoners[1].netwerkleden[0].naam == "Bram"  # the mantelzorger first
    betrokkenen = Betrokkene.objects.filter(huishouden=dossier).order_by(
        "soort", "organisatie", "id"
    )
    assert [(waarden(b), str(b.medewerker)) for b in gelezen.professionals] == [
        (waarden(b), str(b.medewerker)) for b in betrokkenen
    ]
    meldingen = Melding.objects.filter(huishouden=dossier).order_by("-ontvangen_op", "-id")
    assert [
        (waarden(m), m.persoon.naam, str(m.consulent)) for m in gelezen.meldingen_nieuwste_eerst
    ] == [(waarden(m), m.persoon.naam, str(m.consulent)) for m in meldingen]
    [open_plan] = gelezen.open_plannen
    assert waarden(open_plan) == waarden(Plan.objects.open().get(huishouden=dossier))
    assert str(open_plan.regisseur) == str(consulent)
    assert gelezen.doorbraak_tot is None


def test_an_empty_household_has_empty_lists(wijk_centrum, consulent):
    huishouden = HuishoudenFactory(wijk=wijk_centrum)
    gelezen = lezen(medewerker=consulent, pk=huishouden.pk)
    assert (
        gelezen.bewoners,
        gelezen.professionals,
        gelezen.meldingen_nieuwste_eerst,
        gelezen.open_plannen,
    ) == ([], [], [], [])


def test_the_banner_shows_the_access_with_a_reason_that_runs_now(dossier, consulent, collega):
    nu = timezone.now()
    uur = timedelta(hours=1)
    for medewerker, begin, tot in [
        (consulent, nu - 5 * uur, nu - uur),  # over
        (consulent, nu + uur, nu + 2 * uur),  # not yet
        (collega, nu - uur, nu + 9 * uur),  # someone else's
        (consulent, nu - uur, nu + 2 * uur),  # runs now
        (consulent, nu - 2 * uur, nu + 3 * uur),  # runs now, the longest
    ]:
        Doorbraak.objects.create(
            medewerker=medewerker, huishouden=dossier, reden="Crisis", begin=begin, tot=tot
        )

    gelezen = lezen(medewerker=consulent, pk=dossier.pk)

    geldig = Doorbraak.objects.geldig(timezone.now()).filter(
        medewerker=consulent, huishouden=dossier
    )
    assert gelezen.doorbraak_tot == max(d.tot for d in geldig) == nu + 3 * uur


def test_a_household_outside_the_policy_is_not_read(dossier, consulent_noord):
    assert lezen(medewerker=consulent_noord, pk=dossier.pk) is None


def test_a_teamleider_reads_the_team_caseload_a_beheerder_nothing(
    wijk_noord, consulent, teamleider, beheerder
):
    """A teamleider also sees a household elsewhere whose plan a team member holds; a
    beheerder sees no dossier."""
    elders = HuishoudenFactory(wijk=wijk_noord)
    PlanFactory(huishouden=elders, regisseur=consulent)
    assert lezen(medewerker=teamleider, pk=elders.pk).pk == elders.pk
    assert lezen(medewerker=beheerder, pk=elders.pk) is None


def test_the_rows_show_what_was_typed_escaped(wijk_centrum, client_consulent, collega):
    """Everything typed is escaped on the page, in text and in attributes; the links of
    the rows lead to the right person, network member, betrokkene and melding."""
    from django.urls import reverse

    huishouden = HuishoudenFactory(wijk=wijk_centrum)
    persoon = PersoonFactory(
        huishouden=huishouden,
        voornamen='<b>Jan "J"',
        achternaam="O'Neil & Zn",
        email="jan@example.org",
        bsn="999990019",
    )
    lid = NetwerklidFactory(persoon=persoon, naam="<script>x</script>", mantelzorger=True)
    betrokkene = BetrokkeneFactory(
        huishouden=huishouden, organisatie='Zorg "&" co', medewerker=collega
    )
    melding = MeldingFactory(huishouden=huishouden, persoon=persoon, consulent=collega)

    html = client_consulent.get(reverse("huishoudens:dossier", args=[huishouden.pk])).content
    html = " ".join(html.decode().split())  # white space as a browser shows it

    assert "<b>Jan" not in html and "<script>x" not in html
    assert "&lt;b&gt;Jan &quot;J&quot; O&#x27;Neil &amp; Zn" in html
    assert "&lt;script&gt;x&lt;/script&gt; — " in html
    assert "mantelzorger</span> (belasting: zwaar)" in html
    assert "BSN bekend (…019) · " in html and " · jan@example.org</p>" in html
    assert 'Zorg &quot;&amp;&quot; co <span class="sociaal-klein">(' in html
    for adres in (
        reverse("huishoudens:persoon-wijzigen", args=[huishouden.pk, persoon.pk]),
        reverse("huishoudens:netwerklid-verwijderen", args=[huishouden.pk, lid.pk]),
        reverse("huishoudens:betrokkene-wijzigen", args=[huishouden.pk, betrokkene.pk]),
        reverse("meldingen:melding", args=[melding.pk]),
    ):
        assert f'href="{adres}"' in html
