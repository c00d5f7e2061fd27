"""What a household's dossier page shows besides the household itself, read in the
statement that reads the household (sociaal.jsonrijen): the page costs one statement,
whatever the household holds.

`annotaties()` go on the household's queryset; `uitpakken` then sets on the household:
`bewoners` (oldest first, each with `netwerkleden`, mantelzorgers first), `professionals`
(the betrokkenen, with the medewerker where one is linked), `meldingen_nieuwste_eerst`
(with the person and the consulent), `open_plan` (with its regisseur, or None) and
`doorbraak_tot` (until when the medewerker has access with a reason, for the banner)."""

from datetime import datetime

from django.db import models

from plannen.models import Plan
from sociaal.jsonrijen import Subselect, model, modellen
from sociaal.medewerkers.models import Medewerker

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

# Break the glass: valid as Doorbraak.objects.geldig(nu) says (begin <= nu < tot).
_DOORBRAAK_TOT = """
SELECT max(d.tot) FROM doorbraak_doorbraak d
WHERE d.huishouden_id = {sleutel} AND d.medewerker_id = %s AND d.begin <= %s AND d.tot > %s
"""


def annotaties(*, medewerker: Medewerker, nu: datetime) -> dict:
    return {
        "bewoners_json": Subselect(_BEWONERS),
        "professionals_json": Subselect(_PROFESSIONALS),
        "meldingen_json": Subselect(_MELDINGEN),
        "open_plan_json": Subselect(_OPEN_PLAN),
        "doorbraak_tot": Subselect(
            _DOORBRAAK_TOT, medewerker.pk, nu, nu, output_field=models.DateTimeField()
        ),
    }


def uitpakken(huishouden: Huishouden) -> Huishouden:
    huishouden.bewoners = []
    for rij in huishouden.bewoners_json:
        persoon = model(Persoon, rij)
        persoon.netwerkleden = modellen(Netwerklid, rij["netwerk"])
        huishouden.bewoners.append(persoon)
    huishouden.professionals = []
    for rij in huishouden.professionals_json:
        betrokkene = model(Betrokkene, rij)
        betrokkene.medewerker = model(Medewerker, rij["medewerker"])
        huishouden.professionals.append(betrokkene)
    huishouden.meldingen_nieuwste_eerst = []
    for rij in huishouden.meldingen_json:
        melding = model(Melding, rij)
        melding.persoon = model(Persoon, rij["persoon"])
        melding.consulent = model(Medewerker, rij["consulent"])
        huishouden.meldingen_nieuwste_eerst.append(melding)
    huishouden.open_plan = plan = model(Plan, huishouden.open_plan_json)
    if plan is not None:
        plan.regisseur = model(Medewerker, huishouden.open_plan_json["regisseur"])
    del (
        huishouden.bewoners_json,
        huishouden.professionals_json,
        huishouden.meldingen_json,
        huishouden.open_plan_json,
    )
    return huishouden
