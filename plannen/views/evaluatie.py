"""The evaluation of a plan: the form (with the conversation's ZRM scores beside the new
ones) and the result page with the progress per life domain."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from sociaal.audit.reads import gevonden_of_404
from sociaal.http import AuthenticatedHttpRequest
from sociaal.toegang import Beleid, toegang
from sociaal.weigering import weigering_op_formulier

from .. import selectors
from ..forms.doelen import EvaluatieForm
from ..models import Evaluatie, Plan, ZrmDomein
from ..services.evaluatie import evaluatie_vastleggen
from .doelen import na_weigering


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def evaluatie(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    plan = gevonden_of_404(
        request, selectors.plan_voor_pagina(medewerker=request.user, pk=pk), model=Plan, pk=pk
    )
    if plan.status != Plan.Status.IN_EVALUATIE:
        messages.error(request, _("Start eerst de evaluatie van het plan."))
        return redirect("plannen:plan", pk=plan.pk)
    form = EvaluatieForm(
        request.POST or None,
        plan=plan,
        initial={"wijziging": plan.wijziging, "gehouden_op": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            gedaan = evaluatie_vastleggen(plan=plan, door=request.user, **form.gegevens())
        except (ValidationError, PermissionDenied) as error:
            weigering_op_formulier(request, form, error, huishouden_id=plan.huishouden_id)
            na_weigering(form, error)
        else:
            messages.success(request, _("De evaluatie is vastgelegd."))
            return redirect("plannen:evaluatie-uitkomst", pk=plan.pk, evaluatie=gedaan.pk)
    bij_gesprek = selectors.zrm_uit_gesprek(huishouden_id=plan.huishouden_id)
    context = {
        "plan": plan,
        "huishouden": plan.huishouden,
        "form": form,
        "zrm_rijen": [(veld, bij_gesprek.get(d.value)) for d, veld in form.zrm_velden()],
    }
    return render(request, "plannen/evaluatie.html", context)


@toegang(Beleid.DOSSIER)
@require_GET
def uitkomst(request: AuthenticatedHttpRequest, pk: int, evaluatie: int) -> HttpResponse:
    gevonden = selectors.evaluatie_voor_pagina(medewerker=request.user, plan_pk=pk, pk=evaluatie)
    gevonden = gevonden_of_404(request, gevonden, model=Evaluatie, pk=evaluatie)
    na = {z.domein: z.score for z in gevonden.zrm_scores.all()}
    voor = selectors.zrm_uit_gesprek(huishouden_id=gevonden.plan.huishouden_id)
    voortgang = [
        {
            "domein": d.label,
            "voor": voor.get(d.value),
            "na": na.get(d.value),
            "verschil": (na[d.value] - voor[d.value])
            if d.value in na and d.value in voor
            else None,
        }
        for d in ZrmDomein
        if d.value in na or d.value in voor
    ]
    context = {
        "evaluatie": gevonden,
        "plan": gevonden.plan,
        "huishouden": gevonden.plan.huishouden,
        "voortgang": voortgang,
    }
    return render(request, "plannen/evaluatie_uitkomst.html", context)
