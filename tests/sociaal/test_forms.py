"""Every form is rendered by Django through FORM_RENDERER (sociaal.forms): a plain form gets
the NL Design System markup, the error linked to its field for a screen reader, no HTML
`required`, and dates typed the Dutch way."""

import datetime
import re

from django import forms

from sociaal.forms import DatumInput


class Voorbeeld(forms.Form):
    naam = forms.CharField(label="Naam", help_text="Zoals in de BRP.")
    opmerking = forms.CharField(label="Opmerking", required=False, widget=forms.Textarea)
    wie = forms.ChoiceField(
        label="Wie doet het",
        choices=[("a", "De inwoner"), ("b", "Het netwerk")],
        widget=forms.RadioSelect,
    )
    akkoord = forms.BooleanField(label="Akkoord", required=False)
    geboren = forms.DateField(label="Geboortedatum", required=False, widget=DatumInput())
    versie = forms.IntegerField(widget=forms.HiddenInput, required=False)
    eigen = forms.CharField(required=False, widget=forms.TextInput(attrs={"class": "eigen"}))


def tag(html: str, naam: str, element: str = "input") -> str:
    match = re.search(rf'<{element}[^>]*name="{naam}"[^>]*>', html)
    assert match, f"no <{element}> for {naam}"
    return match.group(0)


def test_a_plain_field_has_its_label_classes_and_no_html_required():
    html = Voorbeeld()["naam"].as_field_group()
    assert '<label class="utrecht-form-label" for="id_naam">Naam</label>' in html
    assert 'id="id_naam_helptext"' in html
    veld = tag(html, "naam")
    assert 'class="utrecht-textbox utrecht-textbox--html-input"' in veld
    assert 'aria-required="true"' in veld
    assert " required" not in veld
    assert 'aria-describedby="id_naam_helptext"' in veld  # the help text, also without error
    assert "aria-invalid" not in veld


def test_an_optional_field_says_so_and_keeps_a_class_of_its_own():
    form = Voorbeeld()
    assert "(niet verplicht)" in form["opmerking"].as_field_group()
    assert "(niet verplicht)" not in form["naam"].as_field_group()
    assert 'class="eigen"' in tag(form["eigen"].as_field_group(), "eigen")


def test_an_error_is_shown_next_to_the_field_and_linked_to_it():
    form = Voorbeeld({"naam": ""})
    assert not form.is_valid()
    html = form["naam"].as_field_group()
    assert re.search(r'id="id_naam_error">Dit veld is verplicht\. </div>', html)
    veld = tag(html, "naam")
    assert 'aria-invalid="true"' in veld
    assert 'aria-describedby="id_naam_helptext id_naam_error"' in veld


def test_a_radio_group_is_a_required_radiogroup_and_each_button_hears_the_error():
    form = Voorbeeld({"naam": "Jan"})
    assert not form.is_valid()
    html = form["wie"].as_field_group()
    assert re.search(
        r'<fieldset [^>]*role="radiogroup" aria-required="true" aria-invalid="true" '
        r'aria-describedby="id_wie_error">',
        html,
    )
    assert "<legend" in html
    knoppen = re.findall(r'<input type="radio"[^>]*>', html)
    assert len(knoppen) == 2
    for knop in knoppen:
        assert 'aria-invalid="true"' in knop
        assert 'aria-describedby="id_wie_error"' in knop
        assert "aria-required" not in knop  # the group is required, not each button


def test_a_checkbox_has_its_label_after_the_box_and_a_hidden_field_no_markup():
    form = Voorbeeld()
    html = form["akkoord"].as_field_group()
    assert 'class="utrecht-checkbox utrecht-checkbox--html-input"' in tag(html, "akkoord")
    assert html.index('name="akkoord"') < html.index("<label")
    assert form["versie"].as_field_group() == '<input type="hidden" name="versie" id="id_versie">'


def test_a_whole_form_has_its_error_summary_and_every_field():
    html = str(Voorbeeld({"naam": ""}))
    assert 'role="alert"' in html
    assert html.count('class="utrecht-form-field') + html.count("<fieldset") >= 6
    assert 'name="versie"' in html


def test_dates_may_be_typed_the_dutch_way_but_not_with_two_digit_years():
    for getypt in ("1950-03-12", "12-03-1950", "12/03/1950", "12.03.1950"):
        form = Voorbeeld({"naam": "Jan", "wie": "a", "geboren": getypt})
        assert form.is_valid(), getypt
        assert form.cleaned_data["geboren"] == datetime.date(1950, 3, 12)
    form = Voorbeeld({"naam": "Jan", "wie": "a", "geboren": "12-03-50"})
    assert "geboren" in form.errors


class _MetUitgeschakeld(forms.Select):
    def create_option(self, *args, **kwargs):
        optie = super().create_option(*args, **kwargs)
        if optie["value"] == "c":
            optie["attrs"]["disabled"] = True
        return optie


class Keuzes(forms.Form):
    trede = forms.ChoiceField(
        choices=[("", "Kies"), ("Hulp", [("a", "Eigen kracht"), ("b", "Netwerk")])]
    )
    dagen = forms.MultipleChoiceField(
        choices=[("ma", "Maandag"), ("di", "Dinsdag"), ("wo", "Woensdag")]
    )
    soort = forms.ChoiceField(choices=[("a", "A"), ("c", "C")], widget=_MetUitgeschakeld)


def test_a_select_shows_the_choices_made_its_groups_and_option_attributes():
    """templates/django/forms/widgets/select.html writes the options in place; what a
    browser gets is what Django's own templates give."""
    html = str(Keuzes({"trede": "b", "dagen": ["ma", "wo"], "soort": "a"}))
    assert '<optgroup label="Hulp">' in html
    assert '<option value="b" selected>Netwerk</option>' in html
    assert '<option value="a">Eigen kracht</option>' in html
    assert '<option value="ma" selected>Maandag</option>' in html
    assert '<option value="wo" selected>Woensdag</option>' in html
    assert '<option value="di">Dinsdag</option>' in html
    assert 'name="dagen"' in tag(html, "dagen", "select") and "multiple" in tag(
        html, "dagen", "select"
    )
    assert '<option value="c" disabled>C</option>' in html
