import pytest
from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import RequestFactory

from sociaal.audit.models import AuditEntry, Resultaat
from sociaal.weigering import weigering_op_formulier

pytestmark = pytest.mark.django_db


class Formulier(forms.Form):
    naam = forms.CharField()


def test_a_refusal_of_rights_is_shown_on_the_form_and_audited(consulent):
    request = RequestFactory().post("/")
    request.user = consulent
    form = Formulier({"naam": "x"})
    form.is_valid()
    weigering_op_formulier(request, form, PermissionDenied("Dat mag u niet."), huishouden_id=7)
    assert form.non_field_errors() == ["Dat mag u niet."]
    entry = AuditEntry.objects.get()
    assert (entry.resultaat, entry.huishouden_id, entry.medewerker) == (
        Resultaat.GEWEIGERD,
        7,
        consulent,
    )


def test_a_service_error_on_a_field_the_form_lacks_goes_to_the_top(consulent):
    request = RequestFactory().post("/")
    request.user = consulent
    form = Formulier({"naam": "x"})
    form.is_valid()
    weigering_op_formulier(
        request, form, ValidationError({"naam": "Te kort.", "wijk": "Onbekende wijk."})
    )
    assert form.errors["naam"] == ["Te kort."]
    assert form.non_field_errors() == ["Onbekende wijk."]
    assert not AuditEntry.objects.exists()
