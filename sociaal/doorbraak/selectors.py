"""Reads for breaking the glass: what a teamleider reviews. (Which households a BSN search
found outside one's scope is a household read:
`huishoudens.selectors.buiten_bereik`.)"""

from datetime import timedelta

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from sociaal.audit.models import Actie, AuditEntry
from sociaal.medewerkers.models import Medewerker, Team

from .models import Doorbraak

TERUG_DAGEN = 90


def te_beoordelen(*, teamleider: Medewerker) -> QuerySet[Doorbraak]:
    """Access with a reason by a member of the teamleider's teams, or to a household their
    teams serve, in the last 90 days; not yet reviewed first. With how many times the
    household's data was opened during it (from the audit log)."""
    eigen = Team.objects.filter(medewerkers=teamleider)
    gelezen = (
        AuditEntry.objects.filter(
            medewerker=OuterRef("medewerker"),
            huishouden_id=OuterRef("huishouden_id"),
            timestamp__gte=OuterRef("begin"),
            timestamp__lt=OuterRef("tot"),
        )
        .exclude(actie=Actie.DOORBRAAK)
        .order_by()
        .values("medewerker")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return (
        Doorbraak.objects.filter(
            Q(medewerker__teams__in=eigen) | Q(huishouden__wijk__team__in=eigen),
            begin__gte=timezone.now() - timedelta(days=TERUG_DAGEN),
        )
        .exclude(medewerker=teamleider)
        .distinct()
        .select_related("medewerker", "huishouden__wijk__team", "beoordeeld_door")
        .annotate(inzagen=Coalesce(Subquery(gelezen), 0))
        .order_by(F("beoordeeld_op").asc(nulls_first=True), "-begin")
    )
