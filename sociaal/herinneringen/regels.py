"""The reminder rules as data: which cases each rule finds, for whom, about which date.
Every rule is a few set-based queries, whatever the number of households."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import DateField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone

from sociaal import achterstand
from sociaal.medewerkers.models import Medewerker, Rol
from sociaal.termijnen.models import Termijninstellingen

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
    a day each night, so a reminder keyed on it would come back daily: they wait until the
    suspension ends. A suspension of another, later clock does not silence the first one."""
    from huishoudens.klokken import hoofdklok
    from huishoudens.models import Melding, TermijnAanpassing
    from sociaal.termijnen.regels import Soort

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


def termijnen(vandaag: date, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    from huishoudens.models import Melding

    teamleiders = _teamleiders_per_team()
    morgen = timezone.make_aware(datetime.combine(vandaag, time.min))
    grens = morgen + timedelta(days=instellingen.waarschuwing_dagen + 1)
    meldingen = Melding.objects.filter(deadline__isnull=False, deadline__lt=grens).order_by()
    rijen = meldingen.values_list(
        "pk", "huishouden_id", "consulent_id", "huishouden__wijk__team_id", "deadline"
    )
    stilgezet = _stilgezet(meldingen, instellingen)
    for pk, huishouden_id, consulent_id, team_id, deadline in rijen:
        if pk in stilgezet:
            continue
        regel = Regel.TERMIJN_VERLOPEN if deadline < morgen else Regel.TERMIJN_NADERT
        for ontvanger in _verantwoordelijken(consulent_id, team_id, teamleiders):
            yield Vondst(
                regel,
                ontvanger,
                huishouden_id,
                "huishoudens.melding",
                pk,
                timezone.localtime(deadline).date(),
            )


def terugbellen(vandaag: date, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    from huishoudens.models import Melding, Terugbelmoment

    teamleiders = _teamleiders_per_team()
    laatste = (
        Terugbelmoment.objects.filter(melding=OuterRef("pk")).order_by("-op").values("op")[:1]
    )
    sinds = vandaag - timedelta(days=instellingen.terugbel_interval_dagen)
    rijen = (
        Melding.objects.open()
        .annotate(contact=Coalesce(Subquery(laatste), TruncDate("ontvangen_op")))
        .filter(contact__lte=sinds)
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


def evaluaties(vandaag: date, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    from plannen.models import Plan

    rijen = (
        Plan.objects.filter(
            status=Plan.Status.VASTGESTELD,
            evaluatie_op__lte=vandaag + timedelta(days=instellingen.waarschuwing_dagen),
        )
        .values_list("pk", "huishouden_id", "regisseur_id", "evaluatie_op")
        .order_by()
    )
    for pk, huishouden_id, regisseur_id, evaluatie_op in rijen:
        regel = Regel.EVALUATIE_VERLOPEN if evaluatie_op < vandaag else Regel.EVALUATIE_NADERT
        yield Vondst(regel, regisseur_id, huishouden_id, "plannen.plan", pk, evaluatie_op)


def afspraken(vandaag: date, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    from plannen.models import Afspraak

    rijen = (
        Afspraak.objects.filter(achterstand.afspraak_verlopen(vandaag))
        .values_list("pk", "doel__plan__huishouden_id", "doel__plan__regisseur_id", "wanneer")
        .order_by()
    )
    for pk, huishouden_id, regisseur_id, wanneer in rijen:
        yield Vondst(
            Regel.AFSPRAAK_VERLOPEN, regisseur_id, huishouden_id, "plannen.afspraak", pk, wanneer
        )


def escalaties(vandaag: date, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    """A clock or an evaluation still overdue `escalatie_dagen` after its date goes to the
    teamleiders of the household's team as well."""
    from huishoudens.models import Melding
    from plannen.models import Plan

    teamleiders = _teamleiders_per_team()
    grens = vandaag - timedelta(days=instellingen.escalatie_dagen)
    # A deadline at the end of day D is `escalatie_dagen` days late from day D + N on.
    grens_moment = timezone.make_aware(datetime.combine(grens + timedelta(days=1), time.min))
    for pk, huishouden_id, team_id, deadline in (
        Melding.objects.filter(deadline__isnull=False, deadline__lt=grens_moment)
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
        Plan.objects.filter(status=Plan.Status.VASTGESTELD, evaluatie_op__lte=grens)
        .values_list("pk", "huishouden_id", "huishouden__wijk__team_id", "evaluatie_op")
        .order_by()
    ):
        for ontvanger in teamleiders.get(team_id, []):
            yield Vondst(
                Regel.ESCALATIE, ontvanger, huishouden_id, "plannen.plan", pk, evaluatie_op
            )


def wacht_op_akkoord(vandaag: date, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    from plannen.models import Plan

    for pk, huishouden_id, regisseur_id, sinds in (
        Plan.objects.filter(
            achterstand.wacht_op_akkoord(vandaag, dagen=instellingen.ondertekening_dagen)
        )
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


def geen_contact(vandaag: date, instellingen: Termijninstellingen) -> Iterator[Vondst]:
    """An open plan whose household nobody spoke with for weeks: the last conversation held,
    call-back or evaluation (or the plan's start when there was none)."""
    from django.db.models import Exists, Max
    from django.db.models.functions import Greatest

    from huishoudens.models import Terugbelmoment
    from plannen.models import Evaluatie, Keukentafelgesprek, Plan

    def laatste(qs, veld):
        return Subquery(
            qs.filter(huishouden_id=OuterRef("huishouden_id"))
            .values("huishouden_id")
            .annotate(m=Max(veld))
            .values("m")[:1],
            output_field=DateField(),
        )

    gesprek = laatste(Keukentafelgesprek.objects.all(), "gehouden_op")
    terugbel = Subquery(
        Terugbelmoment.objects.filter(melding__huishouden_id=OuterRef("huishouden_id"))
        .values("melding__huishouden_id")
        .annotate(m=Max("op"))
        .values("m")[:1],
        output_field=DateField(),
    )
    evaluatie = Subquery(
        Evaluatie.objects.filter(plan__huishouden_id=OuterRef("huishouden_id"))
        .values("plan__huishouden_id")
        .annotate(m=Max("gehouden_op"))
        .values("m")[:1],
        output_field=DateField(),
    )
    begin = TruncDate("created_at")
    grens = vandaag - timedelta(weeks=instellingen.geen_contact_weken)
    # The latest contact is on or before `grens` exactly when there was none after it: that
    # filter (anti-joins on the indexes) leaves only the plans to compute the contact for.
    huis = OuterRef("huishouden_id")
    geen_contact_sindsdien = (
        ~Exists(Keukentafelgesprek.objects.filter(huishouden_id=huis, gehouden_op__gt=grens)),
        ~Exists(Terugbelmoment.objects.filter(melding__huishouden_id=huis, op__gt=grens)),
        ~Exists(Evaluatie.objects.filter(plan__huishouden_id=huis, gehouden_op__gt=grens)),
    )
    rijen = (
        Plan.objects.open()
        .alias(begin=begin)
        .filter(*geen_contact_sindsdien, begin__lte=grens)
        .annotate(
            contact=Greatest(
                Coalesce(gesprek, begin),
                Coalesce(terugbel, begin),
                Coalesce(evaluatie, begin),
                begin,
            )
        )
        .filter(contact__lte=grens)
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
