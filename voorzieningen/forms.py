from django import forms
from django.utils.translation import gettext_lazy as _

from sociaal.termijnen.regels import Wet

from .models import Voorziening


class CatalogusForm(forms.Form):
    zoekterm = forms.CharField(label=_("Zoeken"), required=False, max_length=100)
    soort = forms.ChoiceField(
        label=_("Soort"),
        required=False,
        choices=[("", _("Alle soorten")), *Voorziening.Soort.choices],
    )
    wet = forms.ChoiceField(
        label=_("Wet"), required=False, choices=[("", _("Alle wetten")), *Wet.choices]
    )
    wijk = forms.ModelChoiceField(label=_("Beschikbaar in wijk"), queryset=None, required=False)

    def __init__(self, *args, wijken, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].queryset = wijken
        self.fields["wijk"].empty_label = _("Alle wijken")


class ImportForm(forms.Form):
    bestand = forms.FileField(
        label=_("CSV-bestand"), help_text=_("Zoals de export: puntkomma's, UTF-8.")
    )
