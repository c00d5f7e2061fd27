from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Regel(models.TextChoices):
    TERMIJN_NADERT = "termijn_nadert", _("Een termijn verloopt binnenkort")
    TERMIJN_VERLOPEN = "termijn_verlopen", _("Een termijn is verlopen")
    TERUGBELLEN = "terugbellen", _("Een wachtende inwoner terugbellen")
    EVALUATIE_NADERT = "evaluatie_nadert", _("Een evaluatie komt eraan")
    EVALUATIE_VERLOPEN = "evaluatie_verlopen", _("Een evaluatie is over tijd")
    AFSPRAAK_VERLOPEN = "afspraak_verlopen", _("Een afspraak is over haar datum")
    ESCALATIE = "escalatie", _("Al langer verlopen: voor de teamleider")
    WACHT_OP_AKKOORD = "wacht_op_akkoord", _("Een plan wacht lang op akkoord van de inwoner")
    GEEN_CONTACT = "geen_contact", _("Al lang geen contact met het huishouden")
    OVERGEDRAGEN = "overgedragen", _("Aan u overgedragen of toegewezen")


class Herinnering(models.Model):
    """One reminder for one medewerker about one case. The same rule, case and moment
    (`sleutel`: e.g. the deadline it is about) never gives two: the scan may run twice, or
    twice at once."""

    ontvanger = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="herinneringen"
    )
    regel = models.CharField(_("regel"), max_length=30, choices=Regel.choices)
    huishouden = models.ForeignKey(
        "huishoudens.Huishouden", on_delete=models.CASCADE, related_name="herinneringen"
    )
    object_type = models.CharField(max_length=50)
    object_id = models.BigIntegerField()
    sleutel = models.CharField(max_length=40)
    datum = models.DateField(_("datum"))  # the deadline or date it is about
    aangemaakt_op = models.DateTimeField(auto_now_add=True)
    gelezen_op = models.DateTimeField(_("gelezen op"), null=True, blank=True)

    class Meta:
        verbose_name = _("herinnering")
        verbose_name_plural = _("herinneringen")
        ordering = ["gelezen_op", "datum", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["regel", "object_type", "object_id", "ontvanger", "sleutel"],
                name="herinnering_een_per_moment",
            )
        ]
        indexes = [models.Index(fields=["ontvanger", "gelezen_op"], name="herinnering_inbox_idx")]

    def __str__(self) -> str:
        return f"{self.get_regel_display()} ({self.datum})"

    def pad(self) -> str:
        """Where the case is (ids only: no personal data in a link)."""
        from django.urls import reverse

        if self.object_type == "huishoudens.melding":
            return reverse("meldingen:melding", args=[self.object_id])
        if self.object_type == "plannen.plan":
            return reverse("plannen:plan", args=[self.object_id])
        return reverse("huishoudens:dossier", args=[self.huishouden_id])


class Dagoverzicht(models.Model):
    """That a medewerker got the daily e-mail of a day: never two for one day."""

    medewerker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    datum = models.DateField()
    aantal = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["medewerker", "datum"], name="dagoverzicht_een_per_dag"
            )
        ]

    def __str__(self) -> str:
        return f"{self.datum}: {self.aantal}"
