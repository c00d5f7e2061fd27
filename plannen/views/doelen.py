"""Doelen and afspraken on the plan page, the afspraak page (the ladder: algemene
alternatives before a maatwerkvoorziening), and the ladder view."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sociaal.audit.reads import gevonden_of_404
from sociaal.http import AuthenticatedHttpRequest
from sociaal.toegang import Beleid, toegang
from sociaal.weigering import weigering_op_formulier
from voorzieningen.ladder import verdeling
from voorzieningen.selectors import alternatieven_in_wijk

from .. import selectors
from ..forms.doelen import AfspraakForm, DoelForm, WijzigingForm
from ..models import Afspraak, Plan
from ..services import doelen as services
from .plan import toon_plan


def na_weigering(form, error) -> None:
    """After a conflict the form keeps what was typed and takes the plan's current change
    number, so that saving again (after looking) works."""
    if isinstance(error, services.PlanGelijktijdigGewijzigd):
        form.data = form.data.copy()
        form.data[form.add_prefix("wijziging")] = error.wijziging


def _plan(request: AuthenticatedHttpRequest, pk: int) -> Plan:
    plan = selectors.plan_voor_pagina(medewerker=request.user, pk=pk)
    return gevonden_of_404(request, plan, model=Plan, pk=pk)


def _naar_plan(plan: Plan, anker: str = "doelen"):
    return redirect(reverse("plannen:plan", args=[plan.pk]) + f"#{anker}")


@toegang(Beleid.DOSSIER)
@require_POST
def doel_toevoegen(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """A doel typed in, or made from a hulpvraag of the conversation without retyping."""
    plan = _plan(request, pk)
    hulpvraag_id = request.POST.get("hulpvraag")
    if hulpvraag_id:
        form = WijzigingForm(request.POST)
        hulpvraag = next(
            (h for h in plan.huishouden.open_hulpvragen if str(h.pk) == hulpvraag_id), None
        )
        if hulpvraag is None:
            raise Http404
        gegevens = {"omschrijving": hulpvraag.tekst, "hulpvraag": hulpvraag}
    else:
        form = DoelForm(request.POST)
        gegevens = {}
    if form.is_valid():
        gegevens.setdefault("omschrijving", form.cleaned_data.get("omschrijving", ""))
        gegevens.setdefault("domein", form.cleaned_data.get("domein", ""))
        try:
            services.doel_toevoegen(
                plan=plan, door=request.user, wijziging=form.cleaned_data["wijziging"], **gegevens
            )
        except (ValidationError, PermissionDenied) as error:
            weigering_op_formulier(request, form, error, huishouden_id=plan.huishouden_id)
            na_weigering(form, error)
        else:
            messages.success(request, _("Doel toegevoegd."))
            return _naar_plan(plan)
    if hulpvraag_id:
        for fout in form.non_field_errors() or [_("Probeer het opnieuw.")]:
            messages.error(request, fout)
        return _naar_plan(plan)
    return toon_plan(
        request, _plan(request, pk), doel_form=form, status=409 if form.errors else 200
    )


def _knop(request: AuthenticatedHttpRequest, plan: Plan, uitvoeren, gelukt: str) -> HttpResponse:
    """A button on the plan page (it posts only the change number): do it, and say how it
    went back on the plan page."""
    form = WijzigingForm(request.POST)
    if form.is_valid():
        try:
            uitvoeren(wijziging=form.cleaned_data["wijziging"], door=request.user)
        except (ValidationError, PermissionDenied) as error:
            weigering_op_formulier(request, form, error, huishouden_id=plan.huishouden_id)
        else:
            messages.success(request, gelukt)
            return _naar_plan(plan)
    for fout in form.non_field_errors() or [_("Probeer het opnieuw.")]:
        messages.error(request, fout)
    return _naar_plan(plan)


@toegang(Beleid.DOSSIER)
@require_POST
def doel_verwijderen(request: AuthenticatedHttpRequest, pk: int, doel: int) -> HttpResponse:
    plan = _plan(request, pk)
    gevonden = next((d for d in plan.doelen.all() if d.pk == doel), None)
    if gevonden is None:
        raise Http404
    return _knop(
        request,
        plan,
        lambda **kw: services.doel_verwijderen(doel=gevonden, **kw),
        _("Doel verwijderd."),
    )


def _voorziening_fout(
    form: AfspraakForm, error: ValidationError | PermissionDenied
) -> ValidationError | PermissionDenied:
    """The service speaks of `voorziening`; the form has one field per kind."""
    if (
        isinstance(error, ValidationError)
        and hasattr(error, "error_dict")
        and "voorziening" in error.error_dict
    ):
        veld = (
            "maatwerkvoorziening"
            if form.cleaned_data.get("uitvoerder") == Afspraak.Uitvoerder.MAATWERK
            else "algemene_voorziening"
        )
        fouten = dict(error.error_dict)
        fouten[veld] = fouten.pop("voorziening")
        return ValidationError(fouten)
    return error


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def afspraak_toevoegen(request: AuthenticatedHttpRequest, pk: int, doel: int) -> HttpResponse:
    plan = _plan(request, pk)
    gevonden = next((d for d in plan.doelen.all() if d.pk == doel), None)
    if gevonden is None:
        raise Http404
    huishouden = plan.huishouden
    form = AfspraakForm(
        request.POST or None, huishouden=huishouden, initial={"wijziging": plan.wijziging}
    )
    alternatieven = []
    if request.method == "POST" and form.is_valid():
        afspraak = form.afspraak(gevonden)
        maatwerk = afspraak.uitvoerder == Afspraak.Uitvoerder.MAATWERK and afspraak.voorziening
        if maatwerk:
            alternatieven = alternatieven_in_wijk(
                maatwerk=afspraak.voorziening, wijk_id=huishouden.wijk_id
            )
        kies = request.POST.get("kies_alternatief")
        if kies:
            keuze = next((v for v, _t in alternatieven if str(v.pk) == kies), None)
            if keuze is None:
                raise Http404
            afspraak.uitvoerder, afspraak.voorziening = Afspraak.Uitvoerder.ALGEMEEN, keuze
        gezien = form.cleaned_data["alternatieven_voor"]
        if maatwerk and alternatieven and not kies and gezien != afspraak.voorziening.pk:
            # First the algemene alternatives of this voorziening; the reasons after that.
            form.data = form.data.copy()
            form.data["alternatieven_voor"] = afspraak.voorziening.pk
        else:
            try:
                services.afspraak_toevoegen(
                    afspraak=afspraak, door=request.user, wijziging=form.cleaned_data["wijziging"]
                )
            except (ValidationError, PermissionDenied) as error:
                weigering_op_formulier(
                    request, form, _voorziening_fout(form, error), huishouden_id=plan.huishouden_id
                )
                na_weigering(form, error)
            else:
                messages.success(
                    request,
                    _("Afspraak toegevoegd op de trede: %(trede)s.")
                    % {"trede": afspraak.get_uitvoerder_display().lower()},
                )
                return _naar_plan(plan)
    context = {
        "plan": plan,
        "huishouden": huishouden,
        "doel": gevonden,
        "form": form,
        "alternatieven": alternatieven,
    }
    return render(request, "plannen/afspraak.html", context)


@toegang(Beleid.DOSSIER)
@require_POST
def afspraak_verwijderen(
    request: AuthenticatedHttpRequest, pk: int, afspraak: int
) -> HttpResponse:
    plan = _plan(request, pk)
    gevonden = next(
        (a for d in plan.doelen.all() for a in d.afspraken.all() if a.pk == afspraak), None
    )
    if gevonden is None:
        raise Http404
    return _knop(
        request,
        plan,
        lambda **kw: services.afspraak_verwijderen(afspraak=gevonden, **kw),
        _("Afspraak verwijderd."),
    )


@toegang(Beleid.DOSSIER)
@require_GET
def ladder(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Every afspraak on its rung: how much rests on the resident, the network and the
    algemene voorzieningen, and how much on maatwerk."""
    gevonden = selectors.ladder_van_plan(medewerker=request.user, pk=pk)
    plan = gevonden_of_404(request, gevonden, model=Plan, pk=pk)
    afspraken = [a for d in plan.doelen.all() for a in d.afspraken.all()]
    treden, naast = verdeling(afspraken)
    context = {
        "plan": plan,
        "huishouden": plan.huishouden,
        "treden": treden,
        "naast": naast,
        "totaal": len(afspraken),
    }
    return render(request, "plannen/ladder.html", context)
