"""How many afspraken were made per wijk, month and rung: the ladder distribution of the
team-lead dashboard without counting a year of afspraken on every view (docs/adr/0013).

The database keeps these counts itself (the triggers of migration 0012, on PostgreSQL):
whatever adds, changes or deletes an afspraak, or moves a household to another wijk, the
counts change in the same transaction. Nothing in the app writes them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .doelen import Afspraak


class LadderTelling(models.Model):
    wijk = models.ForeignKey("medewerkers.Wijk", on_delete=models.CASCADE, related_name="+")
    maand = models.DateField()  # its first day, in the municipality's time zone
    uitvoerder = models.CharField(max_length=20, choices=Afspraak.Uitvoerder.choices)
    aantal = models.IntegerField(default=0)

    class Meta:
        verbose_name = _("telling van afspraken per trede")
        verbose_name_plural = _("tellingen van afspraken per trede")
        constraints = [
            models.UniqueConstraint(
                fields=["wijk", "maand", "uitvoerder"], name="laddertelling_een_per_maand"
            )
        ]

    def __str__(self) -> str:
        return f"{self.maand:%Y-%m} {self.uitvoerder}: {self.aantal}"
