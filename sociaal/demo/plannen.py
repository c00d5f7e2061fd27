"""Demo doelen and afspraken on the open plans, across the rungs of the ladder, and some
plans agreed (vastgesteld, with their frozen first version)."""

import random
from contextlib import contextmanager
from datetime import timedelta

from django.db.models import Prefetch, Q
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
def _eigen_aanmaakmoment(model):
    """Lets demo rows keep the `created_at` they were given (spread over the past)."""
    veld = model._meta.get_field("created_at")
    veld.auto_now_add = False
    try:
        yield
    finally:
        veld.auto_now_add = True


def genereer_plannen(rng: random.Random) -> int:
    plannen = list(Plan.objects.open().select_related("regisseur").order_by("pk"))
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
    algemeen = list(Voorziening.objects.actief().filter(soort="algemeen", hele_gemeente=True))
    maatwerk = list(Voorziening.objects.actief().filter(soort="maatwerk", hele_gemeente=True))
    gevuld = [p for p in plannen if p.huishouden_id in personen and rng.random() < 0.6]

    nu = timezone.now()
    doelen = []
    for plan in gevuld:
        for i, (domein, tekst) in enumerate(rng.sample(DOELEN, k=rng.randint(1, 3))):
            doelen.append(Doel(plan=plan, domein=domein, omschrijving=tekst, volgorde=i))
    Doel.objects.bulk_create(doelen, batch_size=BATCH)
    afspraken = []
    for doel in doelen:
        h = doel.plan.huishouden_id
        for _ in range(rng.randint(1, 3)):
            # Over the past year; the older, the more often maatwerk (the transformatie the
            # dashboard's ladder distribution is meant to show).
            dagen_geleden = rng.randint(0, 364)
            trede = rng.choices(
                ["eigen_kracht", "netwerk", "algemeen", "maatwerk", "professional"],
                weights=[30, 25, 25, 10 + dagen_geleden // 25, 5],
            )[0]
            a = Afspraak(
                doel=doel,
                uitvoerder=trede,
                created_by=doel.plan.regisseur,
                wanneer=timezone.localdate() + timedelta(days=rng.randint(7, 120)),
                created_at=nu - timedelta(days=dagen_geleden),
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
    with _eigen_aanmaakmoment(Afspraak):
        Afspraak.objects.bulk_create(afspraken, batch_size=BATCH)

    vast = [p.pk for p in gevuld if rng.random() < 0.4]
    for i in range(0, len(vast), BATCH):
        batch = list(
            Plan.objects.filter(pk__in=vast[i : i + BATCH]).prefetch_related(
                Prefetch(
                    "doelen",
                    queryset=Doel.objects.prefetch_related(
                        Prefetch(
                            "afspraken",
                            queryset=Afspraak.objects.select_related(
                                "persoon", "netwerklid", "voorziening", "betrokkene"
                            ),
                        )
                    ),
                )
            )
        )
        versies = []
        for plan in batch:
            plan.status = Plan.Status.VASTGESTELD
            plan.akkoord_op = timezone.localdate() - timedelta(days=rng.randint(1, 90))
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
