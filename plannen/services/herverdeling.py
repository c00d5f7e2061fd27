"""Bulk reassignment: a teamleider hands the plans and meldingen of a medewerker (leaving,
ill) over to one or several colleagues in one action. All of it happens, or none: each
handover goes through the same service as a single one (history, audit, notification),
inside one transaction."""

from collections import defaultdict
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from huishoudens.models import Melding, MeldingOverdracht
from huishoudens.services.meldingen import melding_overdragen
from sociaal.medewerkers.models import Medewerker, Team

from ..models import Plan, RegisseurOverdracht
from .plan import regisseur_overdragen


@dataclass(frozen=True)
class Herverdeling:
    plannen: list[RegisseurOverdracht]
    meldingen: list[MeldingOverdracht]


def mag_herverdelen(*, van: Medewerker, door: Medewerker) -> bool:
    """A teamleider redistributes the work of a member of one of their teams."""
    return (
        door.is_active
        and door.is_teamleider
        and door.pk != van.pk
        and Team.objects.filter(medewerkers=door).filter(medewerkers=van).exists()
    )


def _van_zaak(
    fout: ValidationError | PermissionDenied, zaak: str
) -> ValidationError | PermissionDenied:
    """A case that cannot be handed over (to this colleague), said of that case so the
    teamleider knows which row to change. A refusal of rights stays a refusal (the view
    audits it as such)."""
    if isinstance(fout, PermissionDenied):
        return PermissionDenied(_("%(zaak)s: %(fout)s") % {"zaak": zaak, "fout": str(fout)})
    return ValidationError(
        _("%(zaak)s: %(fout)s") % {"zaak": zaak, "fout": " ".join(fout.messages)}
    )


def _niet_meer_van(zaak: str, van: Medewerker) -> ValidationError:
    """Someone else handed the case over since the page was shown."""
    return ValidationError(
        _("%(zaak)s is niet meer van %(naam)s: laad de pagina opnieuw.")
        % {"zaak": zaak, "naam": van}
    )


@transaction.atomic
def caseload_overdragen(
    *,
    van: Medewerker,
    plannen: dict[int, Medewerker],
    meldingen: dict[int, Medewerker],
    reden: str,
    door: Medewerker,
) -> Herverdeling:
    """Hands each plan (id → new regisseur) and melding (id → new consulent) of `van` over.
    Refused as a whole — nothing moved — when any one of them cannot be handed over, or
    is no longer `van`'s (someone else handed it over since the page was shown)."""
    if not mag_herverdelen(van=van, door=door):
        raise PermissionDenied(
            _("Alleen een teamleider van het team van %(naam)s verdeelt diens werk.")
            % {"naam": van}
        )
    errors = {}
    if not (reden or "").strip():
        errors["reden"] = _("Geef een reden voor de overdracht.")
    if not plannen and not meldingen:
        errors["__all__"] = _("Kies voor ten minste één plan of melding een nieuwe collega.")
    if errors:
        raise ValidationError(errors)
    resultaat = Herverdeling(plannen=[], meldingen=[])
    # Locked as they are read: a handover at the same moment waits, or this one sees it.
    for plan in (
        Plan.objects.select_for_update(of=("self",))
        .filter(pk__in=plannen)
        .select_related("huishouden")
        .order_by("pk")
    ):
        zaak = _("Plan %(nummer)s (%(adres)s)") % {
            "nummer": plan.pk,
            "adres": plan.huishouden.kort_adres,
        }
        if plan.regisseur_id != van.pk or not plan.is_open:
            raise _niet_meer_van(zaak, van)
        try:
            resultaat.plannen.append(
                regisseur_overdragen(plan=plan, naar=plannen[plan.pk], reden=reden, door=door)
            )
        except (ValidationError, PermissionDenied) as fout:
            raise _van_zaak(fout, zaak) from None
    for melding in (
        Melding.objects.select_for_update(of=("self",))
        .filter(pk__in=meldingen)
        .select_related("huishouden")
        .order_by("pk")
    ):
        zaak = _("Melding %(nummer)s (%(adres)s)") % {
            "nummer": melding.pk,
            "adres": melding.huishouden.kort_adres,
        }
        if melding.consulent_id != van.pk:
            raise _niet_meer_van(zaak, van)
        try:
            resultaat.meldingen.append(
                melding_overdragen(
                    melding=melding, naar=meldingen[melding.pk], reden=reden, door=door
                )
            )
        except (ValidationError, PermissionDenied) as fout:
            raise _van_zaak(fout, zaak) from None
    if len(resultaat.plannen) != len(plannen) or len(resultaat.meldingen) != len(meldingen):
        raise ValidationError(_("Een gekozen plan of melding bestaat niet meer."))
    return resultaat


@dataclass(frozen=True)
class Zaak:
    """A case in a proposal: what, which household, and who may take it over."""

    soort: str  # "plan" or "melding"
    pk: int
    huishouden_id: int
    mogelijk: frozenset[int]  # medewerker ids the handover rules allow


def verdeling_voorstellen(
    *,
    zaken: list[Zaak],
    naar: list[Medewerker],
    caseload: dict[int, int],
    voorkeur: dict[int, int] | None = None,
) -> dict[tuple[str, int], int]:
    """A proposal that keeps each household with one person ("1 huishouden, 1 regisseur"):
    a household goes to its `voorkeur` (who already is its regisseur) when chosen, else,
    largest first, to whoever of `naar` may take all its cases and then has the lowest
    caseload. Households nobody chosen may take are left out. The answer maps
    (soort, id) to a medewerker id."""
    voorkeur = voorkeur or {}
    per_huishouden: dict[int, list[Zaak]] = defaultdict(list)
    for zaak in zaken:
        per_huishouden[zaak.huishouden_id].append(zaak)
    last = {m.pk: caseload.get(m.pk, 0) for m in naar}
    volgorde = {m.pk: i for i, m in enumerate(naar)}
    voorstel = {}
    for huishouden_id in sorted(per_huishouden, key=lambda h: (-len(per_huishouden[h]), h)):
        eigen = per_huishouden[huishouden_id]
        mogelijk = set(last).intersection(*(z.mogelijk for z in eigen))
        if not mogelijk:
            continue
        if voorkeur.get(huishouden_id) in mogelijk:
            ontvanger = voorkeur[huishouden_id]
        else:
            ontvanger = min(mogelijk, key=lambda pk: (last[pk], volgorde[pk]))
        for zaak in eigen:
            voorstel[(zaak.soort, zaak.pk)] = ontvanger
        last[ontvanger] += 1
    return voorstel
