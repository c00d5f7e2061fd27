"""The plan's lifecycle as explicit services: concept → ter ondertekening → vastgesteld
→ in evaluatie → afgesloten. Vastgesteld freezes a version the resident agreed to; a change
after that starts a new version (docs/design.md §4.4)."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from huishoudens.services import controleer_toegang
from sociaal.medewerkers.models import Medewerker

from ..models import Afspraak, Plan, PlanVersie
from ..versies import inhoud_van
from .doelen import geweigerd
from .plan import plan_opslaan

S = Plan.Status


def status_vergrendelen(
    plan: Plan, *, van: tuple[str, ...], door: Medewerker, wijziging: int, wat: str
) -> Plan:
    """Locks the plan for a status change from one of `van`, based on `wijziging`."""
    controleer_toegang(huishouden_id=plan.huishouden_id, door=door)
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    if plan.status not in van:
        raise ValidationError(
            _("Dat kan niet: het plan is %(status)s.")
            % {"status": plan.get_status_display().lower()}
        )
    if plan.wijziging != wijziging:
        raise geweigerd(Plan.objects.select_related("gewijzigd_door").get(pk=plan.pk))
    plan.wijziging += 1
    plan.gewijzigd_door = door
    plan.laatste_wijziging = wat[:200]
    return plan


def status_opslaan(plan: Plan, door: Medewerker, *velden: str) -> Plan:
    return plan_opslaan(plan, door, "status", *velden)


@transaction.atomic
def plan_ter_ondertekening(*, plan: Plan, door: Medewerker, wijziging: int) -> Plan:
    plan = status_vergrendelen(
        plan, van=(S.CONCEPT,), door=door, wijziging=wijziging, wat=_("ter ondertekening")
    )
    if not Afspraak.objects.filter(doel__plan=plan).exists():
        raise ValidationError(
            _("Een plan ter ondertekening heeft minstens één doel met een afspraak.")
        )
    plan.status = S.TER_ONDERTEKENING
    plan.ter_ondertekening_op = timezone.now()
    return status_opslaan(plan, door, "ter_ondertekening_op")


@transaction.atomic
def plan_terug_naar_concept(*, plan: Plan, door: Medewerker, wijziging: int) -> Plan:
    plan = status_vergrendelen(
        plan,
        van=(S.TER_ONDERTEKENING,),
        door=door,
        wijziging=wijziging,
        wat=_("terug naar concept"),
    )
    plan.status = S.CONCEPT
    return status_opslaan(plan, door)


@transaction.atomic
def plan_vaststellen(
    *,
    plan: Plan,
    door: Medewerker,
    wijziging: int,
    akkoord_op: date,
    akkoord_wijze: str,
    evaluatie_op: date,
) -> PlanVersie:
    """The resident agreed: the plan is fixed as a version that never changes."""
    plan = status_vergrendelen(
        plan,
        van=(S.TER_ONDERTEKENING,),
        door=door,
        wijziging=wijziging,
        wat=_("vastgesteld (versie %(n)s)") % {"n": plan.versie},
    )
    vandaag = timezone.localdate()
    errors = {}
    if akkoord_op > vandaag:
        errors["akkoord_op"] = _("Het akkoord ligt niet in de toekomst.")
    if akkoord_wijze not in Plan.AkkoordWijze.values:
        errors["akkoord_wijze"] = _("Kies hoe de inwoner akkoord gaf.")
    if evaluatie_op <= vandaag:
        errors["evaluatie_op"] = _("De evaluatie ligt in de toekomst.")
    if errors:
        raise ValidationError(errors)
    plan.status = S.VASTGESTELD
    plan.akkoord_op, plan.akkoord_wijze, plan.evaluatie_op = (
        akkoord_op,
        akkoord_wijze,
        evaluatie_op,
    )
    plan.vastgesteld_op = timezone.now()
    status_opslaan(plan, door, "akkoord_op", "akkoord_wijze", "evaluatie_op", "vastgesteld_op")
    met_inhoud = Plan.objects.met_inhoud().get(pk=plan.pk)
    return PlanVersie.objects.create(
        plan=plan,
        nummer=plan.versie,
        inhoud=inhoud_van(met_inhoud),
        vastgesteld_op=plan.vastgesteld_op,
        vastgesteld_door=door,
        akkoord_op=akkoord_op,
        akkoord_wijze=akkoord_wijze,
        evaluatie_op=evaluatie_op,
    )


@transaction.atomic
def plan_nieuwe_versie(*, plan: Plan, door: Medewerker, wijziging: int) -> Plan:
    """Changing an agreed plan: a new concept version; the agreed one stays readable."""
    plan = status_vergrendelen(
        plan,
        van=(S.VASTGESTELD, S.IN_EVALUATIE),
        door=door,
        wijziging=wijziging,
        wat=_("nieuwe versie %(n)s gestart") % {"n": plan.versie + 1},
    )
    plan.status = S.CONCEPT
    plan.versie += 1
    plan.akkoord_op, plan.akkoord_wijze, plan.vastgesteld_op = None, "", None
    return status_opslaan(plan, door, "versie", "akkoord_op", "akkoord_wijze", "vastgesteld_op")


@transaction.atomic
def evaluatie_starten(*, plan: Plan, door: Medewerker, wijziging: int) -> Plan:
    plan = status_vergrendelen(
        plan, van=(S.VASTGESTELD,), door=door, wijziging=wijziging, wat=_("evaluatie gestart")
    )
    plan.status = S.IN_EVALUATIE
    return status_opslaan(plan, door)


@transaction.atomic
def plan_afsluiten(
    *, plan: Plan, door: Medewerker, wijziging: int, reden: str, toelichting: str = ""
) -> Plan:
    plan = status_vergrendelen(
        plan,
        van=(S.CONCEPT, S.TER_ONDERTEKENING, S.VASTGESTELD, S.IN_EVALUATIE),
        door=door,
        wijziging=wijziging,
        wat=_("afgesloten"),
    )
    if reden not in Plan.RedenAfsluiting.values:
        raise ValidationError({"reden": _("Kies de reden van afsluiten.")})
    plan.status = S.AFGESLOTEN
    plan.reden_afsluiting, plan.toelichting_afsluiting = reden, toelichting.strip()
    plan.closed_at = timezone.now()
    return status_opslaan(plan, door, "reden_afsluiting", "toelichting_afsluiting", "closed_at")
