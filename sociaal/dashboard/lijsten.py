"""The lists behind the dashboard's numbers (drill-down). Each uses the same filter as the
figure it explains (`cijfers`, `sociaal.achterstand`) and the access policy: only
households the teamleider may see."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from django.db.models import Q, QuerySet
from django.http import Http404, QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from huishoudens.models import Huishouden, Melding
from plannen.models import Afspraak, Evaluatie, Keukentafelgesprek, Plan, ZrmDomein
from sociaal import achterstand
from sociaal.medewerkers.models import Medewerker
from sociaal.termijnen.models import Termijninstellingen
from sociaal.termijnen.regels import Wet
from voorzieningen.ladder import Trede

from . import cijfers
from .periode import Soort
from .selectors import Keuze, lid_van
from .tabellen import Cel


@dataclass(frozen=True)
class Rij:
    huishouden_id: int
    cellen: list[Cel]


@dataclass(frozen=True)
class Lijst:
    titel: str
    kolommen: list[str]
    rijen: QuerySet | list  # paginated by the view, then turned into `Rij`s by `rij`
    rij: Callable[[object], Rij]
    # Counted in the figure (a medewerker's whole caseload) but of households the viewer
    # may not see: said, not shown.
    verborgen: int = 0


def _datum(dag: date | None) -> str:
    return date_format(dag, "j M Y") if dag else "—"


def _moment(moment) -> str:
    return _datum(timezone.localtime(moment).date()) if moment else "—"


def _zichtbaar(medewerker: Medewerker):
    return Huishouden.objects.zichtbaar_voor(medewerker)


def _medewerker(keuze: Keuze, params: QueryDict) -> Medewerker:
    try:
        pk = int(params.get("medewerker", ""))
    except ValueError:
        raise Http404 from None
    gevonden = lid_van(teams=keuze.mijn_teams, pk=pk)
    if gevonden is None:
        raise Http404
    return gevonden


def _wet(params: QueryDict) -> Q:
    wet = params.get("wet", "")
    return Q(wet=wet) if wet in Wet.values else Q()


# --- rows --------------------------------------------------------------------------------


def _plan_rij(plan: Plan) -> Rij:
    return Rij(
        plan.huishouden_id,
        [
            Cel(plan.huishouden.kort_adres, link=reverse("plannen:plan", args=[plan.pk])),
            Cel(plan.get_status_display()),
            Cel(str(plan.regisseur)),
            Cel(_datum(plan.evaluatie_op)),
        ],
    )


PLAN_KOLOMMEN = [
    gettext_lazy("Huishouden"),
    gettext_lazy("Status"),
    gettext_lazy("Regisseur"),
    gettext_lazy("Evaluatiedatum"),
]


def _melding_rij(melding: Melding) -> Rij:
    wachtdagen = (timezone.localdate() - timezone.localtime(melding.ontvangen_op).date()).days
    return Rij(
        melding.huishouden_id,
        [
            Cel(
                melding.huishouden.kort_adres,
                link=reverse("meldingen:melding", args=[melding.pk]),
            ),
            Cel(melding.get_wet_display()),
            Cel(melding.get_status_display()),
            Cel(_moment(melding.ontvangen_op)),
            Cel(wachtdagen),
            Cel(_moment(melding.deadline)),
            Cel(str(melding.consulent) if melding.consulent else _("nog niemand")),
        ],
    )


MELDING_KOLOMMEN = [
    gettext_lazy("Huishouden"),
    gettext_lazy("Wet"),
    gettext_lazy("Status"),
    gettext_lazy("Ontvangen"),
    gettext_lazy("Dagen sinds melding"),
    gettext_lazy("Eerstvolgende deadline"),
    gettext_lazy("Consulent"),
]


def _plannen(medewerker: Medewerker, q: Q) -> QuerySet[Plan]:
    return (
        Plan.objects.filter(q, huishouden__in=_zichtbaar(medewerker))
        .select_related("huishouden", "regisseur")
        .order_by("evaluatie_op", "pk")
    )


def _meldingen(medewerker: Medewerker, q: Q) -> QuerySet[Melding]:
    return (
        Melding.objects.filter(q, huishouden__in=_zichtbaar(medewerker))
        .select_related("huishouden", "consulent")
        .order_by("ontvangen_op", "pk")
    )


def _team(keuze: Keuze, pad: str) -> Q:
    return Q(**{f"{pad}__in": keuze.teams})


# --- the lists ---------------------------------------------------------------------------


def _verborgen(qs: QuerySet, medewerker: Medewerker, pad: str = "huishouden") -> int:
    """How many of `qs` are of households `medewerker` may not see."""
    return qs.exclude(**{f"{pad}__in": _zichtbaar(medewerker)}).count()


def plannen(keuze, medewerker, params) -> Lijst:
    van = _medewerker(keuze, params)
    return Lijst(
        _("Open plannen met %(naam)s als regisseur") % {"naam": van},
        PLAN_KOLOMMEN,
        _plannen(medewerker, cijfers.plannen_van(van.pk)),
        _plan_rij,
        verborgen=_verborgen(Plan.objects.filter(cijfers.plannen_van(van.pk)), medewerker),
    )


def meldingen(keuze, medewerker, params) -> Lijst:
    van = _medewerker(keuze, params)
    return Lijst(
        _("Open meldingen van %(naam)s") % {"naam": van},
        MELDING_KOLOMMEN,
        _meldingen(medewerker, cijfers.meldingen_van(van.pk)),
        _melding_rij,
        verborgen=_verborgen(Melding.objects.filter(cijfers.meldingen_van(van.pk)), medewerker),
    )


def caseload(keuze, medewerker, params) -> Lijst:
    van = _medewerker(keuze, params)
    eigen = Plan.objects.filter(cijfers.plannen_van(van.pk)).values("huishouden_id")
    losse = Melding.objects.filter(cijfers.meldingen_van(van.pk)).exclude(huishouden_id__in=eigen)
    rijen = list(_plannen(medewerker, cijfers.plannen_van(van.pk))) + list(
        _meldingen(medewerker, cijfers.meldingen_van(van.pk)).exclude(huishouden_id__in=eigen)
    )
    return Lijst(
        _("Caseload van %(naam)s: plannen en meldingen") % {"naam": van},
        [_("Huishouden"), _("Wat"), _("Status"), _("Datum")],
        rijen,
        lambda zaak: Rij(
            zaak.huishouden_id,
            [
                Cel(
                    zaak.huishouden.kort_adres,
                    link=reverse(
                        "plannen:plan" if isinstance(zaak, Plan) else "meldingen:melding",
                        args=[zaak.pk],
                    ),
                ),
                Cel(_("Plan") if isinstance(zaak, Plan) else _("Melding")),
                Cel(zaak.get_status_display()),
                Cel(
                    _datum(zaak.evaluatie_op)
                    if isinstance(zaak, Plan)
                    else _moment(zaak.ontvangen_op)
                ),
            ],
        ),
        verborgen=_verborgen(Plan.objects.filter(cijfers.plannen_van(van.pk)), medewerker)
        + _verborgen(losse, medewerker),
    )


def gesprekken(keuze, medewerker, params) -> Lijst:
    van = _medewerker(keuze, params)
    maand = keuze.maand if keuze.periode.soort != Soort.MAAND else keuze.periode
    qs = (
        Keukentafelgesprek.objects.filter(
            cijfers.gesprekken_van(van.pk, maand), huishouden__in=_zichtbaar(medewerker)
        )
        .select_related("huishouden")
        .order_by("gehouden_op", "pk")
    )
    alle = Keukentafelgesprek.objects.filter(cijfers.gesprekken_van(van.pk, maand))
    return Lijst(
        _("Keukentafelgesprekken van %(naam)s in %(maand)s") % {"naam": van, "maand": maand.label},
        [_("Huishouden"), _("Gehouden op")],
        qs,
        lambda g: Rij(
            g.huishouden_id,
            [
                Cel(g.huishouden.kort_adres, link=reverse("plannen:gesprek", args=[g.pk])),
                Cel(_datum(g.gehouden_op)),
            ],
        ),
        verborgen=_verborgen(alle, medewerker),
    )


def _team_meldingen(keuze, medewerker, params, titel: str, q: Q) -> Lijst:
    return Lijst(
        titel,
        MELDING_KOLOMMEN,
        _meldingen(medewerker, q & _team(keuze, cijfers.TEAM_VAN_MELDING) & _wet(params)),
        _melding_rij,
    )


def wachtend(keuze, medewerker, params) -> Lijst:
    return _team_meldingen(
        keuze,
        medewerker,
        params,
        _("Wachtende meldingen, langst wachtend eerst"),
        achterstand.WACHTEND,
    )


def termijn_verlopen(keuze, medewerker, params) -> Lijst:
    return _team_meldingen(
        keuze,
        medewerker,
        params,
        _("Wachtende meldingen waarvan de wettelijke termijn is verlopen"),
        achterstand.termijn_verlopen(timezone.now()),
    )


def beschikking_verlopen(keuze, medewerker, params) -> Lijst:
    return _team_meldingen(
        keuze,
        medewerker,
        params,
        _("Aanvragen waarvan de beschikking of het voorschot te laat is"),
        achterstand.beschikking_verlopen(timezone.now()),
    )


def evaluaties_verlopen(keuze, medewerker, params) -> Lijst:
    return Lijst(
        _("Plannen waarvan de evaluatie over tijd is"),
        PLAN_KOLOMMEN,
        _plannen(
            medewerker,
            achterstand.evaluatie_verlopen(keuze.vandaag) & _team(keuze, cijfers.TEAM_VAN_PLAN),
        ),
        _plan_rij,
    )


def wacht_op_akkoord(keuze, medewerker, params) -> Lijst:
    dagen = Termijninstellingen.huidige().ondertekening_dagen
    return Lijst(
        _("Plannen die langer dan %(n)s dagen op akkoord wachten") % {"n": dagen},
        PLAN_KOLOMMEN,
        _plannen(
            medewerker,
            achterstand.wacht_op_akkoord(keuze.vandaag, dagen=dagen)
            & _team(keuze, cijfers.TEAM_VAN_PLAN),
        ),
        _plan_rij,
    )


def _afspraak_rij(a: Afspraak) -> Rij:
    plan = a.doel.plan
    return Rij(
        plan.huishouden_id,
        [
            Cel(plan.huishouden.kort_adres, link=reverse("plannen:plan", args=[plan.pk])),
            Cel(a.wat[:80]),
            Cel(a.get_uitvoerder_display()),
            Cel(_datum(a.wanneer)),
            Cel(str(plan.regisseur)),
        ],
    )


AFSPRAAK_KOLOMMEN = [
    gettext_lazy("Huishouden"),
    gettext_lazy("Afspraak"),
    gettext_lazy("Wie"),
    gettext_lazy("Uiterlijk"),
    gettext_lazy("Regisseur"),
]


def _afspraken(medewerker: Medewerker, q: Q) -> QuerySet[Afspraak]:
    return (
        Afspraak.objects.filter(q, doel__plan__huishouden__in=_zichtbaar(medewerker))
        .select_related("doel__plan__huishouden", "doel__plan__regisseur")
        .order_by("wanneer", "pk")
    )


def afspraken_verlopen(keuze, medewerker, params) -> Lijst:
    return Lijst(
        _("Afspraken over hun datum"),
        AFSPRAAK_KOLOMMEN,
        _afspraken(
            medewerker,
            achterstand.afspraak_verlopen(keuze.vandaag) & _team(keuze, cijfers.TEAM_VAN_AFSPRAAK),
        ),
        _afspraak_rij,
    )


def afspraken(keuze, medewerker, params) -> Lijst:
    trede = params.get("trede", "")
    if trede in Trede.values:
        welke, titel = Q(uitvoerder=trede), str(Trede(trede).label)
    elif trede == "naast":
        welke, titel = ~Q(uitvoerder__in=Trede.values), _("naast de ladder")
    else:
        welke, titel = Q(uitvoerder__in=Trede.values), _("op de ladder")
    return Lijst(
        _("Afspraken gemaakt in %(periode)s: %(trede)s")
        % {"periode": keuze.periode.label, "trede": titel},
        AFSPRAAK_KOLOMMEN,
        _afspraken(
            medewerker,
            welke & cijfers.afspraken_in(keuze.periode) & _team(keuze, cijfers.TEAM_VAN_AFSPRAAK),
        ),
        _afspraak_rij,
    )


def _evaluatie_rij(e: Evaluatie) -> Rij:
    return Rij(
        e.plan.huishouden_id,
        [
            Cel(
                e.plan.huishouden.kort_adres,
                link=reverse("plannen:evaluatie-uitkomst", args=[e.plan_id, e.pk]),
            ),
            Cel(_datum(e.gehouden_op)),
            Cel(e.klantbeoordelingscijfer),
            Cel(e.get_besluit_display()),
        ],
    )


EVALUATIE_KOLOMMEN = [
    gettext_lazy("Huishouden"),
    gettext_lazy("Gehouden op"),
    gettext_lazy("Cijfer"),
    gettext_lazy("Besluit"),
]


def evaluaties(keuze, medewerker, params) -> Lijst:
    q = cijfers.evaluaties_in(keuze.periode) & _team(keuze, cijfers.TEAM_VAN_EVALUATIE)
    if params.get("cijfer") == "ja":
        q &= Q(klantbeoordelingscijfer__isnull=False)
    return Lijst(
        _("Evaluaties in %(periode)s") % {"periode": keuze.periode.label},
        EVALUATIE_KOLOMMEN,
        Evaluatie.objects.filter(q, plan__huishouden__in=_zichtbaar(medewerker))
        .select_related("plan__huishouden")
        .order_by("gehouden_op", "pk"),
        _evaluatie_rij,
    )


def zrm(keuze, medewerker, params) -> Lijst:
    domein = params.get("domein", "")
    if domein not in ZrmDomein.values:
        raise Http404
    scores = (
        cijfers.zrm_met_beginscore(keuze.teams, keuze.periode)
        .filter(domein=domein, evaluatie__plan__huishouden__in=_zichtbaar(medewerker))
        .select_related("evaluatie__plan__huishouden")
        .order_by("evaluatie__gehouden_op", "pk")
    )
    return Lijst(
        _("%(domein)s: evaluaties in %(periode)s")
        % {"domein": ZrmDomein(domein).label, "periode": keuze.periode.label},
        [_("Huishouden"), _("Gehouden op"), _("Score bij het gesprek"), _("Score nu")],
        scores,
        lambda s: Rij(
            s.evaluatie.plan.huishouden_id,
            [
                Cel(
                    s.evaluatie.plan.huishouden.kort_adres,
                    link=reverse(
                        "plannen:evaluatie-uitkomst", args=[s.evaluatie.plan_id, s.evaluatie_id]
                    ),
                ),
                Cel(_datum(s.evaluatie.gehouden_op)),
                Cel(s.begin),
                Cel(s.score),
            ],
        ),
    )


def afgesloten(keuze, medewerker, params) -> Lijst:
    q = cijfers.afgesloten_in(keuze.periode) & _team(keuze, cijfers.TEAM_VAN_PLAN)
    titel = _("Plannen afgesloten in %(periode)s")
    if params.get("bereikt") == "ja":
        q &= cijfers.DOELEN_BEREIKT
        titel = _("Plannen afgesloten in %(periode)s met de doelen bereikt")
    return Lijst(
        titel % {"periode": keuze.periode.label},
        [_("Huishouden"), _("Afgesloten op"), _("Reden"), _("Regisseur")],
        _plannen(medewerker, q),
        lambda p: Rij(
            p.huishouden_id,
            [
                Cel(p.huishouden.kort_adres, link=reverse("plannen:plan", args=[p.pk])),
                Cel(_moment(p.closed_at)),
                Cel(p.get_reden_afsluiting_display()),
                Cel(str(p.regisseur)),
            ],
        ),
    )


LIJSTEN: dict[str, Callable[[Keuze, Medewerker, QueryDict], Lijst]] = {
    "plannen": plannen,
    "meldingen": meldingen,
    "caseload": caseload,
    "gesprekken": gesprekken,
    "wachtend": wachtend,
    "termijn_verlopen": termijn_verlopen,
    "beschikking_verlopen": beschikking_verlopen,
    "evaluaties_verlopen": evaluaties_verlopen,
    "wacht_op_akkoord": wacht_op_akkoord,
    "afspraken_verlopen": afspraken_verlopen,
    "afspraken": afspraken,
    "evaluaties": evaluaties,
    "zrm": zrm,
    "afgesloten": afgesloten,
}


def lijst_voor(keuze: Keuze, medewerker: Medewerker, params: QueryDict) -> Lijst:
    maker = LIJSTEN.get(params.get("lijst", ""))
    if maker is None:
        raise Http404
    return maker(keuze, medewerker, params)
