from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Rol(models.TextChoices):
    CONSULENT = "consulent", _("Consulent")
    TEAMLEIDER = "teamleider", _("Teamleider")
    BEHEERDER = "beheerder", _("Functioneel beheerder")


class Team(models.Model):
    """A sociaal wijkteam; it serves the households in its wijken."""

    naam = models.CharField(_("naam"), max_length=100, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("team")
        verbose_name_plural = _("teams")
        ordering = ["naam"]

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
    def kan_regisseur_zijn(self) -> bool:
        return self.is_active and self.rol in (Rol.CONSULENT, Rol.TEAMLEIDER)
