from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from huishoudens.views.access import huishouden_of_404
from sociaal.audit.reads import gevonden_of_404
from sociaal.http import AuthenticatedHttpRequest
from sociaal.toegang import Beleid, toegang
from sociaal.weigering import weigering_op_formulier, weigering_vastleggen

from .. import selectors, services
from ..forms import OverdrachtForm, PlanStartenForm
from ..forms.doelen import AfsluitenForm, DoelForm, VaststellenForm
from ..models import Plan


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def plan_pagina(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The plan page with its regisseur, the handover history and the handover form."""
    plan = selectors.plan_voor_pagina(medewerker=request.user, pk=pk)
    plan = gevonden_of_404(request, plan, model=Plan, pk=pk)
    # Shown to whoever may hand over to someone; the service checks the chosen one.
    toon_overdracht = plan.is_open and (
        request.user.pk == plan.regisseur_id or request.user.is_teamleider
    )
    kandidaten = selectors.overdracht_kandidaten(plan=plan, door=request.user)
    form = OverdrachtForm(request.POST or None, kandidaten=kandidaten)
    if request.method == "POST" and not toon_overdracht:
        weigering_vastleggen(request, huishouden_id=plan.huishouden_id)
        form.add_error(None, _("Alleen de regisseur of een teamleider kan dit plan overdragen."))
        toon_overdracht = True
    elif request.method == "POST" and form.is_valid():
        nieuwe = form.cleaned_data["naar"]
        try:
            services.regisseur_overdragen(
                plan=plan, naar=nieuwe, reden=form.cleaned_data["reden"], door=request.user
            )
        except (ValidationError, PermissionDenied) as error:
            weigering_op_formulier(request, form, error, huishouden_id=plan.huishouden_id)
            toon_overdracht = True
        else:
            messages.success(
                request, _("%(naam)s is nu regisseur van dit plan.") % {"naam": nieuwe}
            )
            if selectors.plan_voor_pagina(medewerker=request.user, pk=plan.pk) is None:
                # Handing over can end one's own access (a regisseur outside the team).
                return redirect("huishoudens:lijst")
            return redirect("plannen:plan", pk=plan.pk)
    return toon_plan(request, plan, form=form, toon_overdracht=toon_overdracht)


def toon_plan(
    request: AuthenticatedHttpRequest, plan: Plan, *, status: int = 200, **extra
) -> HttpResponse:
    """The plan page; `extra` carries a bound form that failed, to show it with its errors."""
    context = {
        "plan": plan,
        "huishouden": plan.huishouden,
        "doel_form": DoelForm(initial={"wijziging": plan.wijziging}),
        "vaststellen_form": VaststellenForm(
            prefix="vaststellen", initial={"wijziging": plan.wijziging}
        ),
        "afsluiten_form": AfsluitenForm(prefix="afsluiten", initial={"wijziging": plan.wijziging}),
        "wijziging": plan.wijziging,
        "form": None,
        "toon_overdracht": False,
        **extra,
    }
    if context["form"] is None:
        kandidaten = selectors.overdracht_kandidaten(plan=plan, door=request.user)
        context["form"] = OverdrachtForm(kandidaten=kandidaten)
        context["toon_overdracht"] = plan.is_open and (
            request.user.pk == plan.regisseur_id or request.user.is_teamleider
        )
    return render(request, "plannen/plan.html", context, status=status)


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def plan_starten(request: AuthenticatedHttpRequest, huishouden: int) -> HttpResponse:
    huishouden = huishouden_of_404(request, huishouden)
    kandidaten = selectors.mogelijke_regisseurs(huishouden=huishouden, door=request.user)
    initial = {"regisseur": request.user if request.user.kan_regisseur_zijn else None}
    form = PlanStartenForm(request.POST or None, initial=initial, kandidaten=kandidaten)
    if request.method == "POST" and form.is_valid():
        try:
            plan = services.plan_starten(
                huishouden=huishouden, regisseur=form.cleaned_data["regisseur"], door=request.user
            )
        except (ValidationError, PermissionDenied) as error:
            weigering_op_formulier(request, form, error, huishouden_id=huishouden.pk)
        else:
            messages.success(request, _("Het plan is gestart."))
            return redirect("plannen:plan", pk=plan.pk)
    return render(request, "plannen/plan_starten.html", {"form": form, "huishouden": huishouden})
