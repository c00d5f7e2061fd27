"""The sociale kaart as a CSV file: export, and an import that checks every row first and
changes nothing when any row is wrong (errors by line number). Export then import gives the
same catalogue back.

Columns: sleutel, naam, soort (algemeen/maatwerk), wet (wmo/jeugdwet/participatiewet or
empty), productcategorie, aanbieder, wijken ("*" for the whole municipality, else wijk
names separated by ";"), telefoon, email, website, wachttijd_weken, actief (ja/nee),
omschrijving, alternatieven (for a maatwerkvoorziening: "sleutel=toelichting" separated by
" | "; a "|", "=" or "\\" inside a toelichting is written with a backslash before it).

A cell that a spreadsheet would run as a formula (starting with = + - @) is exported with a
leading apostrophe, and that apostrophe is dropped again on import."""

import csv
import io
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from sociaal.medewerkers.models import Wijk
from sociaal.spreadsheet import onveilig, veilig

from .models import Alternatief, Voorziening

KOLOMMEN = [
    "sleutel",
    "naam",
    "soort",
    "wet",
    "productcategorie",
    "aanbieder",
    "wijken",
    "telefoon",
    "email",
    "website",
    "wachttijd_weken",
    "actief",
    "omschrijving",
    "alternatieven",
]
HELE_GEMEENTE = "*"
JA, NEE = "ja", "nee"
MAX_BYTES = 5 * 1024 * 1024
_WACHTTIJD = re.compile(r"[0-9]{1,3}")


def _escape(tekst: str) -> str:
    return tekst.replace("\\", "\\\\").replace("|", "\\|").replace("=", "\\=")


def _alternatieven(tekst: str) -> list[tuple[str, str]]:
    """'a=why | b' -> [('a', 'why'), ('b', '')], honouring backslash escapes."""
    delen, huidig, i = [], "", 0
    while i < len(tekst):
        teken = tekst[i]
        if teken == "\\" and i + 1 < len(tekst):
            huidig += "\\" + tekst[i + 1]
            i += 2
            continue
        if teken == "|":
            delen.append(huidig)
            huidig = ""
        else:
            huidig += teken
        i += 1
    delen.append(huidig)
    paren = []
    for deel in (d.strip() for d in delen):
        if not deel:
            continue
        # A backslash with nothing after it (typed at the end of a cell, or left alone by
        # the strip above) stands for itself.
        m = re.match(r"((?:[^=\\]|\\.|\\$)*)(?:=(.*))?$", deel, re.S)
        sleutel, toelichting = (m.group(1), m.group(2) or "") if m else (deel, "")
        paren.append((sleutel.strip(), re.sub(r"\\(.)", r"\1", toelichting).strip()))
    return paren


@dataclass
class Resultaat:
    aangemaakt: int = 0
    bijgewerkt: int = 0
    fouten: list[str] = field(default_factory=list)

    @property
    def gelukt(self) -> bool:
        return not self.fouten


def kaart_exporteren() -> str:
    uit = io.StringIO()
    schrijver = csv.writer(uit, delimiter=";", lineterminator="\n")
    schrijver.writerow(KOLOMMEN)
    voorzieningen = Voorziening.objects.prefetch_related("wijken").order_by("sleutel")
    alternatieven: dict[int, list[Alternatief]] = {}
    for a in Alternatief.objects.select_related("algemeen").order_by("algemeen__sleutel"):
        alternatieven.setdefault(a.maatwerk_id, []).append(a)
    for v in voorzieningen:
        schrijver.writerow(
            veilig(cel)
            for cel in [
                v.sleutel,
                v.naam,
                v.soort,
                v.wet,
                v.productcategorie,
                v.aanbieder,
                HELE_GEMEENTE
                if v.hele_gemeente
                else ";".join(sorted(w.naam for w in v.wijken.all())),
                v.telefoon,
                v.email,
                v.website,
                "" if v.wachttijd_weken is None else v.wachttijd_weken,
                JA if v.actief else NEE,
                v.omschrijving,
                " | ".join(
                    f"{a.algemeen.sleutel}={_escape(a.toelichting)}"
                    if a.toelichting
                    else a.algemeen.sleutel
                    for a in alternatieven.get(v.pk, [])
                ),
            ]
        )
    return uit.getvalue()


def _lees(inhoud: bytes) -> tuple[list[dict], list[str]]:
    if len(inhoud) > MAX_BYTES:
        return [], [_("Het bestand is groter dan 5 MB.")]
    try:
        tekst = inhoud.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], [_("Het bestand is geen UTF-8-tekst. Sla het op als CSV (UTF-8).")]
    if "\x00" in tekst:
        return [], [_("Het bestand bevat een ongeldig teken (NUL). Sla het opnieuw op als CSV.")]
    eerste_regel = tekst.splitlines()[0] if tekst.strip() else ""
    scheiding = ";" if eerste_regel.count(";") >= eerste_regel.count(",") else ","
    lezer = csv.DictReader(io.StringIO(tekst), delimiter=scheiding)
    ontbreekt = [k for k in KOLOMMEN if k not in (lezer.fieldnames or [])]
    if ontbreekt:
        return [], [_("Regel 1: deze kolommen ontbreken: %(k)s.") % {"k": ", ".join(ontbreekt)}]
    rijen, fouten = [], []
    try:
        for rij in lezer:
            if rij.get(None):
                fouten.append(_("Regel %(r)s: meer kolommen dan de kop.") % {"r": lezer.line_num})
                continue
            if any(v is None for v in rij.values()):
                fouten.append(
                    _("Regel %(r)s: minder kolommen dan de kop.") % {"r": lezer.line_num}
                )
                continue
            rij = {k: onveilig(v) for k, v in rij.items()}
            rij["_regel"] = lezer.line_num
            rijen.append(rij)
    except csv.Error as error:
        fouten.append(_("Regel %(r)s: %(f)s") % {"r": lezer.line_num, "f": error})
    return rijen, fouten


def _veldfouten(error: ValidationError) -> list[str]:
    if hasattr(error, "message_dict"):
        return [f"{veld}: {' '.join(msgs)}" for veld, msgs in error.message_dict.items()]
    return error.messages


def kaart_importeren(*, inhoud: bytes) -> Resultaat:
    """Checks every row; saves all of them, or — when any row is wrong — none."""
    resultaat = Resultaat()
    rijen, fouten = _lees(inhoud)
    if fouten:
        resultaat.fouten = fouten
        return resultaat
    bestaand = {v.sleutel: v for v in Voorziening.objects.all()}
    wijken = {w.naam.lower(): w for w in Wijk.objects.all()}
    in_bestand: dict[str, int] = {}
    plan = []  # (voorziening, wijken, alternatieven)
    for rij in rijen:
        regel = rij["_regel"]
        sleutel = (rij["sleutel"] or "").strip()
        if sleutel in in_bestand:
            resultaat.fouten.append(
                _("Regel %(r)s: sleutel '%(s)s' staat ook op regel %(o)s.")
                % {"r": regel, "s": sleutel, "o": in_bestand[sleutel]}
            )
            continue
        in_bestand[sleutel] = regel
        v = bestaand.get(sleutel) or Voorziening(sleutel=sleutel)
        v.naam = (rij["naam"] or "").strip()
        v.soort = (rij["soort"] or "").strip().lower()
        v.wet = (rij["wet"] or "").strip().lower()
        v.productcategorie = (rij["productcategorie"] or "").strip()
        v.aanbieder = (rij["aanbieder"] or "").strip()
        v.telefoon = (rij["telefoon"] or "").strip()
        v.email = (rij["email"] or "").strip()
        v.website = (rij["website"] or "").strip()
        v.omschrijving = rij["omschrijving"] or ""
        regelfouten = []
        actief = (rij["actief"] or "").strip().lower()
        if actief not in (JA, NEE):
            regelfouten.append(_("actief: vul 'ja' of 'nee' in."))
        v.actief = actief == JA
        wachttijd = (rij["wachttijd_weken"] or "").strip()
        v.wachttijd_weken = None
        if wachttijd:
            if _WACHTTIJD.fullmatch(wachttijd):
                v.wachttijd_weken = int(wachttijd)
            else:
                regelfouten.append(_("wachttijd_weken: een heel aantal weken, of leeg."))
        wijknamen = (rij["wijken"] or "").strip()
        v.hele_gemeente = wijknamen == HELE_GEMEENTE
        gekozen = []
        if not v.hele_gemeente:
            for naam in filter(None, (n.strip() for n in wijknamen.split(";"))):
                if naam.lower() in wijken:
                    gekozen.append(wijken[naam.lower()])
                else:
                    regelfouten.append(_("wijken: '%(n)s' is geen bekende wijk.") % {"n": naam})
            if not gekozen and not regelfouten:
                regelfouten.append(_("wijken: vul '*' (hele gemeente) of wijknamen in."))
        try:
            v.full_clean(validate_unique=False)
        except ValidationError as error:
            regelfouten += _veldfouten(error)
        alternatieven = _alternatieven(rij["alternatieven"])
        if alternatieven and v.soort != Voorziening.Soort.MAATWERK:
            regelfouten.append(
                _("alternatieven: alleen een maatwerkvoorziening heeft alternatieven.")
            )
        sleutels = [a for a, _t in alternatieven]
        if len(set(sleutels)) != len(sleutels):
            regelfouten.append(_("alternatieven: een alternatief staat er twee keer in."))
        max_lengte = Alternatief._meta.get_field("toelichting").max_length
        if any(len(t) > max_lengte for _a, t in alternatieven):
            regelfouten.append(_("alternatieven: een toelichting is langer dan 300 tekens."))
        resultaat.fouten += [_("Regel %(r)s: %(f)s") % {"r": regel, "f": f} for f in regelfouten]
        plan.append((v, gekozen, alternatieven, regel))
    # The alternatives must be algemene voorzieningen, in the file or already known.
    soort_na_import = {s: v.soort for s, v in bestaand.items()}
    soort_na_import.update({v.sleutel: v.soort for v, *_rest in plan})
    for _v, _gekozen, alternatieven, regel in plan:
        for sleutel, _toelichting in alternatieven:
            if soort_na_import.get(sleutel) != Voorziening.Soort.ALGEMEEN:
                resultaat.fouten.append(
                    _("Regel %(r)s: alternatief '%(s)s' is geen bekende algemene voorziening.")
                    % {"r": regel, "s": sleutel}
                )
    if resultaat.fouten:
        return resultaat
    with transaction.atomic():
        for v, gekozen, _alt, _regel in plan:
            if v.pk:
                resultaat.bijgewerkt += 1
            else:
                resultaat.aangemaakt += 1
            v.save()
            v.wijken.set(gekozen)
        per_sleutel = {v.sleutel: v for v in Voorziening.objects.all()}
        for v, _gekozen, alternatieven, _regel in plan:
            if v.soort != Voorziening.Soort.MAATWERK:
                continue
            Alternatief.objects.filter(maatwerk=v).delete()
            Alternatief.objects.bulk_create(
                Alternatief(maatwerk=v, algemeen=per_sleutel[s], toelichting=t)
                for s, t in alternatieven
            )
    return resultaat
