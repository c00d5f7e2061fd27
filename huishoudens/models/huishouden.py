from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..validators import valideer_bsn, valideer_geboortedatum, valideer_postcode


class Huishouden(models.Model):
    """An address and the people living there; its wijk decides which team serves it."""

    straat = models.CharField(_("straat"), max_length=120)
    huisnummer = models.PositiveIntegerField(_("huisnummer"))
    huisnummer_toevoeging = models.CharField(_("toevoeging"), max_length=10, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, validators=[valideer_postcode])
    woonplaats = models.CharField(_("woonplaats"), max_length=80)
    wijk = models.ForeignKey(
        "medewerkers.Wijk",
        verbose_name=_("wijk"),
        on_delete=models.PROTECT,
        related_name="huishoudens",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("huishouden")
        verbose_name_plural = _("huishoudens")
        ordering = ["straat", "huisnummer", "huisnummer_toevoeging", "id"]
        indexes = [
            models.Index(fields=["postcode"], name="huishouden_postcode_idx"),
            # The household list orders a team's households from this index alone
            # (huishoudens.lijst): wijk first, then the list order.
            models.Index(
                fields=["wijk", "straat", "huisnummer", "huisnummer_toevoeging", "id"],
                name="huishouden_wijk_volgorde_idx",
            ),
        ]

    def __str__(self) -> str:
        return self.adres

    @property
    def kort_adres(self) -> str:
        return f"{self.straat} {self.huisnummer}{self.huisnummer_toevoeging}"

    @property
    def adres(self) -> str:
        return f"{self.kort_adres}, {self.postcode} {self.woonplaats}"


class Persoon(models.Model):
    """A resident (inwoner) living in a household."""

    class RolInHuishouden(models.TextChoices):
        HOOFDBEWONER = "hoofdbewoner", _("Hoofdbewoner")
        PARTNER = "partner", _("Partner")
        KIND = "kind", _("Kind")
        OVERIG = "overig", _("Overig")

    huishouden = models.ForeignKey(
        Huishouden,
        verbose_name=_("huishouden"),
        on_delete=models.CASCADE,
        related_name="personen",
    )
    voornamen = models.CharField(_("voornamen"), max_length=120)
    tussenvoegsel = models.CharField(_("tussenvoegsel"), max_length=20, blank=True)
    achternaam = models.CharField(_("achternaam"), max_length=120)
    geboortedatum = models.DateField(_("geboortedatum"), validators=[valideer_geboortedatum])
    bsn = models.CharField(
        _("BSN"), max_length=9, null=True, blank=True, unique=True, validators=[valideer_bsn]
    )
    rol = models.CharField(
        _("rol in het huishouden"), max_length=20, choices=RolInHuishouden.choices
    )
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("persoon")
        verbose_name_plural = _("personen")
        ordering = ["geboortedatum", "id"]
        permissions = [
            ("inzage_maken", _("Kan een inzage-overzicht van een persoon maken (AVG art. 15)")),
        ]
        indexes = [
            models.Index(fields=["achternaam", "geboortedatum"], name="persoon_naam_gebdat_idx")
        ]
        # On PostgreSQL also the indexes of the search by name prefix, case-insensitive, on
        # UPPER(achternaam) and UPPER(voornamen): made by migration 0007 only there (an
        # operator class is PostgreSQL's own), so they are not declared here.

    def __str__(self) -> str:
        return self.naam

    @property
    def naam(self) -> str:
        return " ".join(p for p in (self.voornamen, self.tussenvoegsel, self.achternaam) if p)


class Netwerklid(models.Model):
    """Someone in a person's informal network; a mantelzorger gives sustained care."""

    class Relatie(models.TextChoices):
        FAMILIE = "familie", _("Familie")
        PARTNER = "partner", _("Partner (niet inwonend)")
        BUUR = "buur", _("Buur")
        VRIEND = "vriend", _("Vriend(in)")
        VRIJWILLIGER = "vrijwilliger", _("Vrijwilliger")
        KENNIS = "kennis", _("Kennis")
        OVERIG = "overig", _("Overig")

    class Belasting(models.TextChoices):
        LICHT = "licht", _("Licht")
        GEMIDDELD = "gemiddeld", _("Gemiddeld")
        ZWAAR = "zwaar", _("Zwaar")
        OVERBELAST = "overbelast", _("Overbelast")

    persoon = models.ForeignKey(
        Persoon, verbose_name=_("persoon"), on_delete=models.CASCADE, related_name="netwerk"
    )
    naam = models.CharField(_("naam"), max_length=150)
    relatie = models.CharField(_("relatie"), max_length=20, choices=Relatie.choices)
    is_mantelzorger = models.BooleanField(_("mantelzorger"), default=False)
    belasting = models.CharField(
        _("belasting mantelzorger"), max_length=20, choices=Belasting.choices, blank=True
    )
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("netwerklid")
        verbose_name_plural = _("netwerkleden")
        ordering = ["-is_mantelzorger", "naam", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(is_mantelzorger=True) | models.Q(belasting=""),
                name="netwerklid_belasting_alleen_mantelzorger",
            )
        ]

    def __str__(self) -> str:
        return self.naam


class Betrokkene(models.Model):
    """A professional or organisation already involved with the household."""

    class Soort(models.TextChoices):
        HUISARTS = "huisarts", _("Huisarts")
        SCHOOL = "school", _("School")
        ZORGAANBIEDER = "zorgaanbieder", _("Zorgaanbieder")
        BEWINDVOERDER = "bewindvoerder", _("Bewindvoerder")
        WOONCORPORATIE = "woningcorporatie", _("Woningcorporatie")
        JEUGDHULP = "jeugdhulp", _("Jeugdhulp")
        SCHULDHULP = "schuldhulp", _("Schuldhulpverlening")
        WIJKAGENT = "wijkagent", _("Wijkagent")
        OVERIG = "overig", _("Overig")

    huishouden = models.ForeignKey(
        Huishouden,
        verbose_name=_("huishouden"),
        on_delete=models.CASCADE,
        related_name="betrokkenen",
    )
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    organisatie = models.CharField(_("organisatie"), max_length=150)
    contactpersoon = models.CharField(_("contactpersoon"), max_length=150, blank=True)
    telefoon = models.CharField(_("telefoon"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    # A professional who works in sociaal too: being involved gives access to the dossier.
    medewerker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("medewerker in sociaal"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="betrokkenheden",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("betrokkene")
        verbose_name_plural = _("betrokkenen")
        ordering = ["soort", "organisatie", "id"]

    def __str__(self) -> str:
        return self.organisatie
