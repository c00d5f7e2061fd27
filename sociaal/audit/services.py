"""Writing audit entries. Reads are recorded by the views (`sociaal.audit.reads`), changes
by the services that make them, refusals of a change by the view that was refused."""

from collections.abc import Iterable

from django.contrib.auth.models import AnonymousUser
from django.db import models

from sociaal.medewerkers.models import Medewerker

from . import context
from .models import Actie, AuditEntry, Resultaat


def _entry(
    *,
    medewerker: Medewerker | AnonymousUser | None,
    actie: Actie,
    huishouden_id: int | None,
    obj: models.Model | None,
    object_type: str,
    object_id: int | None,
    resultaat: Resultaat,
) -> AuditEntry:
    ctx = context.current()
    ingelogd = medewerker if isinstance(medewerker, Medewerker) else None
    return AuditEntry(
        medewerker=ingelogd,
        rol=ingelogd.rol if ingelogd else "",
        huishouden_id=huishouden_id,
        object_type=obj._meta.label_lower if obj is not None else object_type,
        object_id=obj.pk if obj is not None else object_id,
        actie=actie,
        resultaat=resultaat,
        namens=context.namens(),
        ip=ctx.ip if ctx else None,
        request_id=ctx.request_id if ctx else "",
    )


def audit_vastleggen(
    *,
    medewerker: Medewerker | AnonymousUser | None,
    actie: Actie,
    huishouden_id: int | None = None,
    obj: models.Model | None = None,
    object_type: str = "",
    object_id: int | None = None,
    resultaat: Resultaat = Resultaat.TOEGESTAAN,
    aantal: int | None = None,
) -> AuditEntry:
    """`aantal`: for an export, how many rows left the application."""
    entry = _entry(
        medewerker=medewerker,
        actie=actie,
        huishouden_id=huishouden_id,
        obj=obj,
        object_type=object_type,
        object_id=object_id,
        resultaat=resultaat,
    )
    entry.aantal = aantal
    entry.save()
    return entry


def audit_lijst_vastleggen(
    *,
    medewerker: Medewerker | AnonymousUser | None,
    actie: Actie,
    huishouden_ids: Iterable[int],
    object_type: str,
) -> None:
    """One entry per household shown on a list page, in one INSERT; one entry without a
    household when the list was empty (the search itself still happened)."""
    ids: list[int | None] = [*huishouden_ids] or [None]
    AuditEntry.objects.bulk_create(
        _entry(
            medewerker=medewerker,
            actie=actie,
            huishouden_id=pk,
            obj=None,
            object_type=object_type,
            object_id=pk,
            resultaat=Resultaat.TOEGESTAAN,
        )
        for pk in ids
    )
