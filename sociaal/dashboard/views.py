"""The team-lead dashboard, the lists behind its numbers and the CSV export of its tables."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from huishoudens.models import Huishouden
from sociaal.audit.models import Actie, Resultaat
from sociaal.audit.services import audit_lijst_vastleggen, audit_vastleggen
from sociaal.spreadsheet import csv_tekst
from sociaal.toegang import Beleid, toegang

from . import grafieken, tabellen
from .lijsten import lijst_voor
from .selectors import keuze_maken

PER_PAGINA = 50
EXPORTEREN = "medewerkers.dashboard_exporteren"


@toegang(Beleid.TEAMLEIDER)
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    keuze = keuze_maken(request.user, request.GET)
    gegevens = tabellen.dashboard(keuze)
    # Figures only, no household's data: one entry that the dashboard was looked at.
    audit_vastleggen(medewerker=request.user, actie=Actie.LEZEN, object_type="dashboard")
    return render(
        request,
        "dashboard/dashboard.html",
        {
            "keuze": keuze,
            "tabellen": gegevens.tabellen,
            "caseload_grafiek": grafieken.caseload_grafiek(gegevens.caseload),
            "ladder_grafiek": grafieken.ladder_grafiek(gegevens.perioden, gegevens.ladder_totaal),
            "exports": {
                sleutel: f"{reverse('dashboard:exporteren', args=[sleutel])}?{keuze.parameters()}"
                for sleutel in gegevens.tabellen
            }
            if request.user.has_perm(EXPORTEREN)
            else {},
        },
    )


@toegang(Beleid.TEAMLEIDER)
@require_GET
def lijst(request: HttpRequest) -> HttpResponse:
    keuze = keuze_maken(request.user, request.GET, actie=Actie.LIJST)
    gekozen = lijst_voor(keuze, request.user, request.GET)
    pagina = Paginator(gekozen.rijen, PER_PAGINA).get_page(request.GET.get("pagina"))
    rijen = [gekozen.rij(zaak) for zaak in pagina.object_list]
    audit_lijst_vastleggen(
        medewerker=request.user,
        actie=Actie.LIJST,
        huishouden_ids=sorted({r.huishouden_id for r in rijen}),
        object_type=Huishouden._meta.label_lower,
    )
    return render(
        request,
        "dashboard/lijst.html",
        {
            "keuze": keuze,
            "lijst": gekozen,
            "rijen": rijen,
            "pagina": pagina,
            "parameters": keuze.parameters(),
        },
    )


@toegang(Beleid.TEAMLEIDER)
@require_GET
def exporteren(request: HttpRequest, tabel: str) -> HttpResponse:
    keuze = keuze_maken(request.user, request.GET, actie=Actie.EXPORTEREN)
    if not request.user.has_perm(EXPORTEREN):
        audit_vastleggen(
            medewerker=request.user,
            actie=Actie.EXPORTEREN,
            object_type=f"dashboard.{tabel}",
            resultaat=Resultaat.GEWEIGERD,
        )
        raise PermissionDenied(_("U mag de tabellen van het dashboard niet exporteren."))
    gekozen = tabellen.dashboard(keuze).tabellen.get(tabel)
    if gekozen is None:
        raise Http404
    audit_vastleggen(
        medewerker=request.user,
        actie=Actie.EXPORTEREN,
        object_type=f"dashboard.{gekozen.sleutel}",
        aantal=len(gekozen.rijen),
    )
    inhoud = csv_tekst(gekozen.kolommen, ([c.in_bestand for c in rij] for rij in gekozen.rijen))
    team = keuze.team.pk if keuze.team else "alle-teams"
    naam = f"dashboard-{gekozen.sleutel}-{team}-{keuze.periode.soort}-{keuze.periode.begin}.csv"
    # With a byte order mark: Excel on Windows then reads "Financiën" as UTF-8.
    response = HttpResponse("\ufeff" + inhoud, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{naam}"'
    return response
