"""Which clocks a melding has, and where each stands: the bridge between a Melding and
the deadline engine (sociaal.termijnen.regels)."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from sociaal.termijnen.models import Termijninstellingen
from sociaal.termijnen.regels import Aanpassing, Klok, Soort, Stand, Wet, bereken, termijn_voor

from .models import Melding

# The clocks that decide a melding's place on the wachtlijst (the persoonlijk plan is the
# resident's window, not the municipality's deadline).
WACHTLIJST_KLOKKEN = (Klok.CRISIS, Klok.ONDERZOEK, Klok.BESCHIKKING, Klok.VOORSCHOT)


@dataclass(frozen=True)
class KlokStand:
    klok: Klok
    stand: Stand
    vervallen: bool = False  # stopped because the melding was withdrawn

    @property
    def label(self) -> str:
        return str(Klok(self.klok).label)

    @property
    def loopt(self) -> bool:
        return self.stand.gestopt_op is None


def _begin_van(dag: date) -> datetime:
    return timezone.make_aware(datetime.combine(dag, time(0, 0)))


def start_en_stop(melding: Melding, klok: Klok) -> tuple[datetime, datetime | None] | None:
    """When `klok` started for this melding and when it stopped by itself (None: it runs),
    or None when the melding has no such clock."""
    if klok == Klok.CRISIS:
        if not melding.is_crisis:
            return None
        return melding.ontvangen_op, melding.tijdelijke_voorziening_op
    if klok in (Klok.ONDERZOEK, Klok.PERSOONLIJK_PLAN):
        return melding.ontvangen_op, melding.onderzoek_afgerond_op
    # Beschikking and voorschot run from the aanvraag until the beschikking.
    if melding.aanvraag_op is None:
        return None
    stop = _begin_van(melding.beschikking_op) if melding.beschikking_op else None
    return _begin_van(melding.aanvraag_op), stop


def klokken(
    melding: Melding,
    *,
    instellingen: Termijninstellingen,
    nu: datetime | None = None,
    alleen: tuple[Klok, ...] = tuple(Klok),
) -> list[KlokStand]:
    """The clocks of `melding` (its `aanpassingen` should be prefetched). A withdrawal
    stops every clock still running at that moment: it has lapsed, it is not late."""
    nu = nu or timezone.now()
    aanpassingen = list(melding.aanpassingen.all()) if melding.pk else []
    standen = []
    for klok in alleen:
        termijn = termijn_voor(
            klok, Wet(melding.wet), onderzoek_dagen_gemeente=instellingen.onderzoek_dagen_overig
        )
        start_stop = start_en_stop(melding, klok)
        if termijn is None or start_stop is None:
            continue
        start, stop = start_stop
        vervallen = melding.ingetrokken_op is not None and (
            stop is None or stop > melding.ingetrokken_op
        )
        if vervallen:
            stop = melding.ingetrokken_op
        eigen = tuple(
            Aanpassing(Soort(a.soort), van=a.van, tot=a.tot, dagen=a.dagen, reden=a.reden)
            for a in aanpassingen
            if a.klok == klok
        )
        stand = bereken(
            termijn=termijn,
            start=start,
            nu=nu,
            waarschuwing_dagen=instellingen.waarschuwing_dagen,
            aanpassingen=eigen,
            gestopt_op=stop,
        )
        if klok == Klok.PERSOONLIJK_PLAN and stop is None and nu > stand.deadline:
            # The resident's window has simply closed: nothing is overdue.
            stand = bereken(
                termijn=termijn,
                start=start,
                nu=nu,
                waarschuwing_dagen=instellingen.waarschuwing_dagen,
                gestopt_op=stand.deadline,
            )
        standen.append(KlokStand(klok, stand, vervallen))
    return standen


def hoofdklok(
    melding: Melding, *, instellingen: Termijninstellingen, nu: datetime | None = None
) -> KlokStand | None:
    """The running clock that is due first (what lists show)."""
    lopend = [
        k
        for k in klokken(melding, instellingen=instellingen, nu=nu, alleen=WACHTLIJST_KLOKKEN)
        if k.loopt
    ]
    return min(lopend, key=lambda k: k.stand.deadline, default=None)


def eerste_deadline(
    melding: Melding, *, instellingen: Termijninstellingen, nu: datetime | None = None
) -> datetime | None:
    """The deadline of the running clock that is due first; None when nothing runs (the
    beschikking clock keeps running after the onderzoek is done)."""
    eerste = hoofdklok(melding, instellingen=instellingen, nu=nu)
    return eerste.stand.deadline if eerste else None


def wachtdagen(melding: Melding, vandaag: date | None = None) -> int:
    vandaag = vandaag or timezone.localdate()
    return (vandaag - timezone.localtime(melding.ontvangen_op).date()).days


def terugbellen_vanaf(
    melding: Melding, *, laatste_contact: date | None, instellingen: Termijninstellingen
) -> date:
    """From when a waiting resident should be called back: the municipality's interval
    after the last call-back (or after the melding came in)."""
    sinds = laatste_contact or timezone.localtime(melding.ontvangen_op).date()
    return sinds + timedelta(days=instellingen.terugbel_interval_dagen)
