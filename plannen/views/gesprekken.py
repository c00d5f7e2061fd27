"""The keukentafelgesprek: planning it, recording it (with autosave while typing),
finalising it, and the resident's reaction to the verslag."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from huishoudens import selectors as huishouden_selectors
from huishoudens.models import Melding
from sociaal.audit.reads import gevonden_of_404
from sociaal.http import AuthenticatedHttpRequest
from sociaal.toegang import Beleid, toegang
from sociaal.weigering import weigering_op_formulier, weigering_vastleggen

from .. import selectors
from ..forms.gesprek import GesprekForm, GesprekPlannenForm, ReactieForm
from ..models import Keukentafelgesprek, ZrmDomein
from ..services import gesprekken as services


def _gesprek_of_404(request: AuthenticatedHttpRequest, pk: int) -> Keukentafelgesprek:
    gesprek = selectors.gesprek_voor_pagina(medewerker=request.user, pk=pk)
    return gevonden_of_404(request, gesprek, model=Keukentafelgesprek, pk=pk)


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def gesprek_plannen(request: AuthenticatedHttpRequest, melding: int) -> HttpResponse:
    gevonden = huishouden_selectors.melding_voor_pagina(medewerker=request.user, pk=melding)
    melding = gevonden_of_404(request, gevonden, model=Melding, pk=melding)
    form = GesprekPlannenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            gesprek = services.gesprek_plannen(
                melding=melding, door=request.user, **form.cleaned_data
            )
        except (ValidationError, PermissionDenied) as error:
            weigering_op_formulier(request, form, error, huishouden_id=melding.huishouden_id)
        else:
            messages.success(request, _("Gesprek gepland."))
            return redirect("plannen:gesprek", pk=gesprek.pk)
    context = {"form": form, "melding": melding, "huishouden": melding.huishouden}
    return render(request, "plannen/gesprek_plannen.html", context)


def _opslaan(request, gesprek: Keukentafelgesprek, form: GesprekForm) -> Keukentafelgesprek:
    return services.gesprek_opslaan(
        gesprek=gesprek,
        gegevens=form.gegevens(),
        zrm=form.zrm(),
        deelnemers=form.deelnemers(),
        versie=form.cleaned_data["versie"],
        door=request.user,
    )


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def gesprek_pagina(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    gesprek = _gesprek_of_404(request, pk)
    if gesprek.is_definitief and "versie" in request.POST:
        return _te_laat(request, gesprek)
    if gesprek.is_definitief:
        return _verslag(request, gesprek)
    form = GesprekForm(request.POST or None, instance=gesprek, huishouden=gesprek.huishouden)
    if request.method == "POST" and form.is_valid():
        try:
            opgeslagen = _opslaan(request, gesprek, form)
            if request.POST.get("actie") == "afronden":
                services.gesprek_afronden(gesprek=opgeslagen, door=request.user)
                messages.success(
                    request, _("Het gesprek is afgerond; de onderzoekstermijn is gestopt.")
                )
            else:
                messages.success(request, _("Opgeslagen."))
        except (ValidationError, PermissionDenied) as error:
            weigering_op_formulier(request, form, error, huishouden_id=gesprek.huishouden_id)
            if request.POST.get("actie") == "afronden" and not isinstance(
                error, services.GelijktijdigGewijzigd
            ):
                # The draft itself was saved; only finalising was refused.
                form.data = form.data.copy()
                form.data["versie"] = Keukentafelgesprek.objects.get(pk=gesprek.pk).versie
        else:
            return redirect("plannen:gesprek", pk=gesprek.pk)
    context = {
        "gesprek": gesprek,
        "huishouden": gesprek.huishouden,
        "form": form,
        "domeinen": ZrmDomein,
    }
    return render(request, "plannen/gesprek.html", context)


def _te_laat(request: AuthenticatedHttpRequest, gesprek: Keukentafelgesprek) -> HttpResponse:
    """A draft posted from a page loaded before someone finalised the conversation: show
    what was typed, so it can be copied, but do not save it."""
    form = GesprekForm(request.POST, instance=gesprek, huishouden=gesprek.huishouden)
    form.is_valid()
    form.add_error(
        None,
        _(
            "Dit gesprek is intussen afgerond en kan niet meer worden gewijzigd. Uw tekst "
            "hieronder is niet opgeslagen; kopieer wat u wilt bewaren."
        ),
    )
    context = {
        "gesprek": gesprek,
        "huishouden": gesprek.huishouden,
        "form": form,
        "alleen_lezen": True,
    }
    return render(request, "plannen/gesprek.html", context, status=409)


def _verslag(request: AuthenticatedHttpRequest, gesprek: Keukentafelgesprek) -> HttpResponse:
    form = ReactieForm(request.POST or None, instance=gesprek)
    if request.method == "POST" and form.is_valid():
        try:
            services.reactie_vastleggen(
                gesprek=gesprek,
                reactie=form.cleaned_data["reactie"],
                op=form.cleaned_data["reactie_op"],
                toelichting=form.cleaned_data["reactie_toelichting"],
                door=request.user,
            )
        except (ValidationError, PermissionDenied) as error:
            weigering_op_formulier(request, form, error, huishouden_id=gesprek.huishouden_id)
        else:
            messages.success(request, _("De reactie van de inwoner is vastgelegd."))
            return redirect("plannen:gesprek", pk=gesprek.pk)
    scores = {z.domein: z for z in gesprek.zrm_scores.all()}
    context = {
        "gesprek": gesprek,
        "huishouden": gesprek.huishouden,
        "form": form,
        "zrm": [(domein, scores.get(domein)) for domein in ZrmDomein],
    }
    return render(request, "plannen/verslag.html", context)


@toegang(Beleid.DOSSIER)
@require_POST
def gesprek_autosave(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """The draft as it is typed (htmx only). Answers with the status line and the new
    version; a conflict is a 409 that the page shows without retrying."""
    if not request.htmx:
        return HttpResponseBadRequest(_("Alleen voor automatisch opslaan."))
    gesprek = _gesprek_of_404(request, pk)
    form = GesprekForm(request.POST, instance=gesprek, huishouden=gesprek.huishouden)
    context: dict[str, object] = {"gesprek": gesprek}
    if not form.is_valid():
        velden = [
            str(form.fields[naam].label or naam)
            for naam in form.errors
            if naam in form.fields and not form.fields[naam].widget.is_hidden
        ]
        context["fout"] = _("Niet opgeslagen: controleer %(velden)s.") % {
            "velden": ", ".join(velden) or _("het formulier (laad de pagina opnieuw)")
        }
        # 422: nothing was saved; the page keeps the text and does not try again by itself.
        return render(request, "plannen/gesprek.html#autosave", context, status=422)
    try:
        opgeslagen = _opslaan(request, gesprek, form)
    except services.GelijktijdigGewijzigd as error:
        context["fout"] = error.messages[0]
        return render(request, "plannen/gesprek.html#autosave", context, status=409)
    except PermissionDenied as error:
        weigering_vastleggen(request, huishouden_id=gesprek.huishouden_id)
        context["fout"] = str(error)
        return render(request, "plannen/gesprek.html#autosave", context, status=403)
    except ValidationError as error:
        context["fout"] = " ".join(error.messages)
        return render(request, "plannen/gesprek.html#autosave", context, status=422)
    context["gesprek"] = opgeslagen
    context["opgeslagen_om"] = time_format(timezone.localtime(opgeslagen.bijgewerkt_op), "H:i")
    return render(request, "plannen/gesprek.html#autosave", context)
