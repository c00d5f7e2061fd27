from .plan import OverdrachtForm, PlanStartenForm

__all__ = ["OverdrachtForm", "PlanStartenForm"]
