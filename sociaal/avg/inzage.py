"""Inzage (AVG art. 15): everything the system holds about one person — their data, their
network, their meldingen and keukentafelgesprekken, their household's plans and
evaluations, the PDFs made of them, and who looked at the file — as one ZIP with a readable
PDF, the same content as JSON, and the documents. Made by a permitted medewerker, audited.

The content is built once (`inzage_gegevens`): the PDF and the JSON cannot disagree. Every
stored field is in it, by its Dutch label; internal counters are left out."""

import io
import json
import zipfile
from datetime import date, datetime

from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from huishoudens.models import Persoon
from plannen.models import Document, Keukentafelgesprek, Plan
from plannen.pdf import render_to_pdf
from sociaal.audit.models import Actie
from sociaal.audit.services import audit_vastleggen
from sociaal.logboek.selectors import toegangsverslag
from sociaal.medewerkers.models import Medewerker

RECHT = "huishoudens.inzage_maken"
# Machinery, not information about the person: optimistic-locking counters and the like.
INTERN = {"id", "versie", "wijziging", "laatste_wijziging", "volgorde", "deadline", "pogingen"}


def _waarde(obj: models.Model, veld: models.Field):
    if veld.choices:
        return getattr(obj, f"get_{veld.name}_display")() or None
    waarde = getattr(obj, veld.name)
    if isinstance(waarde, datetime):
        return timezone.localtime(waarde).strftime("%d-%m-%Y %H:%M")
    if isinstance(waarde, date):
        return waarde.strftime("%d-%m-%Y")
    if isinstance(waarde, models.Model):
        return str(waarde)
    if isinstance(waarde, models.fields.files.FieldFile):
        return waarde.name.rsplit("/", 1)[-1] if waarde else None
    return waarde


def _velden(obj: models.Model, *, zonder: tuple[str, ...] = ()) -> dict:
    """Every stored field of `obj` by its Dutch label; relations to other records of the
    file are shown by their place in the structure, a medewerker by name."""
    uitkomst = {}
    for veld in obj._meta.concrete_fields:
        if veld.name in INTERN or veld.name in zonder:
            continue
        if veld.is_relation and veld.related_model is not Medewerker:
            continue
        waarde = _waarde(obj, veld)
        if waarde in (None, ""):
            continue
        uitkomst[str(veld.verbose_name).capitalize()] = waarde
    return uitkomst


def inzage_gegevens(persoon: Persoon) -> dict:
    huishouden = persoon.huishouden
    meldingen = list(
        persoon.meldingen.select_related("consulent")
        .prefetch_related("aanpassingen__door", "terugbelmomenten__door")
        .order_by("ontvangen_op")
    )
    # Conversations about the person's meldingen, and those they took part in.
    gesprekken = (
        Keukentafelgesprek.objects.filter(
            Q(melding__in=meldingen) | Q(deelnemers__persoon=persoon)
        )
        .distinct()
        .prefetch_related("zrm_scores", "hulpvragen", "deelnemers")
        .select_related("afgerond_door")
        .order_by("gepland_op")
    )
    plannen = (
        Plan.objects.filter(huishouden=huishouden)
        .select_related("regisseur")
        .prefetch_related(
            "doelen__afspraken__voorziening",
            "doelen__afspraken__netwerklid",
            "doelen__afspraken__betrokkene",
            "evaluaties__resultaten",
            "evaluaties__zrm_scores",
            "overdrachten__van",
            "overdrachten__naar",
        )
        .order_by("created_at")
    )
    return {
        _("Over dit overzicht"): {
            _("Opgesteld op"): timezone.localtime().strftime("%d-%m-%Y %H:%M"),
            _("Grondslag"): _("Recht op inzage, artikel 15 van de AVG"),
        },
        _("Uw gegevens"): _velden(persoon),
        _("Uw huishouden"): {
            **_velden(huishouden, zonder=("wijk",)),
            _("Wijk"): str(huishouden.wijk),
            _("Wijkteam"): str(huishouden.wijk.team),
        },
        _("Uw netwerk"): [_velden(n) for n in persoon.netwerk.all()],
        _("Meldingen"): [
            {
                **_velden(m),
                _("Termijnaanpassingen"): [_velden(a) for a in m.aanpassingen.all()],
                _("Terugbelmomenten"): [_velden(t) for t in m.terugbelmomenten.all()],
            }
            for m in meldingen
        ],
        _("Keukentafelgesprekken"): [
            {
                **_velden(g),
                _("Aanwezig"): [
                    d.naam or str(d.persoon or d.netwerklid or d.betrokkene)
                    for d in g.deelnemers.all()
                ],
                _("Zelfredzaamheid per leefgebied"): [_velden(z) for z in g.zrm_scores.all()],
                _("Hulpvragen"): [h.tekst for h in g.hulpvragen.all()],
            }
            for g in gesprekken
        ],
        _("Plannen van uw huishouden"): [
            {
                **_velden(p),
                _("Doelen"): [
                    {
                        **_velden(d),
                        _("Afspraken"): [
                            {**_velden(a), _("Wie"): str(a.wie) if a.wie else None}
                            for a in d.afspraken.all()
                        ],
                    }
                    for d in p.doelen.all()
                ],
                _("Evaluaties"): [
                    {
                        **_velden(e),
                        _("Resultaten"): [_velden(r) for r in e.resultaten.all()],
                        _("Zelfredzaamheid"): [_velden(z) for z in e.zrm_scores.all()],
                    }
                    for e in p.evaluaties.all()
                ],
                _("Wisselingen van regisseur"): [_velden(o) for o in p.overdrachten.all()],
            }
            for p in plannen
        ],
        _("Documenten"): [_velden(d) for d in _documenten(persoon)],
        _("Wie heeft uw gegevens ingezien"): [
            {
                _("Datum"): i.dag.strftime("%d-%m-%Y"),
                _("Wie"): str(i.medewerker),
                _("Team"): i.teams,
                _("Wat"): i.wat,
                _("Waarom"): i.waarom,
            }
            for i in toegangsverslag(huishouden_id=huishouden.pk)
        ],
    }


def _documenten(persoon: Persoon):
    """The household's plan PDFs (the plan is the household's, agreed with its members),
    and the verslagen of the conversations about or with this person only."""
    eigen_gesprekken = Keukentafelgesprek.objects.filter(
        Q(melding__persoon=persoon) | Q(deelnemers__persoon=persoon)
    ).values("pk")
    return Document.objects.filter(
        Q(soort=Document.Soort.PLAN) | Q(gesprek__in=eigen_gesprekken),
        huishouden_id=persoon.huishouden_id,
        status=Document.Status.KLAAR,
    ).order_by("aangevraagd_op")


def inzage_maken(*, persoon: Persoon, door: Medewerker) -> tuple[str, bytes]:
    """The ZIP (file name, content) for `persoon`, made by `door`; refused without the
    right. The caller has checked that `door` may see the household."""
    if not door.has_perm(RECHT):
        raise PermissionDenied(_("U mag geen inzage-overzicht maken."))
    gegevens = inzage_gegevens(persoon)
    html = render_to_string(
        "avg/inzage.html", {"gegevens": gegevens, "persoon": persoon, "kop": _("Inzage")}
    )
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zip_:
        zip_.writestr("inzage.pdf", render_to_pdf(html))
        zip_.writestr("inzage.json", json.dumps(gegevens, ensure_ascii=False, indent=2))
        for document in _documenten(persoon):
            if document.bestand:
                with document.bestand.open("rb") as f:
                    zip_.writestr(
                        f"documenten/{document.bestand.name.rsplit('/', 1)[-1]}", f.read()
                    )
    audit_vastleggen(
        medewerker=door,
        actie=Actie.EXPORTEREN,
        huishouden_id=persoon.huishouden_id,
        obj=persoon,
    )
    naam = f"inzage-{slugify(str(persoon.pk))}-{timezone.localdate():%Y-%m-%d}.zip"
    return naam, uit.getvalue()
