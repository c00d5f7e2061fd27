"""Breaking the glass and reviewing it. The grant is an audit event of its own; what the
medewerker then reads is audited as any read."""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from huishoudens.models import Huishouden
from sociaal.audit.models import Actie
from sociaal.audit.services import audit_vastleggen
from sociaal.medewerkers.models import Medewerker, Rol, Team

from .models import Doorbraak

MIN_REDEN = 15  # characters: a reason a teamleider can judge, not "crisis"


@transaction.atomic
def doorbraak_aanvragen(
    *, medewerker: Medewerker, huishouden: Huishouden, reden: str
) -> Doorbraak:
    """Access for SOCIAAL_DOORBRAAK_UREN hours to `huishouden`, which `medewerker` may not
    see otherwise. Refused for anyone but an active consulent or teamleider."""
    if not (medewerker.is_active and medewerker.rol in (Rol.CONSULENT, Rol.TEAMLEIDER)):
        raise PermissionDenied(_("Alleen consulenten en teamleiders kunnen toegang vragen."))
    reden = (reden or "").strip()
    if len(reden) < MIN_REDEN:
        raise ValidationError(
            {
                "reden": _(
                    "Beschrijf waarom u nu toegang nodig heeft (minstens %(n)s tekens): de "
                    "teamleider beoordeelt het later."
                )
                % {"n": MIN_REDEN}
            }
        )
    nu = timezone.now()
    doorbraak = Doorbraak.objects.create(
        medewerker=medewerker,
        huishouden=huishouden,
        reden=reden,
        begin=nu,
        tot=nu + timedelta(hours=settings.SOCIAAL_DOORBRAAK_UREN),
    )
    audit_vastleggen(
        medewerker=medewerker, actie=Actie.DOORBRAAK, huishouden_id=huishouden.pk, obj=doorbraak
    )
    return doorbraak


def mag_beoordelen(*, doorbraak: Doorbraak, door: Medewerker) -> bool:
    """A teamleider of the medewerker's team, or of the team that serves the household —
    never the medewerker who broke the glass."""
    if not (door.is_active and door.is_teamleider) or door.pk == doorbraak.medewerker_id:
        return False
    eigen = Team.objects.filter(medewerkers=door)
    return (
        eigen.filter(medewerkers=doorbraak.medewerker_id).exists()
        or eigen.filter(wijken__huishoudens=doorbraak.huishouden_id).exists()
    )


@transaction.atomic
def doorbraak_beoordelen(
    *, doorbraak: Doorbraak, oordeel: str, toelichting: str, door: Medewerker
) -> Doorbraak:
    doorbraak = Doorbraak.objects.select_for_update().get(pk=doorbraak.pk)
    if not mag_beoordelen(doorbraak=doorbraak, door=door):
        raise PermissionDenied(_("Alleen een teamleider van het team beoordeelt deze toegang."))
    if oordeel not in Doorbraak.Oordeel.values:
        raise ValidationError({"oordeel": _("Kies terecht of niet terecht.")})
    if oordeel == Doorbraak.Oordeel.NIET_TERECHT and not (toelichting or "").strip():
        raise ValidationError(
            {"toelichting_oordeel": _("Licht toe waarom deze toegang niet terecht was.")}
        )
    doorbraak.oordeel = oordeel
    doorbraak.toelichting_oordeel = (toelichting or "").strip()
    doorbraak.beoordeeld_door = door
    doorbraak.beoordeeld_op = timezone.now()
    doorbraak.save(
        update_fields=["oordeel", "toelichting_oordeel", "beoordeeld_door", "beoordeeld_op"]
    )
    return doorbraak
