"""Writes on household data. Each service validates the model, saves, and leaves an audit
entry; the caller has fetched what it changes through the selectors (the access policy)."""

from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext as _

from sociaal.audit.models import Actie
from sociaal.audit.services import audit_vastleggen
from sociaal.medewerkers.models import Medewerker

from .models import Betrokkene, Huishouden, Netwerklid, Persoon

DossierOnderdeel = Persoon | Netwerklid | Betrokkene


def huishouden_id_van(onderdeel: models.Model) -> int:
    if isinstance(onderdeel, Huishouden):
        return onderdeel.pk
    if isinstance(onderdeel, Netwerklid):
        return onderdeel.persoon.huishouden_id
    return onderdeel.huishouden_id


def _controleer_wijk(*, huishouden: Huishouden, door: Medewerker) -> None:
    if not door.teams.filter(wijken=huishouden.wijk_id).exists():
        raise PermissionDenied(_("U kunt alleen huishoudens in de wijken van uw team vastleggen."))


@transaction.atomic
def huishouden_aanmaken(
    *, huishouden: Huishouden, door: Medewerker, regisseur: Medewerker | None = None
) -> Huishouden:
    """Registers a household; with `regisseur`, also starts its plan."""
    _controleer_wijk(huishouden=huishouden, door=door)
    huishouden.full_clean()
    huishouden.save()
    audit_vastleggen(
        medewerker=door, actie=Actie.AANMAKEN, huishouden_id=huishouden.pk, obj=huishouden
    )
    if regisseur is not None:
        from plannen.services import plan_starten

        plan_starten(huishouden=huishouden, regisseur=regisseur, door=door)
    return huishouden


@transaction.atomic
def huishouden_wijzigen(*, huishouden: Huishouden, door: Medewerker) -> Huishouden:
    _controleer_wijk(huishouden=huishouden, door=door)
    huishouden.full_clean()
    huishouden.save()
    audit_vastleggen(
        medewerker=door, actie=Actie.WIJZIGEN, huishouden_id=huishouden.pk, obj=huishouden
    )
    return huishouden


@transaction.atomic
def onderdeel_opslaan(*, onderdeel: DossierOnderdeel, door: Medewerker) -> DossierOnderdeel:
    """Adds or changes a household member, network member or betrokkene."""
    actie = Actie.AANMAKEN if onderdeel._state.adding else Actie.WIJZIGEN
    onderdeel.full_clean()
    onderdeel.save()
    audit_vastleggen(
        medewerker=door, actie=actie, huishouden_id=huishouden_id_van(onderdeel), obj=onderdeel
    )
    return onderdeel


@transaction.atomic
def onderdeel_verwijderen(*, onderdeel: DossierOnderdeel, door: Medewerker) -> None:
    huishouden_id = huishouden_id_van(onderdeel)
    audit_vastleggen(
        medewerker=door, actie=Actie.VERWIJDEREN, huishouden_id=huishouden_id, obj=onderdeel
    )
    onderdeel.delete()


def mogelijke_dubbele_personen(*, persoon: Persoon) -> bool:
    """Whether another person with the same name and birth date is already registered
    (anywhere: the answer says only that one exists, not where)."""
    others = Persoon.objects.filter(
        achternaam__iexact=persoon.achternaam.strip(),
        voornamen__iexact=persoon.voornamen.strip(),
        geboortedatum=persoon.geboortedatum,
    )
    if persoon.pk:
        others = others.exclude(pk=persoon.pk)
    return others.exists()
