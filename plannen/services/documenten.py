"""PDFs of the plan and the gespreksverslag: asked for on a page, made by a worker on the
"pdf" queue, kept in private storage.

The request is stored first; sending it to the broker happens after commit. When the
broker cannot be reached, the page still answers at once: the document stays "in de
wachtrij" in the database, and the beat job `plannen.documenten_versturen` sends it when
the broker is back. Making a document is idempotent: a finished one is not made again, and
a worker that dies halfway leaves it to the next delivery (acks late)."""

import hashlib
import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from huishoudens.services import controleer_toegang
from sociaal.audit.models import Actie
from sociaal.audit.services import audit_vastleggen
from sociaal.medewerkers.models import Medewerker
from voorzieningen.ladder import verdeling

from ..models import Document, Keukentafelgesprek, Plan
from ..pdf import render_to_pdf

logger = logging.getLogger(__name__)


def document_aanvragen(
    *, door: Medewerker, plan: Plan | None = None, gesprek: Keukentafelgesprek | None = None
) -> Document:
    """Asks for the PDF of the plan (its current version) or of a final verslag; asking
    again while one is being made returns that one."""
    bron = plan or gesprek
    if bron is None:
        raise TypeError("document_aanvragen: give a plan or a gesprek")
    controleer_toegang(huishouden_id=bron.huishouden_id, door=door)
    if gesprek is not None and not gesprek.is_definitief:
        raise ValidationError(
            _("Een gespreksverslag kan pas als PDF als het gesprek is afgerond.")
        )
    soort = Document.Soort.PLAN if plan is not None else Document.Soort.GESPREKSVERSLAG
    sleutel = {"plan": plan} if plan is not None else {"gesprek": gesprek}
    versie = bron.versie
    with transaction.atomic():
        lopend = Document.objects.filter(
            soort=soort, versie=versie, status__in=Document.BEZIG_STATUSSEN, **sleutel
        ).first()
        if lopend is not None:
            return lopend
        try:
            with transaction.atomic():
                document = Document.objects.create(
                    soort=soort,
                    versie=versie,
                    huishouden_id=bron.huishouden_id,
                    aangevraagd_door=door,
                    **sleutel,
                )
        except IntegrityError:  # asked at the same moment by someone else
            return Document.objects.get(
                soort=soort, versie=versie, status__in=Document.BEZIG_STATUSSEN, **sleutel
            )
        audit_vastleggen(
            medewerker=door, actie=Actie.AFDRUKKEN, huishouden_id=bron.huishouden_id, obj=document
        )
        transaction.on_commit(lambda: versturen(document.pk))
    return document


def versturen(document_id: int) -> bool:
    """Hands the document to the pdf worker; False (and kept in the wachtrij) when the broker
    cannot be reached now."""
    from ..tasks import document_maken

    try:
        document_maken.apply_async(args=(document_id,), retry=False)
    except Exception:
        logger.warning("broker unreachable: document %s stays queued in the database", document_id)
        return False
    Document.objects.filter(pk=document_id).update(verstuurd_op=timezone.now())
    return True


# A job runs at most CELERY_TASK_TIME_LIMIT (90 s): one still "bezig" well after that was
# lost with its worker (killed, machine gone) and is sent again.
VERLOREN_NA_SECONDEN = 300


def wachtende_versturen(
    *, ouder_dan_seconden: int = 60, verloren_na_seconden: int = VERLOREN_NA_SECONDEN
) -> int:
    """Sends again what did not get made: documents never handed to the broker (it was down)
    or sent long ago without a result, and documents whose worker died while making them.
    Safe to repeat: making a document twice keeps one result."""
    nu = timezone.now()
    wachtend = Q(status=Document.Status.WACHTRIJ) & (
        Q(verstuurd_op__isnull=True)
        | Q(verstuurd_op__lt=nu - timedelta(seconds=ouder_dan_seconden))
    )
    verloren = Q(status=Document.Status.BEZIG) & (
        Q(verstuurd_op__isnull=True)
        | Q(verstuurd_op__lt=nu - timedelta(seconds=verloren_na_seconden))
    )
    ids = Document.objects.filter(wachtend | verloren).values_list("pk", flat=True)
    return sum(versturen(pk) for pk in ids)


def document_html(document: Document) -> str:
    """The HTML a document is rendered from (also the DEBUG preview)."""
    from .. import selectors

    # The check constraint document_een_bron: a plan's document has a plan, a verslag's a gesprek.
    if document.soort == Document.Soort.PLAN:
        assert document.plan_id is not None
        plan = selectors.plan_voor_pdf(pk=document.plan_id)
        afspraken = [a for d in plan.doelen.all() for a in d.afspraken.all()]
        treden, naast = verdeling(afspraken)
        return render_to_string(
            "plannen/pdf/plan.html",
            {
                "plan": plan,
                "huishouden": plan.huishouden,
                "treden": treden,
                "naast": naast,
                "document": document,
                "gemeente_naam": settings.SOCIAAL_GEMEENTE,
            },
        )
    assert document.gesprek_id is not None
    gesprek = selectors.gesprek_voor_pdf(pk=document.gesprek_id)
    return render_to_string(
        "plannen/pdf/verslag.html",
        {
            "gesprek": gesprek,
            "huishouden": gesprek.huishouden,
            "document": document,
            "gemeente_naam": settings.SOCIAAL_GEMEENTE,
        },
    )


def document_maken(document_id: int) -> Document:
    """Makes the PDF (called by the worker). A finished document is left as it is; when two
    deliveries of the job run at once, the first to finish is kept and the other discarded."""
    with transaction.atomic():
        document = Document.objects.select_for_update().get(pk=document_id)
        if document.status in (Document.Status.KLAAR, Document.Status.MISLUKT):
            return document
        if document.pogingen >= Document.MAX_POGINGEN:
            # Each earlier attempt ended with its worker gone (killed, out of memory).
            document.status = Document.Status.MISLUKT
            document.reden_mislukt = _(
                "De PDF kon na %(n)s pogingen niet worden gemaakt. Probeer het opnieuw of meld "
                "het bij de functioneel beheerder."
            ) % {"n": document.pogingen}
            document.save(update_fields=["status", "reden_mislukt"])
            return document
        document.status = Document.Status.BEZIG
        document.pogingen += 1
        document.save(update_fields=["status", "pogingen"])
    try:
        pdf = render_to_pdf(document_html(document))
    except Exception as error:
        logger.exception("document %s could not be rendered", document_id)
        Document.objects.filter(pk=document_id).update(
            status=Document.Status.MISLUKT,
            reden_mislukt=_("De PDF kon niet worden gemaakt (%(fout)s). Probeer het opnieuw.")
            % {"fout": type(error).__name__},
        )
        raise
    with transaction.atomic():
        document = Document.objects.select_for_update().get(pk=document_id)
        if document.status == Document.Status.KLAAR:
            # Another delivery of the same job finished first: its result is the one.
            return document
        naam = f"{document.soort}-{document.pk}-v{document.versie}.pdf"
        document.bestand.save(naam, ContentFile(pdf), save=False)
        document.sha256 = hashlib.sha256(pdf).hexdigest()
        document.status = Document.Status.KLAAR
        document.klaar_op = timezone.now()
        document.reden_mislukt = ""
        document.save(update_fields=["bestand", "sha256", "status", "klaar_op", "reden_mislukt"])
    return document


def opnieuw_proberen(*, document: Document, door: Medewerker) -> Document:
    """A failed document is asked for again."""
    controleer_toegang(huishouden_id=document.huishouden_id, door=door)
    if document.status != Document.Status.MISLUKT:
        raise ValidationError(_("Dit document is niet mislukt."))
    try:
        with transaction.atomic():
            Document.objects.filter(pk=document.pk).update(
                status=Document.Status.WACHTRIJ, reden_mislukt="", pogingen=0
            )
    except IntegrityError:  # a new PDF of this version was asked for meanwhile
        raise ValidationError(
            _("Er wordt al een nieuwe PDF van deze versie gemaakt; die verschijnt hieronder.")
        ) from None
    transaction.on_commit(lambda: versturen(document.pk))
    document.refresh_from_db()
    return document
