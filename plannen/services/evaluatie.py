"""The evaluation of a plan in evaluatie: results per doel, the ZRM scored again, the
resident's rating, and the decision — continue with a new version (a new evaluation date,
agreed again by the resident) or close."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sociaal.audit.models import Actie
from sociaal.audit.services import audit_vastleggen
from sociaal.medewerkers.models import Medewerker

from ..models import DoelResultaat, Evaluatie, EvaluatieZrm, Plan
from .levensloop import status_opslaan, status_vergrendelen

S = Plan.Status


@transaction.atomic
def evaluatie_vastleggen(
    *,
    plan: Plan,
    door: Medewerker,
    wijziging: int,
    gehouden_op: date,
    resultaten: dict[int, str],
    zrm: dict[str, int],
    besluit: str,
    cijfer: int | None = None,
    opmerking: str = "",
    nieuwe_evaluatie_op: date | None = None,
    reden_afsluiting: str = "",
    toelichting: str = "",
) -> Evaluatie:
    plan = status_vergrendelen(
        plan, van=(S.IN_EVALUATIE,), door=door, wijziging=wijziging, wat=_("geëvalueerd")
    )
    vandaag = timezone.localdate()
    doelen = {d.pk: d for d in plan.doelen.all()}
    errors = {}
    if gehouden_op > vandaag:
        errors["gehouden_op"] = _("De evaluatie ligt niet in de toekomst.")
    if set(resultaten) != set(doelen) or not set(resultaten.values()) <= set(
        DoelResultaat.Resultaat.values
    ):
        errors["resultaten"] = _("Geef voor elk doel aan of het is bereikt.")
    if cijfer is not None and not 1 <= cijfer <= 10:
        errors["cijfer"] = _("Een cijfer is 1 tot en met 10.")
    if any(not 1 <= score <= 5 for score in zrm.values()):
        errors["zrm"] = _("Een ZRM-score is 1 tot en met 5.")
    if besluit == Evaluatie.Besluit.DOORGAAN:
        if nieuwe_evaluatie_op is None or nieuwe_evaluatie_op <= vandaag:
            errors["nieuwe_evaluatie_op"] = _("Kies een volgende evaluatiedatum in de toekomst.")
    elif besluit == Evaluatie.Besluit.AFSLUITEN:
        if reden_afsluiting not in Plan.RedenAfsluiting.values:
            errors["reden_afsluiting"] = _("Kies de reden van afsluiten.")
    else:
        errors["besluit"] = _("Kies: doorgaan of afsluiten.")
    if errors:
        raise ValidationError(errors)
    evaluatie = Evaluatie.objects.create(
        plan=plan,
        versie=plan.versie,
        gehouden_op=gehouden_op,
        klantbeoordelingscijfer=cijfer,
        opmerking_inwoner=opmerking.strip(),
        besluit=besluit,
        nieuwe_evaluatie_op=nieuwe_evaluatie_op if besluit == Evaluatie.Besluit.DOORGAAN else None,
        door=door,
    )
    DoelResultaat.objects.bulk_create(
        DoelResultaat(
            evaluatie=evaluatie,
            doel=doelen[pk],
            doel_omschrijving=doelen[pk].omschrijving,
            resultaat=resultaat,
        )
        for pk, resultaat in resultaten.items()
    )
    EvaluatieZrm.objects.bulk_create(
        EvaluatieZrm(evaluatie=evaluatie, domein=domein, score=score)
        for domein, score in zrm.items()
    )
    if besluit == Evaluatie.Besluit.DOORGAAN:
        plan.status = S.CONCEPT
        plan.versie += 1
        plan.evaluatie_op = nieuwe_evaluatie_op
        plan.akkoord_op, plan.akkoord_wijze, plan.vastgesteld_op = None, "", None
        status_opslaan(
            plan, door, "versie", "evaluatie_op", "akkoord_op", "akkoord_wijze", "vastgesteld_op"
        )
    else:
        plan.status = S.AFGESLOTEN
        plan.reden_afsluiting = reden_afsluiting
        plan.toelichting_afsluiting = toelichting.strip()
        plan.closed_at = timezone.now()
        status_opslaan(plan, door, "reden_afsluiting", "toelichting_afsluiting", "closed_at")
    audit_vastleggen(
        medewerker=door, actie=Actie.AANMAKEN, huishouden_id=plan.huishouden_id, obj=evaluatie
    )
    return evaluatie
