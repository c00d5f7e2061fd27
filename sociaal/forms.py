"""Form machinery shared by every app: NL Design System classes on the widgets, and the
accessibility wiring (aria-invalid, aria-describedby to the error and the help text)."""

from typing import Any

from django import forms

_WIDGET_CLASSES = {
    forms.Select: "utrecht-select utrecht-select--html-select",
    forms.SelectMultiple: "utrecht-select utrecht-select--html-select",
    forms.Textarea: "utrecht-textarea utrecht-textarea--html-textarea",
    forms.CheckboxInput: "utrecht-checkbox utrecht-checkbox--html-input",
    forms.RadioSelect: "",
}
_TEXTBOX = "utrecht-textbox utrecht-textbox--html-input"

DATUM_FORMATEN = ["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y"]
DATUMTIJD_FORMATEN = [
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M",
    "%d-%m-%Y %H:%M",
    "%d/%m/%Y %H:%M",
    "%Y-%m-%d",
    "%d-%m-%Y",
]


class DatumInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class DatumTijdInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs=attrs, format="%Y-%m-%dT%H:%M")


class NLDesignFormMixin:
    """Mix into a Form or ModelForm. Errors are rendered next to each field by
    templates/components/field.html; this sets the attributes that link them.

    No HTML `required`: the browser would mark empty fields invalid before anything was
    typed and answer in its own language. The server checks, in Dutch; `aria-required`
    still tells assistive technology which fields are needed."""

    use_required_attribute = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.stijl_toepassen()

    def stijl_toepassen(self) -> None:
        """Classes and formats for every field; call again after adding fields."""
        for field in self.fields.values():
            widget = field.widget
            # A choice between radio buttons is required as a whole (the radiogroup of
            # components/field.html says so), not each button.
            if field.required and not isinstance(widget, forms.RadioSelect):
                widget.attrs["aria-required"] = "true"
            if "class" not in widget.attrs:
                css = next(
                    (c for t, c in _WIDGET_CLASSES.items() if isinstance(widget, t)), _TEXTBOX
                )
                if css:
                    widget.attrs["class"] = css
            if isinstance(field, forms.DateTimeField):
                field.input_formats = DATUMTIJD_FORMATEN
            elif isinstance(field, forms.DateField):
                field.input_formats = DATUM_FORMATEN

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                bound = self[name]
                widget = self.fields[name].widget
                widget.attrs["aria-invalid"] = "true"
                described = [f"{bound.auto_id}_error"]
                if self.fields[name].help_text:
                    described.append(f"{bound.auto_id}_helptext")
                widget.attrs["aria-describedby"] = " ".join(described)
