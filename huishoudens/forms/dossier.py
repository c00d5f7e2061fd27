from django import forms
from django.utils.translation import gettext_lazy as _

from sociaal.forms import DatumInput
from sociaal.medewerkers.models import Medewerker, Rol

from ..models import Betrokkene, Huishouden, Netwerklid, Persoon
from ..selectors import mogelijke_dubbele_personen, personen_met_bsn
from ..services import BSN_AL_GEREGISTREERD
from ..validators import normaliseer_bsn, normaliseer_postcode, valideer_bsn, valideer_postcode


class HuishoudenForm(forms.ModelForm):
    """The address and wijk. Without `wijken` the wijk cannot be changed (see
    services.mag_wijk_wijzigen) and the field is left out."""

    class Meta:
        model = Huishouden
        fields = [
            "straat",
            "huisnummer",
            "huisnummer_toevoeging",
            "postcode",
            "woonplaats",
            "wijk",
        ]
        error_messages = {
            "huisnummer": {"invalid": _("Vul een huisnummer in cijfers in, bijvoorbeeld 12.")}
        }

    def __init__(self, *args, wijken=None, **kwargs):
        super().__init__(*args, **kwargs)
        if wijken is None:
            del self.fields["wijk"]
        else:
            self.fields["wijk"].queryset = wijken
            self.fields["wijk"].empty_label = _("Kies een wijk")
        self.fields["postcode"].widget.attrs.update(autocomplete="off", size=8)

    def clean_postcode(self) -> str:
        postcode = normaliseer_postcode(self.cleaned_data["postcode"])
        valideer_postcode(postcode)
        return postcode


class NieuwHuishoudenForm(HuishoudenForm):
    plan_starten = forms.BooleanField(
        label=_("Start direct het plan van dit huishouden"), required=False, initial=True
    )
    regisseur = forms.ModelChoiceField(
        label=_("Regisseur"),
        queryset=None,
        required=False,
        help_text=_("De medewerker die het plan van dit huishouden coördineert."),
    )

    def __init__(self, *args, regisseurs, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["regisseur"].queryset = regisseurs

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("plan_starten") and not cleaned.get("regisseur"):
            self.add_error("regisseur", _("Kies de regisseur van het plan."))
        return cleaned


class PersoonForm(forms.ModelForm):
    """A resident. Refuses a BSN that is already registered and warns about a likely
    duplicate (same names and birth date) until 'toch opslaan' is ticked. Both checks look
    across the whole municipality; `treffers` lists the persons they hit, so that the view
    can audit the look-up (nothing is shown of where they live)."""

    # Longer than 9: people type "1234 56 782"; clean_bsn strips the separators.
    bsn = forms.CharField(
        label=_("BSN"), required=False, max_length=20, help_text=_("Niet verplicht. 9 cijfers.")
    )
    toch_opslaan = forms.BooleanField(
        label=_("Het is een andere persoon met dezelfde naam en geboortedatum: toch opslaan"),
        required=False,
    )

    class Meta:
        model = Persoon
        fields = [
            "voornamen",
            "tussenvoegsel",
            "achternaam",
            "geboortedatum",
            "rol",
            "bsn",
            "telefoon",
            "email",
        ]
        widgets = {"geboortedatum": DatumInput()}
        error_messages = {
            "geboortedatum": {"invalid": _("Vul een geldige datum in, bijvoorbeeld 31-12-1950.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["bsn"].widget.attrs.update(inputmode="numeric", autocomplete="off")
        self.toon_dubbel_bevestiging = False
        self.treffers: list[Persoon] = []

    def clean_bsn(self) -> str | None:
        bsn = normaliseer_bsn(self.cleaned_data.get("bsn") or "")
        if not bsn:
            return None
        valideer_bsn(bsn)
        bestaand = list(personen_met_bsn(bsn=bsn, behalve=self.instance.pk))
        if bestaand:
            self.treffers += bestaand
            raise forms.ValidationError(BSN_AL_GEREGISTREERD, code="bsn_bestaat")
        return bsn

    def clean(self):
        cleaned = super().clean()
        if self.errors or cleaned.get("toch_opslaan"):
            return cleaned
        dubbel = list(
            mogelijke_dubbele_personen(
                voornamen=cleaned["voornamen"],
                achternaam=cleaned["achternaam"],
                geboortedatum=cleaned["geboortedatum"],
                behalve=self.instance.pk,
            )
        )
        if dubbel:
            self.treffers += dubbel
            self.toon_dubbel_bevestiging = True
            raise forms.ValidationError(
                _(
                    "Er is al een persoon met deze naam en geboortedatum geregistreerd. "
                    "Controleer of het dezelfde persoon is; is het een ander, vink dan "
                    "'toch opslaan' aan."
                ),
                code="mogelijk_dubbel",
            )
        return cleaned


class NetwerklidForm(forms.ModelForm):
    class Meta:
        model = Netwerklid
        fields = ["naam", "relatie", "is_mantelzorger", "belasting", "telefoon", "email"]
        help_texts = {"belasting": _("Alleen voor een mantelzorger: hoe zwaar is de zorg?")}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("belasting") and not cleaned.get("is_mantelzorger"):
            self.add_error(
                "belasting", _("Belasting geldt alleen voor een mantelzorger; vink dat aan.")
            )
        return cleaned


class BetrokkeneForm(forms.ModelForm):
    class Meta:
        model = Betrokkene
        fields = ["soort", "organisatie", "contactpersoon", "telefoon", "email", "medewerker"]
        help_texts = {
            "medewerker": _(
                "Werkt deze professional ook in sociaal? Dan kan die het dossier inzien."
            )
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["medewerker"].queryset = Medewerker.objects.filter(
            is_active=True, rol__in=[Rol.CONSULENT, Rol.TEAMLEIDER]
        ).order_by("first_name", "last_name", "username")
        self.fields["medewerker"].empty_label = _("Nee, geen medewerker in sociaal")


class ZoekForm(forms.Form):
    naam = forms.CharField(label=_("Naam"), required=False, max_length=120)
    geboortedatum = forms.DateField(label=_("Geboortedatum"), required=False, widget=DatumInput())
    postcode = forms.CharField(label=_("Postcode"), required=False, max_length=7)
    bsn = forms.CharField(label=_("BSN"), required=False, max_length=20)
    wijk = forms.ModelChoiceField(label=_("Wijk"), queryset=None, required=False)

    def __init__(self, *args, wijken, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["wijk"].queryset = wijken
        self.fields["wijk"].empty_label = _("Alle wijken")
        self.fields["bsn"].widget.attrs.update(inputmode="numeric", autocomplete="off")

    def clean_postcode(self) -> str:
        postcode = normaliseer_postcode(self.cleaned_data.get("postcode", ""))
        if postcode:
            valideer_postcode(postcode)
        return postcode

    def clean_bsn(self) -> str:
        bsn = normaliseer_bsn(self.cleaned_data.get("bsn", ""))
        if bsn:
            valideer_bsn(bsn)
        return bsn
