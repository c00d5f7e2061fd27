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


HISTORIE = ([0, 1, 2, 3, 4, 5], [10, 20, 22, 20, 15, 13])  # earlier meldingen, 2.5 on average
GESPREKKEN = ([1, 2, 3], [35, 35, 30])  # conversations in one onderzoek, ~2 on average
OPEN = 0.10  # share of households with a melding waiting or in onderzoek now


def genereer_meldingen(rng: random.Random, per_team: dict[int, list[Medewerker]]) -> int:
    """Per household the meldingen of earlier years (afgerond, each with one to three
    keukentafelgesprekken) and, for one in ten, a melding that waits or is in onderzoek."""
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

    huishoudens = list(eerste_persoon.items())
    totaal = 0
    for i in range(0, len(huishoudens), BATCH):
        meldingen: list[Melding] = []
        for huishouden_id, (team_id, persoon_id) in huishoudens[i : i + BATCH]:
            leden = per_team[team_id]
            for _ in range(rng.choices(*HISTORIE)[0]):
                meldingen.append(
                    _melding(rng, huishouden_id, persoon_id, leden, nu, rng.randint(60, 1800))
                )
            if rng.random() < OPEN:
                melding = _melding(rng, huishouden_id, persoon_id, leden, nu, rng.randint(0, 55))
                melding.status = rng.choices(
                    [Melding.Status.NIEUW, Melding.Status.TOEGEWEZEN, Melding.Status.IN_ONDERZOEK],
                    weights=[40, 35, 25],
                )[0]
                if melding.status != Melding.Status.NIEUW:
                    melding.consulent = (
                        consulent
                        if consulent in leden and rng.random() < 0.4
                        else rng.choice(leden)
                    )
                melding.is_crisis = rng.random() < 0.04 and nu - melding.ontvangen_op < timedelta(
                    days=2
                )
                meldingen.append(melding)
        for melding in meldingen:
            if melding.status == Melding.Status.AFGEROND:
                melding.onderzoek_afgerond_op = melding.ontvangen_op + timedelta(
                    days=rng.randint(7, 45)
                )
            melding.deadline = eerste_deadline(melding, instellingen=instellingen, nu=nu)
        Melding.objects.bulk_create(meldingen, batch_size=BATCH)
        _gesprekken(
            rng,
            [
                m
                for m in meldingen
                if m.status in (Melding.Status.AFGEROND, Melding.Status.IN_ONDERZOEK)
            ],
        )
        totaal += len(meldingen)
    return totaal


def _melding(rng, huishouden_id, persoon_id, leden, nu, dagen) -> Melding:
    """An afgerond melding received `dagen` ago (the caller makes open ones of it)."""
    return Melding(
        huishouden_id=huishouden_id,
        persoon_id=persoon_id,
        ontvangen_op=nu - timedelta(days=dagen, hours=rng.randint(0, 8)),
        wet=rng.choices(list(Wet), weights=[60, 25, 15])[0],
        melder=rng.choice(Melding.Melder.values),
        vraag=rng.choice(VRAGEN),
        created_by=rng.choice(leden),
        status=Melding.Status.AFGEROND,
        consulent=rng.choice(leden),
    )


def _gesprekken(rng: random.Random, meldingen: list[Melding]) -> None:
    """An onderzoek in progress has its conversation planned (concept); a finished one had
    one to three, the last of which scored the ZRM domains."""
    gesprekken = []
    for m in meldingen:
        if m.status != Melding.Status.AFGEROND:
            gesprekken.append(
                Keukentafelgesprek(
                    melding_id=m.pk,
                    huishouden_id=m.huishouden_id,
                    gepland_op=m.ontvangen_op + timedelta(days=rng.randint(3, 20)),
                    created_by_id=m.consulent_id,
                    bijgewerkt_door_id=m.consulent_id,
                    vraag_inwoner=m.vraag,
                )
            )
            continue
        aantal = rng.choices(*GESPREKKEN)[0]
        duur = m.onderzoek_afgerond_op - m.ontvangen_op
        for n in range(aantal, 0, -1):
            # Spread over the onderzoek, the last a few days before the verslag was final.
            gehouden = m.onderzoek_afgerond_op - duur * (n - 1) / aantal
            gehouden -= timedelta(days=rng.randint(0, 5)) if n == 1 else timedelta(0)
            gehouden = max(m.ontvangen_op, gehouden)
            g = Keukentafelgesprek(
                melding_id=m.pk,
                huishouden_id=m.huishouden_id,
                gepland_op=gehouden,
                created_by_id=m.consulent_id,
                bijgewerkt_door_id=m.consulent_id,
                vraag_inwoner=m.vraag,
                status=Keukentafelgesprek.Status.DEFINITIEF,
                gehouden_op=timezone.localtime(gehouden).date(),
                afgerond_op=m.onderzoek_afgerond_op if n == 1 else gehouden,
                afgerond_door_id=m.consulent_id,
                eigen_kracht=EIGEN_KRACHT,
                netwerk=NETWERK,
                algemene_voorzieningen=ALGEMEEN,
                clientondersteuning_aangeboden=True,
            )
            g.is_laatste = n == 1
            if g.is_laatste:
                g.maatwerk_nodig = rng.random() < 0.35
                g.beoogd_resultaat = (
                    "Zelfstandig thuis wonen met een schoon huis." if g.maatwerk_nodig else ""
                )
            gesprekken.append(g)
    Keukentafelgesprek.objects.bulk_create(gesprekken, batch_size=BATCH)
    persoon_van = {m.pk: m.persoon_id for m in meldingen}
    scores, deelnemers = [], []
    for g in gesprekken:
        deelnemers.append(Deelnemer(gesprek_id=g.pk, persoon_id=persoon_van[g.melding_id]))
        if not getattr(g, "is_laatste", False):
            continue
        for domein in rng.sample(list(ZrmDomein), k=rng.randint(3, 6)):
            scores.append(ZrmScore(gesprek_id=g.pk, domein=domein, score=rng.randint(1, 4)))
    Deelnemer.objects.bulk_create(deelnemers, batch_size=BATCH)
    ZrmScore.objects.bulk_create(scores, batch_size=BATCH)
