"""Making reminders (the daily scan), marking them read and the daily e-mail."""

from datetime import date, datetime

from django.db import connection, models, transaction
from django.utils import timezone

from sociaal.medewerkers.models import Medewerker
from sociaal.termijnen.models import Termijninstellingen

from .models import Herinnering, Regel
from .regels import REGELS, Vondst
from .selectors import herinneringen_voor

BATCH = 2000

# One statement for all of a scan's reminders: the rows travel as one array per column. In
# key order, so two scans at the same time take their locks in the same order.
INVOEGEN = """
INSERT INTO herinneringen_herinnering
    (regel, ontvanger_id, huishouden_id, object_type, object_id, sleutel, datum, aangemaakt_op)
SELECT r.*, %s FROM unnest(
    %s::varchar[], %s::bigint[], %s::bigint[], %s::varchar[], %s::bigint[], %s::varchar[],
    %s::date[]
) AS r(regel, ontvanger_id, huishouden_id, object_type, object_id, sleutel, datum)
ORDER BY regel, object_type, object_id, ontvanger_id, sleutel
ON CONFLICT (regel, object_type, object_id, ontvanger_id, sleutel) DO NOTHING
"""


def herinneringen_maken(*, nu: datetime | None = None) -> int:
    """Runs every rule as of `nu` (default: now) and stores what it finds. A reminder that
    exists already is skipped by the database (a unique constraint, ON CONFLICT DO
    NOTHING), so running twice, or twice at the same time, gives no duplicates; the check
    goes through the constraint's index, so a table with years of read reminders costs no
    more. Returns how many are new."""
    nu = nu or timezone.now()
    instellingen = Termijninstellingen.huidige()
    return _opslaan([v for regel in REGELS for v in regel(nu, instellingen)])


def _opslaan(vondsten: list[Vondst]) -> int:
    """Stores what is not there yet, in one statement; returns how many rows it added."""
    if not vondsten:
        return 0
    nu = timezone.now()
    if connection.vendor != "postgresql":  # SQLite (the embedded demo): row by row is fine
        voor = Herinnering.objects.count()
        with transaction.atomic():
            Herinnering.objects.bulk_create(
                [Herinnering(**v.velden, aangemaakt_op=nu) for v in vondsten],
                batch_size=BATCH,
                ignore_conflicts=True,
            )
        return Herinnering.objects.count() - voor
    kolommen: list[list[Regel] | list[int] | list[str] | list[date]] = [
        [v.regel for v in vondsten],
        [v.ontvanger_id for v in vondsten],
        [v.huishouden_id for v in vondsten],
        [v.object_type for v in vondsten],
        [v.object_id for v in vondsten],
        [v.sleutel for v in vondsten],
        [v.datum for v in vondsten],
    ]
    with connection.cursor() as cursor:
        cursor.execute(INVOEGEN, [nu, *kolommen])
        return int(cursor.rowcount)


def overdracht_melden(
    *, naar: Medewerker, obj: models.Model, huishouden_id: int, sleutel: str
) -> None:
    """Tells `naar` that a plan or melding is now theirs: a reminder in their inbox (and
    so in the daily e-mail). One per handover (`sleutel`), however often it is called.
    Registered with the domain's handovers in HerinneringenConfig.ready."""
    Herinnering.objects.bulk_create(
        [
            Herinnering(
                regel=Regel.OVERGEDRAGEN,
                ontvanger=naar,
                huishouden_id=huishouden_id,
                object_type=obj._meta.label_lower,
                object_id=obj.pk,
                sleutel=sleutel,
                datum=timezone.localdate(),
            )
        ],
        ignore_conflicts=True,
    )


def markeer_gelezen(*, medewerker: Medewerker, pk: int | None = None) -> int:
    qs = Herinnering.objects.filter(ontvanger=medewerker, gelezen_op__isnull=True)
    if pk is not None:
        qs = qs.filter(pk=pk)
    return qs.update(gelezen_op=timezone.now())


def dagoverzicht_versturen(*, vandaag: date | None = None) -> int:
    """One e-mail a day per medewerker with unread reminders: how many, what kind, links.
    No personal data in it (a link needs a login); never two for one day."""
    from django.conf import settings
    from django.core.mail import send_mail
    from django.utils.formats import date_format
    from django.utils.translation import gettext as _
    from django.utils.translation import ngettext

    from .models import Dagoverzicht

    vandaag = vandaag or timezone.localdate()
    ontvangers = (
        Herinnering.objects.filter(gelezen_op__isnull=True)
        .values_list("ontvanger", flat=True)
        .distinct()
    )
    verstuurd = 0
    for medewerker in Medewerker.objects.filter(pk__in=ontvangers, is_active=True):
        if not medewerker.email:
            continue
        ongelezen = list(
            herinneringen_voor(medewerker).filter(gelezen_op__isnull=True).order_by("datum")
        )
        if not ongelezen:
            continue
        n = len(ongelezen)
        with transaction.atomic():
            _overzicht, nieuw = Dagoverzicht.objects.get_or_create(
                medewerker=medewerker, datum=vandaag, defaults={"aantal": n}
            )
            if not nieuw:
                continue
            regels = [
                f"- {h.get_regel_display()} ({date_format(h.datum, 'j F Y')}): "
                f"{settings.SOCIAAL_BASIS_URL}{h.pad()}"
                for h in ongelezen[:50]
            ]
            send_mail(
                subject=ngettext("sociaal: %(n)s herinnering", "sociaal: %(n)s herinneringen", n)
                % {"n": n},
                message=_("Goedemorgen,\n\nDit staat voor u klaar in sociaal:\n\n")
                + "\n".join(regels)
                + _("\n\nOpen de links nadat u bent ingelogd."),
                from_email=None,
                recipient_list=[medewerker.email],
            )
        verstuurd += 1
    return verstuurd
