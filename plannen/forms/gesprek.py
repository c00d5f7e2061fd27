from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from huishoudens.selectors import netwerk_van_huishouden
from sociaal.forms import DatumInput, DatumTijdInput

from ..models import ZRM_SCORES, Deelnemer, Keukentafelgesprek, ZrmDomein

VRIJE_DEELNEMERS = 3
NIET_VAN_DIT_HUISHOUDEN = _("Deze deelnemer hoort niet bij dit huishouden.")
JA_NEE_ONBEKEND = [("", _("Nog niet bekend")), ("ja", _("Ja")), ("nee", _("Nee"))]


class GesprekPlannenForm(forms.ModelForm):
    class Meta:
        model = Keukentafelgesprek
        fields = ["gepland_op", "plaats", "plaats_toelichting"]
        widgets = {"gepland_op": DatumTijdInput()}


class GesprekForm(forms.ModelForm):
    """The conversation record. Participants are picked from the dossier; only the tolk or
    cliëntondersteuner who is not in it is typed. ZRM scores come as one score and one
    situation per life domain (`zrm_velden`)."""

    versie = forms.IntegerField(widget=forms.HiddenInput)
    maatwerk_nodig = forms.TypedChoiceField(
        label=_("Is een maatwerkvoorziening nodig?"),
        choices=JA_NEE_ONBEKEND,
        coerce=lambda v: v == "ja",
        empty_value=None,
        required=False,
    )
    personen = forms.ModelMultipleChoiceField(
        label=_("Bewoners"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": NIET_VAN_DIT_HUISHOUDEN},
    )
    netwerkleden = forms.ModelMultipleChoiceField(
        label=_("Netwerk"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": NIET_VAN_DIT_HUISHOUDEN},
    )
    betrokkenen = forms.ModelMultipleChoiceField(
        label=_("Betrokken professionals"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": NIET_VAN_DIT_HUISHOUDEN},
    )

    class Meta:
        model = Keukentafelgesprek
        fields = [
            "gehouden_op",
            "plaats",
            "plaats_toelichting",
            "vraag_inwoner",
            "eigen_kracht",
            "gebruikelijke_hulp",
            "mantelzorg",
            "netwerk",
            "algemene_voorzieningen",
            "beoogd_resultaat",
            "voorkeur_leveringsvorm",
            "hulpvragen_tekst",
            "clientondersteuning_aangeboden",
            "persoonlijk_plan_ontvangen",
        ]
        widgets = {
            "gehouden_op": DatumInput(),
            **{
                veld: forms.Textarea(attrs={"rows": 3})
                for veld in [
                    "vraag_inwoner",
                    "eigen_kracht",
                    "gebruikelijke_hulp",
                    "mantelzorg",
                    "netwerk",
                    "algemene_voorzieningen",
                    "beoogd_resultaat",
                    "hulpvragen_tekst",
                ]
            },
        }
        error_messages = {
            "gehouden_op": {"invalid": _("Vul een geldige datum in, bijvoorbeeld 12-03-2026.")}
        }

    def __init__(self, *args, huishouden, **kwargs):
        super().__init__(*args, **kwargs)
        gesprek = self.instance
        self.fields["personen"].queryset = huishouden.personen.all()
        self.fields["netwerkleden"].queryset = netwerk_van_huishouden(huishouden=huishouden)
        self.fields["betrokkenen"].queryset = huishouden.betrokkenen.all()
        for i in range(1, VRIJE_DEELNEMERS + 1):
            self.fields[f"vrij_naam_{i}"] = forms.CharField(
                label=_("Naam"), required=False, max_length=150
            )
            self.fields[f"vrij_rol_{i}"] = forms.ChoiceField(
                label=_("Rol"), required=False, choices=[("", "—"), *Deelnemer.Rol.choices]
            )
        scores = {z.domein: z for z in gesprek.zrm_scores.all()} if gesprek.pk else {}
        for domein in ZrmDomein:
            bestaand = scores.get(domein)
            self.fields[f"zrm_{domein}"] = forms.TypedChoiceField(
                label=_("ZRM-score"),
                choices=[("", _("Niet gescoord")), *ZRM_SCORES],
                coerce=int,
                empty_value=None,
                required=False,
                initial=bestaand.score if bestaand else None,
                error_messages={"invalid_choice": _("Kies een score van 1 tot en met 5.")},
            )
            self.fields[f"situatie_{domein}"] = forms.CharField(
                label=_("Situatie"),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=bestaand.situatie if bestaand else "",
            )
        if gesprek.pk and not self.is_bound:
            self._beginwaarden_deelnemers(gesprek)
            self.initial["versie"] = gesprek.versie
            self.initial["maatwerk_nodig"] = {True: "ja", False: "nee"}.get(
                gesprek.maatwerk_nodig, ""
            )

    def _beginwaarden_deelnemers(self, gesprek: Keukentafelgesprek) -> None:
        deelnemers = list(gesprek.deelnemers.all())
        self.initial["personen"] = [d.persoon_id for d in deelnemers if d.persoon_id]
        self.initial["netwerkleden"] = [d.netwerklid_id for d in deelnemers if d.netwerklid_id]
        self.initial["betrokkenen"] = [d.betrokkene_id for d in deelnemers if d.betrokkene_id]
        vrij = [d for d in deelnemers if d.naam]
        for i, d in enumerate(vrij[:VRIJE_DEELNEMERS], start=1):
            self.initial[f"vrij_naam_{i}"] = d.naam
            self.initial[f"vrij_rol_{i}"] = d.rol

    def clean_gehouden_op(self):
        dag = self.cleaned_data.get("gehouden_op")
        if dag and dag > timezone.localdate():
            raise forms.ValidationError(_("Een gehouden gesprek kan niet in de toekomst liggen."))
        return dag

    # --- what the services take ---------------------------------------------------------
    def gegevens(self) -> dict:
        data = {veld: self.cleaned_data[veld] for veld in self.Meta.fields}
        data["maatwerk_nodig"] = self.cleaned_data["maatwerk_nodig"]
        return data

    def zrm(self) -> dict[str, tuple[int | None, str]]:
        return {
            domein.value: (
                self.cleaned_data[f"zrm_{domein}"],
                self.cleaned_data[f"situatie_{domein}"],
            )
            for domein in ZrmDomein
        }

    def deelnemers(self) -> list[Deelnemer]:
        gekozen = [Deelnemer(persoon=p) for p in self.cleaned_data["personen"]]
        gekozen += [Deelnemer(netwerklid=n) for n in self.cleaned_data["netwerkleden"]]
        gekozen += [Deelnemer(betrokkene=b) for b in self.cleaned_data["betrokkenen"]]
        for i in range(1, VRIJE_DEELNEMERS + 1):
            naam = self.cleaned_data[f"vrij_naam_{i}"].strip()
            if naam:
                gekozen.append(Deelnemer(naam=naam, rol=self.cleaned_data[f"vrij_rol_{i}"]))
        return gekozen

    # --- for the template -------------------------------------------------------------
    def zrm_velden(self):
        return [
            (domein, self[f"zrm_{domein}"], self[f"situatie_{domein}"]) for domein in ZrmDomein
        ]

    def vrije_velden(self):
        return [
            (self[f"vrij_naam_{i}"], self[f"vrij_rol_{i}"]) for i in range(1, VRIJE_DEELNEMERS + 1)
        ]


class ReactieForm(forms.ModelForm):
    class Meta:
        model = Keukentafelgesprek
        fields = ["reactie", "reactie_op", "reactie_toelichting"]
        widgets = {
            "reactie_op": DatumInput(),
            "reactie_toelichting": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reactie"].required = True
        self.fields["reactie_op"].required = True
