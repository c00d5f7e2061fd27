"""Reads of plans, through the access policy on their household."""

from django.db.models import Prefetch, Q, QuerySet

from huishoudens.models import Huishouden
from sociaal.medewerkers.models import Medewerker, Rol, Team
from sociaal.zichtbaarheid import zichtbare_huishoudens

from .models import (
    Afspraak,
    Deelnemer,
    Document,
    Doel,
    Evaluatie,
    Hulpvraag,
    Keukentafelgesprek,
    Plan,
    PlanVersie,
    RegisseurOverdracht,
)


# Prefetch takes type arguments in django-stubs only, hence the quotes.
def _afspraken() -> "Prefetch[str, QuerySet[Afspraak]]":
    return Prefetch(
        "afspraken",
        queryset=Afspraak.objects.select_related(
            "persoon", "netwerklid", "voorziening", "betrokkene"
        ).order_by("wanneer", "id"),
    )


def plan_voor_pagina(*, medewerker: Medewerker, pk: int) -> Plan | None:
    """A plan with its household, doelen and afspraken, the household's hulpvragen not yet
    made into a doel, and the handover history — or None when not visible."""
    return (
        Plan.objects.filter(huishouden__in=zichtbare_huishoudens(medewerker))
        .select_related("huishouden__wijk__team", "regisseur", "created_by", "gewijzigd_door")
        .prefetch_related(
            Prefetch(
                "overdrachten",
                queryset=RegisseurOverdracht.objects.select_related("van", "naar", "door"),
            ),
            Prefetch("doelen", queryset=Doel.objects.prefetch_related(_afspraken())),
            Prefetch("versies", queryset=PlanVersie.objects.order_by("-nummer")),
            "evaluaties",
            "documenten",
            Prefetch(
                "huishouden__hulpvragen",
                queryset=Hulpvraag.objects.filter(doelen__isnull=True).order_by(
                    "gesprek", "volgorde"
                ),
                to_attr="open_hulpvragen",
            ),
        )
        .filter(pk=pk)
        .first()
    )


def ladder_van_plan(*, medewerker: Medewerker, pk: int) -> Plan | None:
    """A plan with every afspraak, for the ladder view."""
    return (
        Plan.objects.filter(huishouden__in=zichtbare_huishoudens(medewerker))
        .select_related("huishouden", "regisseur")
        .prefetch_related(Prefetch("doelen", queryset=Doel.objects.prefetch_related(_afspraken())))
        .filter(pk=pk)
        .first()
    )


def _mogelijke_regisseurs() -> QuerySet[Medewerker]:
    return Medewerker.objects.filter(is_active=True, rol__in=[Rol.CONSULENT, Rol.TEAMLEIDER])


def mogelijke_regisseurs(*, huishouden: Huishouden, door: Medewerker) -> QuerySet[Medewerker]:
    """Who can take on a household's plan: active consulenten and teamleiders of the
    household's team and of the teams of `door`."""
    return (
        _mogelijke_regisseurs()
        .filter(Q(teams__wijken=huishouden.wijk_id) | Q(teams__medewerkers=door))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def mogelijke_regisseurs_in_teams(*, door: Medewerker) -> QuerySet[Medewerker]:
    """Who can take on a new household's plan: the colleagues in the teams of `door`."""
    return (
        _mogelijke_regisseurs()
        .filter(teams__medewerkers=door)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def overdracht_kandidaten(*, plan: Plan, door: Medewerker) -> QuerySet[Medewerker]:
    """Whom `door` may hand `plan` to — the handover rule in one place:

    - the regisseur, or a teamleider of the household's team: anyone who can be regisseur in
      the household's team or in their own teams;
    - another teamleider: the members of their own teams (the new regisseur's teamleider);
    - anyone else: nobody.
    """
    if not door.is_active or not plan.is_open:
        return Medewerker.objects.none()
    eigen_teams = Team.objects.filter(medewerkers=door)
    is_teamleider_van_huishouden = (
        door.is_teamleider and eigen_teams.filter(wijken__huishoudens=plan.huishouden_id).exists()
    )
    if door.pk == plan.regisseur_id or is_teamleider_van_huishouden:
        kandidaten = mogelijke_regisseurs(huishouden=plan.huishouden, door=door)
    elif door.is_teamleider:
        kandidaten = mogelijke_regisseurs_in_teams(door=door)
    else:
        return Medewerker.objects.none()
    return kandidaten.exclude(pk=plan.regisseur_id)


def gesprek_voor_pagina(*, medewerker: Medewerker, pk: int) -> Keukentafelgesprek | None:
    """A conversation with what its page shows, or None when not visible."""
    return (
        Keukentafelgesprek.objects.filter(huishouden__in=zichtbare_huishoudens(medewerker))
        .select_related("melding__persoon", "huishouden__wijk", "bijgewerkt_door")
        .prefetch_related(
            "zrm_scores",
            Prefetch(
                "deelnemers",
                queryset=Deelnemer.objects.select_related("persoon", "netwerklid", "betrokkene"),
            ),
        )
        .filter(pk=pk)
        .first()
    )


def plan_met_versies(*, medewerker: Medewerker, pk: int) -> Plan | None:
    """A plan with its frozen versions and its current doelen and afspraken."""
    return (
        Plan.objects.filter(huishouden__in=zichtbare_huishoudens(medewerker))
        .select_related("huishouden", "regisseur")
        .prefetch_related(
            Prefetch("versies", queryset=PlanVersie.objects.select_related("vastgesteld_door")),
            Prefetch("doelen", queryset=Doel.objects.prefetch_related(_afspraken())),
        )
        .filter(pk=pk)
        .first()
    )


def zrm_uit_gesprek(*, huishouden_id: int) -> dict[str, int]:
    """The ZRM scores of the household's last final conversation: the starting point that
    an evaluation measures progress against."""
    gesprek = (
        Keukentafelgesprek.objects.filter(
            huishouden_id=huishouden_id, status=Keukentafelgesprek.Status.DEFINITIEF
        )
        .order_by("-afgerond_op")
        .first()
    )
    if gesprek is None:
        return {}
    return {z.domein: z.score for z in gesprek.zrm_scores.all() if z.score}


def evaluatie_voor_pagina(*, medewerker: Medewerker, plan_pk: int, pk: int) -> Evaluatie | None:
    return (
        Evaluatie.objects.filter(
            plan__huishouden__in=zichtbare_huishoudens(medewerker), plan_id=plan_pk
        )
        .select_related("plan__huishouden", "door")
        .prefetch_related("resultaten", "zrm_scores")
        .filter(pk=pk)
        .first()
    )


def document_zichtbaar(*, medewerker: Medewerker, pk: int) -> Document | None:
    """A PDF of a plan or verslag, or None when `medewerker` may not see its household."""
    return (
        Document.objects.filter(huishouden__in=zichtbare_huishoudens(medewerker))
        .filter(pk=pk)
        .first()
    )


def plan_voor_pdf(*, pk: int) -> Plan:
    """Everything the plan's PDF shows (the worker has no user: access was checked when the
    document was asked for)."""
    return (
        Plan.objects.select_related("huishouden__wijk__team", "regisseur")
        .prefetch_related(
            Prefetch("doelen", queryset=Doel.objects.prefetch_related(_afspraken())),
            "huishouden__personen",
        )
        .get(pk=pk)
    )


def gesprek_voor_pdf(*, pk: int) -> Keukentafelgesprek:
    return (
        Keukentafelgesprek.objects.select_related(
            "melding__persoon", "huishouden", "bijgewerkt_door"
        )
        .prefetch_related(
            "zrm_scores",
            "hulpvragen",
            Prefetch(
                "deelnemers",
                queryset=Deelnemer.objects.select_related("persoon", "netwerklid", "betrokkene"),
            ),
        )
        .get(pk=pk)
    )
