"""Reads of reminders: only one's own, and only about households one may still see (after a
move to another team the old reminders stay stored but are no longer shown or counted)."""

from django.db.models import QuerySet

from sociaal.medewerkers.models import Medewerker
from sociaal.zichtbaarheid import zichtbare_huishoudens

from .models import Herinnering


def herinneringen_voor(medewerker: Medewerker) -> QuerySet[Herinnering]:
    return Herinnering.objects.filter(
        ontvanger=medewerker, huishouden__in=zichtbare_huishoudens(medewerker)
    )
