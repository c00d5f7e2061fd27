"""The auditor's search of the audit log, and the report for a resident of who looked at
their file. Both are audited themselves."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET

from huishoudens.models import Huishouden
from huishoudens.selectors import huishouden_zichtbaar
from sociaal.audit.models import Actie, Resultaat
from sociaal.audit.reads import gevonden_of_404
from sociaal.audit.services import audit_vastleggen
from sociaal.forms import DatumInput
from sociaal.http import AuthenticatedHttpRequest
from sociaal.medewerkers.models import Medewerker
from sociaal.toegang import Beleid, toegang

from . import selectors

PER_PAGINA = 100


def alleen_auditor(request: AuthenticatedHttpRequest, actie: Actie) -> None:
    if not (request.user.is_active and request.user.is_auditor):
        audit_vastleggen(
            medewerker=request.user,
            actie=actie,
            object_type="audit.auditentry",
            resultaat=Resultaat.GEWEIGERD,
        )
        raise PermissionDenied(_("Het logboek is er voor de auditor."))


class LogForm(forms.Form):
    huishouden = forms.IntegerField(
        label=gettext_lazy("Huishouden (nummer)"), required=False, min_value=1
    )
    medewerker = forms.ModelChoiceField(
        label=gettext_lazy("Medewerker"),
        queryset=Medewerker.objects.order_by("first_name", "last_name", "username"),
        required=False,
        empty_label=gettext_lazy("— iedereen —"),
    )
    actie = forms.ChoiceField(
        label=gettext_lazy("Actie"),
        choices=[("", gettext_lazy("— alle —")), *Actie.choices],
        required=False,
    )
    resultaat = forms.ChoiceField(
        label=gettext_lazy("Resultaat"),
        choices=[("", gettext_lazy("— alle —")), *Resultaat.choices],
        required=False,
    )
    van = forms.DateField(label=gettext_lazy("Van"), required=False, widget=DatumInput())
    tot = forms.DateField(label=gettext_lazy("Tot en met"), required=False, widget=DatumInput())

    def clean(self):
        schoon = super().clean()
        if schoon.get("van") and schoon.get("tot") and schoon["van"] > schoon["tot"]:
            self.add_error("tot", _("De einddatum ligt vóór de begindatum."))
        return schoon


@toegang(Beleid.AUDIT)
@require_GET
def logboek(request: AuthenticatedHttpRequest) -> HttpResponse:
    alleen_auditor(request, Actie.ZOEKEN)
    form = LogForm(request.GET or None)
    filter_ = selectors.LogFilter()
    if form.is_bound and form.is_valid():
        d = form.cleaned_data
        filter_ = selectors.LogFilter(
            huishouden_id=d["huishouden"],
            medewerker=d["medewerker"],
            actie=d["actie"],
            resultaat=d["resultaat"],
            van=d["van"],
            tot=d["tot"],
        )
    pagina = Paginator(selectors.zoek_in_log(filter_), PER_PAGINA).get_page(
        request.GET.get("pagina")
    )
    # The search itself is in the log: who searched, for which household (if any).
    audit_vastleggen(
        medewerker=request.user,
        actie=Actie.ZOEKEN,
        huishouden_id=filter_.huishouden_id,
        object_type="audit.auditentry",
    )
    return render(
        request,
        "logboek/logboek.html",
        {"form": form, "pagina": pagina},
    )


def _verslag(request: AuthenticatedHttpRequest, huishouden: Huishouden) -> HttpResponse:
    audit_vastleggen(
        medewerker=request.user,
        actie=Actie.AFDRUKKEN,
        huishouden_id=huishouden.pk,
        object_type="audit.toegangsverslag",
    )
    return render(
        request,
        "logboek/toegangsverslag.html",
        {
            "huishouden": huishouden,
            "inzagen": selectors.toegangsverslag(huishouden_id=huishouden.pk),
            "nu": timezone.now(),
        },
    )


@toegang(Beleid.AUDIT)
@require_GET
def verslag_voor_auditor(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    alleen_auditor(request, Actie.AFDRUKKEN)
    huishouden = Huishouden.objects.filter(pk=pk).first()
    return _verslag(
        request, gevonden_of_404(request, huishouden, model=Huishouden, pk=pk, huishouden_id=pk)
    )


@toegang(Beleid.DOSSIER)
@require_GET
def verslag_uit_dossier(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """From the dossier, for the resident who asks: only of a household one may see."""
    huishouden = huishouden_zichtbaar(medewerker=request.user, pk=pk)
    return _verslag(
        request, gevonden_of_404(request, huishouden, model=Huishouden, pk=pk, huishouden_id=pk)
    )
