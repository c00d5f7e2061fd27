"""Writes on meldingen: registering, assigning, call-backs, the aanvraag, extending or
suspending a clock, withdrawing, and closing the onderzoek. Each keeps the melding's
`deadline` (the wachtlijst's sort key) in step and leaves an audit entry."""

from datetime import date, datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sociaal.audit.models import Actie
from sociaal.audit.services import audit_vastleggen
from sociaal.medewerkers.models import Medewerker, Team
from sociaal.termijnen.models import Termijninstellingen
from sociaal.termijnen.regels import Klok, Soort, Wet, termijn_voor

from ..klokken import eerste_deadline
from ..models import Melding, TermijnAanpassing, Terugbelmoment
from .dossier import controleer_toegang


def _herbereken(melding: Melding) -> None:
    melding.deadline = eerste_deadline(melding, instellingen=Termijninstellingen.huidige())


def _vergrendeld(melding: Melding, door: Medewerker) -> Melding:
    controleer_toegang(huishouden_id=melding.huishouden_id, door=door)
    return Melding.objects.select_for_update().get(pk=melding.pk)


def _opslaan(melding: Melding, door: Medewerker, *velden: str) -> Melding:
    _herbereken(melding)
    melding.save(update_fields=[*velden, "deadline"])
    audit_vastleggen(
        medewerker=door, actie=Actie.WIJZIGEN, huishouden_id=melding.huishouden_id, obj=melding
    )
    return melding


def _niet_in_de_toekomst(dag: date, veld: str) -> None:
    if dag > timezone.localdate():
        raise ValidationError({veld: _("Deze datum ligt in de toekomst.")})


@transaction.atomic
def melding_registreren(*, melding: Melding, door: Medewerker) -> Melding:
    controleer_toegang(huishouden_id=melding.huishouden_id, door=door)
    if melding.persoon.huishouden_id != melding.huishouden_id:
        raise ValidationError({"persoon": _("Deze persoon hoort niet bij dit huishouden.")})
    if melding.ontvangen_op > timezone.now():
        raise ValidationError(
            {"ontvangen_op": _("Een melding kan niet in de toekomst binnenkomen.")}
        )
    melding.created_by = door
    melding.full_clean()
    _herbereken(melding)
    melding.save()
    audit_vastleggen(
        medewerker=door, actie=Actie.AANMAKEN, huishouden_id=melding.huishouden_id, obj=melding
    )
    return melding


def mag_toewijzen(*, melding: Melding, door: Medewerker) -> bool:
    """The teamleider of the team that serves the household assigns its meldingen."""
    return (
        door.is_teamleider
        and Team.objects.filter(
            medewerkers=door, wijken__huishoudens=melding.huishouden_id
        ).exists()
    )


@transaction.atomic
def melding_toewijzen(*, melding: Melding, consulent: Medewerker, door: Medewerker) -> Melding:
    melding = _vergrendeld(melding, door)
    if not mag_toewijzen(melding=melding, door=door):
        raise PermissionDenied(_("Alleen de teamleider van het team wijst meldingen toe."))
    if not melding.is_open:
        raise ValidationError(_("Deze melding is al afgerond of ingetrokken."))
    if not consulent.kan_regisseur_zijn:
        raise ValidationError({"consulent": _("Kies een actieve consulent of teamleider.")})
    melding.consulent = consulent
    if melding.status == Melding.Status.NIEUW:
        melding.status = Melding.Status.TOEGEWEZEN
    return _opslaan(melding, door, "consulent", "status")


@transaction.atomic
def terugbellen_vastleggen(
    *, melding: Melding, op: date, notitie: str, door: Medewerker
) -> Terugbelmoment:
    melding = _vergrendeld(melding, door)
    _niet_in_de_toekomst(op, "op")
    if op < timezone.localtime(melding.ontvangen_op).date():
        raise ValidationError({"op": _("Dat is vóór de melding binnenkwam.")})
    moment = Terugbelmoment.objects.create(melding=melding, op=op, notitie=notitie, door=door)
    audit_vastleggen(
        medewerker=door, actie=Actie.AANMAKEN, huishouden_id=melding.huishouden_id, obj=moment
    )
    return moment


@transaction.atomic
def aanvraag_vastleggen(*, melding: Melding, op: date, door: Medewerker) -> Melding:
    """The aanvraag (often the signed gespreksverslag) starts the beschikking clock."""
    melding = _vergrendeld(melding, door)
    _niet_in_de_toekomst(op, "op")
    if op < timezone.localtime(melding.ontvangen_op).date():
        raise ValidationError({"op": _("De aanvraag kan niet vóór de melding liggen.")})
    if melding.status == Melding.Status.INGETROKKEN:
        raise ValidationError(_("Deze melding is ingetrokken."))
    melding.aanvraag_op = op
    return _opslaan(melding, door, "aanvraag_op")


@transaction.atomic
def termijn_aanpassen(
    *,
    melding: Melding,
    klok: Klok,
    soort: Soort,
    van: date,
    reden: str,
    door: Medewerker,
    dagen: int = 0,
    tot: date | None = None,
) -> TermijnAanpassing:
    """Extends (Awb 4:14) or suspends (Awb 4:15) one clock, with a reason."""
    melding = _vergrendeld(melding, door)
    termijn = termijn_voor(
        klok,
        Wet(melding.wet),
        onderzoek_dagen_gemeente=Termijninstellingen.huidige().onderzoek_dagen_overig,
    )
    errors = {}
    if termijn is None:
        errors["klok"] = _("Deze termijn geldt niet voor deze melding.")
    elif not termijn.aanpasbaar:
        errors["klok"] = _("Deze termijn kan niet worden verlengd of opgeschort.")
    if not (reden or "").strip():
        errors["reden"] = _("Geef de reden.")
    if soort == Soort.VERLENGING and not dagen:
        errors["dagen"] = _("Geef het aantal dagen van de verlenging.")
    if soort == Soort.OPSCHORTING and tot is not None and tot < van:
        errors["tot"] = _("Het einde ligt vóór het begin.")
    if errors:
        raise ValidationError(errors)
    aanpassing = TermijnAanpassing.objects.create(
        melding=melding,
        klok=klok,
        soort=soort,
        van=van,
        tot=tot if soort == Soort.OPSCHORTING else None,
        dagen=dagen if soort == Soort.VERLENGING else 0,
        reden=reden.strip(),
        door=door,
    )
    _opslaan(melding, door)
    return aanpassing


@transaction.atomic
def opschorting_beeindigen(*, aanpassing: TermijnAanpassing, tot: date, door: Medewerker) -> None:
    melding = _vergrendeld(aanpassing.melding, door)
    if aanpassing.soort != Soort.OPSCHORTING or aanpassing.tot is not None:
        raise ValidationError(_("Deze opschorting is al beëindigd."))
    if tot < aanpassing.van:
        raise ValidationError({"tot": _("Het einde ligt vóór het begin.")})
    aanpassing.tot = tot
    aanpassing.save(update_fields=["tot"])
    _opslaan(melding, door)


@transaction.atomic
def tijdelijke_voorziening_vastleggen(
    *, melding: Melding, op: datetime, door: Medewerker
) -> Melding:
    """Stops the crisis clock."""
    melding = _vergrendeld(melding, door)
    if not melding.is_crisis:
        raise ValidationError(_("Dit is geen crisismelding."))
    if op > timezone.now():
        raise ValidationError({"op": _("Dit tijdstip ligt in de toekomst.")})
    melding.tijdelijke_voorziening_op = op
    return _opslaan(melding, door, "tijdelijke_voorziening_op")


@transaction.atomic
def melding_intrekken(*, melding: Melding, reden: str, door: Medewerker) -> Melding:
    melding = _vergrendeld(melding, door)
    if not melding.is_open:
        raise ValidationError(_("Deze melding is al afgerond of ingetrokken."))
    if not (reden or "").strip():
        raise ValidationError({"reden": _("Geef de reden van de intrekking.")})
    melding.status = Melding.Status.INGETROKKEN
    melding.reden_intrekking = reden.strip()
    return _opslaan(melding, door, "status", "reden_intrekking")


def onderzoek_starten(*, melding: Melding, door: Medewerker) -> Melding:
    """A keukentafelgesprek is planned: the melding is in onderzoek (inside the caller's
    transaction)."""
    melding = _vergrendeld(melding, door)
    if melding.status in (Melding.Status.NIEUW, Melding.Status.TOEGEWEZEN):
        if melding.consulent_id is None:
            melding.consulent = door
        melding.status = Melding.Status.IN_ONDERZOEK
        return _opslaan(melding, door, "status", "consulent")
    return melding


def onderzoek_afronden(*, melding: Melding, op: datetime, door: Medewerker) -> Melding:
    """The verslag of the keukentafelgesprek is final: the onderzoek clock stops (inside the
    caller's transaction)."""
    melding = _vergrendeld(melding, door)
    if melding.status == Melding.Status.INGETROKKEN:
        raise ValidationError(_("Deze melding is ingetrokken."))
    melding.onderzoek_afgerond_op = op
    melding.status = Melding.Status.AFGEROND
    return _opslaan(melding, door, "onderzoek_afgerond_op", "status")


def deadlines_herberekenen() -> int:
    """After the municipality changed its terms: every open melding's sort key anew."""
    instellingen = Termijninstellingen.huidige()
    meldingen = list(Melding.objects.open().prefetch_related("aanpassingen"))
    for melding in meldingen:
        melding.deadline = eerste_deadline(melding, instellingen=instellingen)
    Melding.objects.bulk_update(meldingen, ["deadline"], batch_size=1000)
    return len(meldingen)
