from collections.abc import Callable

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Rol(models.TextChoices):
    CONSULENT = "consulent", _("Consulent")
    TEAMLEIDER = "teamleider", _("Teamleider")
    BEHEERDER = "beheerder", _("Functioneel beheerder")
    AUDITOR = "auditor", _("Auditor (privacy)")


class Team(models.Model):
    """A sociaal wijkteam; it serves the households in its wijken."""

    naam = models.CharField(_("naam"), max_length=100, unique=True)
    # The bandbreedte: how many cases one medewerker of this team carries, at least and at
    # most (the dashboard shows who is over it and who has room).
    bandbreedte_van = models.PositiveSmallIntegerField(
        _("caseload vanaf"),
        default=25,
        help_text=_("Onder dit aantal casussen heeft een medewerker ruimte."),
    )
    bandbreedte_tot = models.PositiveSmallIntegerField(
        _("caseload tot en met"),
        default=35,
        help_text=_("Boven dit aantal casussen is een medewerker overbelast."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["naam"]
        permissions = [
            ("dashboard_exporteren", _("Kan tabellen van het teamdashboard exporteren")),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(bandbreedte_van__lte=models.F("bandbreedte_tot")),
                name="team_bandbreedte_van_tot",
                violation_error_message=_(
                    "De ondergrens van de bandbreedte ligt niet boven de bovengrens."
                ),
            ),
        ]

    def __str__(self) -> str:
        return self.naam


class Wijk(models.Model):
    """An area of the municipality; exactly one team serves it."""

    naam = models.CharField(_("naam"), max_length=100, unique=True)
    team = models.ForeignKey(
        Team, verbose_name=_("team"), on_delete=models.PROTECT, related_name="wijken"
    )

    class Meta:
        verbose_name = _("wijk")
        verbose_name_plural = _("wijken")
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam


class Medewerker(AbstractUser):
    """A user: a professional of the municipality or a partner organisation."""

    rol = models.CharField(_("rol"), max_length=20, choices=Rol.choices, default=Rol.CONSULENT)
    teams = models.ManyToManyField(
        Team, verbose_name=_("teams"), related_name="medewerkers", blank=True
    )
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)

    # Only on the request's user: put there by django-otp's OTPMiddleware (second step done?).
    is_verified: Callable[[], bool]

    class Meta:
        verbose_name = _("medewerker")
        verbose_name_plural = _("medewerkers")
        ordering = ["first_name", "last_name"]

    def __str__(self) -> str:
        return self.get_full_name() or self.username

    @property
    def is_teamleider(self) -> bool:
        return self.rol == Rol.TEAMLEIDER

    @property
    def is_beheerder(self) -> bool:
        return self.rol == Rol.BEHEERDER

    @property
    def werkt_met_dossiers(self) -> bool:
        """Consulenten and teamleiders; a beheerder or auditor opens no dossier."""
        return self.rol in (Rol.CONSULENT, Rol.TEAMLEIDER)

    @property
    def is_auditor(self) -> bool:
        return self.rol == Rol.AUDITOR

    @property
    def kan_regisseur_zijn(self) -> bool:
        return self.is_active and self.rol in (Rol.CONSULENT, Rol.TEAMLEIDER)


class Overdracht(models.Model):
    """Work handed from one medewerker to another: from whom, to whom, why, by whom, when.
    Kept as history; the concrete kinds say what was handed over."""

    van = models.ForeignKey(
        Medewerker, verbose_name=_("van"), on_delete=models.PROTECT, related_name="+"
    )
    naar = models.ForeignKey(
        Medewerker, verbose_name=_("naar"), on_delete=models.PROTECT, related_name="+"
    )
    reden = models.TextField(_("reden"))
    door = models.ForeignKey(
        Medewerker, verbose_name=_("door"), on_delete=models.PROTECT, related_name="+"
    )
    op = models.DateTimeField(_("op"), auto_now_add=True)

    class Meta:
        abstract = True
        ordering = ["-op", "-id"]

    def __str__(self) -> str:
        return f"{self.van} → {self.naar}"
