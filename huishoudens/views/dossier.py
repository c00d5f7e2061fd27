"""The household dossier, and registering or changing a household."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from plannen.selectors import mogelijke_regisseurs_in_teams
from sociaal.medewerkers.models import Wijk
from sociaal.toegang import Beleid, toegang
from sociaal.weigering import weigering_op_formulier

from .. import selectors, services
from ..forms import HuishoudenForm, NieuwHuishoudenForm
from .access import huishouden_of_404


def dossier_context(huishouden) -> dict:
    """`huishouden` as selectors.huishouden_voor_dossier reads it."""
    return {
        "huishouden": huishouden,
        "open_plan": huishouden.open_plannen[0] if huishouden.open_plannen else None,
    }


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET"])
def dossier(request: HttpRequest, pk: int) -> HttpResponse:
    huishouden = huishouden_of_404(request, pk, selector=selectors.huishouden_voor_dossier)
    return render(request, "huishoudens/dossier.html", dossier_context(huishouden))


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def huishouden_nieuw(request: HttpRequest) -> HttpResponse:
    kwargs = {
        "wijken": selectors.wijken_van(request.user),
        "regisseurs": mogelijke_regisseurs_in_teams(door=request.user),
    }
    if request.method == "POST":
        form = NieuwHuishoudenForm(request.POST, **kwargs)
        if form.is_valid():
            regisseur = (
                form.cleaned_data["regisseur"] if form.cleaned_data["plan_starten"] else None
            )
            try:
                huishouden = services.huishouden_aanmaken(
                    huishouden=form.save(commit=False), door=request.user, regisseur=regisseur
                )
            except (ValidationError, PermissionDenied) as error:
                weigering_op_formulier(request, form, error)
            else:
                messages.success(request, _("Huishouden vastgelegd. Voeg nu de bewoners toe."))
                return redirect("huishoudens:persoon-nieuw", huishouden=huishouden.pk)
    else:
        initial = {"regisseur": request.user if request.user.kan_regisseur_zijn else None}
        form = NieuwHuishoudenForm(initial=initial, **kwargs)
    return render(request, "huishoudens/huishouden_formulier.html", {"form": form})


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def huishouden_wijzigen(request: HttpRequest, pk: int) -> HttpResponse:
    huishouden = huishouden_of_404(request, pk)
    # The serving team may move the household to any wijk; others keep the wijk as it is.
    wijk_wijzigbaar = services.mag_wijk_wijzigen(huishouden=huishouden, door=request.user)
    wijken = Wijk.objects.select_related("team") if wijk_wijzigbaar else None
    form = HuishoudenForm(request.POST or None, instance=huishouden, wijken=wijken)
    if request.method == "POST" and form.is_valid():
        try:
            services.huishouden_wijzigen(huishouden=form.save(commit=False), door=request.user)
        except (ValidationError, PermissionDenied) as error:
            weigering_op_formulier(request, form, error, huishouden_id=pk)
        else:
            messages.success(request, _("Adresgegevens opgeslagen."))
            return redirect("huishoudens:dossier", pk=huishouden.pk)
    return render(
        request, "huishoudens/huishouden_formulier.html", {"form": form, "huishouden": huishouden}
    )
