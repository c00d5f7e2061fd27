"""How every form in the app is rendered, configured once: settings.FORM_RENDERER names
`NLDesignRenderer`, so Django itself renders each field with templates/components/field.html
(`{{ form.veld.as_field_group }}`, or `{{ form }}` for a whole form) and gives each widget
the attributes of `NLDesignBoundField`. Forms are plain `forms.Form`/`forms.ModelForm`.

Dates are typed Dutch-style as well as ISO: sociaal/formaten/nl/formats.py (FORMAT_MODULE_PATH)."""

from typing import Any

from django import forms
from django.forms.renderers import TemplatesSetting
from django.forms.widgets import Input

# The NL Design System (Utrecht) class of a widget, the first that matches; radio buttons
# and groups of checkboxes have none (their fieldset in components/field.html is styled).
_WIDGET_CLASSES = {
    forms.RadioSelect: "",  # also CheckboxSelectMultiple, a subclass
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.SelectMultiple: "utrecht-select utrecht-select--html-select",
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
    Input: "utrecht-textbox utrecht-textbox--html-input",
}


class DatumInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class DatumTijdInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class NLDesignBoundField(forms.BoundField):
    """A bound field's widget attributes. Django already marks an invalid widget
    `aria-invalid` and points `aria-describedby` at the help text and the error (ids
    `<id>_helptext` and `<id>_error`, which components/field.html renders). On top of that:

    - the Utrecht class of the widget, unless the form gave it one;
    - `aria-required` instead of HTML `required`: the browser would mark empty fields
      invalid before anything was typed and answer in its own language. The server checks,
      in Dutch. A group of radio buttons is required as a whole (the radiogroup says so);
    - every box of a group of radio buttons or checkboxes is described by the group's
      error too (Django describes only the fieldset), so that the error is heard on the box
      the focus is on, which Django marks invalid."""

    def build_widget_attrs(self, attrs, widget=None):
        widget = widget or self.field.widget
        attrs = super().build_widget_attrs(attrs, widget)
        attrs.pop("required", None)
        if widget.is_hidden:  # also the hidden initial value of a show_hidden_initial field
            attrs.pop("aria-describedby", None)
            return attrs
        if self.field.required and not self.use_fieldset:
            attrs["aria-required"] = "true"
        if "class" not in widget.attrs:
            css = next((c for t, c in _WIDGET_CLASSES.items() if isinstance(widget, t)), "")
            if css:
                attrs["class"] = css
        if self.use_fieldset and self.errors and (beschreven := self.aria_describedby):
            attrs.setdefault("aria-describedby", beschreven)
        return attrs


class NLDesignRenderer(TemplatesSetting):
    """settings.FORM_RENDERER. TemplatesSetting: the templates are found like any other
    (templates/components/, and Django's widgets through "django.forms" in INSTALLED_APPS)."""

    form_template_name = "components/form.html"
    field_template_name = "components/field.html"
    bound_field_class = NLDesignBoundField
