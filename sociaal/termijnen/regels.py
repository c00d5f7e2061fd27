"""Statutory clocks (docs/design.md §3) as data, and the one calculation every page, reminder and
dashboard uses: when is it due, how many days are left, and in which state is it.

Terms run in calendar days: weekends and holidays count (no Algemene termijnenwet shift to
the next working day — the earlier date is the safe one for the municipality). A term of
N days that starts on day D ends at the end of day D + N. The crisis clock runs in real
hours (across a change to or from summer time too). An extension (verlenging) adds days; a
suspension (opschorting) adds the days it lasts, first and last day included, counted once
where suspensions overlap, and only while the term was still running.
"""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Wet(models.TextChoices):
    WMO = "wmo", _("Wmo 2015")
    JEUGDWET = "jeugdwet", _("Jeugdwet")
    PARTICIPATIEWET = "participatiewet", _("Participatiewet")


class Klok(models.TextChoices):
    CRISIS = "crisis", _("Crisis: tijdelijke voorziening")
    ONDERZOEK = "onderzoek", _("Onderzoek: melding tot verslag")
    PERSOONLIJK_PLAN = "persoonlijk_plan", _("Persoonlijk plan van de inwoner")
    BESCHIKKING = "beschikking", _("Aanvraag tot beschikking")
    VOORSCHOT = "voorschot", _("Aanvraag tot voorschot")


class Staat(models.TextChoices):
    OP_TIJD = "op_tijd", _("Op tijd")
    BIJNA_VERLOPEN = "bijna_verlopen", _("Bijna verlopen")
    VERLOPEN = "verlopen", _("Verlopen")
    AFGEROND = "afgerond", _("Afgerond")


class Soort(models.TextChoices):
    VERLENGING = "verlenging", _("Verlenging")
    OPSCHORTING = "opschorting", _("Opschorting")


@dataclass(frozen=True)
class Termijn:
    dagen: int = 0
    uren: int = 0
    grondslag: str = ""
    aanpasbaar: bool = True  # may be extended or suspended
    gemeentelijk: bool = False  # the municipality's own term, not the law's

    @property
    def omschrijving(self) -> str:
        if self.uren:
            return _("%(n)s uur") % {"n": self.uren}
        if self.dagen % 7 == 0:
            return (
                _("%(n)s weken") % {"n": self.dagen // 7} if self.dagen > 7 else str(_("1 week"))
            )
        return _("%(n)s dagen") % {"n": self.dagen}


ALLE_WETTEN = tuple(Wet)

# (clock, law) -> term. A clock a law does not know is absent (Jeugdwet has no voorschot).
WETTELIJKE_TERMIJNEN: dict[tuple[Klok, Wet], Termijn] = {
    **{
        (Klok.CRISIS, wet): Termijn(
            uren=48, grondslag="Spoed: tijdelijke voorziening binnen 48 uur", aanpasbaar=False
        )
        for wet in ALLE_WETTEN
    },
    (Klok.ONDERZOEK, Wet.WMO): Termijn(
        dagen=42, grondslag="Wmo 2015 art. 2.3.2 lid 1 (langer alleen in overleg met de inwoner)"
    ),
    (Klok.PERSOONLIJK_PLAN, Wet.WMO): Termijn(
        dagen=7, grondslag="Wmo 2015 art. 2.3.2 lid 2", aanpasbaar=False
    ),
    (Klok.BESCHIKKING, Wet.WMO): Termijn(dagen=14, grondslag="Wmo 2015 art. 2.3.5 lid 1"),
    (Klok.BESCHIKKING, Wet.JEUGDWET): Termijn(
        dagen=56, grondslag="Awb art. 4:13 (verlenging 4:14)"
    ),
    (Klok.BESCHIKKING, Wet.PARTICIPATIEWET): Termijn(
        dagen=56, grondslag="Awb art. 4:13 (verlenging 4:14)"
    ),
    (Klok.VOORSCHOT, Wet.PARTICIPATIEWET): Termijn(
        dagen=28, grondslag="Participatiewet art. 52", aanpasbaar=False
    ),
}


def termijn_voor(klok: Klok, wet: Wet, *, onderzoek_dagen_gemeente: int) -> Termijn | None:
    """The term of `klok` under `wet`. The onderzoek of a Jeugdwet or Participatiewet
    melding has no statutory term: the municipality's own term applies."""
    termijn = WETTELIJKE_TERMIJNEN.get((klok, wet))
    if termijn is None and klok == Klok.ONDERZOEK:
        return Termijn(
            dagen=onderzoek_dagen_gemeente,
            grondslag=str(_("Gemeentelijke termijn")),
            gemeentelijk=True,
        )
    return termijn


@dataclass(frozen=True)
class Aanpassing:
    """An extension (`dagen` extra days) or a suspension (from `van` up to and including
    `tot`; `tot` None: still suspended), with its reason."""

    soort: Soort
    van: date
    reden: str
    dagen: int = 0
    tot: date | None = None

    def laatste_dag(self, peildatum: date) -> date:
        return self.tot if self.tot is not None else peildatum


def _opgeschorte_perioden(
    aanpassingen: tuple[Aanpassing, ...], peildatum: date
) -> list[tuple[date, date]]:
    """The suspended days as merged, inclusive periods (overlaps count once); a period that
    has not begun by `peildatum` does not count yet."""
    perioden = sorted(
        (a.van, a.laatste_dag(peildatum))
        for a in aanpassingen
        if a.soort == Soort.OPSCHORTING and a.van <= peildatum
    )
    samengevoegd: list[tuple[date, date]] = []
    for van, tot in perioden:
        if samengevoegd and van <= samengevoegd[-1][1] + timedelta(days=1):
            samengevoegd[-1] = (samengevoegd[-1][0], max(samengevoegd[-1][1], tot))
        else:
            samengevoegd.append((van, tot))
    return samengevoegd


def laatste_dag(
    *, start: date, dagen: int, aanpassingen: tuple[Aanpassing, ...], peildatum: date
) -> date:
    """The last day of a day term: start + days + extensions, then each suspension that
    began while the term was still running pushes it on by its length."""
    einde = start + timedelta(days=dagen)
    einde += timedelta(days=sum(a.dagen for a in aanpassingen if a.soort == Soort.VERLENGING))
    for van, tot in _opgeschorte_perioden(aanpassingen, peildatum):
        if van > einde:
            break
        eerste = max(van, start)
        if tot >= eerste:
            einde += timedelta(days=(tot - eerste).days + 1)
    return einde


@dataclass(frozen=True)
class Stand:
    """Where a clock stands."""

    termijn: Termijn
    start: datetime
    deadline: datetime
    staat: Staat
    dagen_over: int  # negative: days overdue
    uren_over: int | None = None  # for hour terms
    verlengingen: tuple[Aanpassing, ...] = field(default=())
    opschortingen: tuple[Aanpassing, ...] = field(default=())
    gestopt_op: datetime | None = None

    @property
    def dagen_te_laat(self) -> int:
        return max(0, -self.dagen_over)

    @property
    def uren_te_laat(self) -> int | None:
        return None if self.uren_over is None else max(0, -self.uren_over)

    @property
    def is_verlengd(self) -> bool:
        return bool(self.verlengingen)

    @property
    def is_opgeschort(self) -> bool:
        """Suspended right now (an open-ended opschorting)."""
        return any(a.tot is None for a in self.opschortingen)

    @property
    def was_op_tijd(self) -> bool | None:
        if self.gestopt_op is None:
            return None
        return self.gestopt_op <= self.deadline


def _einde_van_dag(dag: date) -> datetime:
    return timezone.make_aware(datetime.combine(dag, time.max))


def bereken(
    *,
    termijn: Termijn,
    start: datetime,
    nu: datetime,
    waarschuwing_dagen: int,
    aanpassingen: tuple[Aanpassing, ...] = (),
    gestopt_op: datetime | None = None,
) -> Stand:
    """The stand of a clock that started at `start` (aware datetimes)."""
    start = timezone.localtime(start)
    nu = timezone.localtime(nu)
    peildatum = timezone.localtime(gestopt_op).date() if gestopt_op else nu.date()
    if termijn.uren:
        # Real hours: add them in UTC, so a change of summer time does not shift the deadline.
        deadline = timezone.localtime(start.astimezone(UTC) + timedelta(hours=termijn.uren))
    else:
        dag = laatste_dag(
            start=start.date(), dagen=termijn.dagen, aanpassingen=aanpassingen, peildatum=peildatum
        )
        deadline = _einde_van_dag(dag)
    dagen_over = (deadline.date() - nu.date()).days
    uren_over: int | None = None
    if termijn.uren:
        seconden = (deadline.astimezone(UTC) - nu.astimezone(UTC)).total_seconds()
        uren_over = int(seconden // 3600) if seconden >= 0 else -int(-seconden // 3600)
    if gestopt_op is not None:
        staat = Staat.AFGEROND
    elif nu > deadline:
        staat = Staat.VERLOPEN
    elif dagen_over <= waarschuwing_dagen or (uren_over is not None and uren_over < 24):
        staat = Staat.BIJNA_VERLOPEN
    else:
        staat = Staat.OP_TIJD
    return Stand(
        termijn=termijn,
        start=start,
        deadline=deadline,
        staat=staat,
        dagen_over=dagen_over,
        uren_over=uren_over,
        verlengingen=tuple(a for a in aanpassingen if a.soort == Soort.VERLENGING),
        opschortingen=tuple(a for a in aanpassingen if a.soort == Soort.OPSCHORTING),
        gestopt_op=gestopt_op,
    )
