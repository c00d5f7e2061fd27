"""Every read of a household's dossier goes through here: the selector applies the access
policy, and the read is audited whether it was allowed or refused."""

from collections.abc import Callable

from django.http import Http404

from sociaal.audit.models import Actie, Resultaat
from sociaal.audit.services import audit_vastleggen

from .. import selectors
from ..models import Huishouden


def huishouden_of_404(
    request,
    pk: int,
    *,
    selector: Callable[..., Huishouden | None] = selectors.huishouden_zichtbaar,
    actie: Actie = Actie.LEZEN,
    audit: bool = True,
) -> Huishouden:
    """The household `pk` as `selector` returns it for the logged-in medewerker.
    A refused read is logged and answered with 404, exactly like a missing one.
    Views that save a change pass `audit=False`: the change's own entry records it."""
    huishouden = selector(medewerker=request.user, pk=pk)
    if huishouden is None:
        audit_vastleggen(
            medewerker=request.user, actie=actie, huishouden_id=pk, resultaat=Resultaat.GEWEIGERD
        )
        raise Http404
    if audit:
        audit_vastleggen(medewerker=request.user, actie=actie, huishouden_id=pk, obj=huishouden)
    return huishouden
