"""Reading the audit log: the auditor's search, and the report for a resident of who
looked at their file (AVG art. 15). Entries hold ids, never data values."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Count, Min, QuerySet
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext as _

from sociaal.audit.models import Actie, AuditEntry, Resultaat
from sociaal.doorbraak.models import Doorbraak
from sociaal.medewerkers.models import Medewerker, Rol


@dataclass(frozen=True)
class LogFilter:
    huishouden_id: int | None = None
    medewerker: Medewerker | None = None
    actie: str = ""
    resultaat: str = ""
    van: date | None = None
    tot: date | None = None  # inclusive


def zoek_in_log(f: LogFilter) -> QuerySet[AuditEntry]:
    qs = AuditEntry.objects.select_related("medewerker")
    if f.huishouden_id is not None:
        qs = qs.filter(huishouden_id=f.huishouden_id)
    if f.medewerker is not None:
        qs = qs.filter(medewerker=f.medewerker)
    if f.actie:
        qs = qs.filter(actie=f.actie)
    if f.resultaat:
        qs = qs.filter(resultaat=f.resultaat)
    if f.van:
        qs = qs.filter(timestamp__date__gte=f.van)
    if f.tot:
        qs = qs.filter(timestamp__date__lte=f.tot)
    return qs.order_by("-timestamp", "-id")


@dataclass
class Inzage:
    """One medewerker on one day: what they did with the file, and why they could."""

    dag: date
    medewerker: Medewerker
    teams: str
    acties: dict[str, int] = field(default_factory=dict)
    waarom: str = ""

    @property
    def wat(self) -> str:
        return ", ".join(
            _("%(wat)s (%(n)s keer)") % {"wat": Actie(actie).label.lower(), "n": n}
            for actie, n in sorted(self.acties.items())
        )


def toegangsverslag(*, huishouden_id: int) -> list[Inzage]:
    """Who opened, changed, printed or exported this household's data, per person per day,
    newest first; with why they could: their team, or the reason they gave to break the
    glass. Refused attempts are not in it (nothing was shown)."""
    groepen = (
        AuditEntry.objects.filter(
            huishouden_id=huishouden_id,
            resultaat=Resultaat.TOEGESTAAN,
            medewerker__isnull=False,
        )
        .annotate(dag=TruncDate("timestamp"))
        .values("medewerker", "dag", "actie")
        .annotate(n=Count("pk"), eerste=Min("timestamp"))
        .order_by("-dag", "medewerker")
    )
    medewerkers = {
        m.pk: m
        for m in Medewerker.objects.filter(
            pk__in={g["medewerker"] for g in groepen}
        ).prefetch_related("teams")
    }
    # The days (local time) each break-the-glass covered, with its reason.
    redenen: dict[tuple[int, date], str] = {}
    for d in Doorbraak.objects.filter(huishouden_id=huishouden_id).order_by("begin"):
        dag = timezone.localtime(d.begin).date()
        while dag <= timezone.localtime(d.tot).date():
            redenen.setdefault((d.medewerker_id, dag), d.reden)
            dag += timedelta(days=1)
    verslag: dict[tuple[int, date], Inzage] = {}
    for g in groepen:
        m = medewerkers[g["medewerker"]]
        sleutel = (m.pk, g["dag"])
        if sleutel not in verslag:
            teams = ", ".join(t.naam for t in m.teams.all())
            if sleutel in redenen:
                waarom = _("Toegang met reden: %(reden)s") % {"reden": redenen[sleutel]}
            elif m.rol == Rol.AUDITOR:
                waarom = _("Controle van de toegang tot dossiers")
            else:
                waarom = _("Als medewerker van %(teams)s") % {"teams": teams or _("de gemeente")}
            verslag[sleutel] = Inzage(dag=g["dag"], medewerker=m, teams=teams, waarom=waarom)
        verslag[sleutel].acties[g["actie"]] = g["n"]
    return list(verslag.values())
