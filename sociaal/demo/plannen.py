"""Demo doelen and afspraken on the plans (the closed plans of earlier years and most open
ones: about ten afspraken a plan), across the rungs of the ladder, and some open plans
agreed (vastgesteld, with their frozen first version)."""

import random
from contextlib import contextmanager
from datetime import timedelta

from django.db import connection
from django.db.models import Q
from django.utils import timezone

from huishoudens.models import Betrokkene, Netwerklid, Persoon
from plannen.models import Afspraak, Doel, Plan, PlanVersie
from plannen.versies import inhoud_van
from voorzieningen.models import Voorziening

DOELEN = [
    ("financien", "Ik wil weer overzicht over mijn geld"),
    ("huisvesting", "Ik wil in mijn eigen huis blijven wonen"),
    ("sociaal_netwerk", "Ik wil minder alleen zijn"),
    ("instrumentele_adl", "Mijn huis is schoon en er is eten in huis"),
    ("tijdsbesteding", "Ik wil weer iets zinvols doen overdag"),
    ("huiselijke_relaties", "Thuis is er minder ruzie"),
]
REDENEN = {
    "waarom_niet_eigen_kracht": "Kan door de artrose niet meer zwaar huishoudelijk werk doen.",
    "waarom_niet_netwerk": "Dochter werkt fulltime en woont ver weg; buren doen al boodschappen.",
    "waarom_niet_algemeen": "Een algemene voorziening doet geen wekelijkse schoonmaak.",
}
BATCH = 2000


@contextmanager
def eigen_aanmaakmoment(model, naam="created_at"):
    """Lets demo rows keep the moment of creation they were given (spread over the past)."""
    veld = model._meta.get_field(naam)
    veld.auto_now_add = False
    try:
        yield
    finally:
        veld.auto_now_add = True


DOELEN_PER_PLAN = ([1, 2, 3, 4], [20, 30, 30, 20])
AFSPRAKEN_PER_DOEL = (2, 7)
GEVULD = 0.85  # share of open plans with doelen (the rest are still being made)


def genereer_plannen(rng: random.Random, plannen: list[Plan]) -> int:
    """Saves the plans round by round — each household's oldest plan first, its open plan
    last — filling each as a concept and closing it afterwards: a closed plan is frozen, so
    its doelen and afspraken must be there before it closes ("1 huishouden, 1 plan": a
    household never has two open plans, not even while the demo is made)."""
    algemeen = list(Voorziening.objects.actief().filter(soort="algemeen", hele_gemeente=True))
    maatwerk = list(Voorziening.objects.actief().filter(soort="maatwerk", hele_gemeente=True))
    aantal, statistiek = 0, _Statistiek()
    for ronde in sorted({p.ronde for p in plannen}):
        deze = [p for p in plannen if p.ronde == ronde]
        for i in range(0, len(deze), BATCH):
            batch = deze[i : i + BATCH]
            with eigen_aanmaakmoment(Plan):
                Plan.objects.bulk_create(batch)
            aantal += _vullen(rng, batch, algemeen, maatwerk, statistiek)
            gesloten = [p for p in batch if p.sluit_op]
            for plan in gesloten:
                plan.status, plan.closed_at = Plan.Status.AFGESLOTEN, plan.sluit_op
            Plan.objects.bulk_update(gesloten, ["status", "closed_at"])
    return aantal


class _Statistiek:
    """Fresh planner statistics for the tables the triggers on afspraken read (PostgreSQL),
    each time their doelen have doubled. Without them a table the statistics call empty — a
    new database, or one whose earlier rows were rolled back and vacuumed — is joined by
    whole-table scans for every row written, and a seed of a few hundred households takes
    minutes instead of seconds. ANALYZE counts this transaction's own rows, and makes the
    triggers plan their queries again."""

    def __init__(self) -> None:
        self.doelen = self.geteld = 0

    def bij(self, doelen: int) -> None:
        self.doelen += doelen
        if connection.vendor == "postgresql" and self.doelen >= 2 * self.geteld:
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE huishoudens_huishouden, plannen_plan, plannen_doel")
            self.geteld = self.doelen


def _vullen(rng, plannen: list[Plan], algemeen, maatwerk, statistiek: _Statistiek) -> int:
    huishoudens = {p.huishouden_id for p in plannen}
    personen, netwerk, betrokkenen = {}, {}, {}
    for p in Persoon.objects.filter(huishouden_id__in=huishoudens).order_by("pk"):
        personen.setdefault(p.huishouden_id, p)
    for n in (
        Netwerklid.objects.filter(persoon__huishouden_id__in=huishoudens)
        .select_related("persoon")
        .order_by("pk")
    ):
        netwerk.setdefault(n.persoon.huishouden_id, n)
    for b in Betrokkene.objects.filter(huishouden_id__in=huishoudens).order_by("pk"):
        betrokkenen.setdefault(b.huishouden_id, b)
    gevuld = [
        p for p in plannen if p.huishouden_id in personen and (p.sluit_op or rng.random() < GEVULD)
    ]

    nu = timezone.now()
    doelen = []
    for plan in gevuld:
        k = rng.choices(*DOELEN_PER_PLAN)[0]
        for i, (domein, tekst) in enumerate(rng.sample(DOELEN, k=k)):
            doelen.append(Doel(plan=plan, domein=domein, omschrijving=tekst, volgorde=i))
    Doel.objects.bulk_create(doelen, batch_size=BATCH)
    statistiek.bij(len(doelen))
    afspraken = []
    for doel in doelen:
        plan = doel.plan
        h = plan.huishouden_id
        einde = plan.sluit_op or nu
        looptijd = max(1, (einde - plan.created_at).days)
        for _ in range(rng.randint(*AFSPRAKEN_PER_DOEL)):
            gemaakt = plan.created_at + timedelta(days=rng.randint(0, looptijd - 1))
            # The older, the more often maatwerk (the transformatie the dashboard's ladder
            # distribution is meant to show).
            dagen_geleden = min((nu - gemaakt).days, 730)
            trede = rng.choices(
                ["eigen_kracht", "netwerk", "algemeen", "maatwerk", "professional"],
                weights=[30, 25, 25, 10 + dagen_geleden // 25, 5],
            )[0]
            if plan.sluit_op:
                wanneer = gemaakt + timedelta(days=rng.randint(7, 120))
            else:  # a few open afspraken are over their date
                wanneer = nu + timedelta(days=rng.randint(-10, 120))
            a = Afspraak(
                doel=doel,
                uitvoerder=trede,
                created_by=plan.regisseur,
                wanneer=timezone.localtime(wanneer).date(),
                created_at=gemaakt,
            )
            if trede == "netwerk" and h in netwerk:
                a.netwerklid, a.wat = netwerk[h], "Komt twee keer per week langs en helpt mee"
            elif trede == "algemeen" and algemeen:
                a.voorziening = rng.choice(algemeen)
                a.wat = f"Aanmelden bij {a.voorziening.naam}"
            elif trede == "maatwerk" and maatwerk:
                a.voorziening = rng.choice(maatwerk)
                a.wat = f"{a.voorziening.naam} aanvragen"
                for veld, tekst in REDENEN.items():
                    setattr(a, veld, tekst)
            elif trede == "professional" and h in betrokkenen:
                a.betrokkene, a.wat = (
                    betrokkenen[h],
                    "Bespreekt de voortgang bij het volgende consult",
                )
            else:
                a.uitvoerder, a.persoon, a.wat = (
                    "eigen_kracht",
                    personen[h],
                    "Houdt zelf een weekplanning bij",
                )
            afspraken.append(a)
    with eigen_aanmaakmoment(Afspraak):
        Afspraak.objects.bulk_create(afspraken, batch_size=BATCH)

    vast = [p.pk for p in gevuld if not p.sluit_op and rng.random() < 0.4]
    batch = list(Plan.objects.filter(pk__in=vast).met_inhoud())
    versies = []
    for plan in batch:
        plan.status = Plan.Status.VASTGESTELD
        # Agreed over the past seven months: a few are past their evaluation date.
        plan.akkoord_op = timezone.localdate() - timedelta(days=rng.randint(1, 210))
        plan.akkoord_wijze = rng.choice(Plan.AkkoordWijze.values)
        plan.evaluatie_op = plan.akkoord_op + timedelta(days=182)
        plan.vastgesteld_op = nu
        versies.append(
            PlanVersie(
                plan=plan,
                nummer=1,
                inhoud=inhoud_van(plan),
                vastgesteld_op=nu,
                vastgesteld_door_id=plan.regisseur_id,
                akkoord_op=plan.akkoord_op,
                akkoord_wijze=plan.akkoord_wijze,
                evaluatie_op=plan.evaluatie_op,
            )
        )
    Plan.objects.bulk_update(
        batch, ["status", "akkoord_op", "akkoord_wijze", "evaluatie_op", "vastgesteld_op"]
    )
    PlanVersie.objects.bulk_create(versies)
    return len(afspraken)


def genereer_resultaten(rng: random.Random) -> int:
    """A closing evaluation, with the resident's rating, for most closed plans; and each
    team's bandbreedte around its average caseload, so the demo dashboard shows who is
    over it and who has room."""
    from django.db.models import Count

    from plannen.models import Evaluatie
    from sociaal.medewerkers.models import Rol, Team

    evaluaties = [
        Evaluatie(
            plan_id=pk,
            versie=1,
            gehouden_op=timezone.localtime(closed_at).date(),
            klantbeoordelingscijfer=rng.choice([5, 6, 7, 7, 8, 8, 8, 9, 10]),
            besluit=Evaluatie.Besluit.AFSLUITEN,
            door_id=regisseur_id,
        )
        for pk, closed_at, regisseur_id in Plan.objects.filter(
            status=Plan.Status.AFGESLOTEN
        ).values_list("pk", "closed_at", "regisseur_id")
        if rng.random() < 0.8
    ]
    Evaluatie.objects.bulk_create(evaluaties, batch_size=BATCH)
    teams = list(
        Team.objects.annotate(
            plannen=Count(
                "medewerkers__plannen_als_regisseur",
                filter=~Q(medewerkers__plannen_als_regisseur__status=Plan.Status.AFGESLOTEN),
            ),
            leden=Count(
                "medewerkers",
                filter=Q(medewerkers__rol__in=(Rol.CONSULENT, Rol.TEAMLEIDER)),
                distinct=True,
            ),
        )
    )
    for team in teams:
        gemiddeld = team.plannen / max(team.leden, 1)
        team.bandbreedte_van = max(1, round(gemiddeld * 0.6))
        team.bandbreedte_tot = max(team.bandbreedte_van + 1, round(gemiddeld * 1.4))
    Team.objects.bulk_update(teams, ["bandbreedte_van", "bandbreedte_tot"])
    return len(evaluaties)
