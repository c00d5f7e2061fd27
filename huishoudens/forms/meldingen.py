from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sociaal.forms import DatumInput, DatumTijdInput, NLDesignFormMixin
from sociaal.termijnen.regels import Klok, Soort

from ..models import Melding


class MeldingForm(NLDesignFormMixin, forms.ModelForm):
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


class ToewijzenForm(NLDesignFormMixin, forms.Form):
    consulent = forms.ModelChoiceField(label=_("Consulent"), queryset=None)

    def __init__(self, *args, kandidaten, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consulent"].queryset = kandidaten


class TerugbelForm(NLDesignFormMixin, forms.Form):
    op = forms.DateField(
        label=_("Teruggebeld op"), widget=DatumInput(), initial=timezone.localdate
    )
    notitie = forms.CharField(
        label=_("Notitie"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class AanvraagForm(NLDesignFormMixin, forms.Form):
    op = forms.DateField(
        label=_("Aanvraag ontvangen op"),
        widget=DatumInput(),
        help_text=_("Vaak de datum waarop de inwoner het gespreksverslag ondertekende."),
    )


class AanpassingForm(NLDesignFormMixin, forms.Form):
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
        label=_("Opgeschort tot en met"),
        required=False,
        widget=DatumInput(),
        help_text=_("Leeg laten als de opschorting nog duurt."),
    )
    reden = forms.CharField(label=_("Reden"), widget=forms.Textarea(attrs={"rows": 2}))


class IntrekkenForm(NLDesignFormMixin, forms.Form):
    reden = forms.CharField(
        label=_("Reden van de intrekking"), widget=forms.Textarea(attrs={"rows": 2})
    )


class TijdelijkeVoorzieningForm(NLDesignFormMixin, forms.Form):
    op = forms.DateTimeField(
        label=_("Tijdelijke voorziening getroffen op"),
        widget=DatumTijdInput(),
        initial=timezone.now,
    )
