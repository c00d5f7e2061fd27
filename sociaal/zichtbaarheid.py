"""The household access policy: which households a medewerker may see. The one place that
decides; every selector and service that reads or writes household data filters through
`zichtbare_huishoudens` (or `huishouden_voorwaarde`, `huishouden_bereik` for the lists).

- consulent: households in the wijken of their teams, plus those where they are regisseur
  of the open plan or registered as betrokkene;
- teamleider: the same, plus the households whose open plan has a member of their teams as
  regisseur (the team's caseload, wherever the household lives: they answer for it, and
  may hand it over within the team);
- functioneel beheerder: none — they manage users, teams and the catalogue, not dossiers;
- auditor: none — they read the audit log (who looked at what), not the dossiers;
- and, for a consulent or teamleider, a household outside all that for which they stated a
  reason ("break the glass", `sociaal.doorbraak.models.Doorbraak`), for a few hours.

Anything outside is answered as if it does not exist (404).

Its layer (docs/adr/0017-layers.md): above the domain, whose plans and betrokkenen it
reads, and below the features. The domain applies it in three places only, listed as the
contract's exceptions: `huishoudens.selectors`, `plannen.selectors` and the services'
check `huishoudens.services.dossier.controleer_toegang`. Which policy guards a *route* is
the route guard's business (`sociaal.toegang`), not this module's.
"""

from typing import Any, NamedTuple

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone

from huishoudens.models import Betrokkene, Huishouden
from plannen.models import Plan
from sociaal.doorbraak.models import Doorbraak
from sociaal.medewerkers.models import Medewerker, Rol, Team

# Who asks: `request.user`, which is a Medewerker once logged in.
Gebruiker = Medewerker | AbstractBaseUser | AnonymousUser

NIETS = Q(pk__in=[])


def _met_dossiers(medewerker: Gebruiker) -> Medewerker | None:
    """`medewerker` if they are an active consulent or teamleider; None for anyone else."""
    if (
        isinstance(medewerker, Medewerker)
        and medewerker.is_active
        and medewerker.werkt_met_dossiers
    ):
        return medewerker
    return None


def _eigen_teams(medewerker: Medewerker) -> QuerySet[Team, Any]:
    return Team.objects.filter(medewerkers=medewerker).values("pk")


def _betrokkenheden(
    medewerker: Medewerker, eigen_teams: QuerySet[Team, Any]
) -> list[QuerySet[Any]]:
    """What lets `medewerker` see a household outside the wijken of their teams: one
    queryset per reason, of rows that point at the household (`huishouden`)."""
    redenen: list[QuerySet[Any]] = [
        Plan.objects.open().filter(regisseur=medewerker),
        Betrokkene.objects.filter(medewerker=medewerker),
        # Break the glass: a household outside one's scope, for a few hours, with a reason.
        Doorbraak.objects.geldig(timezone.now()).filter(medewerker=medewerker),
    ]
    if medewerker.rol == Rol.TEAMLEIDER:
        redenen.append(Plan.objects.open().filter(regisseur__teams__in=eigen_teams))
    return redenen


def huishouden_voorwaarde(medewerker: Gebruiker) -> Q:
    """A filter on Huishouden for what `medewerker` may see."""
    met_dossiers = _met_dossiers(medewerker)
    if met_dossiers is None:
        return NIETS
    eigen_teams = _eigen_teams(met_dossiers)
    voorwaarde = Q(wijk__team__in=eigen_teams)
    for reden in _betrokkenheden(met_dossiers, eigen_teams):
        voorwaarde |= Q(Exists(reden.filter(huishouden=OuterRef("pk"))))
    return voorwaarde


def zichtbare_huishoudens(medewerker: Gebruiker) -> QuerySet[Huishouden]:
    """The households `medewerker` may see."""
    return Huishouden.objects.filter(huishouden_voorwaarde(medewerker))


def doorbraak_tot(medewerker: Medewerker) -> Subquery:
    """For an annotation on Huishouden: until when `medewerker` has access with a reason
    (break the glass) to the household, or NULL; the dossier shows it in a banner."""
    return Subquery(
        Doorbraak.objects.geldig(timezone.now())
        .filter(huishouden=OuterRef("pk"), medewerker=medewerker)
        .order_by("-tot")
        .values("tot")[:1]
    )


class Bereik(NamedTuple):
    """The same policy as `huishouden_voorwaarde`, in two filters on Huishouden that no
    household passes both of, for a list over many households: a UNION ALL of one query
    per filter lets each use its own index, where the one filter with OR makes the
    database test every household of the municipality."""

    eigen_wijken: Q  # the households in the wijken of one's teams: many
    overige: Q  # those outside them one sees for another reason (by id): few


def huishouden_bereik(medewerker: Gebruiker) -> Bereik | None:
    """What `medewerker` may see as a `Bereik`; None: nothing."""
    met_dossiers = _met_dossiers(medewerker)
    if met_dossiers is None:
        return None
    eigen_teams = _eigen_teams(met_dossiers)
    eigen_wijken = Q(wijk__team__in=eigen_teams)
    ids = [
        r.order_by().values("huishouden_id") for r in _betrokkenheden(met_dossiers, eigen_teams)
    ]
    return Bereik(eigen_wijken, Q(pk__in=ids[0].union(*ids[1:])) & ~eigen_wijken)
