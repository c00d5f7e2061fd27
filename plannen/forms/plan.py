from django import forms
from django.utils.translation import gettext_lazy as _


class OverdrachtForm(forms.Form):
    naar = forms.ModelChoiceField(label=_("Nieuwe regisseur"), queryset=None)
    reden = forms.CharField(
        label=_("Reden van de overdracht"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=2000,
        help_text=_("Bijvoorbeeld: verhuizing naar een andere wijk, verlof, specialisme."),
    )

    def __init__(self, *args, kandidaten, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["naar"].queryset = kandidaten
        self.fields["naar"].empty_label = _("Kies een medewerker")


class PlanStartenForm(forms.Form):
    regisseur = forms.ModelChoiceField(label=_("Regisseur"), queryset=None)

    def __init__(self, *args, kandidaten, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["regisseur"].queryset = kandidaten
