"""Building a team's work, as the dashboard shows it: plans with afspraken on every rung,
meldingen, conversations and evaluations, at moments around NU; and the right to export."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth.models import Permission

from huishoudens.models import Huishouden, Melding
from plannen.models import Afspraak, Doel, Evaluatie, EvaluatieZrm, Plan, ZrmScore
from tests.factories import (
    BetrokkeneFactory,
    GesprekFactory,
    HuishoudenFactory,
    MeldingFactory,
    NetwerklidFactory,
    PersoonFactory,
    PlanFactory,
)
from voorzieningen.models import Voorziening

AMS = ZoneInfo("Europe/Amsterdam")
NU = datetime(2026, 6, 15, 10, 30, tzinfo=AMS)  # mid-month, mid-quarter (2e kwartaal 2026)
VANDAAG = NU.date()


def _voorziening(soort: str) -> Voorziening:
    return Voorziening.objects.get_or_create(
        sleutel=f"test-{soort}", defaults={"naam": soort, "soort": soort, "aanbieder": "Gemeente"}
    )[0]


def _wie(huishouden: Huishouden, uitvoerder: str) -> dict:
    if uitvoerder == "eigen_kracht":
        return {"persoon": PersoonFactory(huishouden=huishouden)}
    if uitvoerder == "netwerk":
        return {"netwerklid": NetwerklidFactory(persoon=PersoonFactory(huishouden=huishouden))}
    if uitvoerder == "professional":
        return {"betrokkene": BetrokkeneFactory(huishouden=huishouden)}
    wie = {"voorziening": _voorziening(uitvoerder)}
    if uitvoerder == "maatwerk":
        wie |= {
            "waarom_niet_eigen_kracht": "Kan niet meer tillen",
            "waarom_niet_netwerk": "Dochter woont ver weg",
            "waarom_niet_algemeen": "Geen algemene voorziening voor zwaar werk",
        }
    return wie


def plan(huishouden, regisseur, status=Plan.Status.CONCEPT, *, afspraken=(), **velden) -> Plan:
    """A plan in `status`. Its afspraken — (uitvoerder, wanneer, gemaakt_op) — are made
    while it is a concept: the database refuses changes to an agreed plan's afspraken."""
    p = PlanFactory(huishouden=huishouden, regisseur=regisseur)
    if afspraken:
        doel = Doel.objects.create(plan=p, omschrijving="Weer zelf boodschappen doen")
        for uitvoerder, wanneer, gemaakt_op in afspraken:
            a = Afspraak.objects.create(
                doel=doel,
                wat=f"Afspraak ({uitvoerder})",
                uitvoerder=uitvoerder,
                wanneer=wanneer,
                created_by=regisseur,
                **_wie(huishouden, uitvoerder),
            )
            if gemaakt_op is not None:
                Afspraak.objects.filter(pk=a.pk).update(created_at=gemaakt_op)
    if status in (Plan.Status.VASTGESTELD, Plan.Status.IN_EVALUATIE):
        velden = {
            "akkoord_op": VANDAAG - timedelta(days=60),
            "akkoord_wijze": Plan.AkkoordWijze.MONDELING,
            "evaluatie_op": VANDAAG + timedelta(days=90),
            **velden,
        }
    if status == Plan.Status.AFGESLOTEN:
        velden.setdefault("closed_at", NU)
    Plan.objects.filter(pk=p.pk).update(status=status, **velden)
    p.refresh_from_db()
    return p


def melding(huishouden, *, consulent=None, wet="wmo", **velden) -> Melding:
    """A melding with status, dates and `deadline` exactly as given (None unless given)."""
    m = MeldingFactory(huishouden=huishouden, consulent=consulent, wet=wet)
    velden.setdefault("deadline", None)
    velden.setdefault("status", "toegewezen" if consulent else "nieuw")
    Melding.objects.filter(pk=m.pk).update(**velden)
    m.refresh_from_db()
    return m


def gesprek(huishouden, door, *, afgerond_op=NU, zrm=None):
    """A final keukentafelgesprek, held and finalised by `door`."""
    g = GesprekFactory(
        melding=melding(huishouden, status="afgerond"),
        status="definitief",
        gehouden_op=afgerond_op.date(),
        afgerond_op=afgerond_op,
        afgerond_door=door,
    )
    for domein, score in (zrm or {}).items():
        ZrmScore.objects.create(gesprek=g, domein=domein, score=score)
    return g


def evaluatie(p: Plan, *, cijfer=None, zrm=None) -> Evaluatie:
    e = Evaluatie.objects.create(
        plan=p,
        versie=1,
        gehouden_op=VANDAAG,
        klantbeoordelingscijfer=cijfer,
        besluit=Evaluatie.Besluit.AFSLUITEN,
        door=p.regisseur,
    )
    for domein, score in (zrm or {}).items():
        EvaluatieZrm.objects.create(evaluatie=e, domein=domein, score=score)
    return e


def werk_van(consulent, collega, wijk, *, vorig_kwartaal=NU - timedelta(days=90)) -> None:
    """A small but complete set of a team's work: every table of the dashboard has
    numbers, and the ladder has an earlier period too."""
    h = [HuishoudenFactory(wijk=wijk) for _ in range(8)]
    lang_geleden = NU - timedelta(days=40)
    # An agreed plan whose evaluation is overdue, with afspraken on every rung and beside
    # the ladder; one of them past its date, one made last quarter.
    plan(
        h[0],
        consulent,
        Plan.Status.VASTGESTELD,
        evaluatie_op=VANDAAG - timedelta(days=3),
        afspraken=[
            ("eigen_kracht", VANDAAG - timedelta(days=1), None),
            ("eigen_kracht", None, None),
            ("netwerk", None, None),
            ("algemeen", None, None),
            ("maatwerk", None, None),
            ("professional", None, None),
            ("netwerk", None, vorig_kwartaal),
        ],
    )
    melding(h[0], consulent=consulent)  # the regisseur's household: once in the caseload
    # Out for the resident's signature far too long.
    plan(h[1], collega, Plan.Status.TER_ONDERTEKENING, ter_ondertekening_op=lang_geleden)
    # The wachtlijst: one not yet assigned and past its term, one in onderzoek (Jeugdwet).
    melding(h[2], ontvangen_op=lang_geleden, deadline=NU - timedelta(days=2))
    melding(
        h[3],
        consulent=consulent,
        wet="jeugdwet",
        status="in_onderzoek",
        ontvangen_op=NU - timedelta(days=5),
        deadline=NU + timedelta(days=20),
    )
    # An aanvraag after the onderzoek, without a beschikking, past its term.
    melding(
        h[4],
        consulent=collega,
        status="afgerond",
        ontvangen_op=lang_geleden,
        onderzoek_afgerond_op=lang_geleden + timedelta(days=10),
        aanvraag_op=VANDAAG - timedelta(days=20),
        deadline=NU - timedelta(days=1),
    )
    # Results: two plans closed this quarter after an evaluation, one with the goals met;
    # the ZRM scored at the conversation and again at the evaluation.
    gesprek(h[5], consulent, afgerond_op=NU - timedelta(days=30), zrm={"financien": 2})
    gesloten = plan(
        h[5],
        consulent,
        Plan.Status.AFGESLOTEN,
        reden_afsluiting=Plan.RedenAfsluiting.DOELEN_BEREIKT,
    )
    evaluatie(gesloten, cijfer=8, zrm={"financien": 4})
    evaluatie(
        plan(h[6], collega, Plan.Status.AFGESLOTEN, reden_afsluiting=Plan.RedenAfsluiting.VERHUISD)
    )
    # Conversations this month, and a melding of the collega's without a plan.
    gesprek(h[7], consulent)
    melding(h[7], consulent=collega)


def mag_exporteren(medewerker) -> None:
    medewerker.user_permissions.add(
        Permission.objects.get(
            codename="dashboard_exporteren", content_type__app_label="medewerkers"
        )
    )
