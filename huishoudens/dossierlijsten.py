"""What a household's dossier page shows besides the household itself, read in the
statement that reads the household (sociaal.jsonrijen): the page costs one statement,
whatever the household holds. The statement, access policy included, is built and
compiled once per shape of the policy and then only run (sociaal.voorbereid, ADR 0015).

`lezen()` returns the household with, set on it: `bewoners` (oldest first, each with
`netwerkleden`, mantelzorgers first), `professionals` (the betrokkenen, with the medewerker
where one is linked), `meldingen_nieuwste_eerst` (with the person and the consulent),
`open_plan` (with its regisseur, or None) and `doorbraak_tot` (until when the medewerker
has access with a reason, for the banner). On SQLite (the embedded demo), which has no
jsonb, the ORM reads the same in a few more queries (`_met_orm`)."""

from django.db import DEFAULT_DB_ALIAS, connection
from django.db.models import OuterRef, Prefetch, Subquery
from django.utils import timezone

from plannen.models import Plan
from sociaal.doorbraak.models import Doorbraak
from sociaal.jsonrijen import Subselect, model, modellen
from sociaal.medewerkers.models import Medewerker, Team, Wijk
from sociaal.voorbereid import Vast, voorbereid
from sociaal.zichtbaarheid import huishouden_voorwaarde, vorm_van_beleid, zichtbare_huishoudens

from .models import Betrokkene, Huishouden, Melding, Netwerklid, Persoon

# What a medewerker's name (Medewerker.__str__) needs; not the rest of the account.
_MEDEWERKER = (
    "SELECT jsonb_build_object('id', m.id, 'username', m.username,"
    " 'first_name', m.first_name, 'last_name', m.last_name)"
    " FROM medewerkers_medewerker m WHERE m.id = {kolom}"
)

_BEWONERS = """
SELECT coalesce(jsonb_agg(to_jsonb(p) || jsonb_build_object('netwerk', (
    SELECT coalesce(jsonb_agg(to_jsonb(n) ORDER BY n.is_mantelzorger DESC, n.naam, n.id), '[]')
    FROM huishoudens_netwerklid n WHERE n.persoon_id = p.id
)) ORDER BY p.geboortedatum, p.id), '[]')
FROM huishoudens_persoon p WHERE p.huishouden_id = {sleutel}
"""

_PROFESSIONALS = f"""
SELECT coalesce(jsonb_agg(to_jsonb(b) || jsonb_build_object(
    'medewerker', ({_MEDEWERKER.format(kolom="b.medewerker_id")})
) ORDER BY b.soort, b.organisatie, b.id), '[]')
FROM huishoudens_betrokkene b WHERE b.huishouden_id = {{sleutel}}
"""

_MELDINGEN = f"""
SELECT coalesce(jsonb_agg(to_jsonb(x) || jsonb_build_object(
    'persoon', (SELECT to_jsonb(p) FROM huishoudens_persoon p WHERE p.id = x.persoon_id),
    'consulent', ({_MEDEWERKER.format(kolom="x.consulent_id")})
) ORDER BY x.ontvangen_op DESC, x.id DESC), '[]')
FROM huishoudens_melding x WHERE x.huishouden_id = {{sleutel}}
"""

# At most one plan of a household is open (a partial unique constraint).
_OPEN_PLAN = f"""
SELECT to_jsonb(p) || jsonb_build_object(
    'regisseur', ({_MEDEWERKER.format(kolom="p.regisseur_id")})
)
FROM plannen_plan p
WHERE p.huishouden_id = {{sleutel}} AND p.status <> '{Plan.Status.AFGESLOTEN.value}'
"""

_WIJK = """
SELECT to_jsonb(w) || jsonb_build_object(
    'team', (SELECT to_jsonb(t) FROM medewerkers_team t WHERE t.id = w.team_id)
)
FROM medewerkers_wijk w WHERE w.id = {sleutel}
"""

_VELDEN = [f.attname for f in Huishouden._meta.concrete_fields]
_LIJSTEN = ("bewoners_json", "professionals_json", "meldingen_json", "open_plan_json")


def _doorbraak_tot(wie, nu) -> Subquery:
    """Until when `wie` has access with a reason (break the glass), for the banner."""
    return Subquery(
        Doorbraak.objects.geldig(nu)
        .filter(huishouden=OuterRef("pk"), medewerker=wie)
        .order_by("-tot")
        .values("tot")[:1]
    )


@voorbereid(op_de_server=True)
def _statement(*, beleid: Medewerker, pk, wie, nu):
    return (
        Huishouden.objects.filter(pk=pk)
        .filter(huishouden_voorwaarde(beleid, wie=wie, nu=nu))
        .annotate(
            bewoners_json=Subselect(_BEWONERS),
            professionals_json=Subselect(_PROFESSIONALS),
            meldingen_json=Subselect(_MELDINGEN),
            open_plan_json=Subselect(_OPEN_PLAN),
            wijk_json=Subselect(_WIJK, sleutel="wijk_id"),
            doorbraak_tot=_doorbraak_tot(wie, nu),
        )
        .values(*_VELDEN, *_LIJSTEN, "wijk_json", "doorbraak_tot")
        .order_by()  # one row at most: no sorting
    )


def lezen(*, medewerker: Medewerker, pk: int) -> Huishouden | None:
    """Household `pk` for its dossier page, or None when `medewerker` may not see it (or it
    does not exist: the two are not told apart)."""
    if connection.vendor != "postgresql":
        return _met_orm(medewerker=medewerker, pk=pk)
    rijen = _statement(
        beleid=Vast(medewerker, vorm_van_beleid(medewerker)),
        pk=pk,
        wie=medewerker,
        nu=timezone.now(),
    )
    return uitpakken(rijen[0]) if rijen else None


def uitpakken(rij: dict) -> Huishouden:
    """The household from the statement's row, with what its page shows set on it."""
    huishouden = Huishouden.from_db(DEFAULT_DB_ALIAS, _VELDEN, [rij[v] for v in _VELDEN])
    huishouden.wijk = wijk = model(Wijk, rij["wijk_json"])
    wijk.team = model(Team, rij["wijk_json"]["team"])
    huishouden.doorbraak_tot = rij["doorbraak_tot"]
    huishouden.bewoners = []
    for r in rij["bewoners_json"]:
        persoon = model(Persoon, r)
        persoon.netwerkleden = modellen(Netwerklid, r["netwerk"])
        huishouden.bewoners.append(persoon)
    huishouden.professionals = []
    for r in rij["professionals_json"]:
        betrokkene = model(Betrokkene, r)
        betrokkene.medewerker = model(Medewerker, r["medewerker"])
        huishouden.professionals.append(betrokkene)
    huishouden.meldingen_nieuwste_eerst = []
    for r in rij["meldingen_json"]:
        melding = model(Melding, r)
        melding.persoon = model(Persoon, r["persoon"])
        melding.consulent = model(Medewerker, r["consulent"])
        huishouden.meldingen_nieuwste_eerst.append(melding)
    huishouden.open_plan = plan = model(Plan, rij["open_plan_json"])
    if plan is not None:
        plan.regisseur = model(Medewerker, rij["open_plan_json"]["regisseur"])
    return huishouden


def _met_orm(*, medewerker: Medewerker, pk: int) -> Huishouden | None:
    """The same as the statement, through the ORM: for SQLite, and the statement's tests."""
    huishouden = (
        zichtbare_huishoudens(medewerker)
        .select_related("wijk__team")
        .annotate(doorbraak_tot=_doorbraak_tot(medewerker, timezone.now()))
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
        )
        .filter(pk=pk)
        .first()
    )
    if huishouden is not None:
        huishouden.open_plan = (
            Plan.objects.open().select_related("regisseur").filter(huishouden=huishouden).first()
        )
    return huishouden
