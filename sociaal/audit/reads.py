"""Every read of household data by a view goes through `gevonden_of_404`: the selector has
applied the access policy; this records the read — allowed or refused — and answers a
refusal with 404, exactly like something that does not exist."""

from django.db import models
from django.http import Http404

from .models import Actie, Resultaat
from .services import audit_vastleggen


def gevonden_of_404(
    request,
    gevonden: models.Model | None,
    *,
    model: type[models.Model],
    pk: int,
    huishouden_id: int | None = None,
    actie: Actie = Actie.LEZEN,
):
    """`gevonden` is what the selector returned for `model` `pk` (None: not visible).
    `huishouden_id` is known when the household itself was asked for; for a refused read of
    anything else it stays empty, so the log does not tell which household it was."""
    if gevonden is None:
        audit_vastleggen(
            medewerker=request.user,
            actie=actie,
            huishouden_id=huishouden_id,
            object_type=model._meta.label_lower,
            object_id=pk,
            resultaat=Resultaat.GEWEIGERD,
        )
        raise Http404
    audit_vastleggen(
        medewerker=request.user,
        actie=actie,
        huishouden_id=huishouden_id if huishouden_id is not None else _huishouden_id(gevonden),
        obj=gevonden,
    )
    return gevonden


def _huishouden_id(obj: models.Model) -> int | None:
    """The household a record belongs to: itself, its own field, or its plan's."""
    if obj._meta.label_lower == "huishoudens.huishouden":
        return obj.pk
    if hasattr(obj, "huishouden_id"):
        return obj.huishouden_id
    plan = getattr(obj, "plan", None)
    return getattr(plan, "huishouden_id", None)
