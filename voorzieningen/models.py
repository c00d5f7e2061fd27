from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sociaal.termijnen.regels import Wet

# Productcategorieën of the iStandaarden: Wmo (WMO020) 01 to 18, Jeugdwet (JZ020) 40 to 55.
PRODUCTCATEGORIEEN = {Wet.WMO: range(1, 19), Wet.JEUGDWET: range(40, 56)}


class VoorzieningQuerySet(models.QuerySet):
    def actief(self) -> "VoorzieningQuerySet":
        return self.filter(actief=True)

    def in_wijk(self, wijk_id: int) -> "VoorzieningQuerySet":
        """Available in this wijk: for the whole municipality, or for this wijk."""
        return self.filter(Q(hele_gemeente=True) | Q(wijken=wijk_id)).distinct()


class Voorziening(models.Model):
    """An entry in the sociale kaart: an algemene voorziening (open to all, no assessment)
    or a maatwerkvoorziening (individual, assessed)."""

    class Soort(models.TextChoices):
        ALGEMEEN = "algemeen", _("Algemene voorziening")
        MAATWERK = "maatwerk", _("Maatwerkvoorziening")

    sleutel = models.SlugField(
        _("sleutel"),
        max_length=80,
        unique=True,
        help_text=_("Vaste code voor import en export, bijvoorbeeld 'buurthuis-de-linde'."),
    )
    naam = models.CharField(_("naam"), max_length=150)
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    wet = models.CharField(_("wet"), max_length=20, choices=Wet.choices, blank=True)
    productcategorie = models.CharField(
        _("productcategorie"),
        max_length=2,
        blank=True,
        validators=[RegexValidator(r"^[0-9]{2}$", _("Twee cijfers, bijvoorbeeld 02."))],
    )
    omschrijving = models.TextField(_("omschrijving"), blank=True)
    aanbieder = models.CharField(_("aanbieder"), max_length=150)
    hele_gemeente = models.BooleanField(_("voor de hele gemeente"), default=True)
    wijken = models.ManyToManyField(
        "medewerkers.Wijk", verbose_name=_("wijken"), blank=True, related_name="voorzieningen"
    )
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    wachttijd_weken = models.PositiveSmallIntegerField(
        _("wachttijd (weken)"), null=True, blank=True
    )
    actief = models.BooleanField(_("actief"), default=True)
    alternatieven = models.ManyToManyField(
        "self",
        through="Alternatief",
        through_fields=("maatwerk", "algemeen"),
        symmetrical=False,
        related_name="alternatief_voor",
        verbose_name=_("algemene alternatieven"),
    )

    objects = VoorzieningQuerySet.as_manager()

    class Meta:
        verbose_name = _("voorziening")
        verbose_name_plural = _("voorzieningen")
        ordering = ["naam"]
        constraints = [
            models.CheckConstraint(
                condition=Q(soort="maatwerk") | Q(productcategorie=""),
                name="voorziening_productcategorie_alleen_maatwerk",
            )
        ]

    def __str__(self) -> str:
        return self.naam

    def clean(self):
        self._controleer_soortwissel()
        if self.productcategorie:
            bereik = PRODUCTCATEGORIEEN.get(self.wet)
            if self.soort != self.Soort.MAATWERK or bereik is None:
                raise ValidationError(
                    {
                        "productcategorie": _(
                            "Alleen voor een maatwerkvoorziening onder de Wmo of Jeugdwet."
                        )
                    }
                )
            if int(self.productcategorie) not in bereik:
                raise ValidationError(
                    {
                        "productcategorie": _(
                            "Voor de %(wet)s is dat %(van)02d tot en met %(tot)02d."
                        )
                        % {"wet": Wet(self.wet).label, "van": bereik.start, "tot": bereik.stop - 1}
                    }
                )

    def _controleer_soortwissel(self) -> None:
        """Algemeen or maatwerk is what the ladder counts on: it does not change once
        afspraken or alternatives use this voorziening (docs/design.md §4.3)."""
        if not self.pk:
            return
        oud = Voorziening.objects.filter(pk=self.pk).values_list("soort", flat=True).first()
        if oud is None or oud == self.soort:
            return
        in_gebruik = (
            self.afspraken.exists()
            or Alternatief.objects.filter(Q(maatwerk=self) | Q(algemeen=self)).exists()
        )
        if in_gebruik:
            raise ValidationError(
                {
                    "soort": _(
                        "De soort kan niet meer veranderen: afspraken of alternatieven gebruiken "
                        "deze voorziening. Maak een nieuwe voorziening en zet deze op niet actief."
                    )
                }
            )


class Alternatief(models.Model):
    """An algemene voorziening that can take the place of a maatwerkvoorziening (seed 003:
    vrijwilligerswerk in het buurthuis instead of dagbesteding)."""

    maatwerk = models.ForeignKey(
        Voorziening,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("maatwerkvoorziening"),
    )
    algemeen = models.ForeignKey(
        Voorziening,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("algemene voorziening"),
    )
    toelichting = models.CharField(_("waarom het kan passen"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("algemeen alternatief")
        verbose_name_plural = _("algemene alternatieven")
        constraints = [
            models.UniqueConstraint(fields=["maatwerk", "algemeen"], name="alternatief_uniek"),
            models.CheckConstraint(
                condition=~Q(maatwerk=models.F("algemeen")), name="alternatief_niet_zichzelf"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.algemeen} ({_('in plaats van')} {self.maatwerk})"

    def clean(self):
        # The maatwerkvoorziening may be unsaved still (added together in beheer).
        maatwerk = (
            self.maatwerk if self.maatwerk_id or "maatwerk" in self._state.fields_cache else None
        )
        if maatwerk is not None and maatwerk.soort != Voorziening.Soort.MAATWERK:
            raise ValidationError(
                _("Alleen een maatwerkvoorziening heeft algemene alternatieven.")
            )
        if self.algemeen_id and self.algemeen.soort != Voorziening.Soort.ALGEMEEN:
            raise ValidationError({"algemeen": _("Kies een algemene voorziening.")})
