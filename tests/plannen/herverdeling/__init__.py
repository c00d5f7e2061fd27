"""Handing work over: one plan or melding at a time, and a medewerker's whole caseload at
once (plannen.services.herverdeling). What the teamleider and the colleagues notice: who
holds each case, the handover history, the audit trail and the "aan u overgedragen"
reminder in the new owner's inbox — and, when the bulk action is refused, that nothing
moved at all."""
