"""Builds a demo municipality: teams, wijken, medewerkers, households of realistic shapes,
their network and betrokkenen, and plans with regisseurs — the open plan and the closed
plans of earlier years. Deterministic for a seed, and bulk-inserted in batches so that it
scales to the benchmark's municipality (`--households 150000`: 250,000 persons, 150,000
plans of which ~70,000 open, 30 teams of 6 to 14 medewerkers, 300 in all)."""

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from huishoudens.models import Betrokkene, Huishouden, Melding, Netwerklid, Persoon
from huishoudens.validators import is_geldig_bsn
from plannen.models import Afspraak, Keukentafelgesprek, Plan, RegisseurOverdracht
from sociaal.herinneringen.models import Herinnering
from sociaal.medewerkers.models import Medewerker, Wijk
from voorzieningen.models import Voorziening

from . import namen, organisatie
from .herinneringen import genereer_historie
from .kaart import genereer_kaart
from .meldingen import genereer_meldingen
from .plannen import genereer_plannen, genereer_resultaten

VANDAAG = date(2026, 11, 1)  # fixed, so that ages are the same on every run
BATCH = 2000
# The shapes the wijkteams meet, 1.67 residents per household on average.
VORMEN = {
    "alleenstaande_oudere": 30,
    "alleenstaande": 28,
    "schulden": 12,
    "jongvolwassene": 10,
    "eenoudergezin": 10,
    "gezin": 10,
}
OPEN_PLAN = 0.467  # share of households with an open plan (70,000 of 150,000)
GESLOTEN_PLANNEN = ([0, 1, 2, 3], [58, 33, 7, 2])  # closed plans of earlier years
REDENEN_OVERDRACHT = [
    "Verhuizing naar een andere wijk",
    "Langdurig verlof van de vorige regisseur",
    "Specialistische kennis van schulden nodig",
    "Herverdeling van de caseload",
]


def elfproef_bsns():
    """Test BSNs from the 999-range (never issued to real people), in a fixed order."""
    for prefix in range(99900000, 100000000):
        for last in range(10):
            candidate = f"{prefix}{last}"
            if is_geldig_bsn(candidate):
                yield candidate
                break


@dataclass
class Generator:
    households: int
    seed: int
    rng: random.Random = field(init=False)
    bsns: object = field(init=False)

    def __post_init__(self):
        self.rng = random.Random(self.seed)
        self.bsns = elfproef_bsns()

    # --- households ---------------------------------------------------------------------
    def _persoon(self, huishouden_id, rol, leeftijd, achternaam, vrouw=None) -> Persoon:
        vrouw = self.rng.random() < 0.5 if vrouw is None else vrouw
        tussen, achter = achternaam
        geboren = VANDAAG - timedelta(days=int(leeftijd * 365.25) + self.rng.randrange(365))
        # The 999-range holds about 91,000 valid test BSNs; a quarter of the residents get
        # one (enough for the benchmark's 250,000), the rest none (once it runs out, none).
        bsn = next(self.bsns, None) if self.rng.random() < 0.25 else None
        voornaam = self.rng.choice(namen.VOORNAMEN_VROUW if vrouw else namen.VOORNAMEN_MAN)
        return Persoon(
            huishouden_id=huishouden_id,
            voornamen=voornaam,
            tussenvoegsel=tussen,
            achternaam=achter,
            geboortedatum=geboren,
            bsn=bsn,
            rol=rol,
            telefoon=f"06-{self.rng.randrange(10000000, 99999999)}" if leeftijd >= 16 else "",
        )

    def _bewoners(self, huishouden_id: int) -> tuple[str, list[Persoon]]:
        """One of the shapes the wijkteams meet every week."""
        r = self.rng
        naam = r.choice(namen.ACHTERNAMEN)
        vorm = r.choices(list(VORMEN), weights=list(VORMEN.values()))[0]
        if vorm == "alleenstaande_oudere":
            return vorm, [self._persoon(huishouden_id, "hoofdbewoner", r.randint(72, 94), naam)]
        if vorm == "alleenstaande":
            return vorm, [self._persoon(huishouden_id, "hoofdbewoner", r.randint(24, 66), naam)]
        if vorm == "jongvolwassene":
            return vorm, [self._persoon(huishouden_id, "hoofdbewoner", r.randint(18, 23), naam)]
        if vorm == "eenoudergezin":
            ouder = self._persoon(huishouden_id, "hoofdbewoner", r.randint(26, 45), naam, True)
            kinderen = [
                self._persoon(huishouden_id, "kind", r.randint(1, 16), naam)
                for _ in range(r.randint(1, 3))
            ]
            return vorm, [ouder, *kinderen]
        ouders = [
            self._persoon(huishouden_id, "hoofdbewoner", r.randint(28, 55), naam, False),
            self._persoon(huishouden_id, "partner", r.randint(26, 55), naam, True),
        ]
        if vorm == "schulden":
            return vorm, ouders
        kinderen = [
            self._persoon(huishouden_id, "kind", r.randint(0, 17), naam)
            for _ in range(r.randint(1, 4))
        ]
        return vorm, ouders + kinderen

    def _netwerk(self, vorm: str, hoofd: Persoon) -> list[Netwerklid]:
        r = self.rng
        leden = []
        if vorm == "alleenstaande_oudere":
            kind = r.choice(namen.VOORNAMEN_VROUW + namen.VOORNAMEN_MAN)
            leden.append(
                Netwerklid(
                    persoon=hoofd,
                    naam=f"{kind} {hoofd.tussenvoegsel} {hoofd.achternaam}".replace("  ", " "),
                    relatie="familie",
                    is_mantelzorger=True,
                    belasting=r.choice(["gemiddeld", "zwaar", "overbelast"]),
                    telefoon=f"06-{r.randrange(10000000, 99999999)}",
                )
            )
        for _ in range(r.randint(0, 2)):
            tussen, achter = r.choice(namen.ACHTERNAMEN)
            voornaam = r.choice(namen.VOORNAMEN_VROUW + namen.VOORNAMEN_MAN)
            leden.append(
                Netwerklid(
                    persoon=hoofd,
                    naam=" ".join(p for p in (voornaam, tussen, achter) if p),
                    relatie=r.choice(namen.RELATIES_NETWERK),
                )
            )
        return leden

    def _betrokkenen(self, vorm: str, huishouden_id: int) -> list[Betrokkene]:
        r = self.rng
        soorten = ["huisarts"] if r.random() < 0.6 else []
        soorten += {
            "alleenstaande_oudere": ["zorgaanbieder"],
            "alleenstaande": ["schuldhulp"] if r.random() < 0.3 else [],
            "gezin": ["school"] if r.random() < 0.7 else [],
            "schulden": ["schuldhulp", "bewindvoerder"] if r.random() < 0.6 else ["schuldhulp"],
            "eenoudergezin": ["school", "jeugdhulp"] if r.random() < 0.4 else ["school"],
            "jongvolwassene": ["woningcorporatie"] if r.random() < 0.5 else [],
        }[vorm]
        return [
            Betrokkene(
                huishouden_id=huishouden_id, soort=s, organisatie=r.choice(namen.ORGANISATIES[s])
            )
            for s in soorten
        ]

    def _plannen(self, h, team_leden, regisseur_demo) -> list[tuple[Plan, Medewerker | None]]:
        """The closed plans of earlier years, and (for about half) the open plan; each with
        the medewerker it was handed over from, if any."""
        r = self.rng
        nu = timezone.now()
        plannen = []
        gesloten = r.choices(*GESLOTEN_PLANNEN)[0]
        sluitingen = sorted(
            nu - timedelta(days=r.randint(0, 1800), hours=r.randint(0, 8)) for _ in range(gesloten)
        )
        for ronde, sluit_op in enumerate(sluitingen):
            regisseur = r.choice(team_leden)
            plan = Plan(
                huishouden_id=h.pk,
                regisseur=regisseur,
                created_by=regisseur,
                created_at=sluit_op - timedelta(days=r.randint(90, 600)),
                reden_afsluiting=r.choices(
                    [
                        Plan.RedenAfsluiting.DOELEN_BEREIKT,
                        Plan.RedenAfsluiting.VERHUISD,
                        Plan.RedenAfsluiting.OP_VERZOEK,
                    ],
                    weights=[60, 20, 20],
                )[0],
            )
            # Made and filled as a concept, closed afterwards (a closed plan is frozen).
            plan.ronde, plan.sluit_op = ronde, sluit_op
            plannen.append((plan, None))
        if r.random() >= OPEN_PLAN:
            return plannen
        regisseur = r.choice(team_leden)
        if regisseur_demo in team_leden and r.random() < 0.35:
            regisseur = regisseur_demo
        plan = Plan(
            huishouden_id=h.pk,
            regisseur=regisseur,
            created_by=regisseur,
            created_at=nu - timedelta(days=r.randint(0, 700)),
        )
        plan.ronde, plan.sluit_op = len(sluitingen), None
        vorige = None
        if r.random() < 0.1:
            vorige = r.choice([m for m in team_leden if m.pk != regisseur.pk])
            plan.created_by = vorige  # started by the previous regisseur
        plannen.append((plan, vorige))
        return plannen

    def huishoudens(
        self, wijken: list[Wijk], per_team: dict[int, list[Medewerker]]
    ) -> list[tuple[Plan, Medewerker | None]]:
        """The households with their residents, network and betrokkenen; returns their
        plans, not yet saved (genereer_plannen saves and fills them)."""
        r = self.rng
        regisseur_demo = Medewerker.objects.get(username="regisseur")
        team_van_wijk = {w.pk: w.team_id for w in wijken}
        gewicht = [len(per_team[w.team_id]) for w in wijken]
        aangemaakt, plannen = 0, []
        while aangemaakt < self.households:
            n = min(BATCH, self.households - aangemaakt)
            batch = []
            for i in range(n):
                # The first households go round every wijk (a small demo has them all).
                if aangemaakt + i < len(wijken):
                    wijk_nummer = aangemaakt + i
                else:
                    wijk_nummer = r.choices(range(len(wijken)), weights=gewicht)[0]
                wijk = wijken[wijk_nummer]
                batch.append(
                    Huishouden(
                        straat=r.choice(namen.STRATEN),
                        huisnummer=r.randint(1, 180),
                        huisnummer_toevoeging=r.choice(["", "", "", "", "A", "B", "-2"]),
                        postcode=f"{1011 + wijk_nummer} {r.choice('ABCDEGHJKLMNPRTVWXZ')}"
                        f"{r.choice('ABCDEGHJKLMNPRTVWXZ')}",
                        woonplaats="Voorbeeldstad",
                        wijk_id=wijk.pk,
                    )
                )
            Huishouden.objects.bulk_create(batch)
            personen, vormen = [], []
            for h in batch:
                vorm, bewoners = self._bewoners(h.pk)
                personen += bewoners
                vormen.append((h, vorm, bewoners[0]))
            Persoon.objects.bulk_create(personen)
            netwerk, betrokkenen = [], []
            for h, vorm, hoofd in vormen:
                netwerk += self._netwerk(vorm, hoofd)
                betrokkenen += self._betrokkenen(vorm, h.pk)
                plannen += self._plannen(h, per_team[team_van_wijk[h.wijk_id]], regisseur_demo)
            Netwerklid.objects.bulk_create(netwerk)
            Betrokkene.objects.bulk_create(betrokkenen)
            aangemaakt += n
        return plannen

    def overdrachten(self, plannen: list[tuple[Plan, Medewerker | None]]) -> None:
        RegisseurOverdracht.objects.bulk_create(
            (
                RegisseurOverdracht(
                    plan_id=plan.pk,
                    van=vorige,
                    naar=plan.regisseur,
                    door=vorige,
                    reden=self.rng.choice(REDENEN_OVERDRACHT),
                )
                for plan, vorige in plannen
                if vorige is not None
            ),
            batch_size=BATCH,
        )


@transaction.atomic
def genereer(*, households: int, seed: int) -> dict:
    gen = Generator(households=households, seed=seed)
    teams = organisatie.teams(households)
    wijken = organisatie.wijken(teams)
    per_team = organisatie.medewerkers(gen.rng, teams)
    plannen = gen.huishoudens(wijken, per_team)
    organisatie.betrokken_collega(wijken)
    genereer_meldingen(gen.rng, per_team)
    genereer_kaart(wijken)
    genereer_plannen(gen.rng, [plan for plan, _ in plannen])
    gen.overdrachten(plannen)
    genereer_resultaten(gen.rng)
    genereer_historie(gen.rng)
    return {
        "teams": len(teams),
        "medewerkers": Medewerker.objects.count(),
        "huishoudens": Huishouden.objects.count(),
        "personen": Persoon.objects.count(),
        "plannen": Plan.objects.count(),
        "meldingen": Melding.objects.count(),
        "keukentafelgesprekken": Keukentafelgesprek.objects.count(),
        "voorzieningen": Voorziening.objects.count(),
        "afspraken": Afspraak.objects.count(),
        "herinneringen": Herinnering.objects.count(),
    }
