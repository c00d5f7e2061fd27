"""What a handover leaves behind, as the teamleider and the colleagues notice it."""

from huishoudens.models import Melding, MeldingOverdracht
from plannen.models import Plan, RegisseurOverdracht
from sociaal.audit.models import Actie, AuditEntry
from sociaal.herinneringen.models import Herinnering, Regel
from sociaal.herinneringen.selectors import herinneringen_voor
from tests.factories import MeldingFactory

PLAN = "plannen.plan"
MELDING = "huishoudens.melding"


def melding_van(consulent, huishouden, **velden) -> Melding:
    velden = {"status": Melding.Status.TOEGEWEZEN, **velden}
    return MeldingFactory(huishouden=huishouden, consulent=consulent, **velden)


def overgedragen(medewerker) -> list[tuple[str, int]]:
    """The "aan u overgedragen" reminders in `medewerker`'s inbox: (object_type, id)."""
    return sorted(
        herinneringen_voor(medewerker)
        .filter(regel=Regel.OVERGEDRAGEN)
        .values_list("object_type", "object_id")
    )


def stand() -> dict:
    """Everything a handover changes: who holds each case, and what it leaves behind."""
    return {
        "regisseurs": dict(Plan.objects.values_list("pk", "regisseur")),
        "consulenten": dict(Melding.objects.values_list("pk", "consulent")),
        "plan_overdrachten": RegisseurOverdracht.objects.count(),
        "melding_overdrachten": MeldingOverdracht.objects.count(),
        "herinneringen": Herinnering.objects.count(),
        "audit_wijzigen": AuditEntry.objects.filter(actie=Actie.WIJZIGEN).count(),
    }
