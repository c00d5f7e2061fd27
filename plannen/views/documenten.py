"""PDFs on the page: ask for one, follow its progress (htmx polling), download it (access
policy and audit), try again after a failure, and a DEBUG-only HTML preview."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.csp import CSP
from django.utils.translation import gettext as _
from django.views.decorators.csp import csp_override
from django.views.decorators.http import require_GET, require_POST

from sociaal.audit.models import Actie
from sociaal.audit.reads import gevonden_of_404
from sociaal.http import AuthenticatedHttpRequest
from sociaal.toegang import Beleid, toegang

from .. import selectors
from ..models import Document, Keukentafelgesprek, Plan
from ..services import documenten as services


def _document(request: AuthenticatedHttpRequest, pk: int, actie: Actie = Actie.LEZEN) -> Document:
    return gevonden_of_404(
        request,
        selectors.document_zichtbaar(medewerker=request.user, pk=pk),
        model=Document,
        pk=pk,
        actie=actie,
    )


def _terug(document: Document) -> str:
    if document.plan_id:
        return reverse("plannen:plan", args=[document.plan_id]) + "#documenten"
    return reverse("plannen:gesprek", args=[document.gesprek_id])


@toegang(Beleid.DOSSIER)
@require_POST
def plan_pdf(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    plan = gevonden_of_404(
        request, selectors.plan_voor_pagina(medewerker=request.user, pk=pk), model=Plan, pk=pk
    )
    document = services.document_aanvragen(plan=plan, door=request.user)
    messages.success(request, _("De PDF wordt gemaakt; hij staat zo klaar bij Documenten."))
    return redirect(_terug(document))


@toegang(Beleid.DOSSIER)
@require_POST
def verslag_pdf(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    gesprek = gevonden_of_404(
        request,
        selectors.gesprek_voor_pagina(medewerker=request.user, pk=pk),
        model=Keukentafelgesprek,
        pk=pk,
    )
    try:
        document = services.document_aanvragen(gesprek=gesprek, door=request.user)
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
        return redirect("plannen:gesprek", pk=pk)
    messages.success(request, _("De PDF van het verslag wordt gemaakt."))
    return redirect(_terug(document))


@toegang(Beleid.DOSSIER)
@require_GET
def status(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The progress line of one document, polled by htmx while it is being made."""
    if not request.htmx:
        return HttpResponseBadRequest(_("Alleen voor de voortgang op de pagina."))
    document = _document(request, pk)
    return render(request, "plannen/_document.html", {"document": document})


@toegang(Beleid.DOSSIER)
@require_POST
def opnieuw(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    document = _document(request, pk)
    try:
        services.opnieuw_proberen(document=document, door=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(_terug(document))


@toegang(Beleid.DOSSIER)
@require_GET
def download(request: AuthenticatedHttpRequest, pk: int) -> FileResponse:
    zichtbaar = selectors.document_zichtbaar(medewerker=request.user, pk=pk)
    klaar = zichtbaar is not None and zichtbaar.status == Document.Status.KLAAR
    # Looking at a document that is not ready yet is a read, not a download.
    actie = Actie.DOWNLOADEN if klaar or zichtbaar is None else Actie.LEZEN
    document = gevonden_of_404(request, zichtbaar, model=Document, pk=pk, actie=actie)
    if not klaar:
        raise Http404
    naam = f"{document.get_soort_display().lower()}-versie-{document.versie}.pdf"
    return FileResponse(document.bestand.open("rb"), as_attachment=True, filename=naam)


@toegang(Beleid.DOSSIER)
@require_GET
@csp_override({**settings.SECURE_CSP, "style-src": [CSP.SELF, CSP.UNSAFE_INLINE]})
def voorbeeld(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """For designers, with DEBUG on only: the plan's PDF as HTML in the browser."""
    if not settings.DEBUG:
        raise Http404
    plan = gevonden_of_404(
        request, selectors.plan_voor_pagina(medewerker=request.user, pk=pk), model=Plan, pk=pk
    )
    document = Document(soort=Document.Soort.PLAN, plan=plan, versie=plan.versie)
    document.aangevraagd_op = None
    return HttpResponse(services.document_html(document))
