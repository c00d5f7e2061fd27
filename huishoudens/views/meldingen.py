"""Registering a melding, its page (clocks, call-backs, aanvraag, extending or suspending,
withdrawing), the wachtlijst of a team with inline assignment, and "mijn meldingen"."""

from urllib.parse import urlsplit

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_htmx.http import HttpResponseClientRedirect

from sociaal.audit.models import Actie
from sociaal.audit.reads import gevonden_of_404
from sociaal.audit.services import audit_lijst_vastleggen
from sociaal.http import AuthenticatedHttpRequest
from sociaal.termijnen.models import Termijninstellingen
from sociaal.termijnen.regels import Wet
from sociaal.toegang import Beleid, toegang
from sociaal.weigering import weigering_op_formulier

from .. import selectors
from ..forms.meldingen import (
    AanpassingForm,
    AanvraagForm,
    BeschikkingForm,
    IntrekkenForm,
    MeldingForm,
    OpschortingBeeindigenForm,
    TerugbelForm,
    TijdelijkeVoorzieningForm,
    ToewijzenForm,
)
from ..klokken import hoofdklok, klokken, terugbellen_vanaf, wachtdagen
from ..models import Huishouden, Melding
from ..services import meldingen as services
from .access import huishouden_of_404

PER_PAGINA = 25


def _melding_of_404(request: AuthenticatedHttpRequest, pk: int) -> Melding:
    melding = selectors.melding_voor_pagina(medewerker=request.user, pk=pk)
    return gevonden_of_404(request, melding, model=Melding, pk=pk)


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def melding_nieuw(request: AuthenticatedHttpRequest, huishouden: int) -> HttpResponse:
    huishouden = huishouden_of_404(request, huishouden)
    form = MeldingForm(
        request.POST or None,
        instance=Melding(huishouden=huishouden),
        huishouden=huishouden,
        initial={"ontvangen_op": timezone.localtime().replace(second=0, microsecond=0)},
    )
    if request.method == "POST" and form.is_valid():
        try:
            melding = services.melding_registreren(
                melding=form.save(commit=False), door=request.user
            )
        except (ValidationError, PermissionDenied) as error:
            weigering_op_formulier(request, form, error, huishouden_id=huishouden.pk)
        else:
            messages.success(request, _("Melding geregistreerd."))
            return redirect("meldingen:melding", pk=melding.pk)
    return render(
        request, "meldingen/melding_nieuw.html", {"form": form, "huishouden": huishouden}
    )


# The forms on the melding page: (name, form class, service call).
def _terugbellen(melding, data, door):
    services.terugbellen_vastleggen(melding=melding, door=door, **data)
    return _("Terugbelmoment vastgelegd.")


def _aanvraag(melding, data, door):
    services.aanvraag_vastleggen(melding=melding, door=door, **data)
    return _("Aanvraagdatum vastgelegd; de beschikkingstermijn loopt.")


def _aanpassing(melding, data, door):
    services.termijn_aanpassen(
        melding=melding,
        door=door,
        dagen=data["dagen"] or 0,
        **{k: data[k] for k in ("klok", "soort", "van", "tot", "reden")},
    )
    return _("Termijn aangepast.")


def _intrekken(melding, data, door):
    services.melding_intrekken(melding=melding, door=door, **data)
    return _("Melding ingetrokken.")


def _beschikking(melding, data, door):
    services.beschikking_vastleggen(melding=melding, door=door, **data)
    return _("Beschikkingsdatum vastgelegd; de beschikkingstermijn is gestopt.")


def _opschorting_beeindigen(melding, data, door):
    services.opschorting_beeindigen(
        melding=melding, aanpassing_id=data["opschorting"], tot=data["tot"], door=door
    )
    return _("Opschorting beëindigd.")


def _tijdelijke_voorziening(melding, data, door):
    services.tijdelijke_voorziening_vastleggen(melding=melding, door=door, **data)
    return _("Tijdelijke voorziening vastgelegd; de crisistermijn is gestopt.")


ACTIES = {
    "terugbellen": (TerugbelForm, _terugbellen),
    "aanvraag": (AanvraagForm, _aanvraag),
    "beschikking": (BeschikkingForm, _beschikking),
    "aanpassing": (AanpassingForm, _aanpassing),
    "opschorting_beeindigen": (OpschortingBeeindigenForm, _opschorting_beeindigen),
    "intrekken": (IntrekkenForm, _intrekken),
    "tijdelijke_voorziening": (TijdelijkeVoorzieningForm, _tijdelijke_voorziening),
}


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def melding_pagina(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    melding = _melding_of_404(request, pk)
    forms = {
        naam: form_class(prefix=naam, melding=melding)
        for naam, (form_class, _actie) in ACTIES.items()
    }
    if request.method == "POST":
        naam = request.POST.get("actie", "")
        if naam not in ACTIES:
            return HttpResponseBadRequest(_("Onbekende handeling."))
        form_class, actie = ACTIES[naam]
        form = forms[naam] = form_class(request.POST, prefix=naam, melding=melding)
        if form.is_valid():
            try:
                melding_tekst = actie(melding, form.cleaned_data, request.user)
            except (ValidationError, PermissionDenied) as error:
                weigering_op_formulier(request, form, error, huishouden_id=melding.huishouden_id)
            else:
                messages.success(request, melding_tekst)
                return redirect("meldingen:melding", pk=melding.pk)
    instellingen = Termijninstellingen.huidige()
    context = {
        "melding": melding,
        "huishouden": melding.huishouden,
        "klokken": klokken(melding, instellingen=instellingen),
        "forms": forms,
        "gesprekken": melding.gesprekken.order_by("-gepland_op")
        if hasattr(melding, "gesprekken")
        else [],
    }
    return render(request, "meldingen/melding.html", context)


def _rijen(meldingen, instellingen):
    """The rows of a table of meldingen."""
    nu = timezone.now()
    vandaag = timezone.localdate()
    rijen = []
    for m in meldingen:
        terugbellen = terugbellen_vanaf(
            m, laatste_contact=getattr(m, "laatste_contact", None), instellingen=instellingen
        )
        rijen.append(
            {
                "melding": m,
                "klok": hoofdklok(m, instellingen=instellingen, nu=nu),
                "wachtdagen": wachtdagen(m, vandaag),
                "terugbellen_vanaf": terugbellen if m.is_open else None,
                "terugbellen_nodig": m.is_open and terugbellen <= vandaag,
            }
        )
    return rijen


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET"])
def wachtlijst(request: AuthenticatedHttpRequest) -> HttpResponse:
    teams = list(selectors.teams_van(request.user))
    if not teams:
        return render(request, "meldingen/wachtlijst.html", {"teams": []})
    team = next((t for t in teams if str(t.pk) == request.GET.get("team")), teams[0])
    wet = request.GET.get("wet", "")
    wet = wet if wet in Wet.values else ""
    wijken = list(team.wijken.all())
    wijk_id = next((w.pk for w in wijken if str(w.pk) == request.GET.get("wijk")), None)
    qs = selectors.wachtlijst(medewerker=request.user, team=team, wet=wet, wijk_id=wijk_id)
    pagina = Paginator(qs, PER_PAGINA).get_page(request.GET.get("pagina"))
    audit_lijst_vastleggen(
        medewerker=request.user,
        actie=Actie.LIJST,
        huishouden_ids=[m.huishouden_id for m in pagina.object_list],
        object_type=Huishouden._meta.label_lower,
    )
    context = {
        "teams": teams,
        "team": team,
        "wetten": Wet.choices,
        "wet": wet,
        "wijken": wijken,
        "wijk_id": wijk_id,
        "pagina": pagina,
        "rijen": _rijen(pagina.object_list, Termijninstellingen.huidige()),
        "mag_toewijzen": request.user.is_teamleider,
        "terug": request.get_full_path(),
    }
    return render(request, "meldingen/wachtlijst.html", context)


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET"])
def mijn_meldingen(request: AuthenticatedHttpRequest) -> HttpResponse:
    meldingen = list(selectors.mijn_meldingen(medewerker=request.user))
    audit_lijst_vastleggen(
        medewerker=request.user,
        actie=Actie.LIJST,
        huishouden_ids=[m.huishouden_id for m in meldingen],
        object_type=Huishouden._meta.label_lower,
    )
    rijen = _rijen(meldingen, Termijninstellingen.huidige())
    return render(request, "meldingen/mijn.html", {"rijen": rijen})


def _terug_naar_wachtlijst(request: AuthenticatedHttpRequest) -> str:
    """Where an assignment returns to: the wachtlijst with its filters and page, as the
    request says (`terug`), or the wachtlijst itself; never another page or site."""
    terug = request.POST.get("terug", request.GET.get("terug", ""))
    lijst = reverse("meldingen:wachtlijst")
    if url_has_allowed_host_and_scheme(terug, allowed_hosts=None) and (
        urlsplit(terug).path == lijst
    ):
        return terug
    return lijst


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def melding_toewijzen(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Assigning a melding from the wachtlijst. The row shows a Toewijzen button: with
    htmx it loads the choice of consulent into the row, saved with its own button (an arrow
    key in the list never saves); without JavaScript it opens this as a page of its own,
    which returns to the list. The wachtlijst itself stays light: no list of consulenten in
    every row."""
    terug = _terug_naar_wachtlijst(request)
    try:
        melding = _melding_of_404(request, pk)
    except Http404:
        if not request.htmx:
            raise
        # Gone from sight since the list was loaded (handed to another team, withdrawn):
        # the list again, saying why, instead of a click that does nothing.
        messages.info(request, _("Deze melding staat niet meer op uw wachtlijst."))
        return HttpResponseClientRedirect(terug)
    kandidaten = selectors.toewijsbare_consulenten(team=melding.huishouden.wijk.team)
    context = {
        "melding": melding,
        "m": melding,
        "consulenten": kandidaten,
        "terug": terug,
        "fout": "",
        "mag_toewijzen": services.mag_toewijzen(melding=melding, door=request.user),
        "bewerken": True,
    }
    if request.method == "GET":
        if request.htmx:
            return render(request, "meldingen/_tabel.html#consulent", context)
        return render(request, "meldingen/toewijzen.html", context)
    form = ToewijzenForm(request.POST, kandidaten=kandidaten)
    if form.is_valid():
        try:
            melding = services.melding_toewijzen(
                melding=melding, consulent=form.cleaned_data["consulent"], door=request.user
            )
        except (ValidationError, PermissionDenied) as error:
            weigering_op_formulier(request, form, error, huishouden_id=melding.huishouden_id)
    if form.errors:
        context["fout"] = " ".join(str(e) for errors in form.errors.values() for e in errors)
    context["bewerken"] = bool(context["fout"])  # the choice again, with why
    gelukt = _("Toegewezen aan %(naam)s.") % {"naam": melding.consulent}
    if request.htmx:
        rij = selectors.melding_voor_rij(medewerker=request.user, pk=pk)
        if rij is None:  # out of sight meanwhile (moved to another team): the list again
            return HttpResponseClientRedirect(terug)
        context["rij"] = _rijen([rij], Termijninstellingen.huidige())[0]
        context["status_melding"] = "" if context["fout"] else gelukt
        return render(request, "meldingen/_tabel.html#rij", context)
    if context["fout"]:
        return render(request, "meldingen/toewijzen.html", context, status=422)
    messages.success(request, gelukt)
    return redirect(terug)
