"""Reading a household for a view: the selector applies the access policy, the read is
audited (sociaal.audit.reads), and a refusal is a 404."""

from collections.abc import Callable

from sociaal.audit.reads import gevonden_of_404

from .. import selectors
from ..models import Huishouden


def huishouden_of_404(
    request,
    pk: int,
    *,
    selector: Callable[..., Huishouden | None] = selectors.huishouden_zichtbaar,
) -> Huishouden:
    """The household `pk` as `selector` returns it for the logged-in medewerker. POSTs are
    audited as reads too: the change they make adds its own entry."""
    huishouden = selector(medewerker=request.user, pk=pk)
    return gevonden_of_404(request, huishouden, model=Huishouden, pk=pk, huishouden_id=pk)
