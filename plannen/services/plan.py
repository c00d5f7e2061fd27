"""Writes on plans: starting one, and handing the regisseur role over."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from huishoudens.models import Huishouden
from huishoudens.overdracht import overgedragen
from huishoudens.services import controleer_toegang
from sociaal.audit.models import Actie
from sociaal.audit.services import audit_vastleggen
from sociaal.medewerkers.models import Medewerker

from ..models import Plan, RegisseurOverdracht
from ..selectors import overdracht_kandidaten


def _controleer_regisseur(regisseur: Medewerker) -> None:
    if not regisseur.kan_regisseur_zijn:
        raise ValidationError(
            {"regisseur": _("Alleen een actieve consulent of teamleider kan regisseur zijn.")}
        )


@transaction.atomic
def plan_starten(*, huishouden: Huishouden, regisseur: Medewerker, door: Medewerker) -> Plan:
    """Starts the household's one plan. Refused when it already has an open plan (the
    database refuses it too: a partial unique constraint)."""
    _controleer_regisseur(regisseur)
    controleer_toegang(huishouden_id=huishouden.pk, door=door)
    # Serialise concurrent starts for the same household on its row.
    Huishouden.objects.select_for_update().only("pk").get(pk=huishouden.pk)
    if Plan.objects.open().filter(huishouden=huishouden).exists():
        raise ValidationError(_("Dit huishouden heeft al een open plan."))
    try:
        with transaction.atomic():
            plan = Plan.objects.create(huishouden=huishouden, regisseur=regisseur, created_by=door)
    except IntegrityError:
        raise ValidationError(_("Dit huishouden heeft al een open plan.")) from None
    audit_vastleggen(medewerker=door, actie=Actie.AANMAKEN, huishouden_id=huishouden.pk, obj=plan)
    return plan


def mag_overdragen(*, plan: Plan, door: Medewerker, naar: Medewerker) -> bool:
    """The handover rule (selectors.overdracht_kandidaten): the regisseur, a teamleider of
    the household's team, or the new regisseur's teamleider."""
    return overdracht_kandidaten(plan=plan, door=door).filter(pk=naar.pk).exists()


@transaction.atomic
def regisseur_overdragen(
    *, plan: Plan, naar: Medewerker, reden: str, door: Medewerker
) -> RegisseurOverdracht:
    """Hands the plan to a new regisseur; the handover is kept as history."""
    plan = Plan.objects.select_for_update().get(pk=plan.pk)
    controleer_toegang(huishouden_id=plan.huishouden_id, door=door)
    if not plan.is_open:
        raise ValidationError(_("Een afgesloten plan kan niet worden overgedragen."))
    errors = {}
    if not (reden or "").strip():
        errors["reden"] = _("Geef een reden voor de overdracht.")
    if naar.pk == plan.regisseur_id:
        errors["naar"] = _("%(naam)s is al de regisseur van dit plan.") % {"naam": naar}
    elif not naar.kan_regisseur_zijn:
        errors["naar"] = _("Alleen een actieve consulent of teamleider kan regisseur zijn.")
    if errors:
        raise ValidationError(errors)
    if not mag_overdragen(plan=plan, door=door, naar=naar):
        raise PermissionDenied(
            _(
                "Alleen de regisseur, een teamleider van het team of de teamleider van de "
                "nieuwe regisseur kan dit plan aan %(naam)s overdragen."
            )
            % {"naam": naar}
        )
    overdracht = RegisseurOverdracht.objects.create(
        plan=plan, van_id=plan.regisseur_id, naar=naar, reden=reden.strip(), door=door
    )
    plan.regisseur = naar
    plan.wijziging += 1
    plan.gewijzigd_door = door
    plan.laatste_wijziging = (_("regie overgedragen aan %(naam)s") % {"naam": naar})[:200]
    plan_opslaan(plan, door, "regisseur")
    if naar.pk != door.pk:
        overgedragen(
            naar=naar,
            obj=plan,
            huishouden_id=plan.huishouden_id,
            sleutel=f"overdracht-{overdracht.pk}",
        )
    return overdracht


def plan_opslaan(plan: Plan, door: Medewerker, *velden: str) -> Plan:
    """Saves `velden` of a locked plan with who changed it, when and what, and audits it."""
    plan.save(
        update_fields=[
            *velden,
            "wijziging",
            "gewijzigd_door",
            "laatste_wijziging",
            "gewijzigd_op",
        ]
    )
    audit_vastleggen(
        medewerker=door, actie=Actie.WIJZIGEN, huishouden_id=plan.huishouden_id, obj=plan
    )
    return plan
