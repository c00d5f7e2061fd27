"""Writes on the plan's doelen and afspraken. Every change:
- checks that `door` may see the household, and that the plan may still be changed (a plan
  the resident agreed to is frozen: docs/design.md §4.4);
- is based on the plan's `wijziging` the professional loaded: a change based on an older
  one is refused with who changed what, when (optimistic locking, docs/design.md §4.5);
- holds the ladder rule: a maatwerkvoorziening needs a reason for each lower rung, and the
  one who carries out an afspraak belongs to the household (or the sociale kaart)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _

from huishoudens.services import controleer_toegang
from sociaal.audit.models import Actie
from sociaal.audit.services import audit_vastleggen
from sociaal.medewerkers.models import Medewerker
from voorzieningen.models import Voorziening

from ..models import Afspraak, Doel, Hulpvraag, Plan


class PlanGelijktijdigGewijzigd(ValidationError):
    """Someone changed the plan since the professional loaded it. `wijziging` is the
    plan's change number now, for a form to retry with once the professional has looked."""

    def __init__(self, message: str, wijziging: int) -> None:
        super().__init__(message)
        self.wijziging = wijziging


def geweigerd(actueel: Plan) -> ValidationError:
    """Why a change based on an older state of the plan is refused: frozen, or changed by
    someone else (who, when and what)."""
    if not actueel.is_wijzigbaar:
        return ValidationError(
            _("Dit plan is %(status)s en wordt niet meer gewijzigd. Maak een nieuwe versie.")
            % {"status": actueel.get_status_display().lower()}
        )
    if actueel.gewijzigd_door is None:
        return PlanGelijktijdigGewijzigd(
            _("Niet opgeslagen: het plan is intussen gewijzigd. Bekijk het opnieuw."),
            wijziging=actueel.wijziging,
        )
    return PlanGelijktijdigGewijzigd(
        _(
            "Niet opgeslagen: %(naam)s heeft het plan om %(tijd)s gewijzigd (%(wat)s). "
            "Hieronder staat het plan zoals het nu is; uw invoer staat nog in het formulier."
        )
        % {
            "naam": actueel.gewijzigd_door,
            "tijd": time_format(timezone.localtime(actueel.gewijzigd_op), "H:i"),
            "wat": actueel.laatste_wijziging,
        },
        wijziging=actueel.wijziging,
    )


def _bijwerken(*, plan: Plan, wijziging: int, door: Medewerker, wat: str) -> Plan:
    """Claims the next change of the plan, or refuses: frozen, or changed by someone else."""
    controleer_toegang(huishouden_id=plan.huishouden_id, door=door)
    bijgewerkt = Plan.objects.filter(
        pk=plan.pk, wijziging=wijziging, status__in=Plan.WIJZIGBAAR
    ).update(
        wijziging=F("wijziging") + 1,
        gewijzigd_door=door,
        gewijzigd_op=timezone.now(),
        laatste_wijziging=wat[:200],
    )
    actueel = Plan.objects.select_related("gewijzigd_door").get(pk=plan.pk)
    if bijgewerkt:
        return actueel
    raise geweigerd(actueel)


@transaction.atomic
def doel_toevoegen(
    *,
    plan: Plan,
    omschrijving: str,
    door: Medewerker,
    wijziging: int,
    domein: str = "",
    hulpvraag: Hulpvraag | None = None,
) -> Doel:
    if not (omschrijving or "").strip():
        raise ValidationError({"omschrijving": _("Beschrijf het doel.")})
    if hulpvraag is not None and hulpvraag.huishouden_id != plan.huishouden_id:
        raise ValidationError(_("Deze hulpvraag hoort niet bij dit huishouden."))
    plan = _bijwerken(plan=plan, wijziging=wijziging, door=door, wat=_("doel toegevoegd"))
    doel = Doel.objects.create(
        plan=plan,
        omschrijving=omschrijving.strip(),
        domein=domein,
        hulpvraag=hulpvraag,
        volgorde=plan.doelen.count(),
    )
    audit_vastleggen(
        medewerker=door, actie=Actie.AANMAKEN, huishouden_id=plan.huishouden_id, obj=doel
    )
    return doel


@transaction.atomic
def doel_verwijderen(*, doel: Doel, door: Medewerker, wijziging: int) -> None:
    _bijwerken(plan=doel.plan, wijziging=wijziging, door=door, wat=_("doel verwijderd"))
    audit_vastleggen(
        medewerker=door, actie=Actie.VERWIJDEREN, huishouden_id=doel.plan.huishouden_id, obj=doel
    )
    doel.delete()


def _controleer_uitvoerder(afspraak: Afspraak, plan: Plan) -> None:
    """The one who carries it out fits the chosen rung and belongs to this household or,
    for a voorziening, to the sociale kaart in the household's wijk."""
    u = Afspraak.Uitvoerder
    velden: dict[str, str] = {
        u.EIGEN_KRACHT: "persoon",
        u.NETWERK: "netwerklid",
        u.ALGEMEEN: "voorziening",
        u.MAATWERK: "voorziening",
        u.PROFESSIONAL: "betrokkene",
    }
    veld = velden.get(afspraak.uitvoerder)
    if veld is None:
        raise ValidationError({"uitvoerder": _("Kies wie de afspraak uitvoert.")})
    if getattr(afspraak, f"{veld}_id") is None:
        raise ValidationError({veld: _("Kies wie de afspraak uitvoert.")})
    for ander in {"persoon", "netwerklid", "voorziening", "betrokkene"} - {veld}:
        setattr(afspraak, ander, None)
    # Only the chosen one is left (its id is set, the others are None).
    huishouden_id = plan.huishouden_id
    if afspraak.persoon is not None and afspraak.persoon.huishouden_id != huishouden_id:
        raise ValidationError({"persoon": _("Deze persoon hoort niet bij dit huishouden.")})
    if (
        afspraak.netwerklid is not None
        and afspraak.netwerklid.persoon.huishouden_id != huishouden_id
    ):
        raise ValidationError({"netwerklid": _("Dit netwerklid hoort niet bij dit huishouden.")})
    if afspraak.betrokkene is not None and afspraak.betrokkene.huishouden_id != huishouden_id:
        raise ValidationError({"betrokkene": _("Deze betrokkene hoort niet bij dit huishouden.")})
    if (v := afspraak.voorziening) is not None:
        verwacht = (
            Voorziening.Soort.ALGEMEEN
            if afspraak.uitvoerder == u.ALGEMEEN
            else Voorziening.Soort.MAATWERK
        )
        if v.soort != verwacht:
            raise ValidationError({"voorziening": _("Deze voorziening past niet bij die trede.")})
        beschikbaar = Voorziening.objects.actief().in_wijk(plan.huishouden.wijk_id).filter(pk=v.pk)
        if not beschikbaar.exists():
            raise ValidationError(
                {
                    "voorziening": _(
                        "Deze voorziening is niet beschikbaar in de wijk van dit huishouden."
                    )
                }
            )


def _controleer_ladder(afspraak: Afspraak) -> None:
    """docs/design.md §4.3: no maatwerk without a reason for each lower rung."""
    for veld in ("waarom_niet_eigen_kracht", "waarom_niet_netwerk", "waarom_niet_algemeen"):
        setattr(afspraak, veld, (getattr(afspraak, veld) or "").strip())
    if afspraak.uitvoerder != Afspraak.Uitvoerder.MAATWERK:
        afspraak.waarom_niet_eigen_kracht = afspraak.waarom_niet_netwerk = ""
        afspraak.waarom_niet_algemeen = ""
        return
    ontbreekt = {
        "waarom_niet_eigen_kracht": _("Leg vast waarom de inwoner dit niet zelf kan."),
        "waarom_niet_netwerk": _("Leg vast waarom het netwerk dit niet kan."),
        "waarom_niet_algemeen": _("Leg vast waarom een algemene voorziening niet volstaat."),
    }
    fouten = {veld: tekst for veld, tekst in ontbreekt.items() if not getattr(afspraak, veld)}
    if fouten:
        raise ValidationError(fouten)


@transaction.atomic
def afspraak_toevoegen(*, afspraak: Afspraak, door: Medewerker, wijziging: int) -> Afspraak:
    plan = afspraak.doel.plan
    if not (afspraak.wat or "").strip():
        raise ValidationError({"wat": _("Beschrijf wat er wordt afgesproken.")})
    _controleer_uitvoerder(afspraak, plan)
    _controleer_ladder(afspraak)
    _bijwerken(
        plan=plan,
        wijziging=wijziging,
        door=door,
        wat=_("afspraak toegevoegd: %(wat)s") % {"wat": afspraak.wat.strip()[:80]},
    )
    afspraak.wat = afspraak.wat.strip()
    afspraak.created_by = door
    afspraak.full_clean()
    afspraak.save()
    audit_vastleggen(
        medewerker=door, actie=Actie.AANMAKEN, huishouden_id=plan.huishouden_id, obj=afspraak
    )
    return afspraak


@transaction.atomic
def afspraak_verwijderen(*, afspraak: Afspraak, door: Medewerker, wijziging: int) -> None:
    plan = afspraak.doel.plan
    _bijwerken(plan=plan, wijziging=wijziging, door=door, wat=_("afspraak verwijderd"))
    audit_vastleggen(
        medewerker=door, actie=Actie.VERWIJDEREN, huishouden_id=plan.huishouden_id, obj=afspraak
    )
    afspraak.delete()
