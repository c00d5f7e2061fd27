from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Bewaartermijnen(models.Model):
    """How long a household's file is kept after the help ended, per kind (defaults from the
    law and the Selectielijst gemeenten, which are also the minimum: a municipality may keep
    longer, not shorter); one row, set by the functioneel beheerder."""

    jeugd_jaren = models.PositiveSmallIntegerField(
        _("jeugdhulp (jaren)"),
        default=20,
        validators=[MinValueValidator(20)],
        help_text=_("Jeugdwet art. 7.3.8: twintig jaar na het einde van de jeugdhulp."),
    )
    wmo_voorziening_jaren = models.PositiveSmallIntegerField(
        _("met een maatwerkvoorziening (jaren)"),
        default=15,
        validators=[MinValueValidator(15)],
        help_text=_("Een plan of melding met een maatwerkvoorziening of beschikking."),
    )
    overig_jaren = models.PositiveSmallIntegerField(
        _("overige dossiers (jaren)"),
        default=5,
        validators=[MinValueValidator(5)],
        help_text=_("Plannen en meldingen zonder maatwerkvoorziening."),
    )

    class Meta:
        verbose_name = _("bewaartermijnen")
        verbose_name_plural = _("bewaartermijnen")

    def __str__(self) -> str:
        return str(self._meta.verbose_name)

    @classmethod
    def huidige(cls) -> "Bewaartermijnen":
        termijnen, _nieuw = cls.objects.get_or_create(pk=1)
        return termijnen


class Soort(models.TextChoices):
    JEUGD = "jeugd", _("Jeugdhulp")
    WMO_VOORZIENING = "wmo_voorziening", _("Met maatwerkvoorziening")
    OVERIG = "overig", _("Overig")


class Vernietigingslijst(models.Model):
    """Households whose retention term has passed, proposed by the weekly job; destroyed only
    after a functioneel beheerder approved. Holds numbers, never content."""

    class Status(models.TextChoices):
        VOORGESTELD = "voorgesteld", _("Voorgesteld")
        UITGEVOERD = "uitgevoerd", _("Goedgekeurd en uitgevoerd")
        AFGEWEZEN = "afgewezen", _("Afgewezen")

    aangemaakt_op = models.DateTimeField(_("voorgesteld op"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.VOORGESTELD
    )
    beoordeeld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beoordeeld door"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    beoordeeld_op = models.DateTimeField(_("beoordeeld op"), null=True, blank=True)
    vernietigd = models.JSONField(_("vernietigd per soort"), default=dict, blank=True)

    class Meta:
        verbose_name = _("vernietigingslijst")
        verbose_name_plural = _("vernietigingslijsten")
        ordering = ["-aangemaakt_op", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["status"],
                condition=models.Q(status="voorgesteld"),
                name="vernietigingslijst_een_voorstel_tegelijk",
            )
        ]
        permissions = [("vernietiging_goedkeuren", _("Kan een vernietigingslijst goedkeuren"))]

    def __str__(self) -> str:
        return _("Vernietigingslijst van %(datum)s") % {"datum": f"{self.aangemaakt_op:%d-%m-%Y}"}


class Vernietigingsregel(models.Model):
    lijst = models.ForeignKey(Vernietigingslijst, on_delete=models.CASCADE, related_name="regels")
    # A number, not a foreign key: the household is gone after the destruction.
    huishouden_id = models.BigIntegerField(_("huishouden (nummer)"))
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    einde_hulp = models.DateField(_("einde van de hulp"))
    vernietigen_vanaf = models.DateField(_("vernietigen vanaf"))

    class Meta:
        verbose_name = _("regel van de vernietigingslijst")
        verbose_name_plural = _("regels van de vernietigingslijst")
        ordering = ["vernietigen_vanaf", "huishouden_id"]

    def __str__(self) -> str:
        return f"{self.huishouden_id} ({self.get_soort_display()})"
