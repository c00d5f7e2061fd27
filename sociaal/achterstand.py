"""What counts as overdue, and as waiting: one definition for the reminders, the team-lead
dashboard and the lists behind its numbers. Each is a filter (a `Q`) on one model, so a
count in the database and the list behind it cannot disagree."""

from datetime import date, datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone

# On Melding ------------------------------------------------------------------------------

# On the wachtlijst: reported, not finished, not withdrawn (Melding.OPEN_STATUSSEN; a test
# holds the two together).
WACHTEND = Q(status__in=("nieuw", "toegewezen", "in_onderzoek"))

# Someone's to watch: waiting, or finished but with a beschikking clock still running.
IN_BEHANDELING = WACHTEND | Q(deadline__isnull=False)


def termijn_verlopen(nu: datetime) -> Q:
    """Waiting, and the statutory clock that runs out first has run out."""
    return WACHTEND & Q(deadline__lt=nu)


def beschikking_verlopen(nu: datetime) -> Q:
    """An aanvraag without a beschikking whose term has run out: once the onderzoek is
    finished, the clock that runs out first is the beschikking's — or, under the
    Participatiewet, the advance's (art. 52: four weeks), which is counted here too."""
    return Q(
        aanvraag_op__isnull=False,
        onderzoek_afgerond_op__isnull=False,
        beschikking_op__isnull=True,
        ingetrokken_op__isnull=True,
        deadline__lt=nu,
    )


# On Plan ---------------------------------------------------------------------------------


def evaluatie_verlopen(vandaag: date) -> Q:
    """An agreed plan whose evaluation date has passed without an evaluation."""
    return Q(status="vastgesteld", evaluatie_op__lt=vandaag)


def wacht_op_akkoord(vandaag: date, *, dagen: int) -> Q:
    """A plan out for the resident's agreement for more than `dagen` days."""
    return ter_ondertekening_sinds(ondertekening_grens(vandaag, dagen=dagen))


def ondertekening_grens(vandaag: date, *, dagen: int) -> datetime:
    """The last moment a plan can have gone out for agreement to wait too long today."""
    return timezone.make_aware(datetime.combine(vandaag - timedelta(days=dagen), time.max))


def ter_ondertekening_sinds(grens) -> Q:
    """Out for agreement since `grens` or before (`wacht_op_akkoord` with its limit given)."""
    return Q(status="ter_ondertekening", ter_ondertekening_op__lte=grens)


# On Afspraak -----------------------------------------------------------------------------


def afspraak_verlopen(vandaag: date) -> Q:
    """An afspraak of an agreed plan whose date has passed."""
    return Q(doel__plan__status__in=("vastgesteld", "in_evaluatie"), wanneer__lt=vandaag)
