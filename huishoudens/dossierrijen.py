"""The rows of the dossier page that repeat per person, network member, melding and
betrokkene, written in Python instead of by the template engine.

The engine spends some microseconds on every tag and variable; the person cards alone,
with their links for each network member, were more than a third of the page's time
(docs/adr/0015). The page around them (sections, headings, buttons, live regions, empty
states) stays in `templates/huishoudens/dossier.html`; these functions give exactly the
markup the template gave for each row, escaped by `format_html`, in the active language.
"""

from dataclasses import dataclass
from functools import cached_property
from html import escape

from django.utils import dateformat, timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from sociaal.adressen import rij_adres

from .models import Betrokkene, Huishouden, Melding, Netwerklid, Persoon

_DATUM = "j F Y"
_FORMULIER_PERSONEN = "#formulier-personen"
_FORMULIER_BETROKKENEN = "#formulier-betrokkenen"
# The fields whose label (`get_FOO_display`) the rows show.
_KEUZEVELDEN = {
    "rol": Persoon._meta.get_field("rol"),
    "relatie": Netwerklid._meta.get_field("relatie"),
    "belasting": Netwerklid._meta.get_field("belasting"),
    "wet": Melding._meta.get_field("wet"),
    "status": Melding._meta.get_field("status"),
    "soort": Betrokkene._meta.get_field("soort"),
}
_vertaald: dict[str | None, dict] = {}


def _woorden() -> dict:
    """The words the rows repeat and the labels of their choices, translated (and escaped)
    once per language, not once per row."""
    taal = get_language()
    if taal not in _vertaald:
        woorden = {
            "wijzigen": _("Wijzigen"),
            "verwijderen": _("Verwijderen"),
            "inzage": _("Inzage"),
            "geboren": _("geboren"),
            "bsn_bekend": _("BSN bekend"),
            "netwerk": _("Netwerk"),
            "mz": _("mantelzorger"),
            "belasting": _("belasting"),
            "geen_netwerk": _("Nog geen netwerkleden vastgelegd."),
            "toevoegen": _("Netwerklid toevoegen"),
            "voor": _("voor"),
            "crisis": _("crisis"),
        }
        _vertaald[taal] = {
            **{k: escape(v) for k, v in woorden.items()},
            "labels": {
                veld: {waarde: escape(str(label)) for waarde, label in f.flatchoices}
                for veld, f in _KEUZEVELDEN.items()
            },
        }
    return _vertaald[taal]


def _weergave(w: dict, veld: str, waarde) -> str:
    """As `get_FOO_display()`: the label, or the value itself when it has none."""
    return w["labels"][veld].get(waarde) or escape(str(waarde))


def _htmx_link(adres: str, doel: str, tekst: str, voor_wie: str) -> str:
    """A link that opens its form in the section's form place (htmx) or as a page.
    `tekst` and `voor_wie` are escaped already."""
    return (
        f'<a class="utrecht-link" href="{adres}" hx-get="{adres}" hx-target="{doel}">{tekst}'
        f'<span class="sociaal-sr"> {voor_wie}</span></a>'
    )


def _datum(waarde) -> str:
    """As the template's `|date:"j F Y"` gives it (a moment first in local time)."""
    if hasattr(waarde, "tzinfo") and timezone.is_aware(waarde):
        waarde = timezone.localtime(waarde)
    return escape(dateformat.format(waarde, _DATUM))


@dataclass
class Dossierrijen:
    """The rows of one household's dossier, each list made when the page asks for it.
    Everything from the database is escaped (`html.escape`, quotes too) where it is put in;
    ids and reversed URLs are safe as they are."""

    huishouden: Huishouden

    @cached_property
    def bewoners(self) -> SafeString:
        h = self.huishouden.pk
        adressen = {
            naam: rij_adres(f"huishoudens:{naam}", h)
            for naam in (
                "persoon-wijzigen",
                "persoon-verwijderen",
                "netwerklid-wijzigen",
                "netwerklid-verwijderen",
                "netwerklid-nieuw",
            )
        }
        adressen["inzage"] = rij_adres("avg:inzage", h)
        w = _woorden()
        return mark_safe("\n".join(_bewoner(p, w, adressen) for p in self.huishouden.bewoners))

    @cached_property
    def meldingen(self) -> SafeString:
        adres = rij_adres("meldingen:melding")
        w = _woorden()
        rijen = []
        for m in self.huishouden.meldingen_nieuwste_eerst:
            consulent = f" ({escape(str(m.consulent))})" if m.consulent else ""
            crisis = f" · {w['crisis']}" if m.is_crisis else ""
            rijen.append(
                f'<li class="utrecht-unordered-list__item"><a class="utrecht-link" '
                f'href="{adres(m.pk)}">{_datum(m.ontvangen_op)} · {_weergave(w, "wet", m.wet)}'
                f" · {escape(m.persoon.naam)}</a> — {_weergave(w, 'status', m.status)}"
                f"{consulent}{crisis}</li>"
            )
        return mark_safe("".join(rijen))

    @cached_property
    def professionals(self) -> SafeString:
        h = self.huishouden.pk
        wijzig = rij_adres("huishoudens:betrokkene-wijzigen", h)
        verwijder = rij_adres("huishoudens:betrokkene-verwijderen", h)
        w = _woorden()
        rijen = []
        for b in self.huishouden.professionals:
            organisatie = escape(b.organisatie)
            medewerker = (
                f' <span class="sociaal-klein">({escape(str(b.medewerker))})</span>'
                if b.medewerker
                else ""
            )
            links = (
                _htmx_link(wijzig(b.pk), _FORMULIER_BETROKKENEN, w["wijzigen"], organisatie),
                _htmx_link(verwijder(b.pk), _FORMULIER_BETROKKENEN, w["verwijderen"], organisatie),
            )
            contact = escape(b.contactpersoon)
            contact += f" · {escape(b.telefoon)}" if b.telefoon else ""
            contact += f" · {escape(b.email)}" if b.email else ""
            rijen.append(
                f'<tr class="utrecht-table__row"><td class="utrecht-table__cell">'
                f"{_weergave(w, 'soort', b.soort)}</td>"
                f'<td class="utrecht-table__cell">{organisatie}{medewerker}</td>'
                f'<td class="utrecht-table__cell">{contact}</td>'
                f'<td class="utrecht-table__cell">{links[0]} · {links[1]}</td></tr>'
            )
        return mark_safe("".join(rijen))


def _bewoner(p, w: dict, adressen: dict) -> str:
    naam = escape(p.naam)
    gegevens = f"{_weergave(w, 'rol', p.rol)} · {w['geboren']} {_datum(p.geboortedatum)}"
    if p.bsn:
        gegevens += f" · {w['bsn_bekend']} (…{escape(p.bsn[-3:])})"
    if p.telefoon:
        gegevens += f" · {escape(p.telefoon)}"
    if p.email:
        gegevens += f" · {escape(p.email)}"
    if p.netwerkleden:
        leden = "".join(_netwerklid(n, w, adressen) for n in p.netwerkleden)
        netwerk = f'<ul class="utrecht-unordered-list sociaal-netwerk">{leden}</ul>'
    else:
        netwerk = f'<p class="utrecht-paragraph sociaal-klein">{w["geen_netwerk"]}</p>'
    wijzigen = _htmx_link(
        adressen["persoon-wijzigen"](p.pk), _FORMULIER_PERSONEN, w["wijzigen"], naam
    )
    verwijderen = _htmx_link(
        adressen["persoon-verwijderen"](p.pk), _FORMULIER_PERSONEN, w["verwijderen"], naam
    )
    toevoegen = _htmx_link(
        adressen["netwerklid-nieuw"](p.pk),
        _FORMULIER_PERSONEN,
        w["toevoegen"],
        f"{w['voor']} {naam}",
    )
    return (
        f'<article class="sociaal-kaart" aria-labelledby="persoon-{p.pk}">'
        f'<div class="sociaal-kop"><h3 class="utrecht-heading-3" id="persoon-{p.pk}">{naam}</h3>'
        f"<span>{wijzigen} · {verwijderen} · "
        f'<a class="utrecht-link" href="{adressen["inzage"](p.pk)}">{w["inzage"]}'
        f'<span class="sociaal-sr"> {naam}</span></a></span></div>'
        f'<p class="utrecht-paragraph">{gegevens}</p>'
        f'<h4 class="utrecht-heading-4">{w["netwerk"]}</h4>{netwerk}{toevoegen}</article>'
    )


def _netwerklid(n, w: dict, adressen: dict) -> str:
    naam = escape(n.naam)
    zorg = ""
    if n.is_mantelzorger:
        zorg = (
            ' <span class="utrecht-badge-status sociaal-badge sociaal-badge--waarschuwing">'
            f"{w['mz']}</span>"
        )
        if n.belasting:
            zorg += f" ({w['belasting']}: {_weergave(w, 'belasting', n.belasting).lower()})"
    telefoon = f" · {escape(n.telefoon)}" if n.telefoon else ""
    wijzigen = _htmx_link(
        adressen["netwerklid-wijzigen"](n.pk), _FORMULIER_PERSONEN, w["wijzigen"], naam
    )
    verwijderen = _htmx_link(
        adressen["netwerklid-verwijderen"](n.pk), _FORMULIER_PERSONEN, w["verwijderen"], naam
    )
    return (
        f'<li class="utrecht-unordered-list__item">{naam} — '
        f"{_weergave(w, 'relatie', n.relatie)}{zorg}{telefoon} · {wijzigen} · {verwijderen}</li>"
    )
