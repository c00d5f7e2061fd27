"""The organisation of the demo municipality: its teams, the three wijken of each, the
medewerkers (the demo accounts among them) and one colleague of another team involved with
two households, which shows access through involvement."""

import random
from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Permission

from huishoudens.models import Betrokkene, Huishouden
from sociaal.medewerkers.models import Medewerker, Rol, Team, Wijk

from . import namen

DEMO_WACHTWOORD = "sociaal-demo"


@dataclass(frozen=True)
class DemoAccount:
    username: str
    naam: str
    rol: str
    team: str | None
    uitleg: str


DEMO_ACCOUNTS = [
    DemoAccount(
        "consulent",
        "Carla Consulent",
        Rol.CONSULENT,
        "Wijkteam Centrum",
        "consulent in Wijkteam Centrum",
    ),
    DemoAccount(
        "regisseur",
        "Rob Regisseur",
        Rol.CONSULENT,
        "Wijkteam Centrum",
        "consulent in Wijkteam Centrum, regisseur van een aantal plannen",
    ),
    DemoAccount(
        "teamleider",
        "Tamara Teamleider",
        Rol.TEAMLEIDER,
        "Wijkteam Centrum",
        "teamleider van Wijkteam Centrum",
    ),
    DemoAccount(
        "beheerder",
        "Bart Beheerder",
        Rol.BEHEERDER,
        None,
        "functioneel beheerder: medewerkers, teams, wijken (geen dossiers)",
    ),
    DemoAccount(
        "consulent-noord",
        "Nadia Noord",
        Rol.CONSULENT,
        "Wijkteam Noord",
        "consulent in Wijkteam Noord (ziet de huishoudens van Centrum niet)",
    ),
    DemoAccount(
        "auditor",
        "Anouk Auditor",
        Rol.AUDITOR,
        None,
        "auditor: het logboek en wie welk dossier inzag (geen dossiers)",
    ),
]
TEAM_NAMEN = ["Centrum", "Noord", "Zuid", "Oost", "West"]
# Team sizes vary around ten (Centrum, with the demo accounts, has ten); households are
# spread over the wijken in proportion, so a big team has a big area.
TEAMGROOTTES = [8, 12, 6, 14, 10]


def teams(households: int) -> list[Team]:
    count = max(3, min(30, households // 5000))
    names = [f"Wijkteam {n}" for n in TEAM_NAMEN]
    names += [f"Wijkteam {w}" for w in namen.WIJKEN if f"Wijkteam {w}" not in names]
    return Team.objects.bulk_create([Team(naam=n) for n in names[:count]])


def wijken(teams: list[Team]) -> list[Wijk]:
    """Three wijken per team: "Noord", "Noord-Oost", "Noord-West"."""
    drie = []
    for team in teams:
        basis = team.naam.removeprefix("Wijkteam ")
        drie += [Wijk(naam=n, team=team) for n in (basis, f"{basis}-Oost", f"{basis}-West")]
    return Wijk.objects.bulk_create(drie)


def medewerkers(rng: random.Random, teams: list[Team]) -> dict[int, list[Medewerker]]:
    """Demo accounts plus a teamleider and consulenten per team (about 10 per team)."""
    wachtwoord = make_password(DEMO_WACHTWOORD)
    per_team: dict[int, list[Medewerker]] = {t.pk: [] for t in teams}
    team_op_naam = {t.naam: t for t in teams}
    nieuw: list[tuple[Medewerker, Team | None]] = []
    for account in DEMO_ACCOUNTS:
        voornaam, achternaam = account.naam.split(" ", 1)
        m = Medewerker(
            username=account.username,
            first_name=voornaam,
            last_name=achternaam,
            rol=account.rol,
            password=wachtwoord,
            is_staff=account.rol == Rol.BEHEERDER,
            email=f"{account.username}@sociaal.example",
        )
        nieuw.append((m, team_op_naam.get(account.team)))
    for nummer, team in enumerate(teams):
        heeft_leider = team.naam == "Wijkteam Centrum"
        grootte = 7 if heeft_leider else TEAMGROOTTES[nummer % len(TEAMGROOTTES)]
        for i in range(grootte):
            rol = Rol.TEAMLEIDER if i == 0 and not heeft_leider else Rol.CONSULENT
            voornaam = rng.choice(namen.VOORNAMEN_VROUW + namen.VOORNAMEN_MAN)
            tussen, achter = rng.choice(namen.ACHTERNAMEN)
            slug = team.naam.removeprefix("Wijkteam ").lower().replace(" ", "-")
            m = Medewerker(
                username=f"{slug}-{i + 1}",
                first_name=voornaam,
                last_name=f"{tussen} {achter}".strip(),
                rol=rol,
                password=wachtwoord,
                email=f"{slug}-{i + 1}@sociaal.example",
            )
            nieuw.append((m, team))
    Medewerker.objects.bulk_create([m for m, _ in nieuw])
    Lidmaatschap = Medewerker.teams.through
    Lidmaatschap.objects.bulk_create(
        [Lidmaatschap(medewerker_id=m.pk, team_id=t.pk) for m, t in nieuw if t is not None]
    )
    for m, t in nieuw:
        if t is not None:
            per_team[t.pk].append(m)
    teamleiders = [m for m, _ in nieuw if m.rol == Rol.TEAMLEIDER]
    for app, codename in (
        ("medewerkers", "dashboard_exporteren"),
        ("huishoudens", "inzage_maken"),
    ):
        recht = Permission.objects.get(content_type__app_label=app, codename=codename)
        recht.user_set.add(*teamleiders)
    beheerder = next(m for m, _ in nieuw if m.rol == Rol.BEHEERDER)
    beheerder.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["medewerkers", "termijnen", "voorzieningen", "avg"]
        )
    )
    return per_team


def betrokken_collega(wijken: list[Wijk]) -> None:
    """Shows access through involvement: consulent-noord works with two Centrum
    households (schuldhulp), so sees those two and no other Centrum household."""
    noord = Medewerker.objects.get(username="consulent-noord")
    centrum = [w.pk for w in wijken if w.team.naam == "Wijkteam Centrum"]
    for h in Huishouden.objects.filter(wijk_id__in=centrum).order_by("pk")[:2]:
        Betrokkene.objects.create(
            huishouden=h,
            soort=Betrokkene.Soort.SCHULDHULP,
            medewerker=noord,
            organisatie="Schuldhulpverlening gemeente",
            contactpersoon=str(noord),
        )
