from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sociaal.medewerkers.models import Overdracht


class PlanQuerySet(models.QuerySet):
    def open(self) -> "PlanQuerySet":
        return self.exclude(status=Plan.Status.AFGESLOTEN)

    def met_inhoud(self) -> "PlanQuerySet":
        """With the doelen and afspraken a plan version freezes (plannen.versies)."""
        from .doelen import Afspraak, Doel

        afspraken = Afspraak.objects.select_related(
            "persoon", "netwerklid", "voorziening", "betrokkene"
        )
        return self.prefetch_related(
            models.Prefetch(
                "doelen",
                queryset=Doel.objects.prefetch_related(
                    models.Prefetch("afspraken", queryset=afspraken)
                ),
            )
        )


class Plan(models.Model):
    """The one shared plan of a household ("1 huishouden, 1 plan, 1 regisseur").

    The database holds the invariants: at most one plan per household that is not closed,
    and every plan has a regisseur.
    """

    class Status(models.TextChoices):
        CONCEPT = "concept", _("Concept")
        TER_ONDERTEKENING = "ter_ondertekening", _("Ter ondertekening")
        VASTGESTELD = "vastgesteld", _("Vastgesteld")
        IN_EVALUATIE = "in_evaluatie", _("In evaluatie")
        AFGESLOTEN = "afgesloten", _("Afgesloten")

    class AkkoordWijze(models.TextChoices):
        HANDTEKENING = "handtekening", _("Handtekening")
        MONDELING = "mondeling", _("Mondeling")
        DIGITAAL = "digitaal", _("Digitaal")

    class RedenAfsluiting(models.TextChoices):
        DOELEN_BEREIKT = "doelen_bereikt", _("Doelen bereikt")
        VERHUISD = "verhuisd", _("Verhuisd")
        OVERLEDEN = "overleden", _("Overleden")
        OP_VERZOEK = "op_verzoek", _("Op verzoek van de inwoner")
        ANDERS = "anders", _("Anders")

    # What can be changed in place: a plan the resident agreed to is frozen (docs/design.md §4.4).
    WIJZIGBAAR = (Status.CONCEPT,)

    huishouden = models.ForeignKey(
        "huishoudens.Huishouden",
        verbose_name=_("huishouden"),
        on_delete=models.PROTECT,
        related_name="plannen",
    )
    regisseur = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("regisseur"),
        on_delete=models.PROTECT,
        related_name="plannen_als_regisseur",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONCEPT
    )
    created_at = models.DateTimeField(_("gestart op"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gestart door"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    closed_at = models.DateTimeField(_("afgesloten op"), null=True, blank=True)
    versie = models.PositiveIntegerField(_("versie"), default=1)
    evaluatie_op = models.DateField(_("evaluatiedatum"), null=True, blank=True)
    akkoord_op = models.DateField(_("akkoord van de inwoner op"), null=True, blank=True)
    akkoord_wijze = models.CharField(
        _("akkoord gegeven"), max_length=20, choices=AkkoordWijze.choices, blank=True
    )
    ter_ondertekening_op = models.DateTimeField(
        _("ter ondertekening sinds"), null=True, blank=True
    )
    vastgesteld_op = models.DateTimeField(_("vastgesteld op"), null=True, blank=True)
    reden_afsluiting = models.CharField(
        _("reden van afsluiten"), max_length=20, choices=RedenAfsluiting.choices, blank=True
    )
    toelichting_afsluiting = models.TextField(_("toelichting"), blank=True)
    # Optimistic locking: every change raises it; a change based on an older value is refused.
    wijziging = models.PositiveIntegerField(default=0)
    gewijzigd_op = models.DateTimeField(_("laatst gewijzigd"), auto_now=True)
    gewijzigd_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    # What the last change was, in words, for the message to whoever's change is refused.
    laatste_wijziging = models.CharField(_("laatste wijziging"), max_length=200, blank=True)

    objects = PlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plannen")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["huishouden"],
                condition=~models.Q(status="afgesloten"),
                name="plan_een_open_plan_per_huishouden",
                violation_error_message=_("Dit huishouden heeft al een open plan."),
            ),
            models.CheckConstraint(
                condition=models.Q(status="afgesloten") | models.Q(closed_at__isnull=True),
                name="plan_alleen_afgesloten_heeft_einddatum",
            ),
            models.CheckConstraint(
                condition=~models.Q(status__in=["vastgesteld", "in_evaluatie"])
                | models.Q(evaluatie_op__isnull=False, akkoord_op__isnull=False)
                & ~models.Q(akkoord_wijze=""),
                name="plan_vastgesteld_met_akkoord_en_evaluatie",
            ),
        ]
        indexes = [
            models.Index(fields=["regisseur", "status"], name="plan_regisseur_status_idx"),
            # The dashboard: a regisseur's open plans (counted from the index alone), and
            # the plans closed in a period.
            models.Index(
                fields=["regisseur"],
                condition=~models.Q(status="afgesloten"),
                name="plan_open_per_regisseur_idx",
            ),
            models.Index(
                fields=["closed_at"],
                condition=models.Q(status="afgesloten"),
                name="plan_afgesloten_op_idx",
            ),
        ]

    def __str__(self) -> str:
        return _("Plan %(nummer)s") % {"nummer": self.pk}

    @property
    def is_open(self) -> bool:
        return self.status != self.Status.AFGESLOTEN

    @property
    def is_wijzigbaar(self) -> bool:
        return self.status in self.WIJZIGBAAR


class RegisseurOverdracht(Overdracht):
    """One handover of a plan's regisseur: from whom, to whom, when, why and by whom."""

    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="overdrachten"
    )

    class Meta(Overdracht.Meta):
        verbose_name = _("regisseursoverdracht")
        verbose_name_plural = _("regisseursoverdrachten")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(van=models.F("naar")), name="overdracht_naar_ander"
            ),
        ]


class PlanVersie(models.Model):
    """A plan as the resident agreed to it, frozen: doelen and afspraken as they were."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="versies")
    nummer = models.PositiveIntegerField(_("versie"))
    inhoud = models.JSONField(_("inhoud"))
    vastgesteld_op = models.DateTimeField(_("vastgesteld op"))
    vastgesteld_door = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    akkoord_op = models.DateField(_("akkoord van de inwoner op"))
    akkoord_wijze = models.CharField(
        _("akkoord gegeven"), max_length=20, choices=Plan.AkkoordWijze.choices
    )
    evaluatie_op = models.DateField(_("evaluatiedatum"))

    class Meta:
        verbose_name = _("planversie")
        verbose_name_plural = _("planversies")
        ordering = ["-nummer"]
        constraints = [models.UniqueConstraint(fields=["plan", "nummer"], name="planversie_uniek")]

    def __str__(self) -> str:
        return _("Versie %(nummer)s") % {"nummer": self.nummer}
