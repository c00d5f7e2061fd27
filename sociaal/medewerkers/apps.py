from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MedewerkersConfig(AppConfig):
    name = "sociaal.medewerkers"
    label = "medewerkers"
    verbose_name = _("Medewerkers en teams")
