"""Reads of plans, through the access policy on their household."""

from django.db.models import Prefetch, Q, QuerySet

from huishoudens.models import Huishouden
from sociaal.medewerkers.models import Medewerker, Rol

from .models import Plan, RegisseurOverdracht


def plan_voor_pagina(*, medewerker: Medewerker, pk: int) -> Plan | None:
    """A plan with its household and handover history, or None when not visible."""
    return (
        Plan.objects.filter(huishouden__in=Huishouden.objects.zichtbaar_voor(medewerker))
        .select_related("huishouden__wijk__team", "regisseur", "created_by")
        .prefetch_related(
            Prefetch(
                "overdrachten",
                queryset=RegisseurOverdracht.objects.select_related("van", "naar", "door"),
            )
        )
        .filter(pk=pk)
        .first()
    )


def mogelijke_regisseurs(*, huishouden: Huishouden, door: Medewerker) -> QuerySet[Medewerker]:
    """Who can take on a plan: active consulenten and teamleiders of the household's team
    and of the teams of the one handing over."""
    return (
        Medewerker.objects.filter(is_active=True, rol__in=[Rol.CONSULENT, Rol.TEAMLEIDER])
        .filter(Q(teams__wijken=huishouden.wijk_id) | Q(teams__medewerkers=door))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


def mogelijke_regisseurs_in_teams(*, door: Medewerker) -> QuerySet[Medewerker]:
    """Who can take on a new household's plan: the colleagues in the teams of `door`."""
    return (
        Medewerker.objects.filter(is_active=True, rol__in=[Rol.CONSULENT, Rol.TEAMLEIDER])
        .filter(teams__medewerkers=door)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
