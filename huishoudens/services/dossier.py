"""Writes on household data. Each service checks that `door` may see the household (the
access policy), validates, saves and leaves an audit entry."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sociaal.audit.models import Actie
from sociaal.audit.services import audit_vastleggen
from sociaal.medewerkers.models import Medewerker
from sociaal.zichtbaarheid import zichtbare_huishoudens

from ..models import Betrokkene, Huishouden, Netwerklid, Persoon

DossierOnderdeel = Persoon | Netwerklid | Betrokkene

BSN_AL_GEREGISTREERD = gettext_lazy("Dit BSN is al geregistreerd bij een andere persoon.")


def huishouden_id_van(onderdeel: DossierOnderdeel) -> int:
    if isinstance(onderdeel, Netwerklid):
        return onderdeel.persoon.huishouden_id
    return onderdeel.huishouden_id


def controleer_toegang(*, huishouden_id: int, door: Medewerker) -> None:
    """Services do not trust their caller: the household must be visible to `door`."""
    if not zichtbare_huishoudens(door).filter(pk=huishouden_id).exists():
        raise PermissionDenied(_("U heeft geen toegang tot dit huishouden."))


def _is_teamlid_van_wijk(*, door: Medewerker, wijk_id: int) -> bool:
    return door.teams.filter(wijken=wijk_id).exists()


@transaction.atomic
def huishouden_aanmaken(
    *, huishouden: Huishouden, door: Medewerker, regisseur: Medewerker | None = None
) -> Huishouden:
    """Registers a household in a wijk of `door`'s teams; with `regisseur`, also starts its
    plan."""
    if not _is_teamlid_van_wijk(door=door, wijk_id=huishouden.wijk_id):
        raise PermissionDenied(_("U kunt alleen huishoudens in de wijken van uw team vastleggen."))
    huishouden.full_clean()
    huishouden.save()
    audit_vastleggen(
        medewerker=door, actie=Actie.AANMAKEN, huishouden_id=huishouden.pk, obj=huishouden
    )
    if regisseur is not None:
        from plannen.services import plan_starten

        plan_starten(huishouden=huishouden, regisseur=regisseur, door=door)
    return huishouden


def mag_wijk_wijzigen(*, huishouden: Huishouden, door: Medewerker) -> bool:
    """Only the team that serves the household moves it to another wijk (and so to another
    team); someone who is merely involved may correct the address, not the wijk."""
    return _is_teamlid_van_wijk(door=door, wijk_id=huishouden.wijk_id)


@transaction.atomic
def huishouden_wijzigen(*, huishouden: Huishouden, door: Medewerker) -> Huishouden:
    controleer_toegang(huishouden_id=huishouden.pk, door=door)
    huidige_wijk = Huishouden.objects.values_list("wijk_id", flat=True).get(pk=huishouden.pk)
    if huishouden.wijk_id != huidige_wijk:
        bestaand = Huishouden(pk=huishouden.pk, wijk_id=huidige_wijk)
        if not mag_wijk_wijzigen(huishouden=bestaand, door=door):
            raise PermissionDenied(_("Alleen het team van deze wijk kan de wijk wijzigen."))
    huishouden.full_clean()
    huishouden.save()
    audit_vastleggen(
        medewerker=door, actie=Actie.WIJZIGEN, huishouden_id=huishouden.pk, obj=huishouden
    )
    return huishouden


def onderdeel_opslaan(*, onderdeel: DossierOnderdeel, door: Medewerker) -> DossierOnderdeel:
    """Adds or changes a household member, network member or betrokkene."""
    huishouden_id = huishouden_id_van(onderdeel)
    actie = Actie.AANMAKEN if onderdeel._state.adding else Actie.WIJZIGEN
    try:
        with transaction.atomic():
            controleer_toegang(huishouden_id=huishouden_id, door=door)
            onderdeel.full_clean()
            onderdeel.save()
            audit_vastleggen(
                medewerker=door, actie=actie, huishouden_id=huishouden_id, obj=onderdeel
            )
    except IntegrityError:
        # Two people saving the same BSN at once: the unique index decides.
        if isinstance(onderdeel, Persoon) and onderdeel.bsn:
            raise ValidationError({"bsn": BSN_AL_GEREGISTREERD}) from None
        raise
    return onderdeel


@transaction.atomic
def onderdeel_verwijderen(*, onderdeel: DossierOnderdeel, door: Medewerker) -> None:
    huishouden_id = huishouden_id_van(onderdeel)
    controleer_toegang(huishouden_id=huishouden_id, door=door)
    audit_vastleggen(
        medewerker=door, actie=Actie.VERWIJDEREN, huishouden_id=huishouden_id, obj=onderdeel
    )
    try:
        with transaction.atomic():
            onderdeel.delete()
    except ProtectedError:
        raise ValidationError(
            _(
                "%(naam)s kan niet worden verwijderd: meldingen, gesprekken of afspraken in "
                "het plan verwijzen ernaar."
            )
            % {"naam": onderdeel}
        ) from None
