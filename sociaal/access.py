"""The access policy: which households a medewerker may see. The one place that decides;
every selector that reads household data filters through `zichtbare_huishoudens`.

- consulent: households in the wijken of their teams, plus those where they are regisseur
  of the open plan or registered as betrokkene;
- teamleider: the same, plus the households whose open plan has a member of their teams as
  regisseur (the team's caseload, wherever the household lives: they answer for it, and
  may hand it over within the team);
- functioneel beheerder: none — they manage users, teams and the catalogue, not dossiers.

Anything outside is answered as if it does not exist (404).
"""

from django.db.models import Exists, OuterRef, Q

from sociaal.medewerkers.models import Medewerker, Rol, Team

NIETS = Q(pk__in=[])


def huishouden_voorwaarde(medewerker: Medewerker) -> Q:
    """A filter on Huishouden for what `medewerker` may see."""
    from huishoudens.models import Betrokkene
    from plannen.models import Plan

    if not medewerker.is_authenticated or not medewerker.is_active:
        return NIETS
    if medewerker.rol not in (Rol.CONSULENT, Rol.TEAMLEIDER):
        return NIETS
    eigen_teams = Team.objects.filter(medewerkers=medewerker).values("pk")
    is_regisseur = Exists(
        Plan.objects.open().filter(huishouden=OuterRef("pk"), regisseur=medewerker)
    )
    is_betrokken = Exists(
        Betrokkene.objects.filter(huishouden=OuterRef("pk"), medewerker=medewerker)
    )
    voorwaarde = Q(wijk__team__in=eigen_teams) | Q(is_regisseur) | Q(is_betrokken)
    if medewerker.rol == Rol.TEAMLEIDER:
        voorwaarde |= Q(
            Exists(
                Plan.objects.open().filter(
                    huishouden=OuterRef("pk"), regisseur__teams__in=eigen_teams
                )
            )
        )
    return voorwaarde
