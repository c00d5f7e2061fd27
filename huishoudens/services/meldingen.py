"""Writes on meldingen: registering, assigning, call-backs, the aanvraag and beschikking,
extending or suspending a clock, withdrawing, and closing the onderzoek. Each keeps the
melding's `deadline` (the sort key) in step and leaves an audit entry.

Who may change a melding: the team that serves the household, or the consulent it is
assigned to. Someone who may only see the household (a linked betrokkene) may not."""

from datetime import date, datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sociaal.audit.models import Actie
from sociaal.audit.services import audit_vastleggen
from sociaal.medewerkers.models import Medewerker, Rol, Team
from sociaal.termijnen.models import Termijninstellingen
from sociaal.termijnen.regels import Klok, Soort, Wet, termijn_voor

from ..klokken import eerste_deadline, klokken
from ..models import Melding, MeldingOverdracht, TermijnAanpassing, Terugbelmoment
from ..models.melding import EERSTE_DAG
from ..overdracht import overgedragen
from .dossier import controleer_toegang

MAX_OPSCHORTING_VOORUIT = timedelta(days=365)


def _herbereken(melding: Melding) -> None:
    melding.deadline = eerste_deadline(melding, instellingen=Termijninstellingen.huidige())


def mag_melding_wijzigen(*, melding: Melding, door: Medewerker) -> bool:
    if melding.consulent_id == door.pk:
        return True
    return Team.objects.filter(
        medewerkers=door, wijken__huishoudens=melding.huishouden_id
    ).exists()


def _vergrendeld(melding: Melding, door: Medewerker) -> Melding:
    controleer_toegang(huishouden_id=melding.huishouden_id, door=door)
    melding = Melding.objects.select_for_update().get(pk=melding.pk)
    if not mag_melding_wijzigen(melding=melding, door=door):
        raise PermissionDenied(
            _("Alleen het team van deze wijk of de toegewezen consulent wijzigt deze melding.")
        )
    return melding


def _niet_ingetrokken(melding: Melding) -> None:
    if melding.status == Melding.Status.INGETROKKEN:
        raise ValidationError(_("Deze melding is ingetrokken."))


def _open(melding: Melding) -> None:
    if not melding.is_open:
        raise ValidationError(_("Deze melding is al afgerond of ingetrokken."))


def _opslaan(melding: Melding, door: Medewerker, *velden: str) -> Melding:
    _herbereken(melding)
    melding.save(update_fields=[*velden, "deadline"])
    audit_vastleggen(
        medewerker=door, actie=Actie.WIJZIGEN, huishouden_id=melding.huishouden_id, obj=melding
    )
    return melding


def _datum_tussen(dag: date, *, vanaf: date, veld: str, tot: date | None = None) -> None:
    """`dag` lies between the melding's date (or another lower bound) and today."""
    tot = tot or timezone.localdate()
    if dag > tot:
        raise ValidationError({veld: _("Deze datum ligt in de toekomst.")})
    if dag < vanaf:
        raise ValidationError(
            {veld: _("Deze datum ligt vóór %(datum)s.") % {"datum": vanaf.strftime("%d-%m-%Y")}}
        )


def ontvangen_dag(melding: Melding) -> date:
    return timezone.localtime(melding.ontvangen_op).date()


@transaction.atomic
def melding_registreren(*, melding: Melding, door: Medewerker) -> Melding:
    controleer_toegang(huishouden_id=melding.huishouden_id, door=door)
    if melding.persoon.huishouden_id != melding.huishouden_id:
        raise ValidationError({"persoon": _("Deze persoon hoort niet bij dit huishouden.")})
    if melding.ontvangen_op > timezone.now():
        raise ValidationError(
            {"ontvangen_op": _("Een melding kan niet in de toekomst binnenkomen.")}
        )
    if melding.ontvangen_op < EERSTE_DAG:
        raise ValidationError({"ontvangen_op": _("Een melding ligt niet vóór 1 januari 2015.")})
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


def _vergrendeld_voor_toewijzing(melding: Melding, door: Medewerker) -> Melding:
    controleer_toegang(huishouden_id=melding.huishouden_id, door=door)
    melding = (
        Melding.objects.select_for_update().select_related("huishouden__wijk").get(pk=melding.pk)
    )
    if not mag_toewijzen(melding=melding, door=door):
        raise PermissionDenied(_("Alleen de teamleider van het team wijst meldingen toe."))
    return melding


def _controleer_consulent(melding: Melding, consulent: Medewerker) -> None:
    if not (
        consulent.kan_regisseur_zijn
        and consulent.rol in (Rol.CONSULENT, Rol.TEAMLEIDER)
        and consulent.teams.filter(pk=melding.huishouden.wijk.team_id).exists()
    ):
        raise ValidationError({"consulent": _("Kies een actieve consulent van dit team.")})


def _consulent_wisselen(
    melding: Melding, naar: Medewerker, reden: str, door: Medewerker
) -> MeldingOverdracht | None:
    """Puts `naar` on the (locked) melding; a change from one consulent to another is kept
    as a handover, and whoever receives it from someone else is told."""
    overdracht = None
    if melding.consulent_id is not None and melding.consulent_id != naar.pk:
        overdracht = MeldingOverdracht.objects.create(
            melding=melding, van_id=melding.consulent_id, naar=naar, reden=reden, door=door
        )
    melding.consulent = naar
    if melding.status == Melding.Status.NIEUW:
        melding.status = Melding.Status.TOEGEWEZEN
    _opslaan(melding, door, "consulent", "status")
    if naar.pk != door.pk:
        overgedragen(
            naar=naar,
            obj=melding,
            huishouden_id=melding.huishouden_id,
            sleutel=f"overdracht-{overdracht.pk}" if overdracht else "toegewezen",
        )
    return overdracht


@transaction.atomic
def melding_toewijzen(*, melding: Melding, consulent: Medewerker, door: Medewerker) -> Melding:
    """Assigns an open melding to a consulent of its team (on the wachtlijst)."""
    melding = _vergrendeld_voor_toewijzing(melding, door)
    _open(melding)
    _controleer_consulent(melding, consulent)
    if consulent.pk != melding.consulent_id:
        _consulent_wisselen(melding, consulent, _("Toegewezen op de wachtlijst."), door)
    return melding


@transaction.atomic
def melding_overdragen(
    *, melding: Melding, naar: Medewerker, reden: str, door: Medewerker
) -> MeldingOverdracht:
    """Hands a melding from its consulent to a colleague of the team, with a reason: an open
    one, or one whose beschikking clock still runs (someone must keep watching it)."""
    melding = _vergrendeld_voor_toewijzing(melding, door)
    if melding.consulent_id is None:
        raise ValidationError(_("Deze melding is nog niet toegewezen: wijs haar toe."))
    if not melding.is_open and melding.deadline is None:
        raise ValidationError(_("Deze melding is al afgerond of ingetrokken."))
    errors = {}
    if not (reden or "").strip():
        errors["reden"] = _("Geef een reden voor de overdracht.")
    if naar.pk == melding.consulent_id:
        errors["naar"] = _("%(naam)s heeft deze melding al.") % {"naam": naar}
    if errors:
        raise ValidationError(errors)
    _controleer_consulent(melding, naar)
    overdracht = _consulent_wisselen(melding, naar, reden.strip(), door)
    assert overdracht is not None  # it had a consulent, and not `naar` (checked above)
    return overdracht


@transaction.atomic
def terugbellen_vastleggen(
    *, melding: Melding, op: date, notitie: str, door: Medewerker
) -> Terugbelmoment:
    melding = _vergrendeld(melding, door)
    _open(melding)
    _datum_tussen(op, vanaf=ontvangen_dag(melding), veld="op")
    moment = Terugbelmoment.objects.create(melding=melding, op=op, notitie=notitie, door=door)
    audit_vastleggen(
        medewerker=door, actie=Actie.AANMAKEN, huishouden_id=melding.huishouden_id, obj=moment
    )
    return moment


@transaction.atomic
def aanvraag_vastleggen(*, melding: Melding, op: date, door: Medewerker) -> Melding:
    """The aanvraag (often the signed gespreksverslag) starts the beschikking clock. Under
    the Wmo it follows the onderzoek, or six weeks without one (Wmo 2015 art. 2.3.2)."""
    melding = _vergrendeld(melding, door)
    _niet_ingetrokken(melding)
    if melding.aanvraag_op is not None:
        raise ValidationError(_("De aanvraagdatum is al vastgelegd."))
    _datum_tussen(op, vanaf=ontvangen_dag(melding), veld="op")
    if (
        melding.wet == Wet.WMO
        and melding.onderzoek_afgerond_op is None
        and op < ontvangen_dag(melding) + timedelta(days=42)
    ):
        raise ValidationError(
            {"op": _("Een Wmo-aanvraag volgt op het onderzoek, of op zes weken zonder verslag.")}
        )
    melding.aanvraag_op = op
    return _opslaan(melding, door, "aanvraag_op")


@transaction.atomic
def beschikking_vastleggen(*, melding: Melding, op: date, door: Medewerker) -> Melding:
    """The beschikking is given: the beschikking (and voorschot) clock stops."""
    melding = _vergrendeld(melding, door)
    _niet_ingetrokken(melding)
    if melding.aanvraag_op is None:
        raise ValidationError(_("Leg eerst de aanvraagdatum vast."))
    if melding.beschikking_op is not None:
        raise ValidationError(_("De beschikkingsdatum is al vastgelegd."))
    _datum_tussen(op, vanaf=melding.aanvraag_op, veld="op")
    melding.beschikking_op = op
    return _opslaan(melding, door, "beschikking_op")


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
    """Extends or suspends one running clock, with a reason. An extension is made before
    the term runs out; a suspension starts while it runs, and does not overlap another."""
    melding = _vergrendeld(melding, door)
    _niet_ingetrokken(melding)
    instellingen = Termijninstellingen.huidige()
    termijn = termijn_voor(
        klok, Wet(melding.wet), onderzoek_dagen_gemeente=instellingen.onderzoek_dagen_overig
    )
    stand = next((k for k in klokken(melding, instellingen=instellingen) if k.klok == klok), None)
    vandaag = timezone.localdate()
    errors = {}
    if termijn is None or stand is None:
        errors["klok"] = _("Deze termijn loopt niet voor deze melding.")
    elif not termijn.aanpasbaar:
        errors["klok"] = _("Deze termijn kan niet worden verlengd of opgeschort.")
    elif not stand.loopt:
        errors["klok"] = _("Deze termijn is al gestopt.")
    if not (reden or "").strip():
        errors["reden"] = _("Geef de reden.")
    if soort == Soort.VERLENGING and not dagen:
        errors["dagen"] = _("Geef het aantal dagen van de verlenging.")
    if stand is not None and "klok" not in errors:
        start = timezone.localtime(stand.stand.start).date()
        if soort == Soort.VERLENGING:
            if vandaag > stand.stand.deadline.date():
                errors["klok"] = _("Een verlenging wordt gegeven vóórdat de termijn verloopt.")
        else:
            if van < start or van > vandaag:
                errors["van"] = _(
                    "Een opschorting begint tussen de start van de termijn en vandaag."
                )
            elif van > stand.stand.deadline.date():
                errors["van"] = _("De termijn was toen al verlopen.")
            if tot is not None and (tot < van or tot > vandaag + MAX_OPSCHORTING_VOORUIT):
                errors["tot"] = _("Het einde ligt vóór het begin, of meer dan een jaar vooruit.")
            overlap = melding.aanpassingen.filter(klok=klok, soort=Soort.OPSCHORTING).exclude(
                tot__lt=van
            )
            if tot is not None:
                overlap = overlap.filter(van__lte=tot)
            if overlap.exists():
                errors["van"] = _("Deze termijn is in die periode al opgeschort.")
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
def opschorting_beeindigen(
    *, melding: Melding, aanpassing_id: int, tot: date, door: Medewerker
) -> TermijnAanpassing:
    """Ends an open suspension of this melding (the last suspended day is `tot`)."""
    melding = _vergrendeld(melding, door)
    aanpassing = melding.aanpassingen.filter(
        pk=aanpassing_id, soort=Soort.OPSCHORTING, tot__isnull=True
    ).first()
    if aanpassing is None:
        raise ValidationError({"opschorting": _("Deze opschorting loopt niet (meer).")})
    _datum_tussen(tot, vanaf=aanpassing.van, veld="tot")
    aanpassing.tot = tot
    aanpassing.save(update_fields=["tot"])
    _opslaan(melding, door)
    return aanpassing


@transaction.atomic
def tijdelijke_voorziening_vastleggen(
    *, melding: Melding, op: datetime, door: Medewerker
) -> Melding:
    """Stops the crisis clock."""
    melding = _vergrendeld(melding, door)
    _open(melding)
    if not melding.is_crisis or melding.tijdelijke_voorziening_op is not None:
        raise ValidationError(_("Er loopt geen crisistermijn voor deze melding."))
    if op > timezone.now() or op < melding.ontvangen_op:
        raise ValidationError({"op": _("Dit tijdstip ligt vóór de melding of in de toekomst.")})
    melding.tijdelijke_voorziening_op = op
    return _opslaan(melding, door, "tijdelijke_voorziening_op")


@transaction.atomic
def melding_intrekken(*, melding: Melding, reden: str, door: Medewerker) -> Melding:
    """Withdraws the melding: every clock still running lapses now."""
    melding = _vergrendeld(melding, door)
    _open(melding)
    if not (reden or "").strip():
        raise ValidationError({"reden": _("Geef de reden van de intrekking.")})
    melding.status = Melding.Status.INGETROKKEN
    melding.reden_intrekking = reden.strip()
    melding.ingetrokken_op = timezone.now()
    return _opslaan(melding, door, "status", "reden_intrekking", "ingetrokken_op")


def onderzoek_starten(*, melding: Melding, door: Medewerker) -> Melding:
    """A keukentafelgesprek is planned: the melding is in onderzoek. Runs inside the
    caller's transaction (gesprek_plannen)."""
    melding = _vergrendeld(melding, door)
    if melding.status in (Melding.Status.NIEUW, Melding.Status.TOEGEWEZEN):
        if melding.consulent_id is None:
            melding.consulent = door
        melding.status = Melding.Status.IN_ONDERZOEK
        return _opslaan(melding, door, "status", "consulent")
    return melding


def onderzoek_afronden(*, melding: Melding, op: datetime, door: Medewerker) -> Melding:
    """The verslag of the keukentafelgesprek is final: the onderzoek clock stops, once.
    Runs inside the caller's transaction (gesprek_afronden)."""
    melding = _vergrendeld(melding, door)
    _niet_ingetrokken(melding)
    if melding.onderzoek_afgerond_op is None:
        melding.onderzoek_afgerond_op = op
    melding.status = Melding.Status.AFGEROND
    return _opslaan(melding, door, "onderzoek_afgerond_op", "status")


def deadlines_herberekenen(*, alleen_opgeschort: bool = False, batch: int = 500) -> int:
    """Every running melding's sort key anew: after the municipality changed its terms, and
    each night for open suspensions (their deadline moves every day). Locks each batch, so
    a service writing at the same time is not overwritten."""
    instellingen = Termijninstellingen.huidige()
    lopend = Melding.objects.filter(deadline__isnull=False)
    if alleen_opgeschort:
        lopend = lopend.filter(
            aanpassingen__soort=Soort.OPSCHORTING, aanpassingen__tot__isnull=True
        )
    ids = list(lopend.values_list("pk", flat=True).distinct().order_by("pk"))
    for i in range(0, len(ids), batch):
        with transaction.atomic():
            meldingen = list(
                Melding.objects.select_for_update()
                .filter(pk__in=ids[i : i + batch])
                .prefetch_related("aanpassingen")
            )
            for melding in meldingen:
                melding.deadline = eerste_deadline(melding, instellingen=instellingen)
            Melding.objects.bulk_update(meldingen, ["deadline"])
    return len(ids)
