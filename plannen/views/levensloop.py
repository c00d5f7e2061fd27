"""The plan's lifecycle buttons, and its frozen versions with what changed."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from sociaal.audit.reads import gevonden_of_404
from sociaal.http import AuthenticatedHttpRequest
from sociaal.toegang import Beleid, toegang
from sociaal.weigering import weigering_op_formulier

from .. import selectors
from ..forms.doelen import AfsluitenForm, VaststellenForm, WijzigingForm
from ..models import Plan
from ..services import levensloop as services
from ..versies import inhoud_van, verschillen
from .doelen import na_weigering
from .plan import toon_plan

# actie -> (form, service, what the professional is told)
ACTIES = {
    "ter_ondertekening": (
        WijzigingForm,
        services.plan_ter_ondertekening,
        gettext_lazy("Het plan ligt ter ondertekening."),
    ),
    "terug_naar_concept": (
        WijzigingForm,
        services.plan_terug_naar_concept,
        gettext_lazy("Het plan is weer een concept."),
    ),
    "vaststellen": (
        VaststellenForm,
        services.plan_vaststellen,
        gettext_lazy("Het plan is vastgesteld."),
    ),
    "nieuwe_versie": (
        WijzigingForm,
        services.plan_nieuwe_versie,
        gettext_lazy("Een nieuwe versie is gestart."),
    ),
    "evaluatie_starten": (
        WijzigingForm,
        services.evaluatie_starten,
        gettext_lazy("De evaluatie is gestart."),
    ),
    "afsluiten": (AfsluitenForm, services.plan_afsluiten, gettext_lazy("Het plan is afgesloten.")),
}


@toegang(Beleid.DOSSIER)
@require_POST
def levensloop(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    plan = gevonden_of_404(
        request, selectors.plan_voor_pagina(medewerker=request.user, pk=pk), model=Plan, pk=pk
    )
    actie = request.POST.get("actie", "")
    if actie not in ACTIES:
        return HttpResponseBadRequest(_("Onbekende handeling."))
    form_class, service, melding = ACTIES[actie]
    form = form_class(request.POST, prefix=None if form_class is WijzigingForm else actie)
    if form.is_valid():
        try:
            service(plan=plan, door=request.user, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            weigering_op_formulier(request, form, error, huishouden_id=plan.huishouden_id)
            na_weigering(form, error)
        else:
            messages.success(request, str(melding))
            return redirect(reverse("plannen:plan", args=[plan.pk]) + "#levensloop")
    if form_class is WijzigingForm:
        for fout in form.non_field_errors() or [_("Probeer het opnieuw.")]:
            messages.error(request, fout)
        return redirect(reverse("plannen:plan", args=[plan.pk]) + "#levensloop")
    return toon_plan(request, plan, **{f"{actie}_form": form})


@toegang(Beleid.DOSSIER)
@require_GET
def versie(request: AuthenticatedHttpRequest, pk: int, nummer: int) -> HttpResponse:
    """A version as the resident agreed to it, and what changed since the one before."""
    plan = gevonden_of_404(
        request, selectors.plan_met_versies(medewerker=request.user, pk=pk), model=Plan, pk=pk
    )
    versies = {v.nummer: v for v in plan.versies.all()}
    gevonden = versies.get(nummer)
    if gevonden is None:
        raise Http404
    vorige = max((n for n in versies if n < nummer), default=None)
    context = {
        "plan": plan,
        "huishouden": plan.huishouden,
        "versie": gevonden,
        "vorige": versies.get(vorige),
        "verschillen": verschillen(versies[vorige].inhoud, gevonden.inhoud) if vorige else None,
    }
    return render(request, "plannen/versie.html", context)


@toegang(Beleid.DOSSIER)
@require_GET
def concept_verschil(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """What the concept changes compared to the last agreed version."""
    plan = gevonden_of_404(
        request, selectors.plan_met_versies(medewerker=request.user, pk=pk), model=Plan, pk=pk
    )
    laatste = plan.versies.first()
    if laatste is None or not plan.is_wijzigbaar:
        raise Http404
    context = {
        "plan": plan,
        "huishouden": plan.huishouden,
        "vorige": laatste,
        "verschillen": verschillen(laatste.inhoud, inhoud_van(plan)),
    }
    return render(request, "plannen/versie.html", context)
