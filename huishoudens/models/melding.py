from datetime import UTC, datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sociaal.medewerkers.models import Overdracht
from sociaal.termijnen.regels import Klok, Soort, Wet

# The Wmo 2015, Jeugdwet and Participatiewet as this product knows them began on 1 January
# 2015: no melding or date in its dossier lies before that.
EERSTE_DAG = datetime(2015, 1, 1, tzinfo=UTC)


class MeldingQuerySet(models.QuerySet):
    def open(self) -> "MeldingQuerySet":
        return self.filter(status__in=Melding.OPEN_STATUSSEN)


class Melding(models.Model):
    """A support question reported for a person in a household; starts the clocks."""

    class Melder(models.TextChoices):
        ZELFMELDER = "zelfmelder", _("De inwoner zelf")
        FAMILIE = "familie", _("Familie of mantelzorger")
        HUISARTS = "huisarts", _("Huisarts")
        SCHOOL = "school", _("School")
        WIJKAGENT = "wijkagent", _("Wijkagent")
        ZORGAANBIEDER = "zorgaanbieder", _("Zorgaanbieder")
        WONINGCORPORATIE = "woningcorporatie", _("Woningcorporatie")
        VEILIG_THUIS = "veilig_thuis", _("Veilig Thuis")
        ANDERS = "anders", _("Anders")

    class Status(models.TextChoices):
        NIEUW = "nieuw", _("Nieuw")
        TOEGEWEZEN = "toegewezen", _("Toegewezen")
        IN_ONDERZOEK = "in_onderzoek", _("In onderzoek")
        AFGEROND = "afgerond", _("Afgerond")
        INGETROKKEN = "ingetrokken", _("Ingetrokken")

    OPEN_STATUSSEN = (Status.NIEUW, Status.TOEGEWEZEN, Status.IN_ONDERZOEK)

    huishouden = models.ForeignKey(
        "huishoudens.Huishouden",
        verbose_name=_("huishouden"),
        on_delete=models.PROTECT,
        related_name="meldingen",
    )
    persoon = models.ForeignKey(
        "huishoudens.Persoon",
        verbose_name=_("voor wie"),
        on_delete=models.PROTECT,
        related_name="meldingen",
    )
    ontvangen_op = models.DateTimeField(_("ontvangen op"), default=timezone.now)
    wet = models.CharField(_("wet"), max_length=20, choices=Wet.choices)
    melder = models.CharField(_("gemeld door"), max_length=20, choices=Melder.choices)
    vraag = models.TextField(_("de vraag, in de woorden van de melder"))
    is_crisis = models.BooleanField(_("crisis"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NIEUW
    )
    consulent = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("consulent"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="meldingen",
    )
    aanvraag_op = models.DateField(_("aanvraag ontvangen op"), null=True, blank=True)
    onderzoek_afgerond_op = models.DateTimeField(_("onderzoek afgerond op"), null=True, blank=True)
    tijdelijke_voorziening_op = models.DateTimeField(
        _("tijdelijke voorziening getroffen op"), null=True, blank=True
    )
    beschikking_op = models.DateField(_("beschikking afgegeven op"), null=True, blank=True)
    reden_intrekking = models.TextField(_("reden van intrekking"), blank=True)
    ingetrokken_op = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    # The deadline of the running clock that runs out first, kept by the services for
    # sorting in the database (huishoudens.klokken.eerste_deadline). Empty when nothing
    # runs any more or the melding was withdrawn.
    deadline = models.DateTimeField(_("eerstvolgende deadline"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    objects = MeldingQuerySet.as_manager()

    class Meta:
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        ordering = ["-ontvangen_op", "-id"]
        indexes = [
            models.Index(fields=["status", "deadline"], name="melding_status_deadline_idx"),
            models.Index(fields=["consulent", "status"], name="melding_consulent_status_idx"),
            # The open meldingen of a team's households (the wachtlijst and its count):
            # OPEN_STATUSSEN, which Meta cannot see.
            models.Index(
                fields=["huishouden"],
                condition=models.Q(status__in=["nieuw", "toegewezen", "in_onderzoek"]),
                name="melding_open_huishouden_idx",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="ingetrokken")
                | models.Q(deadline__isnull=True, ingetrokken_op__isnull=False),
                name="melding_ingetrokken_heeft_geen_deadline",
            ),
            models.CheckConstraint(
                condition=models.Q(ontvangen_op__gte=EERSTE_DAG),
                name="melding_ontvangen_na_wmo_2015",
                violation_error_message=_("Een melding ligt niet vóór 1 januari 2015."),
            ),
            models.CheckConstraint(
                condition=~models.Q(status="toegewezen") | models.Q(consulent__isnull=False),
                name="melding_toegewezen_heeft_consulent",
            ),
        ]

    def __str__(self) -> str:
        return _("Melding %(nummer)s") % {"nummer": self.pk}

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSSEN


class TermijnAanpassing(models.Model):
    """An extension or suspension of one of a melding's clocks, with its reason."""

    melding = models.ForeignKey(
        Melding, verbose_name=_("melding"), on_delete=models.CASCADE, related_name="aanpassingen"
    )
    klok = models.CharField(_("termijn"), max_length=20, choices=Klok.choices)
    soort = models.CharField(_("soort"), max_length=20, choices=Soort.choices)
    van = models.DateField(_("vanaf"))
    tot = models.DateField(_("tot en met"), null=True, blank=True)
    dagen = models.PositiveSmallIntegerField(_("aantal dagen"), default=0)
    reden = models.TextField(_("reden"))
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("termijnaanpassing")
        verbose_name_plural = _("termijnaanpassingen")
        ordering = ["van", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(soort="verlenging", dagen__gt=0, tot__isnull=True)
                    | models.Q(soort="opschorting", dagen=0)
                ),
                name="aanpassing_verlenging_of_opschorting",
            ),
            models.CheckConstraint(
                condition=models.Q(tot__isnull=True) | models.Q(tot__gte=models.F("van")),
                name="aanpassing_tot_na_van",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_soort_display()} {self.get_klok_display()}"


class Terugbelmoment(models.Model):
    """Contact with a waiting resident: the call-back while on the wachtlijst."""

    melding = models.ForeignKey(
        Melding,
        verbose_name=_("melding"),
        on_delete=models.CASCADE,
        related_name="terugbelmomenten",
    )
    op = models.DateField(_("teruggebeld op"))
    notitie = models.TextField(_("notitie"), blank=True)
    door = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("terugbelmoment")
        verbose_name_plural = _("terugbelmomenten")
        ordering = ["-op", "-id"]

    def __str__(self) -> str:
        return f"{self.op:%d-%m-%Y}"


class MeldingOverdracht(Overdracht):
    """One handover of a melding from one consulent to another: when, why and by whom."""

    melding = models.ForeignKey(
        Melding, verbose_name=_("melding"), on_delete=models.CASCADE, related_name="overdrachten"
    )

    class Meta(Overdracht.Meta):
        verbose_name = _("meldingsoverdracht")
        verbose_name_plural = _("meldingsoverdrachten")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(van=models.F("naar")), name="meldingoverdracht_naar_ander"
            ),
        ]
