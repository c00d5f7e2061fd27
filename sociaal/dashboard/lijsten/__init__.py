"""The lists behind the dashboard's numbers (drill-down). Each uses the same filter as the
figure it explains (`cijfers`, `sociaal.achterstand`) and the access policy: only
households the teamleider may see."""

from collections.abc import Callable

from django.http import Http404, QueryDict

from sociaal.medewerkers.models import Medewerker

from ..selectors import Keuze
from . import medewerker, team
from .basis import Lijst, Rij

LIJSTEN: dict[str, Callable[[Keuze, Medewerker, QueryDict], Lijst]] = {
    "plannen": medewerker.plannen,
    "meldingen": medewerker.meldingen,
    "caseload": medewerker.caseload,
    "gesprekken": medewerker.gesprekken,
    "wachtend": team.wachtend,
    "termijn_verlopen": team.termijn_verlopen,
    "beschikking_verlopen": team.beschikking_verlopen,
    "evaluaties_verlopen": team.evaluaties_verlopen,
    "wacht_op_akkoord": team.wacht_op_akkoord,
    "afspraken_verlopen": team.afspraken_verlopen,
    "afspraken": team.afspraken,
    "evaluaties": team.evaluaties,
    "zrm": team.zrm,
    "afgesloten": team.afgesloten,
}


def lijst_voor(keuze: Keuze, medewerker: Medewerker, params: QueryDict) -> Lijst:
    maker = LIJSTEN.get(params.get("lijst", ""))
    if maker is None:
        raise Http404
    return maker(keuze, medewerker, params)


__all__ = ["LIJSTEN", "Lijst", "Rij", "lijst_voor"]
