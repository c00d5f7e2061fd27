"""Documents made for the resident: the household plan and the gespreksverslag, as PDFs in
private storage (never under a public URL), made by a worker."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.utils.functional import LazyObject
from django.utils.translation import gettext_lazy as _


class PriveOpslag(LazyObject):
    """Documents live outside the static and media roots: only the download view, which
    applies the access policy, reads them (SOCIAAL_DOCUMENTEN_DIR)."""

    def _setup(self):
        self._wrapped = FileSystemStorage(location=settings.SOCIAAL_DOCUMENTEN_DIR)


prive_opslag = PriveOpslag()


def _opslag():
    return prive_opslag


class Document(models.Model):
    class Soort(models.TextChoices):
        PLAN = "plan", _("Plan")
        GESPREKSVERSLAG = "gespreksverslag", _("Gespreksverslag")

    class Status(models.TextChoices):
        WACHTRIJ = "wachtrij", _("In de wachtrij")
        BEZIG = "bezig", _("Wordt gemaakt")
        KLAAR = "klaar", _("Klaar")
        MISLUKT = "mislukt", _("Mislukt")

    BEZIG_STATUSSEN = (Status.WACHTRIJ, Status.BEZIG)
    MAX_POGINGEN = 3

    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    huishouden = models.ForeignKey(
        "huishoudens.Huishouden", on_delete=models.PROTECT, related_name="documenten"
    )
    plan = models.ForeignKey(
        "plannen.Plan", on_delete=models.PROTECT, null=True, blank=True, related_name="documenten"
    )
    gesprek = models.ForeignKey(
        "plannen.Keukentafelgesprek",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="documenten",
    )
    versie = models.PositiveIntegerField(_("versie"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.WACHTRIJ
    )
    reden_mislukt = models.TextField(_("waarom het mislukte"), blank=True)
    # How often a worker began making it: a render that takes its worker down every time
    # stops after MAX_POGINGEN instead of being sent again forever.
    pogingen = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    bestand = models.FileField(_("bestand"), storage=_opslag, upload_to="documenten/", blank=True)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True)
    aangevraagd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    aangevraagd_op = models.DateTimeField(_("aangevraagd op"), auto_now_add=True)
    verstuurd_op = models.DateTimeField(_("naar de worker gestuurd op"), null=True, blank=True)
    klaar_op = models.DateTimeField(_("klaar op"), null=True, blank=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
        ordering = ["-aangevraagd_op", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(soort="plan", plan__isnull=False, gesprek__isnull=True)
                | Q(soort="gespreksverslag", plan__isnull=True, gesprek__isnull=False),
                name="document_een_bron",
            ),
            # Asking twice while one is being made gives the same document, not two.
            models.UniqueConstraint(
                fields=["soort", "plan", "versie"],
                condition=Q(status__in=["wachtrij", "bezig"], plan__isnull=False),
                name="document_plan_een_tegelijk",
            ),
            models.UniqueConstraint(
                fields=["soort", "gesprek", "versie"],
                condition=Q(status__in=["wachtrij", "bezig"], gesprek__isnull=False),
                name="document_gesprek_een_tegelijk",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {self.versie}"

    @property
    def is_bezig(self) -> bool:
        return self.status in self.BEZIG_STATUSSEN
