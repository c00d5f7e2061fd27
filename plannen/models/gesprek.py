"""The keukentafelgesprek: who was there, the question in the resident's own words, the
situation per life domain with a ZRM score, what each rung of the ladder can do, and the
conclusion. A draft is saved as it is typed; once final it is read-only."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ZrmDomein(models.TextChoices):
    """The 13 life domains of the Zelfredzaamheid-Matrix (2017)."""

    FINANCIEN = "financien", _("Financiën")
    WERK_OPLEIDING = "werk_opleiding", _("Werk en opleiding")
    TIJDSBESTEDING = "tijdsbesteding", _("Tijdsbesteding")
    HUISVESTING = "huisvesting", _("Huisvesting")
    HUISELIJKE_RELATIES = "huiselijke_relaties", _("Huiselijke relaties")
    GEESTELIJKE_GEZONDHEID = "geestelijke_gezondheid", _("Geestelijke gezondheid")
    LICHAMELIJKE_GEZONDHEID = "lichamelijke_gezondheid", _("Lichamelijke gezondheid")
    MIDDELENGEBRUIK = "middelengebruik", _("Middelengebruik")
    BASALE_ADL = "basale_adl", _("Basale ADL")
    INSTRUMENTELE_ADL = "instrumentele_adl", _("Instrumentele ADL")
    SOCIAAL_NETWERK = "sociaal_netwerk", _("Sociaal netwerk")
    MAATSCHAPPELIJKE_PARTICIPATIE = (
        "maatschappelijke_participatie",
        _("Maatschappelijke participatie"),
    )
    JUSTITIE = "justitie", _("Justitie")


ZRM_SCORES = [
    (1, _("1 · Acute problematiek")),
    (2, _("2 · Niet zelfredzaam")),
    (3, _("3 · Beperkt zelfredzaam")),
    (4, _("4 · Voldoende zelfredzaam")),
    (5, _("5 · Volledig zelfredzaam")),
]


class Keukentafelgesprek(models.Model):
    class Status(models.TextChoices):
        CONCEPT = "concept", _("Concept")
        DEFINITIEF = "definitief", _("Definitief")

    class Plaats(models.TextChoices):
        THUIS = "thuis", _("Bij de inwoner thuis")
        WIJKTEAM = "wijkteam", _("Op het wijkteamkantoor")
        ELDERS = "elders", _("Elders")

    class Leveringsvorm(models.TextChoices):
        ZIN = "zin", _("Zorg in natura")
        PGB = "pgb", _("Persoonsgebonden budget (pgb)")
        GEEN_VOORKEUR = "geen_voorkeur", _("Geen voorkeur")

    class Reactie(models.TextChoices):
        AKKOORD = "akkoord", _("Akkoord met het verslag")
        OPMERKINGEN = "opmerkingen", _("Opmerkingen bij het verslag")

    melding = models.ForeignKey(
        "huishoudens.Melding",
        verbose_name=_("melding"),
        on_delete=models.PROTECT,
        related_name="gesprekken",
    )
    huishouden = models.ForeignKey(
        "huishoudens.Huishouden",
        verbose_name=_("huishouden"),
        on_delete=models.PROTECT,
        related_name="gesprekken",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONCEPT
    )
    gepland_op = models.DateTimeField(_("gepland op"))
    plaats = models.CharField(
        _("plaats"), max_length=20, choices=Plaats.choices, default=Plaats.THUIS
    )
    plaats_toelichting = models.CharField(_("adres of toelichting"), max_length=200, blank=True)
    gehouden_op = models.DateField(_("gehouden op"), null=True, blank=True)

    vraag_inwoner = models.TextField(_("de vraag, in de woorden van de inwoner"), blank=True)
    eigen_kracht = models.TextField(_("wat de inwoner zelf kan"), blank=True)
    gebruikelijke_hulp = models.TextField(_("gebruikelijke hulp van huisgenoten"), blank=True)
    mantelzorg = models.TextField(_("wat de mantelzorger doet, en hoe zwaar dat is"), blank=True)
    netwerk = models.TextField(_("wat het verdere netwerk kan"), blank=True)
    algemene_voorzieningen = models.TextField(
        _("algemene voorzieningen: welke overwogen, en waarom wel of niet voldoende"), blank=True
    )
    maatwerk_nodig = models.BooleanField(_("maatwerkvoorziening nodig"), null=True, blank=True)
    beoogd_resultaat = models.TextField(_("voor welk resultaat"), blank=True)
    voorkeur_leveringsvorm = models.CharField(
        _("voorkeur van de inwoner"), max_length=20, choices=Leveringsvorm.choices, blank=True
    )
    hulpvragen_tekst = models.TextField(
        _("hulpvragen voor het plan"),
        blank=True,
        help_text=_("Eén hulpvraag per regel; bij afronden gaan ze naar het plan."),
    )
    clientondersteuning_aangeboden = models.BooleanField(
        _("onafhankelijke cliëntondersteuning aangeboden"), default=False
    )
    persoonlijk_plan_ontvangen = models.BooleanField(
        _("persoonlijk plan ontvangen"), default=False
    )

    reactie = models.CharField(
        _("reactie van de inwoner"), max_length=20, choices=Reactie.choices, blank=True
    )
    reactie_op = models.DateField(_("reactie ontvangen op"), null=True, blank=True)
    reactie_toelichting = models.TextField(_("toelichting bij de reactie"), blank=True)

    # Optimistic locking: every save raises it; a save with an older number is refused.
    versie = models.PositiveIntegerField(default=1)
    bijgewerkt_op = models.DateTimeField(auto_now=True)
    bijgewerkt_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    afgerond_op = models.DateTimeField(_("afgerond op"), null=True, blank=True)
    # Who held the conversation and made the verslag final (the caseload counts it).
    afgerond_door = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gevoerd door"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="gevoerde_gesprekken",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("keukentafelgesprek")
        verbose_name_plural = _("keukentafelgesprekken")
        ordering = ["-gepland_op", "-id"]
        indexes = [
            models.Index(fields=["afgerond_door", "gehouden_op"], name="gesprek_gevoerd_door_idx")
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="concept")
                | models.Q(gehouden_op__isnull=False, afgerond_op__isnull=False),
                name="gesprek_definitief_is_gehouden",
            ),
            # One conversation in progress per melding: finalising it stops the clock once.
            models.UniqueConstraint(
                fields=["melding"],
                condition=models.Q(status="concept"),
                name="gesprek_een_concept_per_melding",
                violation_error_message=_("Voor deze melding is al een gesprek gepland."),
            ),
        ]

    def __str__(self) -> str:
        return _("Keukentafelgesprek van %(datum)s") % {"datum": self.gepland_op.date()}

    @property
    def is_definitief(self) -> bool:
        return self.status == self.Status.DEFINITIEF


class Deelnemer(models.Model):
    """Someone at the table: picked from the dossier (a resident, a network member, a
    betrokkene), or a free entry (tolk, cliëntondersteuner) — exactly one of these."""

    class Rol(models.TextChoices):
        TOLK = "tolk", _("Tolk")
        CLIENTONDERSTEUNER = "clientondersteuner", _("Cliëntondersteuner")
        OVERIG = "overig", _("Overig")

    gesprek = models.ForeignKey(
        Keukentafelgesprek, on_delete=models.CASCADE, related_name="deelnemers"
    )
    persoon = models.ForeignKey(
        "huishoudens.Persoon", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    netwerklid = models.ForeignKey(
        "huishoudens.Netwerklid", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    betrokkene = models.ForeignKey(
        "huishoudens.Betrokkene", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    naam = models.CharField(_("naam"), max_length=150, blank=True)
    rol = models.CharField(_("rol"), max_length=20, choices=Rol.choices, blank=True)

    class Meta:
        verbose_name = _("deelnemer")
        verbose_name_plural = _("deelnemers")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(persoon__isnull=False, netwerklid=None, betrokkene=None, naam="")
                    | models.Q(persoon=None, netwerklid__isnull=False, betrokkene=None, naam="")
                    | models.Q(persoon=None, netwerklid=None, betrokkene__isnull=False, naam="")
                    | models.Q(persoon=None, netwerklid=None, betrokkene=None, naam__gt="")
                ),
                name="deelnemer_precies_een_bron",
            )
        ]

    def __str__(self) -> str:
        return str(self.persoon or self.netwerklid or self.betrokkene or self.naam)


class ZrmScore(models.Model):
    gesprek = models.ForeignKey(
        Keukentafelgesprek, on_delete=models.CASCADE, related_name="zrm_scores"
    )
    domein = models.CharField(_("leefgebied"), max_length=40, choices=ZrmDomein.choices)
    score = models.PositiveSmallIntegerField(
        _("ZRM-score"), null=True, blank=True, choices=ZRM_SCORES
    )
    situatie = models.TextField(_("situatie"), blank=True)

    class Meta:
        verbose_name = _("ZRM-score")
        verbose_name_plural = _("ZRM-scores")
        constraints = [
            models.UniqueConstraint(fields=["gesprek", "domein"], name="zrm_een_per_domein"),
            models.CheckConstraint(
                condition=models.Q(score__isnull=True) | models.Q(score__gte=1, score__lte=5),
                name="zrm_score_1_tot_5",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_domein_display()}: {self.score or '-'}"


class Hulpvraag(models.Model):
    """A question for help that came out of a final conversation; the household plan (#4)
    turns hulpvragen into doelen."""

    gesprek = models.ForeignKey(
        Keukentafelgesprek, on_delete=models.CASCADE, related_name="hulpvragen"
    )
    huishouden = models.ForeignKey(
        "huishoudens.Huishouden", on_delete=models.PROTECT, related_name="hulpvragen"
    )
    tekst = models.TextField(_("hulpvraag"))
    volgorde = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = _("hulpvraag")
        verbose_name_plural = _("hulpvragen")
        ordering = ["gesprek", "volgorde"]

    def __str__(self) -> str:
        return self.tekst[:60]
