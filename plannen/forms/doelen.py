from django import forms
from django.utils.translation import gettext_lazy as _

from huishoudens.selectors import netwerk_van_huishouden
from sociaal.forms import DatumInput
from voorzieningen.models import Voorziening

from ..models import ZRM_SCORES, Afspraak, DoelResultaat, Evaluatie, Plan, ZrmDomein


class WijzigingForm(forms.Form):
    """Every change of a plan carries the change number it was based on."""

    wijziging = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


class DoelForm(WijzigingForm):
    omschrijving = forms.CharField(
        label=_("Doel, in de woorden van de inwoner"), widget=forms.Textarea(attrs={"rows": 2})
    )
    domein = forms.ChoiceField(
        label=_("Leefgebied"), required=False, choices=[("", _("Geen")), *ZrmDomein.choices]
    )


class AfspraakForm(WijzigingForm):
    """Who does what by when. The choice of who is the rung on the ladder; a
    maatwerkvoorziening first shows its algemene alternatives, then needs the reasons."""

    wat = forms.CharField(label=_("Wat"), widget=forms.Textarea(attrs={"rows": 2}))
    uitvoerder = forms.ChoiceField(
        label=_("Wie doet het"), choices=Afspraak.Uitvoerder.choices, widget=forms.RadioSelect
    )
    persoon = forms.ModelChoiceField(label=_("Bewoner"), queryset=None, required=False)
    netwerklid = forms.ModelChoiceField(label=_("Netwerklid"), queryset=None, required=False)
    algemene_voorziening = forms.ModelChoiceField(
        label=_("Algemene voorziening"), queryset=None, required=False
    )
    maatwerkvoorziening = forms.ModelChoiceField(
        label=_("Maatwerkvoorziening"), queryset=None, required=False
    )
    betrokkene = forms.ModelChoiceField(
        label=_("Betrokken professional"), queryset=None, required=False
    )
    wanneer = forms.DateField(label=_("Uiterlijk"), required=False, widget=DatumInput())
    waarom_niet_eigen_kracht = forms.CharField(
        label=_("Waarom kan de inwoner dit niet zelf?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    waarom_niet_netwerk = forms.CharField(
        label=_("Waarom kan het netwerk dit niet?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    waarom_niet_algemeen = forms.CharField(
        label=_("Waarom volstaat een algemene voorziening niet?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    # The maatwerkvoorziening whose algemene alternatives were shown (shown again when the
    # professional picks another one).
    alternatieven_voor = forms.IntegerField(required=False, widget=forms.HiddenInput)

    REDENEN = ("waarom_niet_eigen_kracht", "waarom_niet_netwerk", "waarom_niet_algemeen")

    def __init__(self, *args, huishouden, **kwargs):
        super().__init__(*args, **kwargs)
        kaart = Voorziening.objects.actief().in_wijk(huishouden.wijk_id).order_by("naam")
        self.fields["persoon"].queryset = huishouden.personen.all()
        self.fields["netwerklid"].queryset = netwerk_van_huishouden(huishouden=huishouden)
        self.fields["algemene_voorziening"].queryset = kaart.filter(
            soort=Voorziening.Soort.ALGEMEEN
        )
        self.fields["maatwerkvoorziening"].queryset = kaart.filter(
            soort=Voorziening.Soort.MAATWERK
        )
        self.fields["betrokkene"].queryset = huishouden.betrokkenen.all()
        for naam in (
            "persoon",
            "netwerklid",
            "algemene_voorziening",
            "maatwerkvoorziening",
            "betrokkene",
        ):
            self.fields[naam].empty_label = _("Kies")

    def afspraak(self, doel) -> Afspraak:
        data = self.cleaned_data
        u = data["uitvoerder"]
        return Afspraak(
            doel=doel,
            wat=data["wat"],
            uitvoerder=u,
            persoon=data["persoon"] if u == Afspraak.Uitvoerder.EIGEN_KRACHT else None,
            netwerklid=data["netwerklid"] if u == Afspraak.Uitvoerder.NETWERK else None,
            voorziening=(
                data["algemene_voorziening"]
                if u == Afspraak.Uitvoerder.ALGEMEEN
                else data["maatwerkvoorziening"]
                if u == Afspraak.Uitvoerder.MAATWERK
                else None
            ),
            betrokkene=data["betrokkene"] if u == Afspraak.Uitvoerder.PROFESSIONAL else None,
            wanneer=data["wanneer"],
            **{reden: data[reden] for reden in self.REDENEN},
        )


class VaststellenForm(WijzigingForm):
    akkoord_op = forms.DateField(label=_("Akkoord van de inwoner op"), widget=DatumInput())
    akkoord_wijze = forms.ChoiceField(
        label=_("Hoe gaf de inwoner akkoord"), choices=Plan.AkkoordWijze.choices
    )
    evaluatie_op = forms.DateField(label=_("Evaluatiedatum"), widget=DatumInput())


class AfsluitenForm(WijzigingForm):
    reden = forms.ChoiceField(label=_("Reden"), choices=Plan.RedenAfsluiting.choices)
    toelichting = forms.CharField(
        label=_("Toelichting"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class EvaluatieForm(WijzigingForm):
    """Results per doel and the ZRM per domain are fields made for this plan."""

    gehouden_op = forms.DateField(label=_("Gehouden op"), widget=DatumInput())
    cijfer = forms.IntegerField(
        label=_("Cijfer van de inwoner voor de hulp (1 tot en met 10)"),
        required=False,
        min_value=1,
        max_value=10,
    )
    opmerking = forms.CharField(
        label=_("Opmerking van de inwoner"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    besluit = forms.ChoiceField(
        label=_("Besluit"), choices=Evaluatie.Besluit.choices, widget=forms.RadioSelect
    )
    nieuwe_evaluatie_op = forms.DateField(
        label=_("Volgende evaluatie (bij doorgaan)"), required=False, widget=DatumInput()
    )
    reden_afsluiting = forms.ChoiceField(
        label=_("Reden (bij afsluiten)"),
        choices=[("", _("Kies een reden")), *Plan.RedenAfsluiting.choices],
        required=False,
    )
    toelichting = forms.CharField(
        label=_("Toelichting (bij afsluiten)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.doelen = list(plan.doelen.all())
        for doel in self.doelen:
            self.fields[f"resultaat_{doel.pk}"] = forms.ChoiceField(
                label=doel.omschrijving,
                choices=DoelResultaat.Resultaat.choices,
                widget=forms.RadioSelect,
            )
        for domein in ZrmDomein:
            self.fields[f"zrm_{domein}"] = forms.TypedChoiceField(
                label=domein.label,
                choices=[("", _("Niet gescoord")), *ZRM_SCORES],
                coerce=int,
                empty_value=None,
                required=False,
                error_messages={"invalid_choice": _("Kies een score van 1 tot en met 5.")},
            )

    def resultaat_velden(self):
        return [self[f"resultaat_{d.pk}"] for d in self.doelen]

    def zrm_velden(self):
        return [(domein, self[f"zrm_{domein}"]) for domein in ZrmDomein]

    def gegevens(self) -> dict:
        data = self.cleaned_data
        return {
            "wijziging": data["wijziging"],
            "gehouden_op": data["gehouden_op"],
            "resultaten": {d.pk: data[f"resultaat_{d.pk}"] for d in self.doelen},
            "zrm": {d.value: data[f"zrm_{d}"] for d in ZrmDomein if data[f"zrm_{d}"] is not None},
            "besluit": data["besluit"],
            "cijfer": data["cijfer"],
            "opmerking": data["opmerking"],
            "nieuwe_evaluatie_op": data["nieuwe_evaluatie_op"],
            "reden_afsluiting": data["reden_afsluiting"],
            "toelichting": data["toelichting"],
        }
