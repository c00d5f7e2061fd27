"""The inbox: my reminders with a link to the case, marking them read, and the unread
count in the header (loaded by htmx, so pages pay no extra query)."""

from django.core.paginator import Paginator
from django.db.models import F
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from huishoudens.models import Huishouden
from sociaal.audit.models import Actie
from sociaal.audit.services import audit_lijst_vastleggen
from sociaal.http import AuthenticatedHttpRequest
from sociaal.toegang import Beleid, toegang

from . import services
from .selectors import herinneringen_voor

PER_PAGINA = 25


@toegang(Beleid.EIGEN)
@require_GET
def inbox(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Unread first (oldest date first), then the read ones; a page at a time."""
    alle = (
        herinneringen_voor(request.user)
        .select_related("huishouden")
        # The unread first (NULLS FIRST: PostgreSQL sorts NULL last by default, which put
        # the read ones first), then the ones read most recently.
        .order_by(F("gelezen_op").desc(nulls_first=True), "datum", "-id")
    )
    pagina = Paginator(alle, PER_PAGINA).get_page(request.GET.get("pagina"))
    herinneringen = list(pagina.object_list)
    audit_lijst_vastleggen(
        medewerker=request.user,
        actie=Actie.LIJST,
        huishouden_ids=[h.huishouden_id for h in herinneringen],
        object_type=Huishouden._meta.label_lower,
    )
    rijen = [(h, h.pad()) for h in herinneringen]
    return render(request, "herinneringen/inbox.html", {"rijen": rijen, "pagina": pagina})


@toegang(Beleid.EIGEN)
@require_POST
def gelezen(request: AuthenticatedHttpRequest, pk: int | None = None) -> HttpResponse:
    services.markeer_gelezen(medewerker=request.user, pk=pk)
    pagina = request.POST.get("pagina", "")
    if pagina.isdigit() and pagina != "1":  # back to the page the medewerker was on
        return redirect(f"{reverse('herinneringen:inbox')}?pagina={pagina}")
    return redirect("herinneringen:inbox")


@toegang(Beleid.EIGEN)
@require_GET
def aantal(request: AuthenticatedHttpRequest) -> HttpResponse:
    if not request.htmx:
        return HttpResponseBadRequest(_("Alleen voor de teller in de kop."))
    n = herinneringen_voor(request.user).filter(gelezen_op__isnull=True).count()
    return render(request, "herinneringen/_aantal.html", {"aantal": n})
