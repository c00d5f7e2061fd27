"""A service that refuses (ValidationError: bad input; PermissionDenied: not allowed) is
shown on the form it came from, as a Dutch message; a refusal of rights is also audited."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import BaseForm

from sociaal.audit.models import Actie, Resultaat
from sociaal.audit.services import audit_vastleggen


def weigering_vastleggen(request, *, huishouden_id: int | None) -> None:
    audit_vastleggen(
        medewerker=request.user,
        actie=Actie.WIJZIGEN,
        huishouden_id=huishouden_id,
        resultaat=Resultaat.GEWEIGERD,
    )


def weigering_op_formulier(
    request,
    form: BaseForm,
    error: ValidationError | PermissionDenied,
    *,
    huishouden_id: int | None = None,
) -> None:
    if isinstance(error, PermissionDenied):
        weigering_vastleggen(request, huishouden_id=huishouden_id)
        form.add_error(None, str(error))
        return
    if hasattr(error, "error_dict"):
        # Errors about fields the form does not show go to the top of the form.
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)
