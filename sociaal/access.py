"""The access policy: which households a medewerker may see. The one place that decides;
every selector that reads household data filters through `zichtbare_huishoudens`.

- consulent: households in the wijken of their teams, plus those where they are regisseur
  of the open plan or registered as betrokkene;
- teamleider: the same, plus the households whose open plan has a member of their teams as
  regisseur (the team's caseload, wherever the household lives: they answer for it, and
  may hand it over within the team);
- functioneel beheerder: none — they manage users, teams and the catalogue, not dossiers;
- auditor: none — they read the audit log (who looked at what), not the dossiers;
- and, for a consulent or teamleider, a household outside all that for which they stated a
  reason ("break the glass", sociaal.doorbraak), for a few hours.

Anything outside is answered as if it does not exist (404).
"""

from enum import StrEnum
from typing import NamedTuple

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from sociaal.medewerkers.models import Medewerker, Rol, Team

NIETS = Q(pk__in=[])


def _werkt_met_dossiers(medewerker: Medewerker) -> bool:
    return (
        medewerker.is_authenticated
        and medewerker.is_active
        and medewerker.rol in (Rol.CONSULENT, Rol.TEAMLEIDER)
    )


def _betrokkenheden(medewerker: Medewerker, eigen_teams, *, wie=None, nu=None) -> list:
    """What lets `medewerker` see a household outside the wijken of their teams: one
    queryset per reason, of rows that point at the household (`huishouden`). `wie` and
    `nu` stand for the medewerker and the moment (default: themselves, and now)."""
    from huishoudens.models import Betrokkene
    from plannen.models import Plan
    from sociaal.doorbraak.models import Doorbraak

    wie = medewerker if wie is None else wie
    redenen = [
        Plan.objects.open().filter(regisseur=wie),
        Betrokkene.objects.filter(medewerker=wie),
        # Break the glass: a household outside one's scope, for a few hours, with a reason.
        Doorbraak.objects.geldig(timezone.now() if nu is None else nu).filter(medewerker=wie),
    ]
    if medewerker.rol == Rol.TEAMLEIDER:
        redenen.append(Plan.objects.open().filter(regisseur__teams__in=eigen_teams))
    return redenen


def _eigen_teams(wie):
    return Team.objects.filter(medewerkers=wie).values("pk")


def huishouden_voorwaarde(medewerker: Medewerker, *, wie=None, nu=None) -> Q:
    """A filter on Huishouden for what `medewerker` may see. For a query compiled once
    (sociaal.voorbereid), `wie` and `nu` are the parameters that stand for the medewerker's
    id and the moment; the filter then has the same SQL for every medewerker of the same
    `vorm_van_beleid`."""
    if not _werkt_met_dossiers(medewerker):
        return NIETS
    eigen_teams = _eigen_teams(medewerker if wie is None else wie)
    voorwaarde = Q(wijk__team__in=eigen_teams)
    for reden in _betrokkenheden(medewerker, eigen_teams, wie=wie, nu=nu):
        voorwaarde |= Q(Exists(reden.filter(huishouden=OuterRef("pk"))))
    return voorwaarde


def vorm_van_beleid(medewerker: Medewerker) -> str:
    """What the policy's filter looks like for `medewerker` apart from their id: nothing to
    see, a consulent's reasons, or a teamleider's (who also sees their team's caseload)."""
    if not _werkt_met_dossiers(medewerker):
        return "geen"
    return "teamleider" if medewerker.rol == Rol.TEAMLEIDER else "consulent"


class Bereik(NamedTuple):
    """The same policy as `huishouden_voorwaarde`, in two filters on Huishouden that no
    household passes both of, for a list over many households: a UNION ALL of one query
    per filter lets each use its own index, where the one filter with OR makes the
    database test every household of the municipality."""

    eigen_wijken: Q  # the households in the wijken of one's teams: many
    overige: Q  # those outside them one sees for another reason (by id): few


def huishouden_bereik(medewerker: Medewerker) -> Bereik | None:
    """What `medewerker` may see as a `Bereik`; None: nothing."""
    if not _werkt_met_dossiers(medewerker):
        return None
    eigen_teams = _eigen_teams(medewerker)
    eigen_wijken = Q(wijk__team__in=eigen_teams)
    ids = [r.order_by().values("huishouden_id") for r in _betrokkenheden(medewerker, eigen_teams)]
    return Bereik(eigen_wijken, Q(pk__in=ids[0].union(*ids[1:])) & ~eigen_wijken)


# --- which policy guards each view (deny by default) --------------------------------------


class Beleid(StrEnum):
    """How a view is guarded. Every route declares one (`toegang`); `ToegangMiddleware`
    refuses a view that declares none, and a test walks every route."""

    OPENBAAR = "openbaar"  # no login: logging in, health checks
    EIGEN = "eigen"  # the medewerker's own: start page, reminders, second step, session
    DOSSIER = "dossier"  # household data: selectors apply `huishouden_voorwaarde`; audited
    CATALOGUS = "catalogus"  # the sociale kaart: no client data, any medewerker
    TEAMLEIDER = "teamleider"  # the teamdashboard: teamleiders, for their own teams
    AUDIT = "audit"  # the audit log and access reports: the auditor role
    BEHEER = "beheer"  # the beheer (Django admin): staff, by model permission


def toegang(beleid: Beleid):
    """Declares the policy of a view function or class-based view."""

    def markeer(view):
        view.toegangsbeleid = beleid
        if beleid == Beleid.OPENBAAR:
            view.login_required = False  # as django.contrib.auth.decorators.login_not_required
        return view

    return markeer


def beleid_van(view) -> Beleid | None:
    """The declared policy of a resolved view (a class-based view declares it on the class;
    the beheer's views are guarded by the admin site itself)."""
    beleid = getattr(view, "toegangsbeleid", None) or getattr(
        getattr(view, "view_class", None), "toegangsbeleid", None
    )
    if beleid is None and getattr(view, "admin_site", None) is not None:
        return Beleid.BEHEER
    return beleid


class ToegangMiddleware:
    """Deny by default: a view without a declared policy is refused (and logged), so a route
    added without thinking about access cannot serve anything."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        import logging

        from django.core.exceptions import PermissionDenied

        if request.resolver_match and request.resolver_match.app_name == "admin":
            return None
        beleid = beleid_van(view_func)
        if beleid is None:
            logging.getLogger("sociaal.beveiliging").error(
                "view zonder toegangsbeleid geweigerd: %s", request.resolver_match.view_name
            )
            raise PermissionDenied
        if not _rol_past(beleid, request.user):
            from sociaal.audit.models import Actie, Resultaat
            from sociaal.audit.services import audit_vastleggen

            audit_vastleggen(
                medewerker=request.user,
                actie=Actie.LEZEN,
                object_type=f"beleid.{beleid.value}",
                resultaat=Resultaat.GEWEIGERD,
            )
            raise PermissionDenied(_("Dossiers zijn er voor consulenten en teamleiders."))
        return None


def _rol_past(beleid: Beleid, medewerker) -> bool:
    """Dossier pages are for consulenten and teamleiders only — a beheerder or auditor opens
    none, not even an empty list. (The teamdashboard and the logboek check their role in
    their selectors, with a refusal audited as what was tried.)"""
    if beleid == Beleid.DOSSIER and medewerker.is_authenticated:
        return medewerker.werkt_met_dossiers
    return True
