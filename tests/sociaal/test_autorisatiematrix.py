"""The authorization matrix (docs/design.md §4.6 to 4.8): every page, fragment, search, export, PDF
and file route, for every role and every way a medewerker relates to one household: the
answer.

One household (H) has everything attached: persons (one with a BSN), a netwerklid,
betrokkenen, meldingen with a keukentafelgesprek, an open plan (a doel, an afspraak, an
agreed version, an evaluation), documents with a file, reminders, access with a reason. It
lies in a wijk of team Centrum. Who looks at it — the columns of every table:

- eigen_team:  a member of team Centrum;
- betrokken:   a member of team Zuid, linked to H as betrokkene;
- regisseur:   (consulent) a member of team Oost, regisseur of H's open plan;
- caseload:    (teamleider) the teamleider of team Oost, whose member is that regisseur;
- doorbraak:   someone of another team with access to H with a reason, still valid
               ("break the glass"); doorbraak_verlopen: the same, expired;
- andere_team: a member of team Noord, without any link;
- geen_team:   a medewerker in no team at all.

Everyone also has a melding of H assigned and a reminder about it (as after a move or a
handover), so their own lists can show — or must hide — it.

The expected answers are written out per cell, not derived from the access policy
(sociaal/zichtbaarheid.py): the tables are the specification. 404 for anything about a
household one may not see (exactly as if it did not exist); 403 for pages that are not for
one's role whatever the household (dossier pages: consulenten and teamleiders; the
dashboard: teamleiders; the logboek: the auditor); lists that answer 200 with or without H.
Every refusal leaves H unchanged, shows none of its data, and is audited.

H is built once for the module, in a transaction rolled back at its end; each test runs in
a savepoint inside it (pytest-django's `db`), so what a test changes is gone for the next.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.test import override_settings
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.functional import empty

from huishoudens.models import Betrokkene, Huishouden, Melding, Netwerklid, Persoon
from plannen.models import (
    Afspraak,
    Deelnemer,
    Document,
    Doel,
    Evaluatie,
    Keukentafelgesprek,
    Plan,
    RegisseurOverdracht,
)
from plannen.models.document import prive_opslag
from plannen.services import doelen as inhoud
from plannen.services import levensloop
from plannen.services.evaluatie import evaluatie_vastleggen
from sociaal.audit.models import AuditEntry, Resultaat
from sociaal.doorbraak.models import Doorbraak
from sociaal.herinneringen.models import Herinnering, Regel
from sociaal.medewerkers.models import Rol
from sociaal.toegang import Beleid, beleid_van
from tests.conftest import ingelogd
from tests.factories import (
    BetrokkeneFactory,
    GesprekFactory,
    HuishoudenFactory,
    MedewerkerFactory,
    MeldingFactory,
    NetwerklidFactory,
    PersoonFactory,
    PlanFactory,
    TeamFactory,
    WijkFactory,
)

pytestmark = pytest.mark.django_db

STRAAT = "Geheimhoudingslaan"
ACHTERNAAM = "Verborgenhuizen"
BSN = "111222333"  # passes the 11-proef
# What a refusal, or a list without H, must never show.
GEHEIMEN = (
    STRAAT,
    ACHTERNAAM,
    BSN,
    "Buurvrouw Ans",
    "Huisartsenpraktijk De Linde",
    "Zelf boodschappen doen",
)
VANDAAG = timezone.localdate

# The columns, in this order in every row of every table (see `rij`).
GROEPEN = {
    "consulent": (
        "eigen_team",
        "betrokken",
        "regisseur",
        "doorbraak",
        "doorbraak_verlopen",
        "andere_team",
        "geen_team",
    ),
    "teamleider": (
        "eigen_team",
        "betrokken",
        "caseload",
        "doorbraak",
        "andere_team",
        "geen_team",
    ),
    "beheerder": ("eigen_team", "betrokken", "andere_team", "geen_team"),
    "auditor": ("eigen_team", "betrokken", "andere_team", "geen_team"),
}
KIJKERS = [(rol, relatie) for rol, relaties in GROEPEN.items() for relatie in relaties]


def rij(consulent, teamleider, beheerder, auditor) -> tuple:
    """One row of a table: the expected answer per column, by role."""
    for rol, cellen in zip(GROEPEN, (consulent, teamleider, beheerder, auditor), strict=True):
        assert len(cellen) == len(GROEPEN[rol]), rol
    return (*consulent, *teamleider, *beheerder, *auditor)


# --- H and everyone around it -------------------------------------------------------------


def bouw_wereld() -> SimpleNamespace:
    centrum = TeamFactory(naam="Wijkteam Centrum")
    noord = TeamFactory(naam="Wijkteam Noord")
    oost = TeamFactory(naam="Wijkteam Oost")
    zuid = TeamFactory(naam="Wijkteam Zuid")
    west = TeamFactory(naam="Wijkteam West")
    wijk_centrum = WijkFactory(naam="Centrum", team=centrum)
    wijk_noord = WijkFactory(naam="Noord", team=noord)
    for naam, team in (("Oost", oost), ("Zuid", zuid), ("West", west)):
        WijkFactory(naam=naam, team=team)

    def mw(username, teams=(), **kwargs):
        return MedewerkerFactory(username=username, teams=list(teams), **kwargs)

    teamleider, beheerder, auditor = (
        {"teamleider": True},
        {"beheerder": True},
        {"rol": Rol.AUDITOR},
    )
    kijkers = {
        ("consulent", "eigen_team"): mw("consulent", [centrum]),
        ("consulent", "betrokken"): mw("consulent-zuid", [zuid]),
        ("consulent", "regisseur"): mw("consulent-oost", [oost]),
        ("consulent", "doorbraak"): mw("consulent-doorbraak", [noord]),
        ("consulent", "doorbraak_verlopen"): mw("consulent-verlopen", [noord]),
        ("consulent", "andere_team"): mw("consulent-noord", [noord]),
        ("consulent", "geen_team"): mw("consulent-los"),
        ("teamleider", "eigen_team"): mw("teamleider", [centrum], **teamleider),
        ("teamleider", "betrokken"): mw("teamleider-zuid", [zuid], **teamleider),
        ("teamleider", "caseload"): mw("teamleider-oost", [oost], **teamleider),
        ("teamleider", "doorbraak"): mw("teamleider-west", [west], **teamleider),
        ("teamleider", "andere_team"): mw("teamleider-noord", [noord], **teamleider),
        ("teamleider", "geen_team"): mw("teamleider-los", **teamleider),
        ("beheerder", "eigen_team"): mw("beheerder-centrum", [centrum], **beheerder),
        ("beheerder", "betrokken"): mw("beheerder-betrokken", **beheerder),
        ("beheerder", "andere_team"): mw("beheerder-noord", [noord], **beheerder),
        ("beheerder", "geen_team"): mw("beheerder", **beheerder),
        ("auditor", "eigen_team"): mw("auditor-centrum", [centrum], **auditor),
        ("auditor", "betrokken"): mw("auditor-betrokken", **auditor),
        ("auditor", "andere_team"): mw("auditor-noord", [noord], **auditor),
        ("auditor", "geen_team"): mw("auditor", **auditor),
    }
    # The rights to export the dashboard and to make an inzage are no way in: everyone has
    # them here, so that role and relationship decide.
    rechten = Permission.objects.filter(
        Q(codename="dashboard_exporteren", content_type__app_label="medewerkers")
        | Q(codename="inzage_maken", content_type__app_label="huishoudens")
    )
    assert rechten.count() == 2
    for kijker in kijkers.values():
        kijker.user_permissions.add(*rechten)
    consulent = kijkers[("consulent", "eigen_team")]
    regisseur = kijkers[("consulent", "regisseur")]
    # The person a teamleider's dashboard pages are about: a member of their own team
    # (for the others, who have no dashboard, themselves).
    teamgenoot = dict(kijkers)
    teamgenoot.update(
        {
            ("teamleider", "eigen_team"): consulent,
            ("teamleider", "betrokken"): kijkers[("consulent", "betrokken")],
            ("teamleider", "caseload"): regisseur,
            ("teamleider", "andere_team"): kijkers[("consulent", "andere_team")],
            ("teamleider", "geen_team"): kijkers[("consulent", "geen_team")],
        }
    )

    h = HuishoudenFactory(wijk=wijk_centrum, straat=STRAAT, huisnummer=7)
    hoofdbewoner = PersoonFactory(huishouden=h, voornamen="Riet", achternaam=ACHTERNAAM, bsn=BSN)
    kind = PersoonFactory(
        huishouden=h, voornamen="Kees", achternaam=ACHTERNAAM, rol=Persoon.RolInHuishouden.KIND
    )
    # Nothing refers to the lodger: removing them can succeed.
    logee = PersoonFactory(
        huishouden=h, voornamen="Lotte", achternaam=ACHTERNAAM, rol=Persoon.RolInHuishouden.OVERIG
    )
    netwerklid = NetwerklidFactory(persoon=hoofdbewoner, naam="Buurvrouw Ans")
    huisarts = BetrokkeneFactory(huishouden=h, organisatie="Huisartsenpraktijk De Linde")
    for rol in GROEPEN:
        BetrokkeneFactory(
            huishouden=h,
            soort=Betrokkene.Soort.SCHULDHULP,
            organisatie="Schuldhulp",
            medewerker=kijkers[(rol, "betrokken")],
        )
    nu = timezone.now()
    doorbraak = Doorbraak.objects.create(
        medewerker=kijkers[("consulent", "doorbraak")],
        huishouden=h,
        reden="Crisismelding van de politie, Centrum niet bereikbaar.",
        begin=nu - timedelta(hours=1),
        tot=nu + timedelta(hours=3),
    )
    Doorbraak.objects.create(
        medewerker=kijkers[("teamleider", "doorbraak")],
        huishouden=h,
        reden="Crisismelding van de politie, Centrum niet bereikbaar.",
        begin=nu - timedelta(hours=1),
        tot=nu + timedelta(hours=3),
    )
    Doorbraak.objects.create(
        medewerker=kijkers[("consulent", "doorbraak_verlopen")],
        huishouden=h,
        reden="Crisismelding van de politie, vorige nacht.",
        begin=nu - timedelta(hours=10),
        tot=nu - timedelta(hours=6),
    )

    meldingen, herinneringen = {}, {}
    for kijker in kijkers.values():
        melding = MeldingFactory(
            huishouden=h,
            persoon=hoofdbewoner,
            consulent=kijker,
            status=Melding.Status.TOEGEWEZEN,
            created_by=consulent,
        )
        meldingen[kijker.pk] = melding
        herinneringen[kijker.pk] = Herinnering.objects.create(
            ontvanger=kijker,
            regel=Regel.TERUGBELLEN,
            huishouden=h,
            object_type="huishoudens.melding",
            object_id=melding.pk,
            sleutel=f"matrix-{melding.pk}",
            datum=VANDAAG(),
        )
    # Someone outside the tables, whose reminder nobody else may mark as read.
    collega = mw("collega", [centrum])
    herinnering_collega = Herinnering.objects.create(
        ontvanger=collega,
        regel=Regel.GEEN_CONTACT,
        huishouden=h,
        object_type="huishoudens.huishouden",
        object_id=h.pk,
        sleutel="matrix-collega",
        datum=VANDAAG(),
    )
    wachtend = MeldingFactory(huishouden=h, persoon=hoofdbewoner, created_by=consulent)
    gesprek = GesprekFactory(
        melding=meldingen[consulent.pk],
        vraag_inwoner="Ik wil weer zelf boodschappen doen.",
        created_by=consulent,
        bijgewerkt_door=consulent,
    )

    # The open plan: a doel and an afspraak, agreed (version 1), evaluated, continued.
    plan = PlanFactory(huishouden=h, regisseur=regisseur)
    doel = inhoud.doel_toevoegen(
        plan=plan, omschrijving="Zelf boodschappen doen", door=regisseur, wijziging=0
    )
    afspraak = inhoud.afspraak_toevoegen(
        afspraak=Afspraak(
            doel=doel, wat="Boodschappenlijst maken", uitvoerder="eigen_kracht", persoon=kind
        ),
        door=regisseur,
        wijziging=1,
    )
    plan.refresh_from_db()
    levensloop.plan_ter_ondertekening(plan=plan, door=regisseur, wijziging=plan.wijziging)
    plan.refresh_from_db()
    levensloop.plan_vaststellen(
        plan=plan,
        door=regisseur,
        wijziging=plan.wijziging,
        akkoord_op=VANDAAG(),
        akkoord_wijze="digitaal",
        evaluatie_op=VANDAAG() + timedelta(days=90),
    )
    plan.refresh_from_db()
    levensloop.evaluatie_starten(plan=plan, door=regisseur, wijziging=plan.wijziging)
    plan.refresh_from_db()
    evaluatie = evaluatie_vastleggen(
        plan=plan,
        door=regisseur,
        wijziging=plan.wijziging,
        gehouden_op=VANDAAG(),
        resultaten={doel.pk: "deels"},
        zrm={"financien": 3},
        besluit=Evaluatie.Besluit.DOORGAAN,
        cijfer=8,
        nieuwe_evaluatie_op=VANDAAG() + timedelta(days=120),
    )
    plan.refresh_from_db()
    assert plan.status == Plan.Status.CONCEPT and plan.versies.filter(nummer=1).exists()

    # Documents as the worker leaves them (no Celery): one made, with its file; one failed.
    klaar = Document.objects.create(
        soort=Document.Soort.PLAN,
        huishouden=h,
        plan=plan,
        versie=1,
        status=Document.Status.KLAAR,
        aangevraagd_door=regisseur,
        klaar_op=timezone.now(),
    )
    klaar.bestand.save("plan-1.pdf", ContentFile(b"%PDF-1.4 " + STRAAT.encode()))
    mislukt = Document.objects.create(
        soort=Document.Soort.PLAN,
        huishouden=h,
        plan=plan,
        versie=1,
        status=Document.Status.MISLUKT,
        reden_mislukt="De printer was op.",
        aangevraagd_door=regisseur,
    )

    # Team Noord's own household (A), with a plan and a conversation: its ids next to
    # those of H must not open anything of H.
    consulent_noord = kijkers[("consulent", "andere_team")]
    a = HuishoudenFactory(wijk=wijk_noord, straat="Noordweg", huisnummer=3)
    bewoner_a = PersoonFactory(huishouden=a, voornamen="Piet", achternaam="Noorderling")
    plan_a = PlanFactory(huishouden=a, regisseur=consulent_noord)
    doel_a = inhoud.doel_toevoegen(
        plan=plan_a, omschrijving="Werk vinden", door=consulent_noord, wijziging=0
    )
    plan_a.refresh_from_db()
    melding_a = MeldingFactory(
        huishouden=a,
        persoon=bewoner_a,
        consulent=consulent_noord,
        status=Melding.Status.TOEGEWEZEN,
        created_by=consulent_noord,
    )
    gesprek_a = GesprekFactory(
        melding=melding_a, created_by=consulent_noord, bijgewerkt_door=consulent_noord
    )

    return SimpleNamespace(
        h=h,
        hoofdbewoner=hoofdbewoner,
        kind=kind,
        logee=logee,
        netwerklid=netwerklid,
        huisarts=huisarts,
        doorbraak=doorbraak,
        meldingen=meldingen,
        herinneringen=herinneringen,
        herinnering_collega=herinnering_collega,
        melding=meldingen[consulent.pk],
        wachtend=wachtend,
        gesprek=gesprek,
        plan=plan,
        doel=doel,
        afspraak=afspraak,
        evaluatie=evaluatie,
        klaar=klaar,
        mislukt=mislukt,
        consulent=consulent,
        regisseur=regisseur,
        kijkers=kijkers,
        teamgenoot=teamgenoot,
        a=a,
        plan_a=plan_a,
        doel_a=doel_a,
        gesprek_a=gesprek_a,
    )


@pytest.fixture(scope="module")
def wereld(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once, in a transaction rolled back after the module (like setUpTestData)."""
    map_ = tmp_path_factory.mktemp("documenten")
    with (
        django_db_blocker.unblock(),
        override_settings(SOCIAAL_DOCUMENTEN_DIR=map_),
        transaction.atomic(),
    ):
        prive_opslag._wrapped = empty  # fresh storage for this directory
        try:
            yield bouw_wereld()
        finally:
            transaction.set_rollback(True)
            prive_opslag._wrapped = empty


@pytest.fixture(scope="module")
def voor(wereld) -> dict:
    """H as `wereld` built it. Each test runs in a transaction rolled back after it, so each
    starts from this: read once per module instead of before every request."""
    return toestand(wereld)


def toestand(w) -> dict:
    """Everything a request could change about H, to compare before and after."""
    h = Huishouden.objects.get(pk=w.h.pk)
    van_h = Q(persoon__huishouden=h) | Q(netwerklid__persoon__huishouden=h)
    van_h |= Q(betrokkene__huishouden=h)
    return {
        "adres": (h.straat, h.huisnummer, h.postcode, h.wijk_id),
        "personen": sorted(Persoon.objects.filter(huishouden=h).values_list("pk", "voornamen")),
        "netwerk": sorted(
            Netwerklid.objects.filter(persoon__huishouden=h).values_list("pk", "naam")
        ),
        "betrokkenen": sorted(h.betrokkenen.values_list("pk", "organisatie", "medewerker_id")),
        "meldingen": sorted(
            Melding.objects.filter(huishouden=h).values_list("pk", "status", "consulent_id")
        ),
        "terugbelmomenten": Melding.objects.filter(
            huishouden=h, terugbelmomenten__isnull=False
        ).count(),
        "plannen": sorted(
            Plan.objects.filter(huishouden=h).values_list(
                "pk", "status", "regisseur_id", "wijziging", "versie"
            )
        ),
        "overdrachten": RegisseurOverdracht.objects.filter(plan__huishouden=h).count(),
        "doelen": sorted(
            Doel.objects.filter(plan__huishouden=h).values_list("pk", "omschrijving")
        ),
        "afspraken": sorted(
            Afspraak.objects.filter(doel__plan__huishouden=h).values_list("pk", "wat")
        ),
        "evaluaties": Evaluatie.objects.filter(plan__huishouden=h).count(),
        "gesprekken": sorted(
            Keukentafelgesprek.objects.filter(huishouden=h).values_list(
                "pk", "status", "versie", "vraag_inwoner", "gepland_op"
            )
        ),
        "documenten": sorted(
            Document.objects.filter(huishouden=h).values_list("pk", "status", "pogingen")
        ),
        "herinneringen": sorted(
            Herinnering.objects.filter(huishouden=h).values_list("pk", "gelezen_op")
        ),
        "doorbraken": sorted(
            Doorbraak.objects.filter(huishouden=h).values_list("pk", "medewerker_id", "oordeel")
        ),
        # Records of other households pointing at H's persons, network or betrokkenen (a
        # form that accepted an id it should not have).
        "verwijzingen_van_elders": [
            Melding.objects.filter(persoon__huishouden=h).exclude(huishouden=h).count(),
            Afspraak.objects.filter(van_h).exclude(doel__plan__huishouden=h).count(),
            Deelnemer.objects.filter(van_h).exclude(gesprek__huishouden=h).count(),
        ],
    }


def tekst(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def toont_niets(response, getypt=()) -> None:
    """Nothing of H is shown (but what the viewer typed in may be)."""
    inhoud_ = tekst(response)
    for geheim in GEHEIMEN:
        if geheim not in getypt:
            assert geheim not in inhoud_, f"{geheim!r} shown"


def geweigerd(medewerker) -> int:
    """How many refusals of `medewerker` the audit log holds."""
    return AuditEntry.objects.filter(medewerker=medewerker, resultaat=Resultaat.GEWEIGERD).count()


# --- routes as data -----------------------------------------------------------------------

Url = Callable[[SimpleNamespace, tuple], str]  # (the world, the viewer's (rol, relatie))


@dataclass(frozen=True)
class Route:
    naam: str  # the URL name
    url: Url
    data: Callable[[SimpleNamespace], dict] | None = None  # a POST with this body
    htmx: bool = False
    volgen: bool = False  # follow the redirect (a POSTed search)
    soort: str = ""  # told apart in the pytest id: another probe of the same route
    teken: str = STRAAT  # what shows that the answer is about H ("": not checked)
    instellingen: tuple = ()  # settings for this probe: (("DEBUG", True),)
    zoek_bsn_eerst: bool = False  # search H's BSN first; its token goes in ?zoek= / "zoek"
    gelogd: bool = True  # a 404 is an audited refusal (a read of a household's part)

    @property
    def label(self) -> str:
        return f"{self.naam}.{self.soort}" if self.soort else self.naam


def _pk(w, pad):
    if isinstance(pad, int):
        return pad
    obj = w
    for deel in pad.split("."):
        obj = getattr(obj, deel)
    return obj.pk


def u(naam: str, *paden, query: str = "") -> Url:
    """A URL maker: `paden` are attributes of the world ("h", "plan", "doel") or numbers;
    in `query`, {teamgenoot}, {consulent}, {regisseur} and {h} become ids."""

    def maak(w, kijker):
        url = reverse(naam, args=[_pk(w, p) for p in paden])
        if query:
            url += "?" + query.format(
                teamgenoot=w.teamgenoot[kijker].pk,
                consulent=w.consulent.pk,
                regisseur=w.regisseur.pk,
                h=w.h.pk,
            )
        return url

    return maak


def _matrix(tabel) -> list:
    params = []
    for route, cellen in tabel:
        assert len(cellen) == len(KIJKERS), route.label
        for (rol, relatie), cel in zip(KIJKERS, cellen, strict=True):
            params.append(
                pytest.param(route, rol, relatie, cel, id=f"{route.label}-{rol}-{relatie}")
            )
    return params


def vraag(wereld, route: Route, rol: str, relatie: str):
    """The request of `route` by this viewer. The response says in `gelogd` whether the
    request left a refusal in the audit log."""
    medewerker = wereld.kijkers[(rol, relatie)]
    client = ingelogd(medewerker)
    url = route.url(wereld, (rol, relatie))
    data = route.data(wereld) if route.data else None
    if route.zoek_bsn_eerst:
        zoek = client.post(reverse("huishoudens:lijst"), {"bsn": BSN})
        # Whoever may not search (403) asks with a token of nothing.
        token = zoek["Location"].split("zoek=", 1)[1] if zoek.status_code == 302 else "niets"
        if data is None:
            url += f"?zoek={token}"
        else:
            data["zoek"] = token
    kwargs = {"HTTP_HX_REQUEST": "true"} if route.htmx else {}
    voor = geweigerd(medewerker)
    with override_settings(**dict(route.instellingen)):
        if data is None:
            response = client.get(url, **kwargs)
        else:
            response = client.post(url, data, follow=route.volgen, **kwargs)
    response.gelogd = geweigerd(medewerker) > voor
    return response


# --- 1. pages, fragments, exports, PDFs and files about H ---------------------------------
#
#                consulent: eigen bet regis doorb verl andr geen
#                teamleider: eigen bet casel doorb andr geen
#                beheerder and auditor: eigen bet andr geen

# A beheerder or auditor opens no dossier page at all (ToegangMiddleware): 403 for every
# household alike, so it tells nothing about this one.
GEEN_DOSSIERS = (403, 403, 403, 403)
ZIEN = rij(
    (200, 200, 200, 200, 404, 404, 404),
    (200, 200, 200, 200, 404, 404),
    GEEN_DOSSIERS,
    GEEN_DOSSIERS,
)
# The plan is not in evaluatie: who may see it is sent on to the plan page.
NAAR_PLAN = rij(
    (302, 302, 302, 302, 404, 404, 404),
    (302, 302, 302, 302, 404, 404),
    GEEN_DOSSIERS,
    GEEN_DOSSIERS,
)

PAGINAS = [
    (Route("huishoudens:dossier", u("huishoudens:dossier", "h")), ZIEN),
    (Route("huishoudens:wijzigen", u("huishoudens:wijzigen", "h")), ZIEN),
    (Route("logboek:toegangsverslag", u("logboek:toegangsverslag", "h")), ZIEN),
    (
        Route(
            "avg:inzage",
            u("avg:inzage", "h", "hoofdbewoner"),
            teken=ACHTERNAAM,
        ),
        ZIEN,
    ),
    # The inzage bundle itself: a ZIP with everything of the person.
    (
        Route(
            "avg:inzage",
            u("avg:inzage", "h", "hoofdbewoner"),
            data=lambda w: {},
            soort="zip",
            teken="",
        ),
        ZIEN,
    ),
    (Route("huishoudens:persoon-nieuw", u("huishoudens:persoon-nieuw", "h")), ZIEN),
    (
        Route("huishoudens:persoon-wijzigen", u("huishoudens:persoon-wijzigen", "h", "kind")),
        ZIEN,
    ),
    (
        Route(
            "huishoudens:persoon-verwijderen",
            u("huishoudens:persoon-verwijderen", "h", "logee"),
            teken="Lotte",
        ),
        ZIEN,
    ),
    (
        Route(
            "huishoudens:netwerklid-nieuw", u("huishoudens:netwerklid-nieuw", "h", "hoofdbewoner")
        ),
        ZIEN,
    ),
    (
        Route(
            "huishoudens:netwerklid-wijzigen",
            u("huishoudens:netwerklid-wijzigen", "h", "netwerklid"),
        ),
        ZIEN,
    ),
    (
        Route(
            "huishoudens:netwerklid-verwijderen",
            u("huishoudens:netwerklid-verwijderen", "h", "netwerklid"),
            teken="Buurvrouw Ans",
        ),
        ZIEN,
    ),
    (Route("huishoudens:betrokkene-nieuw", u("huishoudens:betrokkene-nieuw", "h")), ZIEN),
    (
        Route(
            "huishoudens:betrokkene-wijzigen",
            u("huishoudens:betrokkene-wijzigen", "h", "huisarts"),
        ),
        ZIEN,
    ),
    (
        Route(
            "huishoudens:betrokkene-verwijderen",
            u("huishoudens:betrokkene-verwijderen", "h", "huisarts"),
            teken="Huisartsenpraktijk De Linde",
        ),
        ZIEN,
    ),
    (Route("meldingen:nieuw", u("meldingen:nieuw", "h")), ZIEN),
    (Route("meldingen:melding", u("meldingen:melding", "melding")), ZIEN),
    (Route("plannen:plan", u("plannen:plan", "plan")), ZIEN),
    (Route("plannen:starten", u("plannen:starten", "h")), ZIEN),
    (Route("plannen:ladder", u("plannen:ladder", "plan")), ZIEN),
    (Route("plannen:evaluatie", u("plannen:evaluatie", "plan")), NAAR_PLAN),
    (
        Route("plannen:evaluatie-uitkomst", u("plannen:evaluatie-uitkomst", "plan", "evaluatie")),
        ZIEN,
    ),
    (Route("plannen:versie", u("plannen:versie", "plan", 1)), ZIEN),
    (Route("plannen:concept-verschil", u("plannen:concept-verschil", "plan")), ZIEN),
    (Route("plannen:afspraak-toevoegen", u("plannen:afspraak-toevoegen", "plan", "doel")), ZIEN),
    (Route("plannen:gesprek-plannen", u("plannen:gesprek-plannen", "wachtend")), ZIEN),
    (Route("plannen:gesprek", u("plannen:gesprek", "gesprek")), ZIEN),
    (
        Route(
            "plannen:document-status",
            u("plannen:document-status", "klaar"),
            htmx=True,
            teken="Plan, versie 1",
        ),
        ZIEN,
    ),
    (Route("plannen:document-download", u("plannen:document-download", "klaar")), ZIEN),
    (
        Route(
            "plannen:plan-pdf-voorbeeld",
            u("plannen:plan-pdf-voorbeeld", "plan"),
            soort="debug",
            instellingen=(("DEBUG", True),),
        ),
        ZIEN,
    ),
]


@pytest.mark.parametrize(("route", "rol", "relatie", "verwacht"), _matrix(PAGINAS))
def test_pagina(wereld, voor, route, rol, relatie, verwacht):
    response = vraag(wereld, route, rol, relatie)

    assert response.status_code == verwacht
    if verwacht == 200:
        assert route.teken in tekst(response)  # the answer is about H
    else:
        toont_niets(response)
    if verwacht in (403, 404):
        assert response.gelogd, "a refusal leaves an audit entry"
    assert toestand(wereld) == voor  # reading changes nothing


# --- 2. changes (POST): refused as not found, and nothing changes -------------------------
#
# TOE: may (anything but 403/404; what the change itself does is tested elsewhere).
# NIETS: the page answers 200, and nothing changes.

TOE = "toegestaan"
NIETS = "200, niets gewijzigd"
MAG = rij(
    (TOE, TOE, TOE, TOE, 404, 404, 404),
    (TOE, TOE, TOE, TOE, 404, 404),
    GEEN_DOSSIERS,
    GEEN_DOSSIERS,
)


def _adres(w):
    return {
        "straat": "Inbraakstraat",
        "huisnummer": "1",
        "postcode": "9999 ZZ",
        "woonplaats": "Elders",
    }


def _persoon(w):
    return {
        "voornamen": "Indringer",
        "achternaam": "Indringer",
        "geboortedatum": "1980-01-01",
        "rol": "overig",
    }


def _wijziging(w, **extra):
    return {"wijziging": w.plan.wijziging, **extra}


WIJZIGINGEN = [
    (Route("huishoudens:wijzigen", u("huishoudens:wijzigen", "h"), data=_adres), MAG),
    (Route("huishoudens:persoon-nieuw", u("huishoudens:persoon-nieuw", "h"), data=_persoon), MAG),
    (
        Route(
            "huishoudens:persoon-wijzigen",
            u("huishoudens:persoon-wijzigen", "h", "kind"),
            data=_persoon,
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:persoon-verwijderen",
            u("huishoudens:persoon-verwijderen", "h", "logee"),
            data=lambda w: {},
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:netwerklid-nieuw",
            u("huishoudens:netwerklid-nieuw", "h", "hoofdbewoner"),
            data=lambda w: {"naam": "Indringer", "relatie": "buur"},
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:netwerklid-wijzigen",
            u("huishoudens:netwerklid-wijzigen", "h", "netwerklid"),
            data=lambda w: {"naam": "Indringer", "relatie": "buur"},
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:netwerklid-verwijderen",
            u("huishoudens:netwerklid-verwijderen", "h", "netwerklid"),
            data=lambda w: {},
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:betrokkene-nieuw",
            u("huishoudens:betrokkene-nieuw", "h"),
            data=lambda w: {"soort": "huisarts", "organisatie": "Indringer"},
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:betrokkene-wijzigen",
            u("huishoudens:betrokkene-wijzigen", "h", "huisarts"),
            data=lambda w: {"soort": "huisarts", "organisatie": "Indringer"},
        ),
        MAG,
    ),
    (
        Route(
            "huishoudens:betrokkene-verwijderen",
            u("huishoudens:betrokkene-verwijderen", "h", "huisarts"),
            data=lambda w: {},
        ),
        MAG,
    ),
    (
        Route(
            "meldingen:nieuw",
            u("meldingen:nieuw", "h"),
            data=lambda w: {
                "persoon": w.hoofdbewoner.pk,
                "ontvangen_op": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
                "wet": "wmo",
                "melder": "zelfmelder",
                "vraag": "Indringer",
            },
        ),
        MAG,
    ),
    (
        Route(
            "meldingen:melding",
            u("meldingen:melding", "wachtend"),
            data=lambda w: {
                "actie": "terugbellen",
                "terugbellen-op": VANDAAG().isoformat(),
                "terugbellen-notitie": "Indringer",
            },
            soort="terugbellen",
        ),
        MAG,
    ),
    (
        Route(
            "meldingen:toewijzen",
            u("meldingen:toewijzen", "wachtend"),
            data=lambda w: {"consulent": w.consulent.pk},
        ),
        MAG,
    ),
    (
        Route(
            "plannen:plan",
            u("plannen:plan", "plan"),
            data=lambda w: {"naar": w.consulent.pk, "reden": "Indringer"},
            soort="overdragen",
        ),
        MAG,
    ),
    (
        Route(
            "plannen:starten",
            u("plannen:starten", "h"),
            data=lambda w: {"regisseur": w.consulent.pk},
        ),
        MAG,
    ),
    (
        Route(
            "plannen:levensloop",
            u("plannen:levensloop", "plan"),
            data=lambda w: _wijziging(w, actie="ter_ondertekening"),
        ),
        MAG,
    ),
    (
        Route(
            "plannen:evaluatie",
            u("plannen:evaluatie", "plan"),
            data=lambda w: _wijziging(w, besluit="doorgaan"),
        ),
        MAG,
    ),
    (
        Route(
            "plannen:doel-toevoegen",
            u("plannen:doel-toevoegen", "plan"),
            data=lambda w: _wijziging(w, omschrijving="Indringer"),
        ),
        MAG,
    ),
    (
        Route(
            "plannen:doel-verwijderen",
            u("plannen:doel-verwijderen", "plan", "doel"),
            data=_wijziging,
        ),
        MAG,
    ),
    (
        Route(
            "plannen:afspraak-toevoegen",
            u("plannen:afspraak-toevoegen", "plan", "doel"),
            data=lambda w: _wijziging(
                w, wat="Indringer", uitvoerder="eigen_kracht", persoon=w.kind.pk
            ),
        ),
        MAG,
    ),
    (
        Route(
            "plannen:afspraak-verwijderen",
            u("plannen:afspraak-verwijderen", "plan", "afspraak"),
            data=_wijziging,
        ),
        MAG,
    ),
    (
        Route(
            "plannen:gesprek-plannen",
            u("plannen:gesprek-plannen", "wachtend"),
            data=lambda w: {
                "gepland_op": (timezone.localtime() + timedelta(days=3)).strftime(
                    "%Y-%m-%dT%H:%M"
                ),
                "plaats": "thuis",
            },
        ),
        MAG,
    ),
    (
        Route(
            "plannen:gesprek",
            u("plannen:gesprek", "gesprek"),
            data=lambda w: {"versie": w.gesprek.versie, "vraag_inwoner": "Indringer"},
        ),
        MAG,
    ),
    (
        Route(
            "plannen:gesprek-autosave",
            u("plannen:gesprek-autosave", "gesprek"),
            data=lambda w: {"versie": w.gesprek.versie, "vraag_inwoner": "Indringer"},
            htmx=True,
        ),
        MAG,
    ),
    (Route("plannen:plan-pdf", u("plannen:plan-pdf", "plan"), data=lambda w: {}), MAG),
    (Route("plannen:verslag-pdf", u("plannen:verslag-pdf", "gesprek"), data=lambda w: {}), MAG),
    (
        Route(
            "plannen:document-opnieuw", u("plannen:document-opnieuw", "mislukt"), data=lambda w: {}
        ),
        MAG,
    ),
    # Breaking the glass after a BSN search: only for a consulent or teamleider who may not
    # see H yet; for whoever already may, there is nothing to ask (404).
    (
        Route(
            "doorbraak:aanvragen",
            u("doorbraak:aanvragen"),
            data=lambda w: {"reden": "Crisismelding van de politie om 23.10 uur."},
            zoek_bsn_eerst=True,
            gelogd=False,
        ),
        rij(
            (404, 404, 404, 404, TOE, TOE, TOE),
            (404, 404, 404, 404, TOE, TOE),
            GEEN_DOSSIERS,
            GEEN_DOSSIERS,
        ),
    ),
    # Reviewing consulent-doorbraak's access: a teamleider of their team (Noord) or of H's
    # team (Centrum); for other teamleiders it does not exist.
    (
        Route(
            "doorbraak:beoordelen",
            u("doorbraak:beoordelen", "doorbraak"),
            data=lambda w: {f"{w.doorbraak.pk}-oordeel": "terecht"},
            gelogd=False,
        ),
        rij((403,) * 7, (TOE, 404, 404, 404, TOE, 404), (403,) * 4, (403,) * 4),
    ),
    # Handing over the regisseur's work: only the teamleider of the regisseur's team finds
    # them among their people; other teamleiders get the page without anything to hand over.
    (
        Route(
            "dashboard:herverdelen",
            u("dashboard:herverdelen"),
            data=lambda w: {
                "medewerker": w.regisseur.pk,
                "zaken": f"plan-{w.plan.pk}",
                f"plan-{w.plan.pk}": w.kijkers[("teamleider", "caseload")].pk,
                "reden": "Indringer",
            },
        ),
        rij((403,) * 7, (NIETS, NIETS, TOE, NIETS, NIETS, NIETS), (403,) * 4, (403,) * 4),
    ),
]


@pytest.mark.parametrize(("route", "rol", "relatie", "verwacht"), _matrix(WIJZIGINGEN))
def test_wijziging(wereld, voor, route, rol, relatie, verwacht):
    response = vraag(wereld, route, rol, relatie)

    if verwacht == TOE:
        assert response.status_code not in (403, 404)
        return
    assert response.status_code == (200 if verwacht == NIETS else verwacht)
    assert toestand(wereld) == voor, "a refused change changed H"
    if verwacht != NIETS:
        toont_niets(response)
    if verwacht == 403 or (verwacht == 404 and route.gelogd):
        assert response.gelogd, "a refusal leaves an audit entry"


# --- 3. lists, searches, the start page, the dashboard, the logboek -----------------------
#
# MET: 200, and H is in it (its street, or `teken`). ZONDER: 200, and nothing of H is.
# BUITEN: 200, it says only that the BSN belongs to a household outside one's teams.
# GEEN_TEKEN: 200, without `teken` (H itself may be in it).

MET = "200 met H"
ZONDER = "200 zonder H"
BUITEN = "200, alleen: er is een huishouden buiten uw teams"
GEEN_TEKEN = "200 zonder teken"
EIGEN_WERK = rij(
    (MET, MET, MET, MET, ZONDER, ZONDER, ZONDER),
    (MET, MET, MET, MET, ZONDER, ZONDER),
    GEEN_DOSSIERS,
    GEEN_DOSSIERS,
)
# The reminders are one's own (not a dossier page): answered for everyone.
EIGEN_HERINNERINGEN = rij(
    (MET, MET, MET, MET, ZONDER, ZONDER, ZONDER),
    (MET, MET, MET, MET, ZONDER, ZONDER),
    (ZONDER,) * 4,
    (ZONDER,) * 4,
)
HINT = "buiten uw teams"


def _alleen_teamleider(*teamleider) -> tuple:
    return rij((403,) * 7, teamleider, (403,) * 4, (403,) * 4)


def _alleen_auditor(*auditor) -> tuple:
    return rij((403,) * 7, (403,) * 6, (403,) * 4, auditor)


LIJSTEN = [
    (
        Route("start", u("start")),
        rij(
            (MET, MET, MET, MET, ZONDER, ZONDER, ZONDER),
            (MET, MET, MET, MET, ZONDER, ZONDER),
            (ZONDER,) * 4,
            (302,) * 4,  # to the logboek
        ),
    ),
    (Route("huishoudens:lijst", u("huishoudens:lijst")), EIGEN_WERK),
    (
        Route(
            "huishoudens:lijst",
            u("huishoudens:lijst"),
            data=lambda w: {"naam": ACHTERNAAM},
            volgen=True,
            soort="zoek-naam",
        ),
        EIGEN_WERK,
    ),
    (
        Route(
            "huishoudens:lijst",
            u("huishoudens:lijst"),
            data=lambda w: {"bsn": BSN},
            volgen=True,
            soort="zoek-bsn",
        ),
        EIGEN_WERK,
    ),
    # The same search: who may break the glass is told that there is a household (not
    # which); nobody else is.
    (
        Route(
            "huishoudens:lijst",
            u("huishoudens:lijst"),
            data=lambda w: {"bsn": BSN},
            volgen=True,
            soort="zoek-bsn-buiten-bereik",
            teken=HINT,
        ),
        rij(
            (GEEN_TEKEN, GEEN_TEKEN, GEEN_TEKEN, GEEN_TEKEN, BUITEN, BUITEN, BUITEN),
            (GEEN_TEKEN, GEEN_TEKEN, GEEN_TEKEN, GEEN_TEKEN, BUITEN, BUITEN),
            GEEN_DOSSIERS,
            GEEN_DOSSIERS,
        ),
    ),
    (
        Route(
            "doorbraak:aanvragen",
            u("doorbraak:aanvragen"),
            zoek_bsn_eerst=True,
            teken=HINT,
        ),
        rij(
            (404, 404, 404, 404, BUITEN, BUITEN, BUITEN),
            (404, 404, 404, 404, BUITEN, BUITEN),
            GEEN_DOSSIERS,
            GEEN_DOSSIERS,
        ),
    ),
    # The wachtlijst is that of one's own team: only Centrum's shows H.
    (
        Route("meldingen:wachtlijst", u("meldingen:wachtlijst")),
        rij((MET,) + (ZONDER,) * 6, (MET,) + (ZONDER,) * 5, GEEN_DOSSIERS, GEEN_DOSSIERS),
    ),
    (Route("meldingen:mijn", u("meldingen:mijn")), EIGEN_WERK),
    (Route("herinneringen:inbox", u("herinneringen:inbox")), EIGEN_HERINNERINGEN),
    (
        Route(
            "herinneringen:aantal", u("herinneringen:aantal"), htmx=True, teken="sociaal-teller"
        ),
        EIGEN_HERINNERINGEN,
    ),
    # Figures only, never a household.
    (Route("dashboard:dashboard", u("dashboard:dashboard")), _alleen_teamleider(*(ZONDER,) * 6)),
    (
        Route(
            "dashboard:exporteren",
            lambda w, kijker: reverse("dashboard:exporteren", args=["caseload"]),
            soort="caseload",
        ),
        _alleen_teamleider(*(ZONDER,) * 6),
    ),
    # The open meldingen of someone in one's own team who has one in H.
    (
        Route(
            "dashboard:lijst",
            u("dashboard:lijst", query="lijst=meldingen&medewerker={teamgenoot}"),
            soort="meldingen-teamgenoot",
        ),
        _alleen_teamleider(MET, MET, MET, MET, ZONDER, 404),
    ),
    # The open meldingen of H's consulent in team Centrum.
    (
        Route(
            "dashboard:lijst",
            u("dashboard:lijst", query="lijst=meldingen&medewerker={consulent}"),
            soort="meldingen-consulent",
        ),
        _alleen_teamleider(MET, 404, 404, 404, 404, 404),
    ),
    # The open plans of H's regisseur in team Oost.
    (
        Route(
            "dashboard:lijst",
            u("dashboard:lijst", query="lijst=plannen&medewerker={regisseur}"),
            soort="plannen-regisseur",
        ),
        _alleen_teamleider(404, 404, MET, 404, 404, 404),
    ),
    (
        Route(
            "dashboard:lijst",
            u("dashboard:lijst", query="lijst=caseload&medewerker={teamgenoot}"),
            soort="caseload-teamgenoot",
        ),
        _alleen_teamleider(MET, MET, MET, MET, ZONDER, 404),
    ),
    # The lists about a team: of the households the team serves (H: Centrum).
    (
        Route("dashboard:lijst", u("dashboard:lijst", query="lijst=wachtend"), soort="wachtend"),
        _alleen_teamleider(MET, ZONDER, ZONDER, ZONDER, ZONDER, ZONDER),
    ),
    (
        Route("dashboard:lijst", u("dashboard:lijst", query="lijst=afspraken"), soort="afspraken"),
        _alleen_teamleider(MET, ZONDER, ZONDER, ZONDER, ZONDER, ZONDER),
    ),
    (
        Route(
            "dashboard:lijst", u("dashboard:lijst", query="lijst=evaluaties"), soort="evaluaties"
        ),
        _alleen_teamleider(MET, ZONDER, ZONDER, ZONDER, ZONDER, ZONDER),
    ),
    # A colleague's work to hand over: their meldingen only to H's own teamleider, their
    # plans to whoever may see H.
    (
        Route(
            "dashboard:herverdelen", u("dashboard:herverdelen", query="medewerker={teamgenoot}")
        ),
        _alleen_teamleider(MET, ZONDER, MET, ZONDER, ZONDER, ZONDER),
    ),
    # Access with a reason to review: Noord's teamleider reviews their consulent's access
    # to H without seeing which household it is.
    (
        Route("doorbraak:overzicht", u("doorbraak:overzicht")),
        _alleen_teamleider(MET, ZONDER, ZONDER, ZONDER, ZONDER, ZONDER),
    ),
    # The auditor's log names households by number only; the report names H.
    (
        Route("logboek:logboek", u("logboek:logboek", query="huishouden={h}")),
        _alleen_auditor(*(ZONDER,) * 4),
    ),
    (Route("logboek:verslag", u("logboek:verslag", "h")), _alleen_auditor(*(MET,) * 4)),
]


@pytest.mark.parametrize(("route", "rol", "relatie", "verwacht"), _matrix(LIJSTEN))
def test_lijst(wereld, voor, route, rol, relatie, verwacht):
    response = vraag(wereld, route, rol, relatie)

    getypt = route.data(wereld).values() if route.data else ()
    if verwacht in (MET, ZONDER, BUITEN, GEEN_TEKEN):
        assert response.status_code == 200
        inhoud_ = tekst(response)
        if verwacht in (ZONDER, GEEN_TEKEN):
            assert route.teken not in inhoud_
        else:
            assert route.teken in inhoud_
        if verwacht in (ZONDER, BUITEN):
            toont_niets(response, getypt)
    else:
        assert response.status_code == verwacht
        toont_niets(response, getypt)
        if verwacht == 403:
            assert response.gelogd, "a refusal leaves an audit entry"
    assert toestand(wereld) == voor


# --- 4. registering a household: only in a wijk of one's own team -------------------------

JA = "302, vastgelegd"
NEE = "200, niets vastgelegd"


@pytest.mark.parametrize(
    ("route", "rol", "relatie", "verwacht"),
    _matrix(
        [
            (
                Route(
                    "huishoudens:nieuw",
                    u("huishoudens:nieuw"),
                    data=lambda w: {
                        "straat": "Nieuwstraat",
                        "huisnummer": "1",
                        "postcode": "1234 AB",
                        "woonplaats": "Voorbeeldstad",
                        "wijk": w.h.wijk_id,  # Centrum's
                    },
                ),
                rij(
                    (JA, NEE, NEE, NEE, NEE, NEE, NEE),
                    (JA, NEE, NEE, NEE, NEE, NEE),
                    GEEN_DOSSIERS,
                    GEEN_DOSSIERS,
                ),
            )
        ]
    ),
)
def test_huishouden_vastleggen(wereld, route, rol, relatie, verwacht):
    aantal = Huishouden.objects.filter(straat="Nieuwstraat").count()

    response = vraag(wereld, route, rol, relatie)

    assert response.status_code == {JA: 302, NEE: 200}.get(verwacht, verwacht)
    nieuw = Huishouden.objects.filter(straat="Nieuwstraat").count() - aantal
    assert nieuw == (1 if verwacht == JA else 0)


# --- 5. one's own reminders only ------------------------------------------------------------


@pytest.mark.parametrize(("rol", "relatie"), KIJKERS, ids=[f"{r}-{rel}" for r, rel in KIJKERS])
def test_someone_elses_reminder_cannot_be_marked_read(wereld, rol, relatie):
    client = ingelogd(wereld.kijkers[(rol, relatie)])
    url = reverse("herinneringen:gelezen", args=[wereld.herinnering_collega.pk])

    assert client.post(url).status_code == 302

    wereld.herinnering_collega.refresh_from_db()
    assert wereld.herinnering_collega.gelezen_op is None


# --- 6. ids of another household inside one's own ----------------------------------------
#
# Team Noord's consulent works in their own household (A) and gives the ids of the
# household above (H) in its URLs and forms: refused, and nothing of H is shown or linked.


def _afspraak_in_a(wie):
    return lambda w: {"wijziging": w.plan_a.wijziging, "wat": "Meekijken", **wie(w)}


KRUISLINGS = [
    (Route("huishoudens:persoon-wijzigen", u("huishoudens:persoon-wijzigen", "a", "kind")), 404),
    (
        Route(
            "huishoudens:persoon-wijzigen",
            u("huishoudens:persoon-wijzigen", "a", "kind"),
            data=_persoon,
            soort="post",
        ),
        404,
    ),
    (
        Route(
            "huishoudens:persoon-verwijderen",
            u("huishoudens:persoon-verwijderen", "a", "logee"),
            data=lambda w: {},
        ),
        404,
    ),
    (
        Route(
            "huishoudens:netwerklid-nieuw",
            u("huishoudens:netwerklid-nieuw", "a", "hoofdbewoner"),
            data=lambda w: {"naam": "Indringer", "relatie": "buur"},
        ),
        404,
    ),
    (
        Route(
            "huishoudens:netwerklid-wijzigen",
            u("huishoudens:netwerklid-wijzigen", "a", "netwerklid"),
        ),
        404,
    ),
    (
        Route(
            "huishoudens:netwerklid-verwijderen",
            u("huishoudens:netwerklid-verwijderen", "a", "netwerklid"),
            data=lambda w: {},
        ),
        404,
    ),
    (
        Route(
            "huishoudens:betrokkene-wijzigen",
            u("huishoudens:betrokkene-wijzigen", "a", "huisarts"),
        ),
        404,
    ),
    (
        Route(
            "huishoudens:betrokkene-verwijderen",
            u("huishoudens:betrokkene-verwijderen", "a", "huisarts"),
            data=lambda w: {},
        ),
        404,
    ),
    (
        Route(
            "plannen:evaluatie-uitkomst", u("plannen:evaluatie-uitkomst", "plan_a", "evaluatie")
        ),
        404,
    ),
    (Route("plannen:versie", u("plannen:versie", "plan_a", 1)), 404),
    (
        Route("plannen:afspraak-toevoegen", u("plannen:afspraak-toevoegen", "plan_a", "doel")),
        404,
    ),
    (
        Route(
            "plannen:doel-verwijderen",
            u("plannen:doel-verwijderen", "plan_a", "doel"),
            data=lambda w: {"wijziging": w.plan_a.wijziging},
        ),
        404,
    ),
    (
        Route(
            "plannen:afspraak-verwijderen",
            u("plannen:afspraak-verwijderen", "plan_a", "afspraak"),
            data=lambda w: {"wijziging": w.plan_a.wijziging},
        ),
        404,
    ),
    # H's persons, network and betrokkenen are no choice in A's forms.
    (
        Route(
            "meldingen:nieuw",
            u("meldingen:nieuw", "a"),
            data=lambda w: {
                "persoon": w.hoofdbewoner.pk,
                "ontvangen_op": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
                "wet": "wmo",
                "melder": "zelfmelder",
                "vraag": "Meekijken",
            },
            soort="persoon-van-elders",
        ),
        200,
    ),
    (
        Route(
            "plannen:afspraak-toevoegen",
            u("plannen:afspraak-toevoegen", "plan_a", "doel_a"),
            data=_afspraak_in_a(lambda w: {"uitvoerder": "eigen_kracht", "persoon": w.kind.pk}),
            soort="persoon-van-elders",
        ),
        200,
    ),
    (
        Route(
            "plannen:afspraak-toevoegen",
            u("plannen:afspraak-toevoegen", "plan_a", "doel_a"),
            data=_afspraak_in_a(
                lambda w: {"uitvoerder": "netwerk", "netwerklid": w.netwerklid.pk}
            ),
            soort="netwerklid-van-elders",
        ),
        200,
    ),
    (
        Route(
            "plannen:afspraak-toevoegen",
            u("plannen:afspraak-toevoegen", "plan_a", "doel_a"),
            data=_afspraak_in_a(
                lambda w: {"uitvoerder": "professional", "betrokkene": w.huisarts.pk}
            ),
            soort="betrokkene-van-elders",
        ),
        200,
    ),
    (
        Route(
            "plannen:gesprek",
            u("plannen:gesprek", "gesprek_a"),
            data=lambda w: {
                "versie": w.gesprek_a.versie,
                "vraag_inwoner": "Meekijken",
                "personen": [w.hoofdbewoner.pk],
                "netwerkleden": [w.netwerklid.pk],
                "betrokkenen": [w.huisarts.pk],
            },
            soort="deelnemers-van-elders",
        ),
        200,
    ),
    (
        Route(
            "plannen:gesprek-autosave",
            u("plannen:gesprek-autosave", "gesprek_a"),
            data=lambda w: {
                "versie": w.gesprek_a.versie,
                "vraag_inwoner": "Meekijken",
                "personen": [w.hoofdbewoner.pk],
            },
            htmx=True,
            soort="deelnemers-van-elders",
        ),
        422,
    ),
]


@pytest.mark.parametrize(
    ("route", "verwacht"), KRUISLINGS, ids=[route.label for route, _v in KRUISLINGS]
)
def test_ids_of_another_household_in_ones_own(wereld, voor, route, verwacht):
    response = vraag(wereld, route, "consulent", "andere_team")

    assert response.status_code == verwacht
    toont_niets(response)
    assert toestand(wereld) == voor


# --- 7. every route is in a table -----------------------------------------------------------

# Routes for medewerkers that are in no table above, and why.
NIET_IN_DE_MATRIX = {
    "herinneringen:gelezen": "test_someone_elses_reminder_cannot_be_marked_read",
    "herinneringen:alles-gelezen": "marks only one's own reminders (tests/herinneringen)",
    "logout": "no household data",
    "sessie-verlengen": "no household data",
    "tweestaps:instellen": "the second step: no household data",
    "tweestaps:controleren": "the second step: no household data",
}


def _routes(resolver=None, namespace=""):
    for patroon in (resolver or get_resolver()).url_patterns:
        if isinstance(patroon, URLResolver):
            ns = f"{namespace}{patroon.namespace}:" if patroon.namespace else namespace
            yield from _routes(patroon, ns)
        else:
            yield f"{namespace}{patroon.name}", beleid_van(patroon.callback)


def test_every_route_with_client_data_or_for_one_role_is_in_the_matrix():
    """A new route about households, or for one role, gets its row here."""
    in_tabel = {
        route.naam
        for tabel in (PAGINAS, WIJZIGINGEN, LIJSTEN, KRUISLINGS)
        for route, _cellen in tabel
    } | {"huishoudens:nieuw"}
    bewaakt = (Beleid.DOSSIER, Beleid.TEAMLEIDER, Beleid.AUDIT, Beleid.EIGEN)
    ontbreekt = sorted(
        naam
        for naam, beleid in _routes()
        if beleid in bewaakt and naam not in in_tabel and naam not in NIET_IN_DE_MATRIX
    )
    assert ontbreekt == [], f"routes not in the authorization matrix: {ontbreekt}"
