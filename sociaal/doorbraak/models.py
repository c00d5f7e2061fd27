from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class DoorbraakQuerySet(models.QuerySet):
    def geldig(self, op) -> "DoorbraakQuerySet":
        return self.filter(begin__lte=op, tot__gt=op)


class Doorbraak(models.Model):
    """Access to one household outside one's scope, for a limited time, with a reason."""

    class Oordeel(models.TextChoices):
        TERECHT = "terecht", _("Terecht")
        NIET_TERECHT = "niet_terecht", _("Niet terecht")

    medewerker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("medewerker"),
        on_delete=models.PROTECT,
        related_name="doorbraken",
    )
    huishouden = models.ForeignKey(
        "huishoudens.Huishouden",
        verbose_name=_("huishouden"),
        on_delete=models.PROTECT,
        related_name="doorbraken",
    )
    reden = models.TextField(_("reden"))
    begin = models.DateTimeField(_("vanaf"))
    tot = models.DateTimeField(_("tot"))
    oordeel = models.CharField(
        _("oordeel van de teamleider"), max_length=20, choices=Oordeel.choices, blank=True
    )
    toelichting_oordeel = models.TextField(_("toelichting"), blank=True)
    beoordeeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beoordeeld door"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    beoordeeld_op = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)

    objects = DoorbraakQuerySet.as_manager()

    class Meta:
        verbose_name = _("toegang met reden")
        verbose_name_plural = _("toegangen met reden")
        ordering = ["-begin", "-id"]
        indexes = [
            models.Index(fields=["medewerker", "huishouden", "tot"], name="doorbraak_geldig_idx")
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(tot__gt=models.F("begin")), name="doorbraak_tot_na_begin"
            ),
            models.CheckConstraint(
                condition=models.Q(oordeel="") | models.Q(beoordeeld_door__isnull=False),
                name="doorbraak_oordeel_met_beoordelaar",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.medewerker} · {self.begin:%d-%m-%Y %H:%M}"
