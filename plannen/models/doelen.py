"""Doelen and afspraken of the plan. Who carries out an afspraak *is* its rung on the
ladder; a maatwerkvoorziening needs a recorded reason for every rung below it, and the
database refuses one without."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from voorzieningen.ladder import Trede

from .gesprek import ZrmDomein


class Doel(models.Model):
    plan = models.ForeignKey("plannen.Plan", on_delete=models.CASCADE, related_name="doelen")
    domein = models.CharField(
        _("leefgebied"), max_length=40, choices=ZrmDomein.choices, blank=True
    )
    omschrijving = models.TextField(_("doel, in de woorden van de inwoner"))
    hulpvraag = models.ForeignKey(
        "plannen.Hulpvraag",
        verbose_name=_("uit hulpvraag"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="doelen",
    )
    volgorde = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("doel")
        verbose_name_plural = _("doelen")
        ordering = ["volgorde", "id"]

    def __str__(self) -> str:
        return self.omschrijving[:80]


class Afspraak(models.Model):
    class Uitvoerder(models.TextChoices):
        EIGEN_KRACHT = Trede.EIGEN_KRACHT.value, _("De inwoner zelf")
        NETWERK = Trede.NETWERK.value, _("Iemand uit het netwerk")
        ALGEMEEN = Trede.ALGEMEEN.value, _("Een algemene voorziening")
        MAATWERK = Trede.MAATWERK.value, _("Een maatwerkvoorziening")
        PROFESSIONAL = "professional", _("Een betrokken professional")

    doel = models.ForeignKey(Doel, on_delete=models.CASCADE, related_name="afspraken")
    wat = models.TextField(_("wat"))
    uitvoerder = models.CharField(_("wie"), max_length=20, choices=Uitvoerder.choices)
    persoon = models.ForeignKey(
        "huishoudens.Persoon", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    netwerklid = models.ForeignKey(
        "huishoudens.Netwerklid", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    voorziening = models.ForeignKey(
        "voorzieningen.Voorziening",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="afspraken",
    )
    betrokkene = models.ForeignKey(
        "huishoudens.Betrokkene", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    wanneer = models.DateField(_("uiterlijk"), null=True, blank=True)
    waarom_niet_eigen_kracht = models.TextField(
        _("waarom kan de inwoner dit niet zelf?"), blank=True
    )
    waarom_niet_netwerk = models.TextField(_("waarom kan het netwerk dit niet?"), blank=True)
    waarom_niet_algemeen = models.TextField(
        _("waarom volstaat een algemene voorziening niet?"), blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("afspraak")
        verbose_name_plural = _("afspraken")
        ordering = ["wanneer", "id"]
        # The dashboard's ladder distribution: the afspraken made in a period.
        indexes = [models.Index(fields=["created_at"], name="afspraak_gemaakt_op_idx")]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(
                        uitvoerder="eigen_kracht",
                        persoon__isnull=False,
                        netwerklid=None,
                        voorziening=None,
                        betrokkene=None,
                    )
                    | Q(
                        uitvoerder="netwerk",
                        persoon=None,
                        netwerklid__isnull=False,
                        voorziening=None,
                        betrokkene=None,
                    )
                    | Q(
                        uitvoerder__in=["algemeen", "maatwerk"],
                        persoon=None,
                        netwerklid=None,
                        voorziening__isnull=False,
                        betrokkene=None,
                    )
                    | Q(
                        uitvoerder="professional",
                        persoon=None,
                        netwerklid=None,
                        voorziening=None,
                        betrokkene__isnull=False,
                    )
                ),
                name="afspraak_uitvoerder_past_bij_wie",
            ),
            # docs/design.md §4.3: maatwerk is the last step, with a reason for every rung below.
            models.CheckConstraint(
                condition=~Q(uitvoerder="maatwerk")
                | (
                    ~Q(waarom_niet_eigen_kracht="")
                    & ~Q(waarom_niet_netwerk="")
                    & ~Q(waarom_niet_algemeen="")
                ),
                name="afspraak_maatwerk_met_redenen",
            ),
        ]

    def __str__(self) -> str:
        return self.wat[:80]

    @property
    def trede(self) -> Trede | None:
        """The rung; a betrokken professional stands beside the ladder."""
        return Trede(self.uitvoerder) if self.uitvoerder in Trede.values else None

    @property
    def wie(self):
        return self.persoon or self.netwerklid or self.voorziening or self.betrokkene
