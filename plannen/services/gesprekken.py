"""Writes on keukentafelgesprekken: planning one, saving the draft (autosave, with
optimistic locking), finalising it (the onderzoek clock stops, the hulpvragen go to the
plan) and recording the resident's reaction to the verslag."""

from datetime import date, datetime, timedelta
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _

from huishoudens.models import Melding
from huishoudens.services import controleer_toegang
from huishoudens.services.meldingen import (
    mag_melding_wijzigen,
    onderzoek_afronden,
    onderzoek_starten,
    ontvangen_dag,
)
from sociaal.audit.models import Actie
from sociaal.audit.services import audit_vastleggen
from sociaal.medewerkers.models import Medewerker

from ..models import Deelnemer, Hulpvraag, Keukentafelgesprek, ZrmScore


class GelijktijdigGewijzigd(ValidationError):
    """Someone else saved the conversation since this form was loaded."""


def _controleer_melding(melding: Melding, door: Medewerker) -> None:
    """Whoever may change the melding may hold its conversation; not once it is withdrawn."""
    controleer_toegang(huishouden_id=melding.huishouden_id, door=door)
    if not mag_melding_wijzigen(melding=melding, door=door):
        raise PermissionDenied(
            _("Alleen het team van deze wijk of de toegewezen consulent houdt dit gesprek.")
        )
    if melding.status == Melding.Status.INGETROKKEN:
        raise ValidationError(_("Deze melding is ingetrokken."))


@transaction.atomic
def gesprek_plannen(
    *,
    melding: Melding,
    gepland_op: datetime,
    plaats: str,
    plaats_toelichting: str,
    door: Medewerker,
) -> Keukentafelgesprek:
    _controleer_melding(melding, door)
    if not melding.is_open:
        raise ValidationError(_("Deze melding is al afgerond of ingetrokken."))
    if melding.gesprekken.filter(status=Keukentafelgesprek.Status.CONCEPT).exists():
        raise ValidationError(_("Voor deze melding is al een gesprek gepland."))
    if gepland_op < melding.ontvangen_op or gepland_op > timezone.now() + timedelta(days=365):
        raise ValidationError(
            {"gepland_op": _("Plan het gesprek na de melding en binnen een jaar.")}
        )
    gesprek = Keukentafelgesprek.objects.create(
        melding=melding,
        huishouden_id=melding.huishouden_id,
        gepland_op=gepland_op,
        plaats=plaats,
        plaats_toelichting=plaats_toelichting,
        created_by=door,
        bijgewerkt_door=door,
    )
    onderzoek_starten(melding=melding, door=door)
    audit_vastleggen(
        medewerker=door, actie=Actie.AANMAKEN, huishouden_id=melding.huishouden_id, obj=gesprek
    )
    return gesprek


def _controleer_deelnemers(gesprek: Keukentafelgesprek, deelnemers: list[Deelnemer]) -> None:
    for d in deelnemers:
        huishouden_id = (
            d.persoon.huishouden_id
            if d.persoon is not None
            else d.netwerklid.persoon.huishouden_id
            if d.netwerklid is not None
            else d.betrokkene.huishouden_id
            if d.betrokkene is not None
            else gesprek.huishouden_id
        )
        if huishouden_id != gesprek.huishouden_id:
            raise ValidationError(_("Een deelnemer hoort niet bij dit huishouden."))


def gesprek_opslaan(
    *,
    gesprek: Keukentafelgesprek,
    gegevens: dict[str, Any],  # the form's cleaned data: field name to value
    zrm: dict[str, tuple[int | None, str]],
    deelnemers: list[Deelnemer],
    versie: int,
    door: Medewerker,
) -> Keukentafelgesprek:
    """Saves the draft. Refused when the conversation is final, or when someone else saved
    it after version `versie` was loaded (nothing is overwritten silently)."""
    with transaction.atomic():
        _controleer_melding(gesprek.melding, door)
        gehouden = gegevens.get("gehouden_op")
        if gehouden and gehouden > timezone.localdate():
            raise ValidationError(
                {"gehouden_op": _("Een gehouden gesprek kan niet in de toekomst liggen.")}
            )
        if gehouden and gehouden < ontvangen_dag(gesprek.melding):
            raise ValidationError(
                {"gehouden_op": _("Het gesprek kan niet vóór de melding zijn gehouden.")}
            )
        if any(score is not None and not 1 <= score <= 5 for score, _s in zrm.values()):
            raise ValidationError(_("Een ZRM-score is 1 tot en met 5."))
        _controleer_deelnemers(gesprek, deelnemers)
        bijgewerkt = Keukentafelgesprek.objects.filter(
            pk=gesprek.pk, versie=versie, status=Keukentafelgesprek.Status.CONCEPT
        ).update(
            **gegevens,
            versie=F("versie") + 1,
            bijgewerkt_door=door,
            bijgewerkt_op=timezone.now(),
        )
        if not bijgewerkt:
            _weiger_opslaan(gesprek.pk)
        ZrmScore.objects.bulk_create(
            [
                ZrmScore(gesprek_id=gesprek.pk, domein=domein, score=score, situatie=situatie)
                for domein, (score, situatie) in zrm.items()
            ],
            update_conflicts=True,
            unique_fields=["gesprek", "domein"],
            update_fields=["score", "situatie"],
        )
        gesprek.deelnemers.all().delete()
        for d in deelnemers:
            d.gesprek_id = gesprek.pk
        Deelnemer.objects.bulk_create(deelnemers)
        audit_vastleggen(
            medewerker=door, actie=Actie.WIJZIGEN, huishouden_id=gesprek.huishouden_id, obj=gesprek
        )
    return Keukentafelgesprek.objects.get(pk=gesprek.pk)


def _weiger_opslaan(pk: int) -> None:
    actueel = Keukentafelgesprek.objects.select_related("bijgewerkt_door").get(pk=pk)
    if actueel.is_definitief:
        raise ValidationError(_("Dit gesprek is al afgerond en kan niet meer worden gewijzigd."))
    raise GelijktijdigGewijzigd(
        _(
            "Niet opgeslagen: %(naam)s heeft dit gesprek om %(tijd)s gewijzigd. Uw tekst staat "
            "nog in het formulier; kopieer wat u wilt bewaren en laad de pagina opnieuw."
        )
        % {
            "naam": actueel.bijgewerkt_door,
            "tijd": time_format(timezone.localtime(actueel.bijgewerkt_op), "H:i"),
        }
    )


def gesprek_afronden(*, gesprek: Keukentafelgesprek, door: Medewerker) -> Keukentafelgesprek:
    """Makes the verslag final: it must say when it was held, the question, who was there,
    and the conclusion. The onderzoek clock stops now; the hulpvragen go to the plan."""
    with transaction.atomic():
        _controleer_melding(gesprek.melding, door)
        gesprek = Keukentafelgesprek.objects.select_for_update().get(pk=gesprek.pk)
        if gesprek.is_definitief:
            raise ValidationError(_("Dit gesprek is al afgerond."))
        errors = {}
        if gesprek.gehouden_op is None:
            errors["gehouden_op"] = _("Vul in wanneer het gesprek is gehouden.")
        if not gesprek.vraag_inwoner.strip():
            errors["vraag_inwoner"] = _("Leg de vraag vast in de woorden van de inwoner.")
        if gesprek.maatwerk_nodig is None:
            errors["maatwerk_nodig"] = _("Geef aan of een maatwerkvoorziening nodig is.")
        elif gesprek.maatwerk_nodig and not gesprek.beoogd_resultaat.strip():
            errors["beoogd_resultaat"] = _("Beschrijf voor welk resultaat maatwerk nodig is.")
        if not gesprek.deelnemers.exists():
            errors["personen"] = _("Kies wie er bij het gesprek waren.")
        if errors:
            raise ValidationError(errors)
        nu = timezone.now()
        gesprek.status = Keukentafelgesprek.Status.DEFINITIEF
        gesprek.afgerond_op = nu
        gesprek.versie += 1
        gesprek.bijgewerkt_door = door
        gesprek.afgerond_door = door
        gesprek.save(
            update_fields=[
                "status",
                "afgerond_op",
                "afgerond_door",
                "versie",
                "bijgewerkt_door",
                "bijgewerkt_op",
            ]
        )
        regels = [r.strip(" -•\t") for r in gesprek.hulpvragen_tekst.splitlines()]
        Hulpvraag.objects.bulk_create(
            Hulpvraag(
                gesprek=gesprek, huishouden_id=gesprek.huishouden_id, tekst=tekst, volgorde=i
            )
            for i, tekst in enumerate(r for r in regels if r)
        )
        onderzoek_afronden(melding=gesprek.melding, op=nu, door=door)
        audit_vastleggen(
            medewerker=door, actie=Actie.WIJZIGEN, huishouden_id=gesprek.huishouden_id, obj=gesprek
        )
    return gesprek


@transaction.atomic
def reactie_vastleggen(
    *, gesprek: Keukentafelgesprek, reactie: str, op: date, toelichting: str, door: Medewerker
) -> Keukentafelgesprek:
    controleer_toegang(huishouden_id=gesprek.huishouden_id, door=door)
    gesprek = Keukentafelgesprek.objects.select_for_update().get(pk=gesprek.pk)
    if not gesprek.is_definitief:
        raise ValidationError(_("Een reactie hoort bij een afgerond verslag."))
    if op > timezone.localdate():
        raise ValidationError({"reactie_op": _("Deze datum ligt in de toekomst.")})
    if op < timezone.localtime(gesprek.afgerond_op).date():
        raise ValidationError({"reactie_op": _("Dat is vóór het verslag klaar was.")})
    # A later reaction replaces an earlier one (the audit log keeps that it changed).
    gesprek.reactie, gesprek.reactie_op, gesprek.reactie_toelichting = reactie, op, toelichting
    gesprek.versie += 1
    gesprek.save(
        update_fields=["reactie", "reactie_op", "reactie_toelichting", "versie", "bijgewerkt_op"]
    )
    audit_vastleggen(
        medewerker=door, actie=Actie.WIJZIGEN, huishouden_id=gesprek.huishouden_id, obj=gesprek
    )
    return gesprek
