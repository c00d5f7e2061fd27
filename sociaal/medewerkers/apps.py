from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MedewerkersConfig(AppConfig):
    name = "sociaal.medewerkers"
    label = "medewerkers"
    verbose_name = _("Medewerkers en teams")

    def ready(self) -> None:
        # Project-wide: Django's own empty choice of optional selects has no Dutch
        # translation yet ("- Select an option -"). Django documents overriding it here.
        from django.db.models import fields

        fields.BLANK_CHOICE_LABEL = _("Maak een keuze")
