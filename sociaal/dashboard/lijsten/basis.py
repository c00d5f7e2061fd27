"""What every list behind a dashboard number shares: rows that link to their case and name
their household (for the audit), and the querysets with the access policy applied."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from django.db.models import Model, Q, QuerySet
from django.http import Http404, QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from huishoudens.models import Melding
from plannen.models import Plan
from sociaal.medewerkers.models import Medewerker
from sociaal.termijnen.regels import Wet
from sociaal.zichtbaarheid import zichtbare_huishoudens

from ..selectors import Keuze, lid_van
from ..tabellen import Cel


@dataclass(frozen=True)
class Rij:
    huishouden_id: int
    cellen: list[Cel]


@dataclass(frozen=True)
class Lijst[M: Model]:
    titel: str
    kolommen: Sequence[str | Promise]
    rijen: QuerySet[M] | list[M]  # paginated by the view, then turned into `Rij`s by `rij`
    rij: Callable[[M], Rij]
    # Counted in the figure (a medewerker's whole caseload) but of households the viewer
    # may not see: said, not shown.
    verborgen: int = 0


def datum_tekst(dag: date | None) -> str:
    return date_format(dag, "j M Y") if dag else "—"


def moment_tekst(moment) -> str:
    return datum_tekst(timezone.localtime(moment).date()) if moment else "—"


def zichtbaar(medewerker: Medewerker):
    return zichtbare_huishoudens(medewerker)


def lid_uit(keuze: Keuze, params: QueryDict) -> Medewerker:
    try:
        pk = int(params.get("medewerker", ""))
    except ValueError:
        raise Http404 from None
    gevonden = lid_van(teams=keuze.mijn_teams, pk=pk)
    if gevonden is None:
        raise Http404
    return gevonden


def wet_filter(params: QueryDict) -> Q:
    wet = params.get("wet", "")
    return Q(wet=wet) if wet in Wet.values else Q()


# --- rows --------------------------------------------------------------------------------


def plan_rij(plan: Plan) -> Rij:
    return Rij(
        plan.huishouden_id,
        [
            Cel(plan.huishouden.kort_adres, link=reverse("plannen:plan", args=[plan.pk])),
            Cel(plan.get_status_display()),
            Cel(str(plan.regisseur)),
            Cel(datum_tekst(plan.evaluatie_op)),
        ],
    )


PLAN_KOLOMMEN = [
    gettext_lazy("Huishouden"),
    gettext_lazy("Status"),
    gettext_lazy("Regisseur"),
    gettext_lazy("Evaluatiedatum"),
]


def melding_rij(melding: Melding) -> Rij:
    wachtdagen = (timezone.localdate() - timezone.localtime(melding.ontvangen_op).date()).days
    return Rij(
        melding.huishouden_id,
        [
            Cel(
                melding.huishouden.kort_adres,
                link=reverse("meldingen:melding", args=[melding.pk]),
            ),
            Cel(melding.get_wet_display()),
            Cel(melding.get_status_display()),
            Cel(moment_tekst(melding.ontvangen_op)),
            Cel(wachtdagen),
            Cel(moment_tekst(melding.deadline)),
            Cel(str(melding.consulent) if melding.consulent else _("nog niemand")),
        ],
    )


MELDING_KOLOMMEN = [
    gettext_lazy("Huishouden"),
    gettext_lazy("Wet"),
    gettext_lazy("Status"),
    gettext_lazy("Ontvangen"),
    gettext_lazy("Dagen sinds melding"),
    gettext_lazy("Eerstvolgende deadline"),
    gettext_lazy("Consulent"),
]


def zichtbare_plannen(medewerker: Medewerker, q: Q) -> QuerySet[Plan]:
    return (
        Plan.objects.filter(q, huishouden__in=zichtbaar(medewerker))
        .select_related("huishouden", "regisseur")
        .order_by("evaluatie_op", "pk")
    )


def zichtbare_meldingen(medewerker: Medewerker, q: Q) -> QuerySet[Melding]:
    return (
        Melding.objects.filter(q, huishouden__in=zichtbaar(medewerker))
        .select_related("huishouden", "consulent")
        .order_by("ontvangen_op", "pk")
    )


def team_filter(keuze: Keuze, pad: str) -> Q:
    return Q(**{f"{pad}__in": keuze.teams})


# --- the lists ---------------------------------------------------------------------------


def aantal_verborgen(qs: QuerySet, medewerker: Medewerker, pad: str = "huishouden") -> int:
    """How many of `qs` are of households `medewerker` may not see."""
    return qs.exclude(**{f"{pad}__in": zichtbaar(medewerker)}).count()
