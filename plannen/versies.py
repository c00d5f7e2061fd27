"""A plan's content as data (the snapshot frozen when the resident agrees), and what
changed between two versions, in words a professional reads."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Plan


def inhoud_van(plan: Plan) -> dict:
    """Doelen and afspraken as they are now (prefetch `doelen__afspraken` first)."""
    return {
        "doelen": [
            {
                "id": d.pk,
                "omschrijving": d.omschrijving,
                "domein": d.domein,
                "domein_naam": d.get_domein_display() if d.domein else "",
                "afspraken": [
                    {
                        "id": a.pk,
                        "wat": a.wat,
                        "uitvoerder": a.uitvoerder,
                        "trede": a.get_uitvoerder_display(),
                        "wie_sleutel": _wie_sleutel(a),
                        "wie": str(a.wie),
                        "wanneer": a.wanneer.isoformat() if a.wanneer else "",
                        "waarom_niet_eigen_kracht": a.waarom_niet_eigen_kracht,
                        "waarom_niet_netwerk": a.waarom_niet_netwerk,
                        "waarom_niet_algemeen": a.waarom_niet_algemeen,
                    }
                    for a in d.afspraken.all()
                ],
            }
            for d in plan.doelen.all()
        ]
    }


def _wie_sleutel(afspraak) -> str:
    """Who carries it out, by kind and id: a renamed person is not a changed afspraak."""
    for veld in ("persoon", "netwerklid", "voorziening", "betrokkene"):
        pk = getattr(afspraak, f"{veld}_id")
        if pk:
            return f"{veld}:{pk}"
    return ""


@dataclass(frozen=True)
class Verschil:
    soort: str  # toegevoegd, verwijderd, gewijzigd
    wat: str

    @property
    def label(self) -> str:
        return {
            "toegevoegd": _("Toegevoegd"),
            "verwijderd": _("Verwijderd"),
            "gewijzigd": _("Gewijzigd"),
        }[self.soort]


# Compared by value (codes and ids); shown with the label and the stored display text.
_AFSPRAAK_VELDEN = {
    "wat": (gettext_lazy("wat"), "wat"),
    "uitvoerder": (gettext_lazy("trede"), "trede"),
    "wie_sleutel": (gettext_lazy("wie"), "wie"),
    "wanneer": (gettext_lazy("uiterlijk"), "wanneer"),
    "waarom_niet_eigen_kracht": (
        gettext_lazy("waarom niet eigen kracht"),
        "waarom_niet_eigen_kracht",
    ),
    "waarom_niet_netwerk": (gettext_lazy("waarom niet het netwerk"), "waarom_niet_netwerk"),
    "waarom_niet_algemeen": (gettext_lazy("waarom niet algemeen"), "waarom_niet_algemeen"),
}


def verschillen(oud: dict, nieuw: dict) -> list[Verschil]:
    """What changed from `oud` to `nieuw` (snapshots from `inhoud_van`)."""
    uit: list[Verschil] = []
    oude_doelen = {d["id"]: d for d in oud["doelen"]}
    nieuwe_doelen = {d["id"]: d for d in nieuw["doelen"]}
    for doel_id, d in nieuwe_doelen.items():
        if doel_id not in oude_doelen:
            uit.append(Verschil("toegevoegd", _("doel: %(d)s") % {"d": d["omschrijving"]}))
            uit += [
                Verschil(
                    "toegevoegd", _("afspraak: %(a)s (%(t)s)") % {"a": a["wat"], "t": a["trede"]}
                )
                for a in d["afspraken"]
            ]
            continue
        o = oude_doelen[doel_id]
        if o.get("domein", "") != d.get("domein", ""):
            uit.append(
                Verschil(
                    "gewijzigd",
                    _("doel '%(d)s': leefgebied '%(o)s' werd '%(n)s'")
                    % {
                        "d": d["omschrijving"],
                        "o": o.get("domein_naam", ""),
                        "n": d.get("domein_naam", ""),
                    },
                )
            )
        if o["omschrijving"] != d["omschrijving"]:
            uit.append(
                Verschil(
                    "gewijzigd",
                    _("doel: '%(o)s' werd '%(n)s'")
                    % {"o": o["omschrijving"], "n": d["omschrijving"]},
                )
            )
        oude_afspraken = {a["id"]: a for a in o["afspraken"]}
        nieuwe_afspraken = {a["id"]: a for a in d["afspraken"]}
        for afspraak_id, a in nieuwe_afspraken.items():
            if afspraak_id not in oude_afspraken:
                uit.append(
                    Verschil(
                        "toegevoegd",
                        _("afspraak: %(a)s (%(t)s)") % {"a": a["wat"], "t": a["trede"]},
                    )
                )
                continue
            oa = oude_afspraken[afspraak_id]
            for veld, (label, toon) in _AFSPRAAK_VELDEN.items():
                if oa.get(veld, "") != a.get(veld, ""):
                    uit.append(
                        Verschil(
                            "gewijzigd",
                            _("afspraak '%(a)s': %(veld)s '%(o)s' werd '%(n)s'")
                            % {
                                "a": a["wat"],
                                "veld": label,
                                "o": oa.get(toon, ""),
                                "n": a.get(toon, ""),
                            },
                        )
                    )
        uit += [
            Verschil("verwijderd", _("afspraak: %(a)s") % {"a": a["wat"]})
            for afspraak_id, a in oude_afspraken.items()
            if afspraak_id not in nieuwe_afspraken
        ]
    for doel_id, d in oude_doelen.items():
        if doel_id not in nieuwe_doelen:
            uit.append(Verschil("verwijderd", _("doel: %(d)s") % {"d": d["omschrijving"]}))
            uit += [
                Verschil("verwijderd", _("afspraak: %(a)s") % {"a": a["wat"]})
                for a in d["afspraken"]
            ]
    return uit
