from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from huishoudens.views.access import huishouden_of_404
from sociaal.audit.models import Actie, Resultaat
from sociaal.audit.services import audit_vastleggen

from . import selectors, services
from .forms import OverdrachtForm, PlanStartenForm
from .models import Plan


def _plan_of_404(request: HttpRequest, pk: int, *, audit: bool) -> Plan:
    plan = selectors.plan_voor_pagina(medewerker=request.user, pk=pk)
    if plan is None:
        audit_vastleggen(medewerker=request.user, actie=Actie.LEZEN, resultaat=Resultaat.GEWEIGERD)
        raise Http404
    if audit:
        audit_vastleggen(
            medewerker=request.user, actie=Actie.LEZEN, huishouden_id=plan.huishouden_id, obj=plan
        )
    return plan


@require_http_methods(["GET", "POST"])
def plan_pagina(request: HttpRequest, pk: int) -> HttpResponse:
    """The plan page with its regisseur, the handover history and the handover form."""
    is_post = request.method == "POST"
    plan = _plan_of_404(request, pk, audit=not is_post)
    kandidaten = selectors.mogelijke_regisseurs(huishouden=plan.huishouden, door=request.user)
    kandidaten = kandidaten.exclude(pk=plan.regisseur_id)
    form = OverdrachtForm(request.POST if is_post else None, kandidaten=kandidaten)
    if is_post and form.is_valid():
        try:
            services.regisseur_overdragen(
                plan=plan,
                naar=form.cleaned_data["naar"],
                reden=form.cleaned_data["reden"],
                door=request.user,
            )
        except PermissionDenied as error:
            form.add_error(None, str(error))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(
                request,
                _("%(naam)s is nu regisseur van dit plan.") % {"naam": form.cleaned_data["naar"]},
            )
            return redirect("plannen:plan", pk=plan.pk)
    context = {
        "plan": plan,
        "huishouden": plan.huishouden,
        "form": form,
        "mag_overdragen": plan.is_open and services.mag_overdragen(plan=plan, door=request.user),
    }
    return render(request, "plannen/plan.html", context)


@require_http_methods(["GET", "POST"])
def plan_starten(request: HttpRequest, huishouden: int) -> HttpResponse:
    is_post = request.method == "POST"
    huishouden = huishouden_of_404(request, huishouden, audit=not is_post)
    kandidaten = selectors.mogelijke_regisseurs(huishouden=huishouden, door=request.user)
    if is_post:
        form = PlanStartenForm(request.POST, kandidaten=kandidaten)
        if form.is_valid():
            try:
                plan = services.plan_starten(
                    huishouden=huishouden,
                    regisseur=form.cleaned_data["regisseur"],
                    door=request.user,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Het plan is gestart."))
                return redirect("plannen:plan", pk=plan.pk)
    else:
        initial = {"regisseur": request.user if request.user.kan_regisseur_zijn else None}
        form = PlanStartenForm(initial=initial, kandidaten=kandidaten)
    return render(request, "plannen/plan_starten.html", {"form": form, "huishouden": huishouden})
