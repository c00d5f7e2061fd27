"""Demo meldingen and keukentafelgesprekken, so that the wachtlijst, "mijn meldingen" and
the conversation pages have something to show. Dates are relative to the day the demo is
loaded (a wachtlijst of last year is no demo); every choice comes from the seeded random."""

import random
from datetime import timedelta

from django.utils import timezone

from huishoudens.klokken import eerste_deadline
from huishoudens.models import Huishouden, Melding
from plannen.models import Deelnemer, Keukentafelgesprek, ZrmDomein, ZrmScore
from sociaal.medewerkers.models import Medewerker
from sociaal.termijnen.models import Termijninstellingen
from sociaal.termijnen.regels import Wet

VRAGEN = [
    "Mijn moeder redt het niet meer alleen thuis; ze valt vaak en eet slecht.",
    "We hebben schulden en de post blijft liggen. We weten niet waar we moeten beginnen.",
    "Onze zoon van 14 gaat niet meer naar school en zit de hele dag op zijn kamer.",
    "Ik kan sinds mijn operatie niet meer zelf boodschappen doen of schoonmaken.",
    "Ik ben mijn baan kwijt en voel me erg eenzaam.",
    "De mantelzorg voor mijn man wordt me te zwaar.",
]
EIGEN_KRACHT = "Kookt nog zelf op goede dagen; regelt zelf de huisarts."
NETWERK = "Dochter komt twee keer per week; buurvrouw doet soms boodschappen."
ALGEMEEN = "Maaltijdservice en de boodschappendienst van de vrijwilligerscentrale besproken."
BATCH = 2000


def genereer_meldingen(rng: random.Random, per_team: dict[int, list[Medewerker]]) -> int:
    instellingen = Termijninstellingen.huidige()
    nu = timezone.now()
    consulent = Medewerker.objects.get(username="consulent")
    rijen = list(
        Huishouden.objects.order_by("pk").values_list("pk", "wijk__team_id", "personen__pk")
    )
    eerste_persoon: dict[int, tuple[int, int]] = {}
    for huishouden_id, team_id, persoon_id in rijen:
        if persoon_id is not None and huishouden_id not in eerste_persoon:
            eerste_persoon[huishouden_id] = (team_id, persoon_id)

    meldingen: list[Melding] = []
    for huishouden_id, (team_id, persoon_id) in eerste_persoon.items():
        kans = rng.random()
        if kans > 0.30:
            continue
        leden = per_team[team_id]
        afgerond = kans > 0.14  # about half: history, half: waiting now
        dagen = rng.randint(60, 400) if afgerond else rng.randint(0, 55)
        melding = Melding(
            huishouden_id=huishouden_id,
            persoon_id=persoon_id,
            ontvangen_op=nu - timedelta(days=dagen, hours=rng.randint(0, 8)),
            wet=rng.choices(list(Wet), weights=[60, 25, 15])[0],
            melder=rng.choice(Melding.Melder.values),
            vraag=rng.choice(VRAGEN),
            is_crisis=not afgerond and rng.random() < 0.04 and dagen < 2,
            created_by=rng.choice(leden),
        )
        if afgerond:
            melding.status = Melding.Status.AFGEROND
            melding.consulent = rng.choice(leden)
            melding.onderzoek_afgerond_op = melding.ontvangen_op + timedelta(
                days=rng.randint(7, 45)
            )
        else:
            melding.status = rng.choices(
                [Melding.Status.NIEUW, Melding.Status.TOEGEWEZEN, Melding.Status.IN_ONDERZOEK],
                weights=[40, 35, 25],
            )[0]
            if melding.status != Melding.Status.NIEUW:
                melding.consulent = (
                    consulent if consulent in leden and rng.random() < 0.4 else rng.choice(leden)
                )
        melding.deadline = eerste_deadline(melding, instellingen=instellingen, nu=nu)
        meldingen.append(melding)
    Melding.objects.bulk_create(meldingen, batch_size=BATCH)
    _gesprekken(
        rng,
        [
            m
            for m in meldingen
            if m.status in (Melding.Status.AFGEROND, Melding.Status.IN_ONDERZOEK)
        ],
    )
    return len(meldingen)


def _gesprekken(rng: random.Random, meldingen: list[Melding]) -> None:
    gesprekken = []
    for m in meldingen:
        g = Keukentafelgesprek(
            melding_id=m.pk,
            huishouden_id=m.huishouden_id,
            gepland_op=m.ontvangen_op + timedelta(days=rng.randint(3, 20)),
            created_by_id=m.consulent_id,
            bijgewerkt_door_id=m.consulent_id,
            vraag_inwoner=m.vraag,
        )
        if m.status == Melding.Status.AFGEROND:
            # Held a few days before the verslag was final, never before the melding.
            g.gepland_op = max(
                m.ontvangen_op, m.onderzoek_afgerond_op - timedelta(days=rng.randint(0, 5))
            )
            g.status = Keukentafelgesprek.Status.DEFINITIEF
            g.gehouden_op = timezone.localtime(g.gepland_op).date()
            g.afgerond_op = m.onderzoek_afgerond_op
            g.afgerond_door_id = m.consulent_id
            g.eigen_kracht, g.netwerk, g.algemene_voorzieningen = EIGEN_KRACHT, NETWERK, ALGEMEEN
            g.maatwerk_nodig = rng.random() < 0.35
            g.beoogd_resultaat = (
                "Zelfstandig thuis wonen met een schoon huis." if g.maatwerk_nodig else ""
            )
            g.clientondersteuning_aangeboden = True
        gesprekken.append(g)
    Keukentafelgesprek.objects.bulk_create(gesprekken, batch_size=BATCH)
    persoon_van = {m.pk: m.persoon_id for m in meldingen}
    scores, deelnemers = [], []
    for g in gesprekken:
        deelnemers.append(Deelnemer(gesprek_id=g.pk, persoon_id=persoon_van[g.melding_id]))
        if g.status != Keukentafelgesprek.Status.DEFINITIEF:
            continue
        for domein in rng.sample(list(ZrmDomein), k=rng.randint(3, 6)):
            scores.append(ZrmScore(gesprek_id=g.pk, domein=domein, score=rng.randint(1, 4)))
    Deelnemer.objects.bulk_create(deelnemers, batch_size=BATCH)
    ZrmScore.objects.bulk_create(scores, batch_size=BATCH)
