"""Writes on plans (`plan`) and keukentafelgesprekken (`gesprekken`)."""

from .plan import mag_overdragen, plan_starten, regisseur_overdragen

__all__ = ["mag_overdragen", "plan_starten", "regisseur_overdragen"]
