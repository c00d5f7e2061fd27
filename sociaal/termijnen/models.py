from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Termijninstellingen(models.Model):
    """The municipality's own terms, set by the functioneel beheerder. One row (pk 1)."""

    waarschuwing_dagen = models.PositiveSmallIntegerField(
        _("waarschuwen vanaf (dagen voor de deadline)"),
        default=7,
        validators=[MinValueValidator(0), MaxValueValidator(60)],
    )
    onderzoek_weken_overig = models.PositiveSmallIntegerField(
        _("onderzoekstermijn Jeugdwet en Participatiewet (weken)"),
        default=6,
        help_text=_("De wet stelt hier geen termijn; dit is de gemeentelijke norm."),
        validators=[MinValueValidator(1), MaxValueValidator(26)],
    )
    terugbel_interval_dagen = models.PositiveSmallIntegerField(
        _("wachtenden terugbellen elke (dagen)"),
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
    )
    escalatie_dagen = models.PositiveSmallIntegerField(
        _("naar de teamleider als een termijn zoveel dagen verlopen is"),
        default=7,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
    )
    ondertekening_dagen = models.PositiveSmallIntegerField(
        _("plan wacht op akkoord van de inwoner langer dan (dagen)"),
        default=14,
        validators=[MinValueValidator(1), MaxValueValidator(90)],
    )
    geen_contact_weken = models.PositiveSmallIntegerField(
        _("geen contact met een huishouden met een plan langer dan (weken)"),
        default=8,
        validators=[MinValueValidator(1), MaxValueValidator(52)],
    )
    evaluatie_interval_weken = models.PositiveSmallIntegerField(
        _("plan evalueren elke (weken)"),
        default=26,
        validators=[MinValueValidator(1), MaxValueValidator(104)],
    )

    class Meta:
        verbose_name = _("termijninstellingen")
        verbose_name_plural = _("termijninstellingen")
        constraints = [
            models.CheckConstraint(condition=models.Q(pk=1), name="termijninstellingen_een_rij")
        ]

    def __str__(self) -> str:
        return str(_("Termijnen van de gemeente"))

    @classmethod
    def huidige(cls) -> "Termijninstellingen":
        instellingen, _created = cls.objects.get_or_create(pk=1)
        return instellingen

    @property
    def onderzoek_dagen_overig(self) -> int:
        return self.onderzoek_weken_overig * 7
