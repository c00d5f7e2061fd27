"""Reads of household data, always through the access policy (sociaal.zichtbaarheid)."""

from dataclasses import dataclass
from datetime import date
from functools import reduce
from operator import or_

from django.db.models import (
    Case,
    Exists,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)

from plannen.models import Keukentafelgesprek, Plan
from sociaal.medewerkers.models import Medewerker, Rol, Team, Wijk
from sociaal.zichtbaarheid import doorbraak_tot, huishouden_bereik, zichtbare_huishoudens

from .lijst import Huishoudenlijst
from .models import (
    Betrokkene,
    Huishouden,
    Melding,
    Netwerklid,
    Persoon,
    TermijnAanpassing,
    Terugbelmoment,
)


@dataclass(frozen=True)
class Zoekopdracht:
    """What a professional searched for. Never put in a URL: it holds personal data."""

    naam: str = ""
    geboortedatum: date | None = None
    postcode: str = ""
    # A BSN search, already resolved to the person(s) it belongs to (None: no BSN given).
    persoon_ids: tuple[int, ...] | None = None
    wijk_id: int | None = None

    @property
    def is_leeg(self) -> bool:
        return not (
            self.naam
            or self.geboortedatum
            or self.postcode
            or self.persoon_ids is not None
            or self.wijk_id
        )


def _open_plan_prefetch() -> "Prefetch[str]":  # quoted: generic only in django-stubs
    return Prefetch(
        "plannen",
        queryset=Plan.objects.open().select_related("regisseur"),
        to_attr="open_plannen",
    )


def _persoon_voorwaarden(zoek: Zoekopdracht) -> list[Q]:
    """The ways a person matches the search (names case-insensitively, by prefix), one
    filter each; empty when the search asks nothing of a person."""
    overig = Q()
    if zoek.geboortedatum:
        overig &= Q(geboortedatum=zoek.geboortedatum)
    if zoek.persoon_ids is not None:
        overig &= Q(pk__in=zoek.persoon_ids)
    if not zoek.naam:
        return [overig] if overig else []
    naam = " ".join(zoek.naam.split())
    namen = [Q(achternaam__istartswith=naam), Q(voornamen__istartswith=naam)]
    if " " in naam:  # "de Vries", "Jan Jansen"
        eerste, rest = naam.split(" ", 1)
        namen.append(Q(tussenvoegsel__iexact=eerste, achternaam__istartswith=rest))
        namen.append(Q(voornamen__istartswith=eerste, achternaam__istartswith=rest))
    return [q & overig for q in namen]


def huishoudens_voor_lijst(
    *, medewerker: Medewerker, zoek: Zoekopdracht | None = None
) -> Huishoudenlijst:
    """The households `medewerker` may see, filtered by a search, in list order, for the
    paginator: one branch per part of the access policy (huishoudens.lijst)."""
    bereik = huishouden_bereik(medewerker)
    if bereik is None:
        return Huishoudenlijst([], Huishouden.objects.none())
    adres, persoon = Q(), []
    if zoek is not None:
        if zoek.wijk_id:
            adres &= Q(wijk_id=zoek.wijk_id)
        if zoek.postcode:
            adres &= Q(postcode=zoek.postcode)
        persoon = _persoon_voorwaarden(zoek)
    veel = Huishouden.objects.filter(bereik.eigen_wijken, adres)
    weinig = Huishouden.objects.filter(bereik.overige, adres)
    if persoon:
        # The many households of one's wijken: those of the persons found through the name
        # prefix indexes (migration 0007), one SELECT per way to match, in a UNION. The few
        # others: each one's own persons (a UNION cannot be looked into row by row).
        gevonden = [Persoon.objects.filter(q).order_by().values("huishouden_id") for q in persoon]
        veel = veel.filter(pk__in=gevonden[0].union(*gevonden[1:]))
        weinig = weinig.filter(
            Exists(Persoon.objects.filter(reduce(or_, persoon), huishouden=OuterRef("pk")))
        )
    # A page's households by the ids the policy's own statement just gave.
    rijen = Huishouden.objects.select_related("wijk").prefetch_related(
        Prefetch(
            "personen",
            queryset=Persoon.objects.order_by("geboortedatum", "id"),
            to_attr="bewoners",
        ),
        _open_plan_prefetch(),
    )
    return Huishoudenlijst([veel, weinig], rijen)


def huishouden_voor_dossier(*, medewerker: Medewerker, pk: int) -> Huishouden | None:
    """One household with everything its dossier page shows, or None when `medewerker`
    may not see it (or it does not exist: the two are not told apart). Set on it:
    `bewoners` (oldest first, each with `netwerkleden`, mantelzorgers first),
    `professionals` (the betrokkenen, with their medewerker), `meldingen_nieuwste_eerst`
    (with the person and the consulent), `open_plannen` (at most one, with its regisseur)
    and `doorbraak_tot` (until when `medewerker` has access with a reason, for the banner).
    Six queries, whatever the household holds."""
    return (
        zichtbare_huishoudens(medewerker)
        .select_related("wijk__team")
        .annotate(doorbraak_tot=doorbraak_tot(medewerker))
        .prefetch_related(
            Prefetch(
                "personen",
                queryset=Persoon.objects.order_by("geboortedatum", "id").prefetch_related(
                    Prefetch(
                        "netwerk",
                        queryset=Netwerklid.objects.order_by("-is_mantelzorger", "naam", "id"),
                        to_attr="netwerkleden",
                    )
                ),
                to_attr="bewoners",
            ),
            Prefetch(
                "betrokkenen",
                queryset=Betrokkene.objects.select_related("medewerker").order_by(
                    "soort", "organisatie", "id"
                ),
                to_attr="professionals",
            ),
            Prefetch(
                "meldingen",
                queryset=Melding.objects.select_related("persoon", "consulent").order_by(
                    "-ontvangen_op", "-id"
                ),
                to_attr="meldingen_nieuwste_eerst",
            ),
            _open_plan_prefetch(),
        )
        .filter(pk=pk)
        .first()
    )


def buiten_bereik(*, medewerker: Medewerker, persoon_ids: tuple[int, ...]) -> QuerySet[Huishouden]:
    """The households of these persons that `medewerker` may not see (yet): what a BSN
    search found outside their scope, for which they may break the glass."""
    return (
        Huishouden.objects.filter(personen__in=persoon_ids)
        .exclude(pk__in=zichtbare_huishoudens(medewerker).values("pk"))
        .distinct()
    )


def huishouden_zichtbaar(*, medewerker: Medewerker, pk: int) -> Huishouden | None:
    """Just the household (for forms on it), or None when not visible."""
    return zichtbare_huishoudens(medewerker).select_related("wijk").filter(pk=pk).first()


def wijken_van(medewerker: Medewerker) -> QuerySet[Wijk]:
    """The wijken a medewerker registers households in: those of their teams."""
    return Wijk.objects.filter(team__medewerkers=medewerker).select_related("team").distinct()


def persoon_in_huishouden(*, huishouden: Huishouden, pk: int) -> Persoon | None:
    return huishouden.personen.filter(pk=pk).first()


def netwerklid_in_huishouden(*, huishouden: Huishouden, pk: int) -> Netwerklid | None:
    return (
        Netwerklid.objects.filter(persoon__huishouden=huishouden, pk=pk)
        .select_related("persoon")
        .first()
    )


def netwerk_van_huishouden(*, huishouden: Huishouden) -> QuerySet[Netwerklid]:
    return Netwerklid.objects.filter(persoon__huishouden=huishouden).select_related("persoon")


def betrokkene_in_huishouden(*, huishouden: Huishouden, pk: int) -> Betrokkene | None:
    return huishouden.betrokkenen.filter(pk=pk).first()


def mogelijke_dubbele_personen(
    *, voornamen: str, achternaam: str, geboortedatum: date, behalve: int | None = None
) -> QuerySet[Persoon]:
    """Persons anywhere with the same names and birth date (a likely duplicate). Callers
    say only that one exists, never where."""
    qs = Persoon.objects.filter(
        voornamen__iexact=voornamen.strip(),
        achternaam__iexact=achternaam.strip(),
        geboortedatum=geboortedatum,
    )
    return qs.exclude(pk=behalve) if behalve else qs


def personen_met_bsn(*, bsn: str, behalve: int | None = None) -> QuerySet[Persoon]:
    """Persons anywhere with this BSN (at most one). Not filtered by the access policy:
    used to refuse a second registration and to run a BSN search, both audited."""
    qs = Persoon.objects.filter(bsn=bsn)
    return qs.exclude(pk=behalve) if behalve else qs


# --- meldingen -------------------------------------------------------------------------

_CRISIS_LOOPT = Case(
    When(is_crisis=True, tijdelijke_voorziening_op__isnull=True, then=Value(0)),
    default=Value(1),
)


def _wachtlijst_volgorde(qs: QuerySet[Melding]) -> QuerySet[Melding]:
    """Running crises first, then by the first deadline; with the last call-back date."""
    laatste_contact = (
        Terugbelmoment.objects.filter(melding=OuterRef("pk")).order_by("-op").values("op")[:1]
    )
    return (
        qs.select_related("huishouden__wijk", "persoon", "consulent")
        .prefetch_related("aanpassingen")
        .annotate(laatste_contact=Subquery(laatste_contact))
        .order_by(_CRISIS_LOOPT, "deadline", "ontvangen_op", "id")
    )


def teams_van(medewerker: Medewerker) -> QuerySet[Team]:
    return Team.objects.filter(medewerkers=medewerker).order_by("naam")


def wachtlijst(
    *, medewerker: Medewerker, team: Team, wet: str = "", wijk_id: int | None = None
) -> QuerySet[Melding]:
    """The open meldingen of `team`'s households that `medewerker` may see: found from
    the team's wijken (the households by their wijk index, then their meldingen through
    the partial index of open ones), not by testing every household of the city."""
    huishoudens = zichtbare_huishoudens(medewerker).filter(
        wijk__in=team.wijken.filter(pk=wijk_id) if wijk_id else team.wijken.all()
    )
    qs = Melding.objects.open().filter(huishouden__in=huishoudens)
    if wet:
        qs = qs.filter(wet=wet)
    return _wachtlijst_volgorde(qs)


def melding_voor_rij(*, medewerker: Medewerker, pk: int) -> Melding | None:
    """One melding as a wachtlijst row shows it."""
    return (
        _wachtlijst_volgorde(
            Melding.objects.filter(huishouden__in=zichtbare_huishoudens(medewerker))
        )
        .filter(pk=pk)
        .first()
    )


def mijn_meldingen(*, medewerker: Medewerker) -> QuerySet[Melding]:
    """Open meldingen assigned to me, and those whose beschikking clock still runs."""
    return _wachtlijst_volgorde(
        Melding.objects.filter(
            Q(status__in=Melding.OPEN_STATUSSEN) | Q(deadline__isnull=False),
            consulent=medewerker,
            huishouden__in=zichtbare_huishoudens(medewerker),
        )
    )


def melding_voor_pagina(*, medewerker: Medewerker, pk: int) -> Melding | None:
    return (
        Melding.objects.filter(huishouden__in=zichtbare_huishoudens(medewerker))
        .select_related("huishouden__wijk__team", "persoon", "consulent", "created_by")
        .prefetch_related(
            Prefetch("aanpassingen", queryset=TermijnAanpassing.objects.select_related("door")),
            Prefetch("terugbelmomenten", queryset=Terugbelmoment.objects.select_related("door")),
            Prefetch("gesprekken", queryset=Keukentafelgesprek.objects.order_by("-gepland_op")),
        )
        .filter(pk=pk)
        .first()
    )


def toewijsbare_consulenten(*, team: Team) -> QuerySet[Medewerker]:
    return (
        Medewerker.objects.filter(
            teams=team, is_active=True, rol__in=[Rol.CONSULENT, Rol.TEAMLEIDER]
        )
        .distinct()
        .order_by("first_name", "last_name", "username")
    )
