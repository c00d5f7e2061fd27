from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "sociaal.audit"
    label = "audit"
    verbose_name = _("Auditlog")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from .context import namens_onthouden

        user_logged_in.connect(namens_onthouden, dispatch_uid="sociaal.audit.namens")
