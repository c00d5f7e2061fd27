"""What counts as overdue, as due soon and as waiting: one definition for the daily
reminder scan (`sociaal.herinneringen.regels`), the team-lead dashboard
(`sociaal.dashboard.cijfers`) and the lists behind its numbers (`sociaal.dashboard.lijsten`).

Each is a filter (a `Q`) on one model, so a count in the database, the list behind it and
the reminders about it cannot disagree (`tests/sociaal/test_achterstand.py` holds them
together). A filter takes the moment it judges at — `nu` for deadlines with a time,
`vandaag` for dates — and, where the municipality sets the term, its `Termijninstellingen`.
No caller picks its own term or compares dates itself: a caller that needs to know which
of two kinds a row is annotates it with the filter (`als_waarde`)."""

from datetime import date, datetime, time, timedelta

from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q
from django.utils import timezone

from huishoudens.models import Terugbelmoment
from plannen.models import Evaluatie, Keukentafelgesprek, Plan
from sociaal.termijnen.models import Termijninstellingen


def als_waarde(q: Q) -> ExpressionWrapper:
    """`q` as a true/false column, to tell rows apart by the same filter that chose them."""
    return ExpressionWrapper(q, output_field=BooleanField())


def begin_van(dag: date) -> datetime:
    """The first moment of `dag`, local time."""
    return timezone.make_aware(datetime.combine(dag, time.min))


# On Melding ------------------------------------------------------------------------------

# On the wachtlijst: reported, not finished, not withdrawn (Melding.OPEN_STATUSSEN; a test
# holds the two together).
WACHTEND = Q(status__in=("nieuw", "toegewezen", "in_onderzoek"))

# The onderzoek is done, an aanvraag came and no beschikking yet: the beschikking clock
# (and under the Participatiewet the advance's) still runs.
WACHT_OP_BESCHIKKING = Q(
    aanvraag_op__isnull=False,
    onderzoek_afgerond_op__isnull=False,
    beschikking_op__isnull=True,
    ingetrokken_op__isnull=True,
)

# Whose `deadline` counts for overdue and due soon: waiting, or waiting for the
# beschikking. A finished melding without an aanvraag counts no more, even when its crisis
# clock was never stopped (no tijdelijke voorziening recorded): the melding page still
# shows that clock, the wachtlijst, dashboard and reminders do not.
TERMIJN_LOOPT = WACHTEND | WACHT_OP_BESCHIKKING

# Someone's to watch: waiting, or finished but with a beschikking clock still running.
IN_BEHANDELING = WACHTEND | Q(deadline__isnull=False)


def termijn_verlopen(nu: datetime) -> Q:
    """Waiting, and the statutory clock that runs out first has run out."""
    return WACHTEND & Q(deadline__lt=nu)


def beschikking_verlopen(nu: datetime) -> Q:
    """An aanvraag without a beschikking whose term has run out: once the onderzoek is
    finished, the clock that runs out first is the beschikking's — or, under the
    Participatiewet, the advance's (art. 52: four weeks), which is counted here too."""
    return WACHT_OP_BESCHIKKING & Q(deadline__lt=nu)


def melding_verlopen(nu: datetime) -> Q:
    """Past its statutory term: on the wachtlijst (`termijn_verlopen`) or after the
    onderzoek (`beschikking_verlopen`). The reminder "termijn verlopen" is exactly this;
    the dashboard shows its two parts."""
    return termijn_verlopen(nu) | beschikking_verlopen(nu)


def termijn_nadert(nu: datetime, instellingen: Termijninstellingen) -> Q:
    """Not past its term yet, but due by the end of the municipality's warning window
    (`waarschuwing_dagen` days from today)."""
    eind = begin_van(timezone.localdate(nu) + timedelta(days=instellingen.waarschuwing_dagen + 1))
    return TERMIJN_LOOPT & Q(deadline__gte=nu, deadline__lt=eind)


def termijn_lang_verlopen(vandaag: date, instellingen: Termijninstellingen) -> Q:
    """Past its term for `escalatie_dagen` days or more: a deadline at the end of day D
    counts from day D + escalatie_dagen (for the teamleider)."""
    laatste_dag = vandaag - timedelta(days=instellingen.escalatie_dagen)
    return TERMIJN_LOOPT & Q(deadline__lt=begin_van(laatste_dag + timedelta(days=1)))


def terugbellen(vandaag: date, instellingen: Termijninstellingen) -> Q:
    """Waiting, and nobody called the resident back for `terugbel_interval_dagen` days:
    no call-back after that many days ago, and the melding came in on or before then."""
    sinds = vandaag - timedelta(days=instellingen.terugbel_interval_dagen)
    later_gebeld = Terugbelmoment.objects.filter(melding=OuterRef("pk"), op__gt=sinds)
    return (
        WACHTEND & ~Exists(later_gebeld) & Q(ontvangen_op__lt=begin_van(sinds + timedelta(days=1)))
    )


# On Plan ---------------------------------------------------------------------------------

# Agreed and running: the plans whose evaluation date counts.
EVALUATIE_LOOPT = Q(status=Plan.Status.VASTGESTELD)


def evaluatie_verlopen(vandaag: date) -> Q:
    """An agreed plan whose evaluation date has passed without an evaluation."""
    return EVALUATIE_LOOPT & Q(evaluatie_op__lt=vandaag)


def evaluatie_nadert(vandaag: date, instellingen: Termijninstellingen) -> Q:
    """An agreed plan to evaluate today or within the warning window."""
    tot = vandaag + timedelta(days=instellingen.waarschuwing_dagen)
    return EVALUATIE_LOOPT & Q(evaluatie_op__gte=vandaag, evaluatie_op__lte=tot)


def evaluatie_lang_verlopen(vandaag: date, instellingen: Termijninstellingen) -> Q:
    """An evaluation `escalatie_dagen` days or more after its date (for the teamleider)."""
    return EVALUATIE_LOOPT & Q(
        evaluatie_op__lte=vandaag - timedelta(days=instellingen.escalatie_dagen)
    )


def wacht_op_akkoord(vandaag: date, instellingen: Termijninstellingen) -> Q:
    """A plan out for the resident's agreement for `ondertekening_dagen` days or more."""
    return ter_ondertekening_sinds(ondertekening_grens(vandaag, instellingen))


def ondertekening_grens(vandaag: date, instellingen: Termijninstellingen) -> datetime:
    """The last moment a plan can have gone out for agreement to wait too long today."""
    dag = vandaag - timedelta(days=instellingen.ondertekening_dagen)
    return timezone.make_aware(datetime.combine(dag, time.max))


def ter_ondertekening_sinds(grens: datetime) -> Q:
    """Out for agreement since `grens` or before (`wacht_op_akkoord` with its limit given)."""
    return Q(status=Plan.Status.TER_ONDERTEKENING, ter_ondertekening_op__lte=grens)


def geen_contact(vandaag: date, instellingen: Termijninstellingen) -> Q:
    """An open plan whose household nobody spoke with for `geen_contact_weken` weeks: no
    keukentafelgesprek held, call-back or evaluation after that many weeks ago, and the
    plan begun on or before then (anti-joins on the indexes)."""
    grens = vandaag - timedelta(weeks=instellingen.geen_contact_weken)
    huis = OuterRef("huishouden_id")
    return (
        ~Q(status=Plan.Status.AFGESLOTEN)
        & Q(created_at__lt=begin_van(grens + timedelta(days=1)))
        & ~Q(Exists(Keukentafelgesprek.objects.filter(huishouden_id=huis, gehouden_op__gt=grens)))
        & ~Q(Exists(Terugbelmoment.objects.filter(melding__huishouden_id=huis, op__gt=grens)))
        & ~Q(Exists(Evaluatie.objects.filter(plan__huishouden_id=huis, gehouden_op__gt=grens)))
    )


# On Afspraak -----------------------------------------------------------------------------


def afspraak_verlopen(vandaag: date) -> Q:
    """An afspraak of an agreed plan whose date has passed."""
    return Q(
        doel__plan__status__in=(Plan.Status.VASTGESTELD, Plan.Status.IN_EVALUATIE),
        wanneer__lt=vandaag,
    )
