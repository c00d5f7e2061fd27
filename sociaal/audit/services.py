"""Writing audit entries. Reads are recorded by the views (one helper per household read,
`huishoudens.views.access`), changes by the services that make them."""

from django.db import models

from . import context
from .models import Actie, AuditEntry, Resultaat


def audit_vastleggen(
    *,
    medewerker,
    actie: Actie,
    huishouden_id: int | None = None,
    obj: models.Model | None = None,
    resultaat: Resultaat = Resultaat.TOEGESTAAN,
) -> AuditEntry:
    ctx = context.current()
    return AuditEntry.objects.create(
        medewerker=medewerker if medewerker and medewerker.is_authenticated else None,
        rol=getattr(medewerker, "rol", "") or "",
        huishouden_id=huishouden_id,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=obj.pk if obj is not None else None,
        actie=actie,
        resultaat=resultaat,
        ip=ctx.ip if ctx else None,
        request_id=ctx.request_id if ctx else "",
    )
