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


def _melding_van_zaak(fout: ValidationError | PermissionDenied, zaak: str) -> ValidationError:
    """A case that cannot be handed over (to this colleague): said of that case, so the
    teamleider knows which one to change."""
    berichten = fout.messages if isinstance(fout, ValidationError) else [str(fout)]
    return ValidationError(_("%(zaak)s: %(fout)s") % {"zaak": zaak, "fout": " ".join(berichten)})


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
        zaak = _("Plan %(nummer)s") % {"nummer": plan.pk}
        if plan.regisseur_id != van.pk or not plan.is_open:
            raise ValidationError(
                _("%(zaak)s is niet meer van %(naam)s: laad de pagina opnieuw.")
                % {"zaak": zaak, "naam": van}
            )
        try:
            resultaat.plannen.append(
                regisseur_overdragen(plan=plan, naar=plannen[plan.pk], reden=reden, door=door)
            )
        except (ValidationError, PermissionDenied) as fout:
            raise _melding_van_zaak(fout, zaak) from None
    for melding in Melding.objects.select_for_update().filter(pk__in=meldingen).order_by("pk"):
        zaak = _("Melding %(nummer)s") % {"nummer": melding.pk}
        if melding.consulent_id != van.pk:
            raise ValidationError(
                _("%(zaak)s is niet meer van %(naam)s: laad de pagina opnieuw.")
                % {"zaak": zaak, "naam": van}
            )
        try:
            resultaat.meldingen.append(
                melding_overdragen(
                    melding=melding, naar=meldingen[melding.pk], reden=reden, door=door
                )
            )
        except (ValidationError, PermissionDenied) as fout:
            raise _melding_van_zaak(fout, zaak) from None
    if len(resultaat.plannen) != len(plannen) or len(resultaat.meldingen) != len(meldingen):
        raise ValidationError(_("Een gekozen plan of melding bestaat niet meer."))
    return resultaat


def verdeling_voorstellen(
    *,
    zaken: list[tuple[str, int, int]],
    naar: list[Medewerker],
    caseload: dict[int, int],
) -> dict[tuple[str, int], int]:
    """A proposal that keeps each household with one person ("1 huishouden, 1 regisseur"):
    households go, largest first, to whoever of `naar` then has the lowest caseload.
    `zaken` are (soort, id, huishouden_id); the answer maps (soort, id) to a medewerker id."""
    if not naar:
        return {}
    per_huishouden: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for soort, pk, huishouden_id in zaken:
        per_huishouden[huishouden_id].append((soort, pk))
    last = {m.pk: caseload.get(m.pk, 0) for m in naar}
    volgorde = {m.pk: i for i, m in enumerate(naar)}
    voorstel = {}
    for huishouden_id in sorted(per_huishouden, key=lambda h: (-len(per_huishouden[h]), h)):
        ontvanger = min(last, key=lambda pk: (last[pk], volgorde[pk]))
        for zaak in per_huishouden[huishouden_id]:
            voorstel[zaak] = ontvanger
        last[ontvanger] += 1
    return voorstel
