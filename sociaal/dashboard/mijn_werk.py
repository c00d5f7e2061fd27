"""A medewerker's own start page: my households, my meldingen, my deadlines this week.
Everything through the access policy; a bounded number of rows per part."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, Q, Window
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from huishoudens.models import Huishouden
from huishoudens.selectors import mijn_meldingen
from plannen.models import Afspraak, Plan
from sociaal.medewerkers.models import Medewerker
from sociaal.zichtbaarheid import zichtbare_huishoudens

from . import cijfers

MAX_RIJEN = 25
WEEK = 7
TERUG = 28  # days: how far back an overdue afspraak still shows on the start page


@dataclass(frozen=True)
class Deadline:
    datum: date
    wat: str
    huishouden: Huishouden
    link: str


@dataclass(frozen=True)
class MijnWerk:
    plannen: list[Plan]
    aantal_plannen: int
    meldingen: list
    aantal_meldingen: int
    deadlines: list[Deadline]
    vandaag: date

    @property
    def huishouden_ids(self) -> set[int]:
        return (
            {p.huishouden_id for p in self.plannen}
            | {m.huishouden_id for m in self.meldingen}
            | {d.huishouden.pk for d in self.deadlines}
        )


def mijn_werk(medewerker: Medewerker) -> MijnWerk:
    vandaag = timezone.localdate()
    tot = vandaag + timedelta(days=WEEK)
    zichtbaar = zichtbare_huishoudens(medewerker)
    plannen_qs = (
        Plan.objects.filter(cijfers.plannen_van(medewerker.pk), huishouden__in=zichtbaar)
        .select_related("huishouden")
        .order_by("evaluatie_op", "pk")
    )
    meldingen_qs = mijn_meldingen(medewerker=medewerker)
    # The first rows and how many there are in all, in one statement (COUNT(*) OVER ():
    # counted before the LIMIT), not a second one with the access policy again.
    met_totaal = list(plannen_qs.annotate(totaal=Window(Count("pk")))[:MAX_RIJEN])
    plannen: list[Plan] = [*met_totaal]
    aantal_plannen = met_totaal[0].totaal if met_totaal else 0
    meldingen = list(meldingen_qs.annotate(totaal=Window(Count("pk")))[:MAX_RIJEN])
    aantal_meldingen = meldingen[0].totaal if meldingen else 0
    deadlines = []
    eind = timezone.make_aware(datetime.combine(tot + timedelta(days=1), time.min))
    for m in meldingen_qs.filter(deadline__lt=eind)[:MAX_RIJEN]:
        deadlines.append(
            Deadline(
                timezone.localtime(m.deadline).date(),
                _("Termijn van de melding (%(wet)s)") % {"wet": m.get_wet_display()},
                m.huishouden,
                reverse("meldingen:melding", args=[m.pk]),
            )
        )
    for p in plannen_qs.filter(status=Plan.Status.VASTGESTELD, evaluatie_op__lte=tot)[:MAX_RIJEN]:
        deadlines.append(
            Deadline(
                p.evaluatie_op,
                _("Evaluatie van het plan"),
                p.huishouden,
                reverse("plannen:plan", args=[p.pk]),
            )
        )
    for a in (
        Afspraak.objects.filter(
            Q(doel__plan__status__in=(Plan.Status.VASTGESTELD, Plan.Status.IN_EVALUATIE)),
            doel__plan__regisseur=medewerker,
            doel__plan__huishouden__in=zichtbaar,
            # Overdue ones of the last weeks too; older ones are in the reminders.
            wanneer__gte=vandaag - timedelta(days=TERUG),
            wanneer__lte=tot,
        )
        .select_related("doel__plan__huishouden")
        .order_by("wanneer", "pk")[:MAX_RIJEN]
    ):
        deadlines.append(
            Deadline(
                a.wanneer,
                _("Afspraak: %(wat)s") % {"wat": a.wat[:60]},
                a.doel.plan.huishouden,
                reverse("plannen:plan", args=[a.doel.plan_id]),
            )
        )
    deadlines.sort(key=lambda d: d.datum)
    return MijnWerk(
        plannen=plannen,
        aantal_plannen=aantal_plannen,
        meldingen=meldingen,
        aantal_meldingen=aantal_meldingen,
        deadlines=deadlines,
        vandaag=vandaag,
    )
