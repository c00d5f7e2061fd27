"""H and everyone around it: the household with everything attached, the viewers in
each role and relation to it, and team Noord's own household A."""

from datetime import timedelta
from types import SimpleNamespace

from django.contrib.auth.models import Permission
from django.core.files.base import ContentFile
from django.db.models import Q
from django.utils import timezone

from huishoudens.models import Betrokkene, Melding, Persoon
from plannen.models import Afspraak, Document, Evaluatie, Plan
from plannen.services import doelen as inhoud
from plannen.services import levensloop
from plannen.services.evaluatie import evaluatie_vastleggen
from sociaal.doorbraak.models import Doorbraak
from sociaal.herinneringen.models import Herinnering, Regel
from sociaal.medewerkers.models import Rol
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
