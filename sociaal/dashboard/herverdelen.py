"""Caseload management: a teamleider hands all work of a medewerker (leaving, ill) over to
one or several colleagues in one action — chosen per case, or proposed by the app."""

from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_http_methods

from huishoudens.models import Huishouden, Melding
from plannen.models import Plan
from plannen.selectors import mogelijke_regisseurs_in_teams
from plannen.services.herverdeling import Zaak, caseload_overdragen, verdeling_voorstellen
from sociaal import achterstand
from sociaal.audit.models import Actie
from sociaal.audit.services import audit_lijst_vastleggen
from sociaal.http import AuthenticatedHttpRequest
from sociaal.medewerkers.models import Medewerker, Rol
from sociaal.toegang import Beleid, toegang
from sociaal.weigering import weigering_op_formulier
from sociaal.zichtbaarheid import zichtbare_huishoudens

from . import cijfers
from .periode import Periode, Soort
from .selectors import teams_voor_dashboard


@dataclass(frozen=True)
class Werk:
    """The open work of `van` that the teamleider may see, and who may take each case."""

    van: Medewerker
    plannen: list[Plan]
    meldingen: list[Melding]
    collegas: list[Medewerker]
    mogelijk: dict[str, list[Medewerker]]  # per form field
    voorkeur: dict[int, int]  # household → its current regisseur (not `van`)
    verborgen: int  # cases of `van` in households outside the teamleider's teams

    @property
    def sleutels(self) -> str:
        """Which cases the page showed, to notice when that changed before the POST."""
        return ",".join(sorted(self.mogelijk))

    def zaken(self) -> list[Zaak]:
        return [
            Zaak(
                soort,
                zaak.pk,
                zaak.huishouden_id,
                frozenset(m.pk for m in self.mogelijk[f"{soort}-{zaak.pk}"]),
            )
            for soort, lijst in (("plan", self.plannen), ("melding", self.meldingen))
            for zaak in lijst
        ]


def werk_van(*, van: Medewerker, door: Medewerker, teams) -> Werk:
    """A fixed number of queries, whatever the number of cases. The plans `door` may see
    (a teamleider sees every plan a member of their teams directs) and the meldingen of
    households in `door`'s own `teams` (only that team's teamleider assigns them); the
    rest is counted, not shown."""
    zichtbaar = zichtbare_huishoudens(door)
    alle_plannen = Plan.objects.filter(cijfers.plannen_van(van.pk))
    alle_meldingen = Melding.objects.filter(achterstand.IN_BEHANDELING, consulent=van)
    eigen_meldingen = Q(huishouden__in=zichtbaar, huishouden__wijk__team__in=teams)
    plannen = list(
        alle_plannen.filter(huishouden__in=zichtbaar)
        .select_related("huishouden")
        .order_by("huishouden__straat", "huishouden__huisnummer", "pk")
    )
    meldingen = list(
        alle_meldingen.filter(eigen_meldingen)
        .select_related("huishouden__wijk")
        .order_by("ontvangen_op", "pk")
    )
    verborgen = (
        alle_plannen.exclude(huishouden__in=zichtbaar).count()
        + alle_meldingen.exclude(eigen_meldingen).count()
    )
    collegas = list(
        mogelijke_regisseurs_in_teams(door=door).exclude(pk=van.pk).prefetch_related("teams")
    )
    teams_van = {m.pk: {t.pk for t in m.teams.all()} for m in collegas}
    mogelijk = {f"plan-{p.pk}": collegas for p in plannen}
    for m in meldingen:
        # A melding stays with a consulent of the team that serves the household.
        team = m.huishouden.wijk.team_id
        mogelijk[f"melding-{m.pk}"] = [c for c in collegas if team in teams_van[c.pk]]
    voorkeur = dict(
        Plan.objects.open()
        .filter(huishouden_id__in={m.huishouden_id for m in meldingen})
        .exclude(regisseur=van)
        .values_list("huishouden_id", "regisseur_id")
    )
    return Werk(van, plannen, meldingen, collegas, mogelijk, voorkeur, verborgen)


class HerverdeelForm(forms.Form):
    reden = forms.CharField(
        label=gettext_lazy("Reden van de overdracht"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=gettext_lazy("Bijvoorbeeld: uit dienst per 1 december, langdurig ziek."),
        error_messages={"required": gettext_lazy("Geef een reden voor de overdracht.")},
    )
    verdelen_over = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Verdeel over"),
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    zaken = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, werk: Werk, voorstel: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.werk = werk
        # Handing over needs a reason; asking for a proposal does not yet.
        self.fields["reden"].required = not voorstel
        self._op_pk = {m.pk: m for m in werk.collegas}
        self.fields["verdelen_over"].choices = [(m.pk, str(m)) for m in werk.collegas]
        self.fields["verdelen_over"].error_messages["invalid_choice"] = _(
            "Kies collega's uit de lijst."
        )
        self.fields["zaken"].initial = werk.sleutels
        for naam, mogelijk in werk.mogelijk.items():
            self.fields[naam] = forms.TypedChoiceField(
                label=_("Nieuwe collega"),
                choices=[("", _("— blijft —"))] + [(m.pk, str(m)) for m in mogelijk],
                coerce=int,
                empty_value=None,
                required=False,
                error_messages={"invalid_choice": _("Kies een collega uit de lijst.")},
            )

    def gekozen(self, soort: str) -> dict[int, Medewerker]:
        return {
            int(naam.split("-", 1)[1]): self._op_pk[waarde]
            for naam, waarde in self.cleaned_data.items()
            if naam.startswith(f"{soort}-") and waarde is not None
        }


def _leden(teams, door: Medewerker) -> list[Medewerker]:
    """Whose work can be handed over: anyone who is or was a professional in the teams
    (also someone already made inactive: their work must still move)."""
    return list(
        Medewerker.objects.filter(teams__in=teams, rol__in=(Rol.CONSULENT, Rol.TEAMLEIDER))
        .exclude(pk=door.pk)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


@toegang(Beleid.TEAMLEIDER)
@require_http_methods(["GET", "POST"])
def herverdelen(request: AuthenticatedHttpRequest) -> HttpResponse:
    teams = list(teams_voor_dashboard(request.user, actie=Actie.WIJZIGEN))
    leden = _leden(teams, request.user)
    gekozen_id = request.POST.get("medewerker") or request.GET.get("medewerker")
    van = next((m for m in leden if str(m.pk) == gekozen_id), None)
    context = {"leden": leden, "van": van}
    if van is None:
        return render(request, "dashboard/herverdelen.html", context)

    werk = werk_van(van=van, door=request.user, teams=teams)
    gegevens = request.POST.copy() if request.method == "POST" else None
    # The cases the page showed differ from the cases now (someone handed one over, a
    # melding came in): nothing happens, and the page shows the current list to choose on.
    veranderd = gegevens is not None and gegevens.get("zaken") != werk.sleutels
    if veranderd:
        gegevens["zaken"] = werk.sleutels
    form = HerverdeelForm(gegevens, werk=werk, voorstel=request.POST.get("actie") == "voorstel")
    if request.method == "POST" and form.is_valid():
        if veranderd:
            form.add_error(
                None,
                _(
                    "Het werk van %(naam)s is veranderd sinds u deze pagina opende. "
                    "Controleer de lijst hieronder en kies opnieuw."
                )
                % {"naam": van},
            )
        elif request.POST.get("actie") == "voorstel":
            form = _met_voorstel(form, gegevens, teams, werk)
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
        huishouden_ids=sorted({z.huishouden_id for z in [*werk.plannen, *werk.meldingen]}),
        object_type=Huishouden._meta.label_lower,
    )
    context.update({"form": form, "werk": werk, "groepen": _groepen(form, werk)})
    return render(request, "dashboard/herverdelen.html", context)


def _met_voorstel(form, gegevens, teams, werk: Werk) -> HerverdeelForm:
    """The form again with every case given a colleague the rules allow: whole
    households, to their current regisseur when chosen, else to whoever of the chosen
    colleagues has the smallest caseload."""
    naar = [form._op_pk[pk] for pk in form.cleaned_data["verdelen_over"]]
    if not naar:
        form.add_error("verdelen_over", _("Kies de collega's over wie u het werk verdeelt."))
        return form
    caseload = {}
    for rij in cijfers.caseload(teams, maand=Periode.rond(Soort.MAAND, timezone.localdate())):
        caseload[rij.medewerker.pk] = rij.caseload
    zaken = werk.zaken()
    voorstel = verdeling_voorstellen(
        zaken=zaken, naar=naar, caseload=caseload, voorkeur=werk.voorkeur
    )
    for (soort, pk), medewerker_id in voorstel.items():
        gegevens[f"{soort}-{pk}"] = str(medewerker_id)
    nieuw = HerverdeelForm(gegevens, werk=werk, voorstel=True)
    nieuw.is_valid()
    if len(voorstel) < len(zaken):
        nieuw.add_error(
            "verdelen_over",
            ngettext(
                "Voor %(n)s zaak is geen van de gekozen collega's mogelijk (een melding "
                "blijft bij het team van het huishouden): kies die zelf.",
                "Voor %(n)s zaken is geen van de gekozen collega's mogelijk (een melding "
                "blijft bij het team van het huishouden): kies die zelf.",
                len(zaken) - len(voorstel),
            )
            % {"n": len(zaken) - len(voorstel)},
        )
    return nieuw


def _groepen(form: HerverdeelForm, werk: Werk) -> list[dict]:
    n_plannen, n_meldingen = len(werk.plannen), len(werk.meldingen)
    return [
        {
            "sleutel": "plannen",
            "titel": ngettext(
                "%(n)s plan met %(naam)s als regisseur",
                "%(n)s plannen met %(naam)s als regisseur",
                n_plannen,
            )
            % {"n": n_plannen, "naam": werk.van},
            "naar": _("Nieuwe regisseur"),
            "rijen": [
                {
                    "zaak": p,
                    "veld": form[f"plan-{p.pk}"],
                    "link": reverse("plannen:plan", args=[p.pk]),
                    "wat": _("Plan %(nummer)s, %(status)s")
                    % {"nummer": p.pk, "status": p.get_status_display()},
                }
                for p in werk.plannen
            ],
        },
        {
            "sleutel": "meldingen",
            "titel": ngettext(
                "%(n)s melding van %(naam)s (open of met een lopende termijn)",
                "%(n)s meldingen van %(naam)s (open of met een lopende termijn)",
                n_meldingen,
            )
            % {"n": n_meldingen, "naam": werk.van},
            "naar": _("Nieuwe consulent"),
            "rijen": [
                {
                    "zaak": m,
                    "veld": form[f"melding-{m.pk}"],
                    "link": reverse("meldingen:melding", args=[m.pk]),
                    "wat": _("Melding %(nummer)s, %(wet)s, %(status)s")
                    % {
                        "nummer": m.pk,
                        "wet": m.get_wet_display(),
                        "status": m.get_status_display(),
                    },
                }
                for m in werk.meldingen
            ],
        },
    ]
