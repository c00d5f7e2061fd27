from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HerinneringenConfig(AppConfig):
    name = "sociaal.herinneringen"
    label = "herinneringen"
    verbose_name = _("Herinneringen")

    def ready(self) -> None:
        # Whoever receives work from someone else hears of it as a reminder. The domain
        # cannot call us (it sits below us): it calls what registered with bij_overdracht.
        from huishoudens.overdracht import bij_overdracht

        from .services import overdracht_melden

        bij_overdracht(overdracht_melden)
