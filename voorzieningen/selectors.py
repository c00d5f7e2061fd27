"""Reads of the sociale kaart. The catalogue is not household data: no audit, no policy
beyond being logged in."""

from django.db.models import Prefetch, Q, QuerySet

from .models import Alternatief, Voorziening


def catalogus(
    *, zoekterm: str = "", soort: str = "", wet: str = "", wijk_id: int | None = None
) -> QuerySet[Voorziening]:
    qs = Voorziening.objects.actief()
    if zoekterm:
        qs = qs.filter(
            Q(naam__icontains=zoekterm)
            | Q(omschrijving__icontains=zoekterm)
            | Q(aanbieder__icontains=zoekterm)
        )
    if soort:
        qs = qs.filter(soort=soort)
    if wet:
        qs = qs.filter(wet=wet)
    if wijk_id:
        qs = qs.in_wijk(wijk_id)
    return qs.prefetch_related("wijken").order_by("soort", "naam")


def voorziening_met_alternatieven(*, pk: int) -> Voorziening | None:
    return (
        Voorziening.objects.prefetch_related(
            "wijken",
            Prefetch(
                "alternatieven",
                queryset=Voorziening.objects.actief().prefetch_related("wijken").order_by("naam"),
            ),
        )
        .filter(pk=pk)
        .first()
    )


def alternatieven_in_wijk(*, maatwerk: Voorziening, wijk_id: int) -> list[tuple[Voorziening, str]]:
    """The active algemene alternatives of a maatwerkvoorziening that are available in the
    household's wijk, with why they can fit."""
    koppelingen = (
        Alternatief.objects.filter(maatwerk=maatwerk, algemeen__actief=True)
        .filter(Q(algemeen__hele_gemeente=True) | Q(algemeen__wijken=wijk_id))
        .select_related("algemeen")
        .distinct()
        .order_by("algemeen__naam")
    )
    return [(k.algemeen, k.toelichting) for k in koppelingen]
