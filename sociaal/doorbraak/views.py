"""Asking for access with a reason (from a BSN search that found a household outside
one's teams), and the teamleider's review of such access."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from huishoudens.models import Huishouden
from huishoudens.selectors import buiten_bereik
from huishoudens.views.lijst import zoekopdracht_uit_sessie
from sociaal.audit.models import Actie
from sociaal.audit.services import audit_lijst_vastleggen
from sociaal.dashboard.selectors import teams_voor_dashboard
from sociaal.http import AuthenticatedHttpRequest
from sociaal.toegang import Beleid, toegang
from sociaal.weigering import weigering_op_formulier
from sociaal.zichtbaarheid import zichtbare_huishoudens

from . import selectors, services
from .models import Doorbraak


class RedenForm(forms.Form):
    reden = forms.CharField(
        label=gettext_lazy("Waarom heeft u nu toegang nodig?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=gettext_lazy(
            "Bijvoorbeeld: crisismelding van de politie om 23.10 uur, de eigen wijkteams zijn "
            "niet bereikbaar. Uw teamleider ziet deze reden en wat u heeft ingezien."
        ),
    )


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def aanvragen(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Only from a BSN search (an exact identifier, no browsing by name); the household is
    not shown until access is granted."""
    opdracht = zoekopdracht_uit_sessie(
        request, request.POST.get("zoek") or request.GET.get("zoek")
    )
    if opdracht is None or not opdracht.persoon_ids:
        raise Http404
    gevonden = list(buiten_bereik(medewerker=request.user, persoon_ids=opdracht.persoon_ids))
    if not gevonden:
        raise Http404
    form = RedenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            for huishouden in gevonden:
                services.doorbraak_aanvragen(
                    medewerker=request.user,
                    huishouden=huishouden,
                    reden=form.cleaned_data["reden"],
                )
        except (ValidationError, PermissionDenied) as fout:
            weigering_op_formulier(request, form, fout)
        else:
            messages.warning(
                request,
                _(
                    "U heeft tijdelijk toegang met reden. Dit is vastgelegd en uw teamleider "
                    "beoordeelt het."
                ),
            )
            if len(gevonden) == 1:
                return redirect("huishoudens:dossier", gevonden[0].pk)
            return redirect(f"{reverse('huishoudens:lijst')}?zoek={request.POST.get('zoek')}")
    return render(
        request,
        "doorbraak/aanvragen.html",
        {
            "form": form,
            "aantal": len(gevonden),
            "uren": settings.SOCIAAL_DOORBRAAK_UREN,
            "zoek": request.POST.get("zoek") or request.GET.get("zoek"),
        },
    )


class OordeelForm(forms.Form):
    oordeel = forms.ChoiceField(
        label=gettext_lazy("Oordeel"), choices=Doorbraak.Oordeel.choices, widget=forms.RadioSelect
    )
    toelichting_oordeel = forms.CharField(
        label=gettext_lazy("Toelichting"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )


@toegang(Beleid.TEAMLEIDER)
@require_http_methods(["GET"])
def overzicht(request: AuthenticatedHttpRequest) -> HttpResponse:
    teams_voor_dashboard(request.user)  # teamleiders only (refusal audited)
    doorbraken = list(selectors.te_beoordelen(teamleider=request.user)[:200])
    zichtbaar = set(
        zichtbare_huishoudens(request.user)
        .filter(pk__in={d.huishouden_id for d in doorbraken})
        .values_list("pk", flat=True)
    )
    audit_lijst_vastleggen(
        medewerker=request.user,
        actie=Actie.LIJST,
        huishouden_ids=sorted(zichtbaar),
        object_type=Huishouden._meta.label_lower,
    )
    return render(
        request,
        "doorbraak/overzicht.html",
        {
            "rijen": [
                (d, d.huishouden_id in zichtbaar, OordeelForm(prefix=str(d.pk)))
                for d in doorbraken
            ],
        },
    )


@toegang(Beleid.TEAMLEIDER)
@require_POST
def beoordelen(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    teams_voor_dashboard(request.user)
    doorbraak = get_object_or_404(selectors.te_beoordelen(teamleider=request.user), pk=pk)
    form = OordeelForm(request.POST, prefix=str(pk))
    if form.is_valid():
        try:
            services.doorbraak_beoordelen(
                doorbraak=doorbraak,
                oordeel=form.cleaned_data["oordeel"],
                toelichting=form.cleaned_data["toelichting_oordeel"],
                door=request.user,
            )
        except (ValidationError, PermissionDenied) as fout:
            weigering_op_formulier(request, form, fout)
        else:
            messages.success(request, _("Uw oordeel is vastgelegd."))
            return redirect("doorbraak:overzicht")
    messages.error(request, " ".join(e for fouten in form.errors.values() for e in fouten))
    return redirect("doorbraak:overzicht")
