"""The planned review of a plan: were the doelen reached, the ZRM scored again (progress
against the keukentafelgesprek), the resident's own rating, and continue or close."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .gesprek import ZRM_SCORES, ZrmDomein


class Evaluatie(models.Model):
    class Besluit(models.TextChoices):
        DOORGAAN = "doorgaan", _("Doorgaan met een nieuwe versie")
        AFSLUITEN = "afsluiten", _("Plan afsluiten")

    plan = models.ForeignKey("plannen.Plan", on_delete=models.CASCADE, related_name="evaluaties")
    versie = models.PositiveIntegerField(_("geëvalueerde versie"))
    gehouden_op = models.DateField(_("gehouden op"))
    klantbeoordelingscijfer = models.PositiveSmallIntegerField(
        _("cijfer van de inwoner (1 tot en met 10)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(10)],
    )
    opmerking_inwoner = models.TextField(_("opmerking van de inwoner"), blank=True)
    besluit = models.CharField(_("besluit"), max_length=20, choices=Besluit.choices)
    nieuwe_evaluatie_op = models.DateField(_("volgende evaluatie"), null=True, blank=True)
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("evaluatie")
        verbose_name_plural = _("evaluaties")
        ordering = ["-gehouden_op", "-id"]
        # The dashboard's results: the evaluations held in a period.
        indexes = [models.Index(fields=["gehouden_op"], name="evaluatie_gehouden_op_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(klantbeoordelingscijfer__isnull=True)
                | Q(klantbeoordelingscijfer__gte=1, klantbeoordelingscijfer__lte=10),
                name="evaluatie_cijfer_1_tot_10",
            ),
            models.CheckConstraint(
                condition=~Q(besluit="doorgaan") | Q(nieuwe_evaluatie_op__isnull=False),
                name="evaluatie_doorgaan_met_nieuwe_datum",
            ),
        ]

    def __str__(self) -> str:
        return _("Evaluatie van %(datum)s") % {"datum": self.gehouden_op}


class DoelResultaat(models.Model):
    class Resultaat(models.TextChoices):
        BEREIKT = "bereikt", _("Bereikt")
        DEELS = "deels", _("Deels bereikt")
        NIET = "niet", _("Niet bereikt")

    evaluatie = models.ForeignKey(Evaluatie, on_delete=models.CASCADE, related_name="resultaten")
    doel = models.ForeignKey(
        "plannen.Doel", on_delete=models.SET_NULL, null=True, related_name="resultaten"
    )
    # The doel as it was evaluated: a later version may change or remove it.
    doel_omschrijving = models.TextField(_("doel"))
    resultaat = models.CharField(_("resultaat"), max_length=20, choices=Resultaat.choices)

    class Meta:
        verbose_name = _("doelresultaat")
        verbose_name_plural = _("doelresultaten")

    def __str__(self) -> str:
        return f"{self.doel_omschrijving[:40]}: {self.get_resultaat_display()}"


class EvaluatieZrm(models.Model):
    evaluatie = models.ForeignKey(Evaluatie, on_delete=models.CASCADE, related_name="zrm_scores")
    domein = models.CharField(_("leefgebied"), max_length=40, choices=ZrmDomein.choices)
    score = models.PositiveSmallIntegerField(_("ZRM-score"), choices=ZRM_SCORES)

    class Meta:
        verbose_name = _("ZRM-score bij evaluatie")
        verbose_name_plural = _("ZRM-scores bij evaluatie")
        constraints = [
            models.UniqueConstraint(
                fields=["evaluatie", "domein"], name="evaluatiezrm_een_per_domein"
            ),
            models.CheckConstraint(
                condition=Q(score__gte=1, score__lte=5), name="evaluatiezrm_score_1_tot_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_domein_display()}: {self.score}"
