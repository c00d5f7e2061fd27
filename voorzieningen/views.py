from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from sociaal.medewerkers.models import Wijk
from sociaal.toegang import Beleid, toegang

from . import selectors
from .forms import CatalogusForm


@toegang(Beleid.CATALOGUS)
@require_GET
def catalogus(request: HttpRequest) -> HttpResponse:
    """The sociale kaart for professionals: search by name, kind, law and wijk."""
    form = CatalogusForm(request.GET or None, wijken=Wijk.objects.order_by("naam"))
    filters = {}
    if form.is_valid():
        data = form.cleaned_data
        filters = {
            "zoekterm": data["zoekterm"].strip(),
            "soort": data["soort"],
            "wet": data["wet"],
            "wijk_id": data["wijk"].pk if data["wijk"] else None,
        }
    voorzieningen = (
        list(selectors.catalogus(**filters)) if form.is_bound is False or form.is_valid() else []
    )
    return render(
        request, "voorzieningen/catalogus.html", {"form": form, "voorzieningen": voorzieningen}
    )


@toegang(Beleid.CATALOGUS)
@require_GET
def voorziening(request: HttpRequest, pk: int) -> HttpResponse:
    gevonden = selectors.voorziening_met_alternatieven(pk=pk)
    if gevonden is None:
        raise Http404
    return render(request, "voorzieningen/voorziening.html", {"voorziening": gevonden})
