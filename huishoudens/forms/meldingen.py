from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sociaal.forms import DatumInput, DatumTijdInput
from sociaal.termijnen.regels import Klok, Soort

from ..models import Melding
from ..models.melding import EERSTE_DAG


class MeldingForm(forms.ModelForm):
    class Meta:
        model = Melding
        fields = ["persoon", "ontvangen_op", "wet", "melder", "vraag", "is_crisis"]
        widgets = {"ontvangen_op": DatumTijdInput(), "vraag": forms.Textarea(attrs={"rows": 4})}
        labels = {"is_crisis": _("Crisis: er is binnen 48 uur een tijdelijke oplossing nodig")}
        error_messages = {
            "ontvangen_op": {"invalid": _("Vul datum en tijd in, bijvoorbeeld 12-03-2026 09:30.")}
        }

    def __init__(self, *args, huishouden, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["persoon"].queryset = huishouden.personen.all()
        self.fields["persoon"].empty_label = _("Kies de bewoner")

    def clean_ontvangen_op(self):
        ontvangen = self.cleaned_data["ontvangen_op"]
        if ontvangen < EERSTE_DAG:
            raise forms.ValidationError(_("Een melding ligt niet vóór 1 januari 2015."))
        if ontvangen > timezone.now():
            raise forms.ValidationError(_("Een melding kan niet in de toekomst binnenkomen."))
        return ontvangen


class MeldingActieForm(forms.Form):
    """A form on the melding page; it knows its melding (most ignore it)."""

    def __init__(self, *args, melding=None, **kwargs):
        self.melding = melding
        super().__init__(*args, **kwargs)


class ToewijzenForm(forms.Form):
    consulent = forms.ModelChoiceField(
        label=_("Consulent"),
        queryset=None,
        error_messages={
            "required": _("Kies een consulent."),
            "invalid_choice": _("Kies een consulent van het team."),
        },
    )

    def __init__(self, *args, kandidaten, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consulent"].queryset = kandidaten


class TerugbelForm(MeldingActieForm):
    op = forms.DateField(
        label=_("Teruggebeld op"), widget=DatumInput(), initial=timezone.localdate
    )
    notitie = forms.CharField(
        label=_("Notitie"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class AanvraagForm(MeldingActieForm):
    op = forms.DateField(
        label=_("Aanvraag ontvangen op"),
        widget=DatumInput(),
        help_text=_("Vaak de datum waarop de inwoner het gespreksverslag ondertekende."),
    )


class AanpassingForm(MeldingActieForm):
    klok = forms.ChoiceField(
        label=_("Termijn"),
        choices=[(k.value, k.label) for k in (Klok.ONDERZOEK, Klok.BESCHIKKING, Klok.VOORSCHOT)],
    )
    soort = forms.ChoiceField(label=_("Verlengen of opschorten"), choices=Soort.choices)
    van = forms.DateField(label=_("Vanaf"), widget=DatumInput(), initial=timezone.localdate)
    dagen = forms.IntegerField(
        label=_("Aantal dagen verlenging"), required=False, min_value=1, max_value=365
    )
    tot = forms.DateField(
        label=_("Laatste opgeschorte dag"),
        required=False,
        widget=DatumInput(),
        help_text=_("Leeg laten als de opschorting nog duurt."),
    )
    reden = forms.CharField(label=_("Reden"), widget=forms.Textarea(attrs={"rows": 2}))


class IntrekkenForm(MeldingActieForm):
    reden = forms.CharField(
        label=_("Reden van de intrekking"), widget=forms.Textarea(attrs={"rows": 2})
    )


class TijdelijkeVoorzieningForm(MeldingActieForm):
    op = forms.DateTimeField(
        label=_("Tijdelijke voorziening getroffen op"),
        widget=DatumTijdInput(),
        initial=timezone.now,
    )


class BeschikkingForm(MeldingActieForm):
    op = forms.DateField(label=_("Beschikking afgegeven op"), widget=DatumInput())


class OpschortingBeeindigenForm(MeldingActieForm):
    opschorting = forms.TypedChoiceField(label=_("Opschorting"), coerce=int, choices=())
    tot = forms.DateField(
        label=_("Laatste opgeschorte dag"), widget=DatumInput(), initial=timezone.localdate
    )

    def __init__(self, *args, melding=None, **kwargs):
        super().__init__(*args, melding=melding, **kwargs)
        lopend = [
            a
            for a in (melding.aanpassingen.all() if melding else [])
            if a.soort == "opschorting" and a.tot is None
        ]
        self.fields["opschorting"].choices = [
            (a.pk, f"{a.get_klok_display()} — {a.van:%d-%m-%Y}: {a.reden}") for a in lopend
        ]
        self.heeft_keuzes = bool(lopend)
