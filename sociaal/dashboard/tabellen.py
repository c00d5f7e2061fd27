"""The dashboard's tables: the figures of `cijfers` as rows and cells, each number with a
link to the list behind it. The page (templates/dashboard/_tabel.html) and the CSV export
render the same tables."""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from plannen.models import ZrmDomein
from sociaal.termijnen.models import Termijninstellingen
from sociaal.termijnen.regels import Wet
from voorzieningen.ladder import Trede

from . import cijfers
from .selectors import Keuze

AANTAL_PERIODEN = 4
_KLASSE_VAN_STAND = {"boven": " sociaal-stand--boven", "ruimte": " sociaal-stand--ruimte"}


@dataclass(frozen=True)
class Cel:
    waarde: object  # the value: a number, or a code
    tekst: str | None = None  # what the page shows, when not the value itself
    link: str = ""

    @property
    def in_bestand(self):
        """What a CSV file gets: numbers as numbers (a decimal comma, as a Dutch spreadsheet
        reads them), codes in words ("Wmo 2015")."""
        if isinstance(self.waarde, str) and self.tekst is not None:
            return self.tekst
        if isinstance(self.waarde, float):
            return f"{self.waarde:.2f}".replace(".", ",")
        return self.waarde

    @property
    def klasse(self) -> str:
        """An extra CSS class of the cell: a caseload above or below the team's range."""
        return _KLASSE_VAN_STAND.get(self.waarde, "") if isinstance(self.waarde, str) else ""

    @property
    def weergave(self) -> str:
        if self.tekst is not None:
            return self.tekst
        return "—" if self.waarde is None else str(self.waarde)


@dataclass
class Tabel:
    sleutel: str
    titel: str
    kolommen: list[str]
    rijen: list[list[Cel]] = field(default_factory=list)
    toelichting: str = ""


def _lijst(keuze: Keuze, lijst: str, **parameters) -> str:
    return f"{keuze.lijst_pad}?{keuze.parameters(lijst=lijst, **parameters)}"


def _getal(keuze: Keuze, waarde: int, lijst: str, **parameters) -> Cel:
    return Cel(waarde, link=_lijst(keuze, lijst, **parameters) if waarde else "")


def _decimaal(waarde: float, *, teken: bool = False) -> str:
    """One decimal, with a Dutch decimal comma."""
    return (f"{waarde:+.1f}" if teken else f"{waarde:.1f}").replace(".", ",")


def _procent(waarde: int | None) -> str:
    return "—" if waarde is None else f"{waarde}%"


def caseload(keuze: Keuze, rijen: list[cijfers.CaseloadRij]) -> Tabel:
    standen = {
        "boven": _("boven de bandbreedte"),
        "binnen": _("binnen de bandbreedte"),
        "ruimte": _("heeft ruimte"),
    }
    tabel = Tabel(
        "caseload",
        _("Caseload per medewerker"),
        [
            _("Team"),
            _("Medewerker"),
            _("Plannen als regisseur"),
            _("Open meldingen"),
            _("Caseload"),
            _("Bandbreedte"),
            _("Stand"),
            _("Gesprekken in %(maand)s") % {"maand": keuze.maand.label},
        ],
        toelichting=_(
            "Caseload: de open plannen waarvan de medewerker regisseur is, plus de open "
            "meldingen van huishoudens waar hij of zij (nog) geen regisseur is."
        ),
    )
    for r in rijen:
        m = r.medewerker.pk
        tabel.rijen.append(
            [
                Cel(r.team.naam),
                Cel(
                    str(r.medewerker)
                    if r.medewerker.is_active
                    else _("%(naam)s (niet meer actief)") % {"naam": r.medewerker}
                ),
                _getal(keuze, r.plannen, "plannen", medewerker=m),
                _getal(keuze, r.meldingen, "meldingen", medewerker=m),
                _getal(keuze, r.caseload, "caseload", medewerker=m),
                Cel(
                    _("%(van)s tot en met %(tot)s")
                    % {"van": r.team.bandbreedte_van, "tot": r.team.bandbreedte_tot}
                ),
                Cel(r.stand, tekst=standen[r.stand]),
                _getal(
                    keuze,
                    r.gesprekken,
                    "gesprekken",
                    medewerker=m,
                    periode="maand",
                    op=keuze.maand.begin.isoformat(),
                ),
            ]
        )
    return tabel


def wachtlijst(keuze: Keuze, rijen: list[cijfers.WachtlijstRij]) -> Tabel:
    namen = {t.pk: t.naam for t in keuze.teams}
    tabel = Tabel(
        "wachtlijst",
        _("Wachtlijst per wet"),
        [
            _("Team"),
            _("Wet"),
            _("Wachtend"),
            _("Langste wachttijd (dagen)"),
            _("Wettelijke termijn verlopen"),
        ],
        toelichting=_(
            "Wachtend: open meldingen (nieuw, toegewezen of in onderzoek). Verlopen: de "
            "termijn die het eerst afloopt is voorbij."
        ),
    )
    for r in rijen:
        if not r.wachtend:
            continue
        team, wet = r.team_id, r.wet
        tabel.rijen.append(
            [
                Cel(namen[team]),
                Cel(wet, tekst=str(Wet(wet).label)),
                _getal(keuze, r.wachtend, "wachtend", team=team, wet=wet),
                Cel(
                    r.langste_wachttijd(keuze.vandaag),
                    link=_lijst(keuze, "wachtend", team=team, wet=wet),
                ),
                _getal(keuze, r.verlopen, "termijn_verlopen", team=team, wet=wet),
            ]
        )
    return tabel


def achterstand(
    keuze: Keuze,
    per_team: dict[int, cijfers.Achterstand],
    wachtrijen: list[cijfers.WachtlijstRij],
    instellingen: Termijninstellingen,
) -> Tabel:
    for r in wachtrijen:
        per_team[r.team_id].beschikkingen += r.beschikking_verlopen
    tabel = Tabel(
        "achterstand",
        _("Over tijd"),
        [
            _("Team"),
            _("Evaluaties over tijd"),
            _("Afspraken over hun datum"),
            _("Beschikking of voorschot te laat"),
            _("Plannen wachten op akkoord"),
        ],
        toelichting=_(
            "Afspraken over hun datum: afspraken van vastgestelde plannen waarvan de "
            "uiterste datum voorbij is; ze tellen mee tot het plan een nieuwe versie krijgt "
            "of wordt geëvalueerd. Beschikking of voorschot te laat: aanvragen na het "
            "onderzoek zonder beschikking waarvan de termijn (of die van het voorschot) "
            "voorbij is."
        )
        + " "
        + ngettext(
            "Wachten op akkoord: langer dan %(n)s dag ter ondertekening.",
            "Wachten op akkoord: langer dan %(n)s dagen ter ondertekening.",
            instellingen.ondertekening_dagen,
        )
        % {"n": instellingen.ondertekening_dagen},
    )
    for team in keuze.teams:
        a = per_team[team.pk]
        tabel.rijen.append(
            [
                Cel(team.naam),
                _getal(keuze, a.evaluaties, "evaluaties_verlopen", team=team.pk),
                _getal(keuze, a.afspraken, "afspraken_verlopen", team=team.pk),
                _getal(keuze, a.beschikkingen, "beschikking_verlopen", team=team.pk),
                _getal(keuze, a.wacht_op_akkoord, "wacht_op_akkoord", team=team.pk),
            ]
        )
    return tabel


def ladder(keuze: Keuze, per_team: dict, perioden: list) -> Tabel:
    tabel = Tabel(
        "ladder",
        _("Verdeling over de treden"),
        [_("Team"), _("Periode")]
        + [str(t.label) for t in Trede]
        + [_("Afspraken op de ladder"), _("Naast de ladder")],
        toelichting=_(
            "Het aandeel van de afspraken die in de periode zijn gemaakt, per trede. "
            "Afspraken met een betrokken professional staan naast de ladder en tellen niet "
            "mee in de percentages."
        ),
    )
    for team in keuze.teams:
        for periode, stand in zip(perioden, per_team[team.pk], strict=True):
            p = {"team": team.pk, "periode": periode.soort.value, "op": periode.begin.isoformat()}
            tabel.rijen.append(
                [Cel(team.naam), Cel(periode.label)]
                + [
                    Cel(
                        stand.aandeel(t.value),
                        tekst=_procent(stand.aandeel(t.value)),
                        link=_lijst(keuze, "afspraken", trede=t.value, **p)
                        if stand.per_trede[t.value]
                        else "",
                    )
                    for t in Trede
                ]
                + [
                    _getal(keuze, stand.op_ladder, "afspraken", trede="ladder", **p),
                    _getal(keuze, stand.naast, "afspraken", trede="naast", **p),
                ]
            )
    return tabel


def zrm(keuze: Keuze, rijen: list[cijfers.ZrmVoortgang]) -> Tabel:
    tabel = Tabel(
        "zrm",
        _("Voortgang op de zelfredzaamheidsmatrix (%(periode)s)")
        % {"periode": keuze.periode.label},
        [
            _("Leefgebied"),
            _("Evaluaties"),
            _("Gemiddeld bij het keukentafelgesprek"),
            _("Gemiddeld bij de evaluatie"),
            _("Verschil"),
        ],
        toelichting=_(
            "Per leefgebied: de ZRM-score bij de evaluaties in de periode tegenover de score "
            "in het laatste keukentafelgesprek ervoor (van 1 acute problematiek tot 5 volledig "
            "zelfredzaam)."
        ),
    )
    for r in rijen:
        tabel.rijen.append(
            [
                Cel(r.domein, tekst=str(ZrmDomein(r.domein).label)),
                _getal(keuze, r.aantal, "zrm", domein=r.domein),
                Cel(r.begin, tekst=_decimaal(r.begin), link=_lijst(keuze, "zrm", domein=r.domein)),
                Cel(r.eind, tekst=_decimaal(r.eind), link=_lijst(keuze, "zrm", domein=r.domein)),
                Cel(
                    r.verschil,
                    tekst=_decimaal(r.verschil, teken=True),
                    link=_lijst(keuze, "zrm", domein=r.domein),
                ),
            ]
        )
    return tabel


def resultaten(keuze: Keuze, per_team: dict[int, cijfers.Resultaten]) -> Tabel:
    tabel = Tabel(
        "resultaten",
        _("Resultaten (%(periode)s)") % {"periode": keuze.periode.label},
        [
            _("Team"),
            _("Evaluaties"),
            _("Gemiddeld cijfer van de inwoner"),
            _("Plannen afgesloten"),
            _("Afgesloten met doelen bereikt"),
            _("Aandeel doelen bereikt"),
        ],
    )
    for team in keuze.teams:
        r = per_team[team.pk]
        cijfer = r.gemiddeld_cijfer
        tabel.rijen.append(
            [
                Cel(team.naam),
                _getal(keuze, r.evaluaties, "evaluaties", team=team.pk),
                Cel(
                    cijfer,
                    tekst="—"
                    if cijfer is None
                    else ngettext(
                        "%(cijfer)s (%(n)s beoordeling)",
                        "%(cijfer)s (%(n)s beoordelingen)",
                        r.met_cijfer,
                    )
                    % {"cijfer": _decimaal(cijfer), "n": r.met_cijfer},
                    link=_lijst(keuze, "evaluaties", team=team.pk, cijfer="ja")
                    if r.met_cijfer
                    else "",
                ),
                _getal(keuze, r.afgesloten, "afgesloten", team=team.pk),
                _getal(keuze, r.doelen_bereikt, "afgesloten", team=team.pk, bereikt="ja"),
                Cel(
                    r.aandeel_bereikt,
                    tekst=_procent(r.aandeel_bereikt),
                    link=_lijst(keuze, "afgesloten", team=team.pk) if r.afgesloten else "",
                ),
            ]
        )
    return tabel


@dataclass
class Dashboard:
    tabellen: dict[str, Tabel]
    caseload: list[cijfers.CaseloadRij]
    perioden: list
    ladder_totaal: list[cijfers.Ladderstand]  # over the chosen teams, per period


def dashboard(keuze: Keuze) -> Dashboard:
    """Every table of the dashboard for `keuze`, in a fixed number of queries."""
    nu = timezone.now()
    instellingen = Termijninstellingen.huidige()
    perioden = keuze.periode.met_eerdere(AANTAL_PERIODEN)
    wachtrijen = cijfers.wachtlijst(keuze.teams, nu=nu)
    caseload_rijen = cijfers.caseload(keuze.teams, maand=keuze.maand)
    per_team_ladder = cijfers.ladder(keuze.teams, perioden)
    tabellen = [
        caseload(keuze, caseload_rijen),
        wachtlijst(keuze, wachtrijen),
        achterstand(
            keuze,
            cijfers.achterstanden(keuze.teams, vandaag=keuze.vandaag, instellingen=instellingen),
            wachtrijen,
            instellingen,
        ),
        ladder(keuze, per_team_ladder, perioden),
        zrm(keuze, cijfers.zrm_voortgang(keuze.teams, keuze.periode)),
        resultaten(keuze, cijfers.resultaten(keuze.teams, keuze.periode)),
    ]
    totaal = [cijfers.Ladderstand() for _p in perioden]
    for standen in per_team_ladder.values():
        for som, stand in zip(totaal, standen, strict=True):
            som.optellen(stand)
    return Dashboard(
        tabellen={t.sleutel: t for t in tabellen},
        caseload=caseload_rijen,
        perioden=perioden,
        ladder_totaal=totaal,
    )
