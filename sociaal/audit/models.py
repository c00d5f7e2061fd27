from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sociaal.medewerkers.models import Rol


class Actie(models.TextChoices):
    LEZEN = "lezen", _("Lezen")
    LIJST = "lijst", _("Lijst bekeken")
    ZOEKEN = "zoeken", _("Zoeken")
    AANMAKEN = "aanmaken", _("Aanmaken")
    WIJZIGEN = "wijzigen", _("Wijzigen")
    VERWIJDEREN = "verwijderen", _("Verwijderen")
    AFDRUKKEN = "afdrukken", _("Afdrukken (PDF)")
    DOWNLOADEN = "downloaden", _("Downloaden")
    EXPORTEREN = "exporteren", _("Exporteren")
    DOORBRAAK = "doorbraak", _("Toegang met reden (break the glass)")


class Resultaat(models.TextChoices):
    TOEGESTAAN = "toegestaan", _("Toegestaan")
    GEWEIGERD = "geweigerd", _("Geweigerd")


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError("Audit entries cannot be changed.")

    def delete(self):
        raise PermissionError("Audit entries cannot be deleted.")


class AuditEntry(models.Model):
    """One access to a household's data. Holds no data values: only who, on whose behalf,
    which household and object (by id), what, the result, when, from where, and the request.

    Append-only: the model refuses updates and deletes, and on PostgreSQL a trigger refuses
    UPDATE and DELETE from any client (migration 0003).
    """

    timestamp = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)
    medewerker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("medewerker"),
        on_delete=models.PROTECT,
        null=True,
        related_name="+",
    )
    rol = models.CharField(_("rol"), max_length=20, blank=True)
    # On whose behalf (delegation, issue #7); empty while a medewerker acts for themselves.
    namens = models.CharField(_("namens"), max_length=150, blank=True)
    # Plain ids, not foreign keys: the trail outlives the records it speaks of.
    huishouden_id = models.BigIntegerField(_("huishouden"), null=True, db_index=True)
    object_type = models.CharField(_("soort object"), max_length=50, blank=True)
    object_id = models.BigIntegerField(_("object"), null=True)
    actie = models.CharField(_("actie"), max_length=20, choices=Actie.choices)
    resultaat = models.CharField(_("resultaat"), max_length=20, choices=Resultaat.choices)
    # For an export: how many rows left the application.
    aantal = models.PositiveIntegerField(_("aantal rijen"), null=True)
    ip = models.GenericIPAddressField(_("IP-adres"), null=True)
    request_id = models.CharField(_("request-id"), max_length=64, blank=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("auditregel")
        verbose_name_plural = _("auditregels")
        ordering = ["-timestamp", "-id"]

    def __str__(self) -> str:
        return f"{self.timestamp:%Y-%m-%d %H:%M:%S} {self.actie} {self.resultaat}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise PermissionError("Audit entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise PermissionError("Audit entries cannot be deleted.")

    @property
    def rol_label(self) -> str:
        """The role in words; the stored code as it was when the role no longer exists."""
        return str(Rol(self.rol).label) if self.rol in Rol.values else self.rol
