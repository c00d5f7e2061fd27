"""Caseload management: a teamleider hands all work of a medewerker (leaving, ill) over to
one or several colleagues in one action — chosen per case, or proposed by the app."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods

from huishoudens.models import Huishouden, Melding
from plannen.models import Plan
from plannen.selectors import mogelijke_regisseurs_in_teams
from plannen.services.herverdeling import caseload_overdragen, verdeling_voorstellen
from sociaal import achterstand
from sociaal.audit.models import Actie
from sociaal.audit.services import audit_lijst_vastleggen
from sociaal.forms import NLDesignFormMixin
from sociaal.medewerkers.models import Medewerker, Rol
from sociaal.weigering import weigering_op_formulier

from . import cijfers
from .periode import Periode, Soort
from .selectors import teams_voor_dashboard


class HerverdeelForm(NLDesignFormMixin, forms.Form):
    reden = forms.CharField(
        label=gettext_lazy("Reden van de overdracht"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
        help_text=gettext_lazy("Bijvoorbeeld: uit dienst per 1 december, langdurig ziek."),
    )
    verdelen_over = forms.ModelMultipleChoiceField(
        label=gettext_lazy("Verdeel over"),
        queryset=Medewerker.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, plannen, meldingen, collegas, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["verdelen_over"].queryset = collegas
        for soort, zaken in (("plan", plannen), ("melding", meldingen)):
            for zaak in zaken:
                self.fields[f"{soort}-{zaak.pk}"] = forms.ModelChoiceField(
                    label=_("Nieuwe collega"),
                    queryset=collegas,
                    required=False,
                    empty_label=_("— blijft —"),
                    error_messages={"invalid_choice": _("Kies een collega uit de lijst.")},
                )
        self.stijl_toepassen()

    def gekozen(self, soort: str) -> dict[int, Medewerker]:
        return {
            int(naam.split("-", 1)[1]): waarde
            for naam, waarde in self.cleaned_data.items()
            if naam.startswith(f"{soort}-") and waarde is not None
        }


def _leden(teams) -> list[Medewerker]:
    """Whose work can be handed over: anyone who is or was a professional in the teams
    (also someone already made inactive: their work must still move)."""
    return list(
        Medewerker.objects.filter(teams__in=teams, rol__in=(Rol.CONSULENT, Rol.TEAMLEIDER))
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


@require_http_methods(["GET", "POST"])
def herverdelen(request: HttpRequest) -> HttpResponse:
    teams = list(teams_voor_dashboard(request.user, actie=Actie.WIJZIGEN))
    leden = [m for m in _leden(teams) if m.pk != request.user.pk]
    gekozen_id = request.POST.get("medewerker") or request.GET.get("medewerker")
    van = next((m for m in leden if str(m.pk) == gekozen_id), None)
    context = {"leden": leden, "van": van}
    if van is None:
        return render(request, "dashboard/herverdelen.html", context)

    zichtbaar = Huishouden.objects.zichtbaar_voor(request.user)
    plannen = list(
        Plan.objects.filter(cijfers.plannen_van(van.pk), huishouden__in=zichtbaar)
        .select_related("huishouden")
        .order_by("huishouden__straat", "huishouden__huisnummer", "pk")
    )
    meldingen = list(
        Melding.objects.filter(
            achterstand.WACHTEND | Q(deadline__isnull=False),
            consulent=van,
            huishouden__in=zichtbaar,
        )
        .select_related("huishouden")
        .order_by("ontvangen_op", "pk")
    )
    collegas = mogelijke_regisseurs_in_teams(door=request.user).exclude(pk=van.pk)
    gegevens = request.POST.copy() if request.method == "POST" else None
    form = HerverdeelForm(gegevens, plannen=plannen, meldingen=meldingen, collegas=collegas)

    if request.method == "POST" and form.is_valid():
        if request.POST.get("actie") == "voorstel":
            form = _met_voorstel(form, gegevens, teams, plannen, meldingen, collegas)
        else:
            try:
                gedaan = caseload_overdragen(
                    van=van,
                    plannen=form.gekozen("plan"),
                    meldingen=form.gekozen("melding"),
                    reden=form.cleaned_data["reden"],
                    door=request.user,
                )
            except (ValidationError, PermissionDenied) as fout:
                weigering_op_formulier(request, form, fout)
            else:
                messages.success(
                    request,
                    ngettext(
                        "%(n)s plan en %(m)s melding(en) van %(naam)s overgedragen.",
                        "%(n)s plannen en %(m)s melding(en) van %(naam)s overgedragen.",
                        len(gedaan.plannen),
                    )
                    % {"n": len(gedaan.plannen), "m": len(gedaan.meldingen), "naam": van},
                )
                return redirect(f"{reverse('dashboard:herverdelen')}?medewerker={van.pk}")

    audit_lijst_vastleggen(
        medewerker=request.user,
        actie=Actie.LIJST,
        huishouden_ids={z.huishouden_id for z in [*plannen, *meldingen]},
        object_type=Huishouden._meta.label_lower,
    )
    context.update(
        {
            "form": form,
            "heeft_werk": bool(plannen or meldingen),
            "groepen": [
                {
                    "sleutel": "plannen",
                    "titel": ngettext(
                        "%(n)s plan met %(naam)s als regisseur",
                        "%(n)s plannen met %(naam)s als regisseur",
                        len(plannen),
                    )
                    % {"n": len(plannen), "naam": van},
                    "naar": _("Nieuwe regisseur"),
                    "rijen": [
                        {
                            "zaak": p,
                            "veld": form[f"plan-{p.pk}"],
                            "link": reverse("plannen:plan", args=[p.pk]),
                            "wat": _("Plan, %(status)s") % {"status": p.get_status_display()},
                        }
                        for p in plannen
                    ],
                },
                {
                    "sleutel": "meldingen",
                    "titel": ngettext(
                        "%(n)s melding van %(naam)s",
                        "%(n)s meldingen van %(naam)s",
                        len(meldingen),
                    )
                    % {"n": len(meldingen), "naam": van},
                    "naar": _("Nieuwe consulent"),
                    "rijen": [
                        {
                            "zaak": m,
                            "veld": form[f"melding-{m.pk}"],
                            "link": reverse("meldingen:melding", args=[m.pk]),
                            "wat": _("Melding %(wet)s, %(status)s")
                            % {"wet": m.get_wet_display(), "status": m.get_status_display()},
                        }
                        for m in meldingen
                    ],
                },
            ],
        }
    )
    return render(request, "dashboard/herverdelen.html", context)


def _met_voorstel(form, gegevens, teams, plannen, meldingen, collegas) -> HerverdeelForm:
    """The form again with every case given a colleague: whole households, to whoever
    of the chosen colleagues has the smallest caseload."""
    naar = list(form.cleaned_data["verdelen_over"])
    if not naar:
        form.add_error("verdelen_over", _("Kies de collega's over wie u het werk verdeelt."))
        return form
    maand = Periode.rond(Soort.MAAND, timezone.localdate())
    caseload = {}
    for rij in cijfers.caseload(teams, maand=maand):
        caseload[rij.medewerker.pk] = rij.caseload
    voorstel = verdeling_voorstellen(
        zaken=[("plan", p.pk, p.huishouden_id) for p in plannen]
        + [("melding", m.pk, m.huishouden_id) for m in meldingen],
        naar=naar,
        caseload=caseload,
    )
    for (soort, pk), medewerker_id in voorstel.items():
        gegevens[f"{soort}-{pk}"] = str(medewerker_id)
    nieuw = HerverdeelForm(gegevens, plannen=plannen, meldingen=meldingen, collegas=collegas)
    nieuw.is_valid()
    return nieuw
