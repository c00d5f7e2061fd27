"""The reminder rules as data: which cases each rule finds, for whom, about which date.
Every rule is a few set-based queries, whatever the number of households. Which cases are
overdue or due soon is not decided here: each rule filters with `sociaal.achterstand`, the
definition the dashboard counts with too. A rule adds who hears of it and the date the
reminder is about (its key: a case gets one reminder per rule and date)."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import DateField, Max, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce, Greatest, TruncDate
from django.utils import timezone

from huishoudens.klokken import hoofdklok
from huishoudens.models import Melding, TermijnAanpassing, Terugbelmoment
from plannen.models import Afspraak, Evaluatie, Keukentafelgesprek, Plan
from sociaal import achterstand
from sociaal.medewerkers.models import Medewerker, Rol
from sociaal.termijnen.models import Termijninstellingen
from sociaal.termijnen.regels import Soort

from .models import Regel


@dataclass(frozen=True)
class Vondst:
    regel: Regel
    ontvanger_id: int
    huishouden_id: int
    object_type: str
    object_id: int
    datum: date

    @property
    def sleutel(self) -> str:
        return self.datum.isoformat()

    @property
    def velden(self) -> dict:
        """The fields of the `Herinnering` it becomes."""
        return {
            "regel": self.regel,
            "ontvanger_id": self.ontvanger_id,
            "huishouden_id": self.huishouden_id,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "sleutel": self.sleutel,
            "datum": self.datum,
        }


def _teamleiders_per_team() -> dict[int, list[int]]:
    per_team: dict[int, list[int]] = {}
    for pk, team_id in Medewerker.objects.filter(
        rol=Rol.TEAMLEIDER, is_active=True, teams__isnull=False
    ).values_list("pk", "teams"):
        per_team.setdefault(team_id, []).append(pk)
    return per_team


def _verantwoordelijken(consulent_id, team_id, teamleiders) -> list[int]:
    """The assigned consulent; for a melding nobody picked up yet, the team's teamleiders."""
    return [consulent_id] if consulent_id else teamleiders.get(team_id, [])


def _stilgezet(meldingen: QuerySet, instellingen: Termijninstellingen) -> set[int]:
    """Of `meldingen`, those whose first clock is suspended right now. Their deadline moves
    a day each night, so a warning keyed on it would come back daily: they wait until the
    suspension ends. A suspension of another, later clock does not silence the first one.
    (A suspended clock is never past its term: each night moves its deadline past today.)"""
    open_ = set(
        TermijnAanpassing.objects.filter(
            melding__in=meldingen.values("pk"), soort=Soort.OPSCHORTING, tot__isnull=True
        ).values_list("melding_id", "klok")
    )
    if not open_:
        return set()
    meldingen = Melding.objects.filter(pk__in={m for m, _k in open_}).prefetch_related(
        "aanpassingen"
    )
    stil = set()
    for melding in meldingen:
        eerste = hoofdklok(melding, instellingen=instellingen)
        if eerste is not None and (melding.pk, eerste.klok) in open_:
            stil.add(melding.pk)
    return stil


def termijnen(nu: datetime, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    teamleiders = _teamleiders_per_team()
    verlopen = achterstand.melding_verlopen(nu)
    nadert = achterstand.termijn_nadert(nu, instellingen)
    rijen = (
        Melding.objects.filter(verlopen | nadert)
        .annotate(verlopen=achterstand.als_waarde(verlopen))
        .order_by()
        .values_list(
            "pk",
            "huishouden_id",
            "consulent_id",
            "huishouden__wijk__team_id",
            "deadline",
            "verlopen",
        )
    )
    stilgezet = _stilgezet(Melding.objects.filter(nadert), instellingen)
    for pk, huishouden_id, consulent_id, team_id, deadline, is_verlopen in rijen:
        if not is_verlopen and pk in stilgezet:
            continue
        regel = Regel.TERMIJN_VERLOPEN if is_verlopen else Regel.TERMIJN_NADERT
        for ontvanger in _verantwoordelijken(consulent_id, team_id, teamleiders):
            yield Vondst(
                regel,
                ontvanger,
                huishouden_id,
                "huishoudens.melding",
                pk,
                timezone.localtime(deadline).date(),
            )


def terugbellen(nu: datetime, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    teamleiders = _teamleiders_per_team()
    laatste = (
        Terugbelmoment.objects.filter(melding=OuterRef("pk")).order_by("-op").values("op")[:1]
    )
    rijen = (
        Melding.objects.filter(achterstand.terugbellen(timezone.localdate(nu), instellingen))
        .annotate(contact=Coalesce(Subquery(laatste), TruncDate("ontvangen_op")))
        .order_by()
        .values_list("pk", "huishouden_id", "consulent_id", "huishouden__wijk__team_id", "contact")
    )
    for pk, huishouden_id, consulent_id, team_id, contact in rijen:
        for ontvanger in _verantwoordelijken(consulent_id, team_id, teamleiders):
            yield Vondst(
                Regel.TERUGBELLEN,
                ontvanger,
                huishouden_id,
                "huishoudens.melding",
                pk,
                contact + timedelta(days=instellingen.terugbel_interval_dagen),
            )


def evaluaties(nu: datetime, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    vandaag = timezone.localdate(nu)
    verlopen = achterstand.evaluatie_verlopen(vandaag)
    rijen = (
        Plan.objects.filter(verlopen | achterstand.evaluatie_nadert(vandaag, instellingen))
        .annotate(verlopen=achterstand.als_waarde(verlopen))
        .values_list("pk", "huishouden_id", "regisseur_id", "evaluatie_op", "verlopen")
        .order_by()
    )
    for pk, huishouden_id, regisseur_id, evaluatie_op, is_verlopen in rijen:
        regel = Regel.EVALUATIE_VERLOPEN if is_verlopen else Regel.EVALUATIE_NADERT
        yield Vondst(regel, regisseur_id, huishouden_id, "plannen.plan", pk, evaluatie_op)


def afspraken(nu: datetime, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    rijen = (
        Afspraak.objects.filter(achterstand.afspraak_verlopen(timezone.localdate(nu)))
        .values_list("pk", "doel__plan__huishouden_id", "doel__plan__regisseur_id", "wanneer")
        .order_by()
    )
    for pk, huishouden_id, regisseur_id, wanneer in rijen:
        yield Vondst(
            Regel.AFSPRAAK_VERLOPEN, regisseur_id, huishouden_id, "plannen.afspraak", pk, wanneer
        )


def escalaties(nu: datetime, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    """A clock or an evaluation still overdue `escalatie_dagen` after its date goes to the
    teamleiders of the household's team as well."""
    teamleiders = _teamleiders_per_team()
    vandaag = timezone.localdate(nu)
    for pk, huishouden_id, team_id, deadline in (
        Melding.objects.filter(achterstand.termijn_lang_verlopen(vandaag, instellingen))
        .values_list("pk", "huishouden_id", "huishouden__wijk__team_id", "deadline")
        .order_by()
    ):
        for ontvanger in teamleiders.get(team_id, []):
            yield Vondst(
                Regel.ESCALATIE,
                ontvanger,
                huishouden_id,
                "huishoudens.melding",
                pk,
                timezone.localtime(deadline).date(),
            )
    for pk, huishouden_id, team_id, evaluatie_op in (
        Plan.objects.filter(achterstand.evaluatie_lang_verlopen(vandaag, instellingen))
        .values_list("pk", "huishouden_id", "huishouden__wijk__team_id", "evaluatie_op")
        .order_by()
    ):
        for ontvanger in teamleiders.get(team_id, []):
            yield Vondst(
                Regel.ESCALATIE, ontvanger, huishouden_id, "plannen.plan", pk, evaluatie_op
            )


def wacht_op_akkoord(nu: datetime, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    for pk, huishouden_id, regisseur_id, sinds in (
        Plan.objects.filter(achterstand.wacht_op_akkoord(timezone.localdate(nu), instellingen))
        .values_list("pk", "huishouden_id", "regisseur_id", "ter_ondertekening_op")
        .order_by()
    ):
        yield Vondst(
            Regel.WACHT_OP_AKKOORD,
            regisseur_id,
            huishouden_id,
            "plannen.plan",
            pk,
            timezone.localtime(sinds).date(),
        )


def _laatste(qs: QuerySet, huishouden_pad: str, veld: str) -> Subquery:
    """The latest `veld` of `qs` for the plan's household."""
    return Subquery(
        qs.filter(**{huishouden_pad: OuterRef("huishouden_id")})
        .values(huishouden_pad)
        .annotate(m=Max(veld))
        .values("m")[:1],
        output_field=DateField(),
    )


def geen_contact(nu: datetime, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    """An open plan whose household nobody spoke with for weeks; the reminder is about the
    last conversation held, call-back or evaluation (or the plan's start when there was
    none)."""
    begin = TruncDate("created_at")
    contact = Greatest(
        Coalesce(
            _laatste(Keukentafelgesprek.objects.all(), "huishouden_id", "gehouden_op"), begin
        ),
        Coalesce(_laatste(Terugbelmoment.objects.all(), "melding__huishouden_id", "op"), begin),
        Coalesce(_laatste(Evaluatie.objects.all(), "plan__huishouden_id", "gehouden_op"), begin),
        begin,
    )
    rijen = (
        Plan.objects.filter(achterstand.geen_contact(timezone.localdate(nu), instellingen))
        .annotate(contact=contact)
        .order_by()
        .values_list("pk", "huishouden_id", "regisseur_id", "contact")
    )
    for pk, huishouden_id, regisseur_id, contact in rijen:
        yield Vondst(Regel.GEEN_CONTACT, regisseur_id, huishouden_id, "plannen.plan", pk, contact)


REGELS = (
    termijnen,
    terugbellen,
    evaluaties,
    afspraken,
    escalaties,
    wacht_op_akkoord,
    geen_contact,
)
