from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HuishoudensConfig(AppConfig):
    name = "huishoudens"
    verbose_name = _("Huishoudens")
