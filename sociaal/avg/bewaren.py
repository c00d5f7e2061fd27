"""Retention (AVG art. 5(1)(e), Archiefwet, Selectielijst gemeenten): a household's file is
kept a set number of years after the help ended — the term depends on what it holds — and
is then destroyed, but only after a functioneel beheerder approved the list. What was
destroyed is logged by kind and number, never by content."""

import logging
from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import DateField, Exists, Max, OuterRef, Q, Subquery
from django.db.models.expressions import Combinable
from django.db.models.functions import Coalesce, Greatest, TruncDate
from django.utils import timezone
from django.utils.translation import gettext as _

from huishoudens.models import Betrokkene, Huishouden, Melding, Persoon
from plannen.models import Afspraak, Document, Keukentafelgesprek, Plan
from sociaal.audit.models import Actie
from sociaal.audit.services import audit_vastleggen
from sociaal.doorbraak.models import Doorbraak
from sociaal.medewerkers.models import Medewerker

from .models import Bewaartermijnen, Soort, Vernietigingslijst, Vernietigingsregel

log = logging.getLogger("sociaal.bewaren")
RECHT = "avg.vernietiging_goedkeuren"


def _jaren_later(dag: date, jaren: int) -> date:
    try:
        return dag.replace(year=dag.year + jaren)
    except ValueError:  # 29 February
        return dag.replace(year=dag.year + jaren, day=28)


def _laatste(qs, veld: str | Combinable):
    return Subquery(
        qs.filter(huishouden=OuterRef("pk"))
        .order_by()
        .values("huishouden")
        .annotate(m=Max(veld))
        .values("m")[:1],
        output_field=DateField(),
    )


def verlopen_dossiers(*, vandaag: date | None = None) -> list[tuple[int, str, date, date]]:
    """(household id, kind, end of help, destroy from) for every household without open
    work whose term has passed."""
    vandaag = vandaag or timezone.localdate()
    termijnen = Bewaartermijnen.huidige()
    open_werk = Exists(Plan.objects.open().filter(huishouden=OuterRef("pk"))) | Exists(
        Melding.objects.filter(
            Q(status__in=Melding.OPEN_STATUSSEN) | Q(deadline__isnull=False),
            huishouden=OuterRef("pk"),
        )
    )
    meldingen = Melding.objects.all()
    aangemaakt = TruncDate("created_at")
    rijen = (
        Huishouden.objects.exclude(open_werk)
        .annotate(
            einde=Greatest(
                Coalesce(
                    _laatste(Plan.objects.all(), TruncDate("closed_at")),
                    aangemaakt,
                ),
                Coalesce(
                    _laatste(meldingen, TruncDate("onderzoek_afgerond_op")),
                    aangemaakt,
                ),
                Coalesce(
                    _laatste(meldingen, "beschikking_op"),
                    aangemaakt,
                ),
                Coalesce(
                    _laatste(meldingen, TruncDate("ingetrokken_op")),
                    aangemaakt,
                ),
                aangemaakt,
            ),
            jeugd=Exists(meldingen.filter(huishouden=OuterRef("pk"), wet="jeugdwet")),
            voorziening=Exists(
                Afspraak.objects.filter(
                    doel__plan__huishouden=OuterRef("pk"), uitvoerder=Afspraak.Uitvoerder.MAATWERK
                )
            )
            | Exists(meldingen.filter(huishouden=OuterRef("pk"), beschikking_op__isnull=False)),
        )
        .values_list("pk", "einde", "jeugd", "voorziening")
        .order_by("pk")
    )
    uitkomst = []
    for pk, einde, jeugd, voorziening in rijen:
        if jeugd:
            soort, jaren = Soort.JEUGD, termijnen.jeugd_jaren
        elif voorziening:
            soort, jaren = Soort.WMO_VOORZIENING, termijnen.wmo_voorziening_jaren
        else:
            soort, jaren = Soort.OVERIG, termijnen.overig_jaren
        vanaf = _jaren_later(einde, jaren)
        if vanaf <= vandaag:
            uitkomst.append((pk, soort.value, einde, vanaf))
    return uitkomst


def lijst_voorstellen(*, vandaag: date | None = None) -> Vernietigingslijst | None:
    """The weekly job: a new list when there is something to destroy and no list waits for
    approval already (never two at once: a unique constraint)."""
    if Vernietigingslijst.objects.filter(status=Vernietigingslijst.Status.VOORGESTELD).exists():
        return None
    regels = verlopen_dossiers(vandaag=vandaag)
    if not regels:
        return None
    try:
        with transaction.atomic():
            lijst = Vernietigingslijst.objects.create()
            Vernietigingsregel.objects.bulk_create(
                Vernietigingsregel(
                    lijst=lijst,
                    huishouden_id=pk,
                    soort=soort,
                    einde_hulp=einde,
                    vernietigen_vanaf=vanaf,
                )
                for pk, soort, einde, vanaf in regels
            )
    except IntegrityError:
        return None  # another run made it at the same moment
    log.info("vernietigingslijst %s voorgesteld: %s huishoudens", lijst.pk, len(regels))
    return lijst


def _huishouden_vernietigen(huishouden_id: int) -> None:
    """Everything of one household, in an order the protective foreign keys allow. Agreed
    plans are frozen against changes to their doelen and afspraken (docs/design.md §4.4, database
    triggers): destruction first returns them to concept, inside the same transaction."""
    for document in Document.objects.filter(huishouden_id=huishouden_id):
        if document.bestand:
            # Only once the destruction is committed: a rollback keeps file and row together.
            transaction.on_commit(
                lambda naam=document.bestand.name, opslag=document.bestand.storage: opslag.delete(
                    naam
                )
            )
    Document.objects.filter(huishouden_id=huishouden_id).delete()
    Doorbraak.objects.filter(huishouden_id=huishouden_id).delete()
    Plan.objects.filter(huishouden_id=huishouden_id).update(
        status=Plan.Status.CONCEPT, closed_at=None
    )
    Plan.objects.filter(huishouden_id=huishouden_id).delete()
    Keukentafelgesprek.objects.filter(huishouden_id=huishouden_id).delete()
    Melding.objects.filter(huishouden_id=huishouden_id).delete()
    Betrokkene.objects.filter(huishouden_id=huishouden_id).delete()
    Persoon.objects.filter(huishouden_id=huishouden_id).delete()
    Huishouden.objects.filter(pk=huishouden_id).delete()


@transaction.atomic
def lijst_goedkeuren(*, lijst: Vernietigingslijst, door: Medewerker) -> dict[str, int]:
    """Approves and carries out the list: each household still past its term (checked
    again: help may have started anew) is destroyed. Returns how many per kind."""
    if not (door.is_active and door.has_perm(RECHT)):
        raise PermissionDenied(_("U mag geen vernietigingslijst goedkeuren."))
    lijst = Vernietigingslijst.objects.select_for_update().get(pk=lijst.pk)
    if lijst.status != Vernietigingslijst.Status.VOORGESTELD:
        raise ValidationError(_("Deze lijst is al beoordeeld."))
    nog_verlopen = {pk for pk, *_rest in verlopen_dossiers()}
    aantallen: dict[str, int] = {}
    for regel in lijst.regels.all():
        if regel.huishouden_id not in nog_verlopen:
            continue
        _huishouden_vernietigen(regel.huishouden_id)
        aantallen[regel.soort] = aantallen.get(regel.soort, 0) + 1
    lijst.status = Vernietigingslijst.Status.UITGEVOERD
    lijst.beoordeeld_door = door
    lijst.beoordeeld_op = timezone.now()
    lijst.vernietigd = aantallen
    lijst.save(update_fields=["status", "beoordeeld_door", "beoordeeld_op", "vernietigd"])
    audit_vastleggen(
        medewerker=door,
        actie=Actie.VERWIJDEREN,
        obj=lijst,
        aantal=sum(aantallen.values()),
    )
    log.info("vernietigingslijst %s uitgevoerd: %s", lijst.pk, aantallen)
    return aantallen


@transaction.atomic
def lijst_afwijzen(*, lijst: Vernietigingslijst, door: Medewerker) -> None:
    if not (door.is_active and door.has_perm(RECHT)):
        raise PermissionDenied(_("U mag geen vernietigingslijst beoordelen."))
    lijst = Vernietigingslijst.objects.select_for_update().get(pk=lijst.pk)
    if lijst.status != Vernietigingslijst.Status.VOORGESTELD:
        raise ValidationError(_("Deze lijst is al beoordeeld."))
    lijst.status = Vernietigingslijst.Status.AFGEWEZEN
    lijst.beoordeeld_door = door
    lijst.beoordeeld_op = timezone.now()
    lijst.save(update_fields=["status", "beoordeeld_door", "beoordeeld_op"])
