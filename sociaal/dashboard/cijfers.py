"""The figures of the team-lead dashboard. Each function is one query, grouped in the
database, whatever the number of households, plans or medewerkers; the filters come from
`sociaal.achterstand` and `filters` below, and the lists behind the numbers
(`sociaal.dashboard.lijsten`) use the same ones.

Which team a case belongs to: the team that serves the household's wijk (as on the
wachtlijst). A medewerker's caseload counts all of their cases, wherever the household
lives."""

from dataclasses import dataclass, field
from datetime import date, datetime

from django.db import connection
from django.db.models import (
    Avg,
    Case,
    Count,
    Exists,
    F,
    Func,
    IntegerField,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.expressions import Star
from django.db.models.functions import Coalesce
from django.utils import timezone

from huishoudens.models import Melding
from plannen.models import (
    Afspraak,
    Evaluatie,
    EvaluatieZrm,
    Keukentafelgesprek,
    LadderTelling,
    Plan,
    ZrmScore,
)
from sociaal import achterstand
from sociaal.medewerkers.models import Medewerker, Rol, Team
from sociaal.termijnen.models import Termijninstellingen
from voorzieningen.ladder import Trede

from .periode import Periode


def _aantal(qs: QuerySet) -> Coalesce:
    """COUNT(*) of `qs` as a correlated sub-query (no GROUP BY in the outer query). COUNT(*)
    rather than of a column: an index that answers the filter then answers the count too."""
    return Coalesce(
        Subquery(
            qs.order_by()
            .annotate(n=Func(Star(), function="COUNT", output_field=IntegerField()))
            .values("n"),
            output_field=IntegerField(),
        ),
        0,
    )


def in_teams(pad: str, teams) -> Q:
    """`pad` leads to one of `teams` (Team objects or ids)."""
    return Q(**{f"{pad}__id__in": [getattr(t, "pk", t) for t in teams]})


# --- caseload per medewerker -----------------------------------------------------------


def plannen_van(medewerker_id) -> Q:
    return Q(regisseur_id=medewerker_id) & ~Q(status=Plan.Status.AFGESLOTEN)


def meldingen_van(medewerker_id) -> Q:
    return Q(consulent_id=medewerker_id) & achterstand.WACHTEND


def gesprekken_van(medewerker_id, periode: Periode) -> Q:
    return Q(
        afgerond_door_id=medewerker_id,
        status=Keukentafelgesprek.Status.DEFINITIEF,
        gehouden_op__gte=periode.begin,
        gehouden_op__lt=periode.eind,
    )


@dataclass(frozen=True)
class CaseloadRij:
    team: Team
    medewerker: Medewerker
    plannen: int  # open plans as regisseur
    meldingen: int  # open meldingen assigned
    zonder_plan: int  # of those, for households where they are not the regisseur
    gesprekken: int  # conversations held in the month

    @property
    def caseload(self) -> int:
        """Cases in their care: their plans, and their meldingen for households where they
        are not the regisseur (two meldingen of one household count twice)."""
        return self.plannen + self.zonder_plan

    @property
    def stand(self) -> str:
        if self.caseload > self.team.bandbreedte_tot:
            return "boven"
        if self.caseload < self.team.bandbreedte_van:
            return "ruimte"
        return "binnen"


def _caseload(*, teams, maand):
    Lid = Medewerker.teams.through
    mijn = OuterRef("medewerker_id")
    eigen_plan = Plan.objects.filter(
        plannen_van(OuterRef(OuterRef("medewerker_id"))),
        huishouden_id=OuterRef("huishouden_id"),
    )
    return (
        Lid.objects.filter(
            in_teams("team", teams), medewerker__rol__in=(Rol.CONSULENT, Rol.TEAMLEIDER)
        )
        .filter(
            Q(medewerker__is_active=True)
            | Exists(Plan.objects.filter(plannen_van(mijn)))
            | Exists(Melding.objects.filter(meldingen_van(mijn)))
        )
        .annotate(
            plannen=_aantal(Plan.objects.filter(plannen_van(mijn))),
            meldingen=_aantal(Melding.objects.filter(meldingen_van(mijn))),
            zonder_plan=_aantal(
                Melding.objects.filter(meldingen_van(mijn)).exclude(Exists(eigen_plan))
            ),
            gesprekken=_aantal(Keukentafelgesprek.objects.filter(gesprekken_van(mijn, maand))),
        )
        .order_by("team__naam", "medewerker__first_name", "medewerker__last_name", "pk")
        .values(
            "team_id",
            "medewerker_id",
            "medewerker__username",
            "medewerker__first_name",
            "medewerker__last_name",
            "medewerker__is_active",
            "plannen",
            "meldingen",
            "zonder_plan",
            "gesprekken",
        )
    )


def caseload(teams: list[Team], *, maand: Periode) -> list[CaseloadRij]:
    """Every consulent and teamleider of `teams` (once per team) with their work: the
    active ones, and those no longer active who still hold open work (it must be handed
    over)."""
    per_id = {t.pk: t for t in teams}
    return [
        CaseloadRij(
            team=per_id[r["team_id"]],
            medewerker=Medewerker(
                pk=r["medewerker_id"],
                username=r["medewerker__username"],
                first_name=r["medewerker__first_name"],
                last_name=r["medewerker__last_name"],
                is_active=r["medewerker__is_active"],
            ),
            plannen=r["plannen"],
            meldingen=r["meldingen"],
            zonder_plan=r["zonder_plan"],
            gesprekken=r["gesprekken"],
        )
        for r in _caseload(teams=teams, maand=maand)
    ]


# --- wachtlijst and overdue, per team ----------------------------------------------------

TEAM_VAN_MELDING = "huishouden__wijk__team"
TEAM_VAN_PLAN = "huishouden__wijk__team"
TEAM_VAN_AFSPRAAK = "doel__plan__huishouden__wijk__team"
TEAM_VAN_EVALUATIE = "plan__huishouden__wijk__team"


@dataclass(frozen=True)
class WachtlijstRij:
    team_id: int
    wet: str
    wachtend: int
    oudste: datetime | None
    verlopen: int
    beschikking_verlopen: int

    def langste_wachttijd(self, vandaag: date) -> int | None:
        """In days, for the one waiting longest."""
        if self.oudste is None:
            return None
        return (vandaag - timezone.localtime(self.oudste).date()).days


def _wachtlijst(*, teams, nu):
    return (
        Melding.objects.filter(in_teams(TEAM_VAN_MELDING, teams))
        .filter(achterstand.WACHTEND | achterstand.beschikking_verlopen(nu))
        .values(TEAM_VAN_MELDING, "wet")
        .annotate(
            wachtend=Count("pk", filter=achterstand.WACHTEND),
            oudste=Min("ontvangen_op", filter=achterstand.WACHTEND),
            verlopen=Count("pk", filter=achterstand.termijn_verlopen(nu)),
            beschikking_verlopen=Count("pk", filter=achterstand.beschikking_verlopen(nu)),
        )
        .order_by(TEAM_VAN_MELDING, "wet")
    )


def wachtlijst(teams: list[Team], *, nu: datetime) -> list[WachtlijstRij]:
    """Per team and law: waiting, the longest wait, past the statutory term, and
    aanvragen past the beschikking term."""
    return [
        WachtlijstRij(
            team_id=r[TEAM_VAN_MELDING],
            wet=r["wet"],
            wachtend=r["wachtend"],
            oudste=r["oudste"],
            verlopen=r["verlopen"],
            beschikking_verlopen=r["beschikking_verlopen"],
        )
        for r in _wachtlijst(teams=teams, nu=nu)
    ]


@dataclass
class Achterstand:
    evaluaties: int = 0
    afspraken: int = 0
    wacht_op_akkoord: int = 0
    beschikkingen: int = 0  # filled from the wachtlijst figures


def _plannen_over_tijd(*, teams, vandaag, akkoord_grens):
    evaluatie = achterstand.evaluatie_verlopen(vandaag)
    akkoord = achterstand.ter_ondertekening_sinds(akkoord_grens)
    return (
        Plan.objects.filter(in_teams(TEAM_VAN_PLAN, teams))
        .filter(evaluatie | akkoord)
        .values(TEAM_VAN_PLAN)
        .annotate(evaluaties=Count("pk", filter=evaluatie), akkoord=Count("pk", filter=akkoord))
        .order_by()
    )


def _afspraken_over_tijd(*, teams, vandaag):
    return (
        Afspraak.objects.filter(in_teams(TEAM_VAN_AFSPRAAK, teams))
        .filter(achterstand.afspraak_verlopen(vandaag))
        .values(TEAM_VAN_AFSPRAAK)
        .annotate(n=Count("pk"))
        .order_by()
    )


def achterstanden(
    teams: list[Team], *, vandaag: date, instellingen: Termijninstellingen
) -> dict[int, Achterstand]:
    """Per team: evaluations, afspraken and plans waiting for agreement that are overdue."""
    per_team = {t.pk: Achterstand() for t in teams}
    grens = achterstand.ondertekening_grens(vandaag, instellingen)
    for r in _plannen_over_tijd(teams=teams, vandaag=vandaag, akkoord_grens=grens):
        per_team[r[TEAM_VAN_PLAN]].evaluaties = r["evaluaties"]
        per_team[r[TEAM_VAN_PLAN]].wacht_op_akkoord = r["akkoord"]
    for r in _afspraken_over_tijd(teams=teams, vandaag=vandaag):
        per_team[r[TEAM_VAN_AFSPRAAK]].afspraken = r["n"]
    return per_team


# --- the ladder --------------------------------------------------------------------------


@dataclass
class Ladderstand:
    """Afspraken made in one period, per rung; `naast` stand beside the ladder (a betrokken
    professional) and are not part of the shares."""

    per_trede: dict[str, int] = field(default_factory=lambda: {t.value: 0 for t in Trede})
    naast: int = 0

    @property
    def op_ladder(self) -> int:
        return sum(self.per_trede.values())

    def aandeel(self, trede: str) -> int | None:
        """Share in whole percent of the afspraken on the ladder (None: there were none)."""
        if not self.op_ladder:
            return None
        return round(100 * self.per_trede[trede] / self.op_ladder)

    def optellen(self, ander: "Ladderstand") -> None:
        for trede, n in ander.per_trede.items():
            self.per_trede[trede] += n
        self.naast += ander.naast


def afspraken_in(periode: Periode) -> Q:
    return Q(created_at__gte=periode.begin_moment, created_at__lt=periode.eind_moment)


def _welke_periode(veld: str, perioden) -> Case:
    """The index of the period (oldest first) that `veld` falls in."""
    return Case(
        *[When(**{f"{veld}__lt": grens}, then=Value(i)) for i, grens in enumerate(perioden)],
        output_field=IntegerField(),
    )


def _ladder_geteld(*, teams, perioden):
    """From the counts the database keeps per wijk and month (`LadderTelling`)."""
    return (
        LadderTelling.objects.filter(
            in_teams("wijk__team", teams),
            maand__gte=perioden[0].begin,
            maand__lt=perioden[-1].eind,
        )
        .annotate(periode=_welke_periode("maand", [p.eind for p in perioden]))
        .values("periode", "uitvoerder", team=F("wijk__team"))
        .annotate(n=Sum("aantal"))
        .order_by()
    )


def _ladder_live(*, teams, perioden):
    """Counting the afspraken themselves (SQLite, which keeps no counts; and the reference
    the counts are tested against)."""
    return (
        Afspraak.objects.filter(in_teams(TEAM_VAN_AFSPRAAK, teams))
        .filter(created_at__gte=perioden[0].begin_moment, created_at__lt=perioden[-1].eind_moment)
        .annotate(periode=_welke_periode("created_at", [p.eind_moment for p in perioden]))
        .values("periode", "uitvoerder", team=F(TEAM_VAN_AFSPRAAK))
        .annotate(n=Count("pk"))
        .order_by()
    )


def ladder(
    teams: list[Team], perioden: list[Periode], *, live: bool = False
) -> dict[int, list[Ladderstand]]:
    """Per team, for each period (oldest first): the afspraken made then, per rung."""
    per_team = {t.pk: [Ladderstand() for _p in perioden] for t in teams}
    geteld = connection.vendor == "postgresql" and not live
    for r in (_ladder_geteld if geteld else _ladder_live)(teams=teams, perioden=perioden):
        stand = per_team[r["team"]][r["periode"]]
        if r["uitvoerder"] in stand.per_trede:
            stand.per_trede[r["uitvoerder"]] += r["n"]
        else:
            stand.naast += r["n"]
    return per_team


# --- results -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ZrmVoortgang:
    domein: str
    aantal: int  # evaluations that scored this domain and have a starting score
    begin: float  # average score at the keukentafelgesprek
    eind: float  # average score at the evaluation

    @property
    def verschil(self) -> float:
        return round(self.eind - self.begin, 2)


def zrm_met_beginscore(teams: list[Team], periode: Periode) -> QuerySet[EvaluatieZrm]:
    """ZRM scores given at evaluations held in `periode`, each with `begin`: the score of
    the same domain in the household's last final keukentafelgesprek before it."""
    # That conversation only (as on the evaluation page, plannen.selectors.zrm_uit_gesprek):
    # a domain it did not score has no start, even if an older conversation scored it.
    laatste_gesprek = (
        Keukentafelgesprek.objects.filter(
            huishouden_id=OuterRef(OuterRef("evaluatie__plan__huishouden_id")),
            status=Keukentafelgesprek.Status.DEFINITIEF,
            afgerond_op__lte=OuterRef(OuterRef("evaluatie__created_at")),
        )
        .order_by("-afgerond_op", "-pk")
        .values("pk")[:1]
    )
    begin = ZrmScore.objects.filter(
        gesprek_id=Subquery(laatste_gesprek),
        domein=OuterRef("domein"),
        score__isnull=False,
    ).values("score")[:1]
    return (
        EvaluatieZrm.objects.filter(
            in_teams(f"evaluatie__{TEAM_VAN_EVALUATIE}", teams),
            evaluatie__gehouden_op__gte=periode.begin,
            evaluatie__gehouden_op__lt=periode.eind,
        )
        .annotate(begin=Subquery(begin, output_field=IntegerField()))
        .filter(begin__isnull=False)
    )


def _zrm_voortgang(*, teams, periode):
    return (
        zrm_met_beginscore(teams, periode)
        .values("domein")
        .annotate(aantal=Count("pk"), gem_begin=Avg("begin"), gem_eind=Avg("score"))
        .order_by("domein")
    )


def zrm_voortgang(teams: list[Team], periode: Periode) -> list[ZrmVoortgang]:
    return [
        ZrmVoortgang(
            domein=r["domein"],
            aantal=r["aantal"],
            begin=round(float(r["gem_begin"]), 2),
            eind=round(float(r["gem_eind"]), 2),
        )
        for r in _zrm_voortgang(teams=teams, periode=periode)
    ]


@dataclass
class Resultaten:
    evaluaties: int = 0
    met_cijfer: int = 0
    gemiddeld_cijfer: float | None = None
    afgesloten: int = 0
    doelen_bereikt: int = 0

    @property
    def aandeel_bereikt(self) -> int | None:
        return round(100 * self.doelen_bereikt / self.afgesloten) if self.afgesloten else None


def evaluaties_in(periode: Periode) -> Q:
    return Q(gehouden_op__gte=periode.begin, gehouden_op__lt=periode.eind)


def afgesloten_in(periode: Periode) -> Q:
    return Q(
        status=Plan.Status.AFGESLOTEN,
        closed_at__gte=periode.begin_moment,
        closed_at__lt=periode.eind_moment,
    )


DOELEN_BEREIKT = Q(reden_afsluiting=Plan.RedenAfsluiting.DOELEN_BEREIKT)


def _evaluaties(*, teams, periode):
    return (
        Evaluatie.objects.filter(evaluaties_in(periode), in_teams(TEAM_VAN_EVALUATIE, teams))
        .values(TEAM_VAN_EVALUATIE)
        .annotate(
            n=Count("pk"),
            met_cijfer=Count("klantbeoordelingscijfer"),
            cijfer=Avg("klantbeoordelingscijfer"),
        )
        .order_by()
    )


def _afgesloten(*, teams, periode):
    return (
        Plan.objects.filter(afgesloten_in(periode), in_teams(TEAM_VAN_PLAN, teams))
        .values(TEAM_VAN_PLAN)
        .annotate(n=Count("pk"), bereikt=Count("pk", filter=DOELEN_BEREIKT))
        .order_by()
    )


def resultaten(teams: list[Team], periode: Periode) -> dict[int, Resultaten]:
    """Per team: evaluations held in the period with the residents' average rating, and
    plans closed in it, with how many because the goals were reached."""
    per_team = {t.pk: Resultaten() for t in teams}
    for r in _evaluaties(teams=teams, periode=periode):
        uitkomst = per_team[r[TEAM_VAN_EVALUATIE]]
        uitkomst.evaluaties, uitkomst.met_cijfer = r["n"], r["met_cijfer"]
        if r["cijfer"] is not None:
            uitkomst.gemiddeld_cijfer = round(float(r["cijfer"]), 1)
    for r in _afgesloten(teams=teams, periode=periode):
        per_team[r[TEAM_VAN_PLAN]].afgesloten = r["n"]
        per_team[r[TEAM_VAN_PLAN]].doelen_bereikt = r["bereikt"]
    return per_team
