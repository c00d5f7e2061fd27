"""The lists behind the numbers about a team: the wachtlijst, what is over tijd, the
ladder distribution and the results."""

from django.db.models import Q, QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from plannen.models import Afspraak, Evaluatie, ZrmDomein
from sociaal import achterstand
from sociaal.medewerkers.models import Medewerker
from sociaal.termijnen.models import Termijninstellingen
from voorzieningen.ladder import Trede

from .. import cijfers
from ..tabellen import Cel
from .basis import (
    MELDING_KOLOMMEN,
    PLAN_KOLOMMEN,
    Lijst,
    Rij,
    datum_tekst,
    melding_rij,
    moment_tekst,
    plan_rij,
    team_filter,
    wet_filter,
    zichtbaar,
    zichtbare_meldingen,
    zichtbare_plannen,
)


def _team_meldingen(keuze, medewerker, params, titel: str, q: Q) -> Lijst:
    return Lijst(
        titel,
        MELDING_KOLOMMEN,
        zichtbare_meldingen(
            medewerker, q & team_filter(keuze, cijfers.TEAM_VAN_MELDING) & wet_filter(params)
        ),
        melding_rij,
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
        zichtbare_plannen(
            medewerker,
            achterstand.evaluatie_verlopen(keuze.vandaag)
            & team_filter(keuze, cijfers.TEAM_VAN_PLAN),
        ),
        plan_rij,
    )


def wacht_op_akkoord(keuze, medewerker, params) -> Lijst:
    instellingen = Termijninstellingen.huidige()
    return Lijst(
        _("Plannen die langer dan %(n)s dagen op akkoord wachten")
        % {"n": instellingen.ondertekening_dagen},
        PLAN_KOLOMMEN,
        zichtbare_plannen(
            medewerker,
            achterstand.wacht_op_akkoord(keuze.vandaag, instellingen)
            & team_filter(keuze, cijfers.TEAM_VAN_PLAN),
        ),
        plan_rij,
    )


def _afspraak_rij(a: Afspraak) -> Rij:
    plan = a.doel.plan
    return Rij(
        plan.huishouden_id,
        [
            Cel(plan.huishouden.kort_adres, link=reverse("plannen:plan", args=[plan.pk])),
            Cel(a.wat[:80]),
            Cel(a.get_uitvoerder_display()),
            Cel(datum_tekst(a.wanneer)),
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
        Afspraak.objects.filter(q, doel__plan__huishouden__in=zichtbaar(medewerker))
        .select_related("doel__plan__huishouden", "doel__plan__regisseur")
        .order_by("wanneer", "pk")
    )


def afspraken_verlopen(keuze, medewerker, params) -> Lijst:
    return Lijst(
        _("Afspraken over hun datum"),
        AFSPRAAK_KOLOMMEN,
        _afspraken(
            medewerker,
            achterstand.afspraak_verlopen(keuze.vandaag)
            & team_filter(keuze, cijfers.TEAM_VAN_AFSPRAAK),
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
            welke
            & cijfers.afspraken_in(keuze.periode)
            & team_filter(keuze, cijfers.TEAM_VAN_AFSPRAAK),
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
            Cel(datum_tekst(e.gehouden_op)),
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
    q = cijfers.evaluaties_in(keuze.periode) & team_filter(keuze, cijfers.TEAM_VAN_EVALUATIE)
    if params.get("cijfer") == "ja":
        q &= Q(klantbeoordelingscijfer__isnull=False)
    return Lijst(
        _("Evaluaties in %(periode)s") % {"periode": keuze.periode.label},
        EVALUATIE_KOLOMMEN,
        Evaluatie.objects.filter(q, plan__huishouden__in=zichtbaar(medewerker))
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
        .filter(domein=domein, evaluatie__plan__huishouden__in=zichtbaar(medewerker))
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
                Cel(datum_tekst(s.evaluatie.gehouden_op)),
                Cel(s.begin),
                Cel(s.score),
            ],
        ),
    )


def afgesloten(keuze, medewerker, params) -> Lijst:
    q = cijfers.afgesloten_in(keuze.periode) & team_filter(keuze, cijfers.TEAM_VAN_PLAN)
    titel = _("Plannen afgesloten in %(periode)s")
    if params.get("bereikt") == "ja":
        q &= cijfers.DOELEN_BEREIKT
        titel = _("Plannen afgesloten in %(periode)s met de doelen bereikt")
    return Lijst(
        titel % {"periode": keuze.periode.label},
        [_("Huishouden"), _("Afgesloten op"), _("Reden"), _("Regisseur")],
        zichtbare_plannen(medewerker, q),
        lambda p: Rij(
            p.huishouden_id,
            [
                Cel(p.huishouden.kort_adres, link=reverse("plannen:plan", args=[p.pk])),
                Cel(moment_tekst(p.closed_at)),
                Cel(p.get_reden_afsluiting_display()),
                Cel(str(p.regisseur)),
            ],
        ),
    )
