"""The rows the figures count, made with the ORM: meldingen, plans, conversations,
evaluations and afspraken, with their moments exactly as given."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from huishoudens.models import Melding
from plannen.models import Afspraak, Doel, Evaluatie, EvaluatieZrm, Plan, ZrmScore
from tests.factories import (
    BetrokkeneFactory,
    GesprekFactory,
    MeldingFactory,
    NetwerklidFactory,
    PersoonFactory,
    PlanFactory,
)

AMS = ZoneInfo("Europe/Amsterdam")


def om(jaar, maand, dag, uur=12, minuut=0) -> datetime:
    return datetime(jaar, maand, dag, uur, minuut, tzinfo=AMS)


def melding(huishouden, door, *, consulent=None, **velden) -> Melding:
    """A melding with its status, dates and `deadline` exactly as given (the factory's own
    deadline is overwritten; None unless given)."""
    m = MeldingFactory(huishouden=huishouden, created_by=door, consulent=consulent)
    velden.setdefault("deadline", None)
    Melding.objects.filter(pk=m.pk).update(**velden)
    m.refresh_from_db()
    return m


def plan(huishouden, regisseur, status=Plan.Status.CONCEPT, **velden) -> Plan:
    if status in (Plan.Status.VASTGESTELD, Plan.Status.IN_EVALUATIE):
        velden = {
            "akkoord_op": date(2026, 1, 5),
            "akkoord_wijze": Plan.AkkoordWijze.MONDELING,
            "evaluatie_op": date(2026, 12, 1),
            **velden,
        }
    return PlanFactory(huishouden=huishouden, regisseur=regisseur, status=status, **velden)


def gesprek(huishouden, door, *, afgerond_op=None, zrm=None, **velden):
    """A keukentafelgesprek; final (held and finalised at `afgerond_op`) when that is given."""
    if afgerond_op is not None:
        velden = {
            "status": "definitief",
            "gehouden_op": afgerond_op.date(),
            "afgerond_op": afgerond_op,
            **velden,
        }
    g = GesprekFactory(melding=melding(huishouden, door), **velden)
    for domein, score in (zrm or {}).items():
        ZrmScore.objects.create(gesprek=g, domein=domein, score=score)
    return g


def evaluatie(plan, *, gehouden_op, vastgelegd_op=None, cijfer=None, zrm=None) -> Evaluatie:
    e = Evaluatie.objects.create(
        plan=plan,
        versie=1,
        gehouden_op=gehouden_op,
        klantbeoordelingscijfer=cijfer,
        besluit=Evaluatie.Besluit.AFSLUITEN,
        door=plan.regisseur,
    )
    if vastgelegd_op is not None:
        Evaluatie.objects.filter(pk=e.pk).update(created_at=vastgelegd_op)
    for domein, score in (zrm or {}).items():
        EvaluatieZrm.objects.create(evaluatie=e, domein=domein, score=score)
    return e


def afspraak(plan, uitvoerder, *, voorzieningen=None, gemaakt_op=None, wanneer=None):
    """An afspraak with the right kind of 'who' for its uitvoerder (its rung). The database
    only lets a concept plan's afspraken change: the plan is a concept while it is made,
    and gets its status back after, as if it had been agreed with it."""
    huishouden = plan.huishouden
    rij = Plan.objects.filter(pk=plan.pk)
    status, closed_at = rij.values_list("status", "closed_at").get()
    rij.update(status=Plan.Status.CONCEPT, closed_at=None)
    wie = {}
    if uitvoerder == "eigen_kracht":
        wie["persoon"] = PersoonFactory(huishouden=huishouden)
    elif uitvoerder == "netwerk":
        wie["netwerklid"] = NetwerklidFactory(persoon=PersoonFactory(huishouden=huishouden))
    elif uitvoerder == "professional":
        wie["betrokkene"] = BetrokkeneFactory(huishouden=huishouden)
    else:
        wie["voorziening"] = voorzieningen[uitvoerder]
    if uitvoerder == "maatwerk":
        wie |= {
            "waarom_niet_eigen_kracht": "Kan niet meer tillen",
            "waarom_niet_netwerk": "Dochter woont ver weg",
            "waarom_niet_algemeen": "Geen algemene voorziening voor zwaar huishoudelijk werk",
        }
    doel = plan.doelen.first() or Doel.objects.create(plan=plan, omschrijving="Een schoon huis")
    a = Afspraak.objects.create(
        doel=doel,
        wat="Iets",
        uitvoerder=uitvoerder,
        wanneer=wanneer,
        created_by=plan.regisseur,
        **wie,
    )
    if gemaakt_op is not None:
        Afspraak.objects.filter(pk=a.pk).update(created_at=gemaakt_op)
    rij.update(status=status, closed_at=closed_at)
    return a
