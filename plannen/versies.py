"""A plan's content as data (the snapshot frozen when the resident agrees), and what
changed between two versions, in words a professional reads."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from .models import Plan


def inhoud_van(plan: Plan) -> dict:
    """Doelen and afspraken as they are now (prefetch `doelen__afspraken` first)."""
    return {
        "doelen": [
            {
                "id": d.pk,
                "omschrijving": d.omschrijving,
                "domein": d.get_domein_display() if d.domein else "",
                "afspraken": [
                    {
                        "id": a.pk,
                        "wat": a.wat,
                        "trede": a.get_uitvoerder_display(),
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


_AFSPRAAK_VELDEN = {
    "wat": _("wat"),
    "trede": _("wie (trede)"),
    "wie": _("uitvoerder"),
    "wanneer": _("uiterlijk"),
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
            for veld, label in _AFSPRAAK_VELDEN.items():
                if oa[veld] != a[veld]:
                    uit.append(
                        Verschil(
                            "gewijzigd",
                            _("afspraak '%(a)s': %(veld)s '%(o)s' werd '%(n)s'")
                            % {"a": a["wat"], "veld": label, "o": oa[veld], "n": a[veld]},
                        )
                    )
        uit += [
            Verschil("verwijderd", _("afspraak: %(a)s") % {"a": a["wat"]})
            for afspraak_id, a in oude_afspraken.items()
            if afspraak_id not in nieuwe_afspraken
        ]
    uit += [
        Verschil("verwijderd", _("doel: %(d)s") % {"d": d["omschrijving"]})
        for doel_id, d in oude_doelen.items()
        if doel_id not in nieuwe_doelen
    ]
    return uit
