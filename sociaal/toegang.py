"""The route guard: which policy guards each view, deny by default.

Every route declares a `Beleid` with `toegang`; `ToegangMiddleware` refuses a view that
declares none, and a test walks every route. This is the foundation every view needs and it
knows nothing of households: which households a medewerker may see is the household access
policy (`sociaal.zichtbaarheid`), applied by the selectors of `Beleid.DOSSIER` pages.
"""

import logging
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from sociaal.audit.models import Actie, Resultaat
from sociaal.audit.services import audit_vastleggen
from sociaal.medewerkers.models import Medewerker

logger = logging.getLogger("sociaal.beveiliging")


class Beleid(StrEnum):
    """How a view is guarded."""

    OPENBAAR = "openbaar"  # no login: logging in, health checks
    EIGEN = "eigen"  # the medewerker's own: start page, reminders, second step, session
    DOSSIER = "dossier"  # household data: selectors apply sociaal.zichtbaarheid; audited
    CATALOGUS = "catalogus"  # the sociale kaart: no client data, any medewerker
    TEAMLEIDER = "teamleider"  # the teamdashboard: teamleiders, for their own teams
    AUDIT = "audit"  # the logboek and access reports: the auditor role
    BEHEER = "beheer"  # the beheer (Django admin): staff, by model permission


def toegang[V: Callable[..., Any]](beleid: Beleid) -> Callable[[V], V]:
    """Declares the policy of a view function or class-based view."""

    def markeer(view: V) -> V:
        gemarkeerd: Any = view
        gemarkeerd.toegangsbeleid = beleid
        if beleid == Beleid.OPENBAAR:
            # As django.contrib.auth.decorators.login_not_required.
            gemarkeerd.login_required = False
        return view

    return markeer


def beleid_van(view: Callable[..., Any]) -> Beleid | None:
    """The declared policy of a resolved view (a class-based view declares it on the class;
    the beheer's views are guarded by the admin site itself)."""
    beleid: Beleid | None = getattr(view, "toegangsbeleid", None) or getattr(
        getattr(view, "view_class", None), "toegangsbeleid", None
    )
    if beleid is None and getattr(view, "admin_site", None) is not None:
        return Beleid.BEHEER
    return beleid


class ToegangMiddleware:
    """Deny by default: a view without a declared policy is refused (and logged), so a route
    added without thinking about access cannot serve anything."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(
        self,
        request: HttpRequest,
        view_func: Callable[..., HttpResponse],
        view_args: tuple[Any, ...],
        view_kwargs: dict[str, Any],
    ) -> HttpResponse | None:
        match = request.resolver_match
        if match is not None and match.app_name == "admin":
            return None
        beleid = beleid_van(view_func)
        if beleid is None:
            logger.error(
                "view zonder toegangsbeleid geweigerd: %s", match.view_name if match else "?"
            )
            raise PermissionDenied
        if not _rol_past(beleid, request.user):
            audit_vastleggen(
                medewerker=request.user,
                actie=Actie.LEZEN,
                object_type=f"beleid.{beleid.value}",
                resultaat=Resultaat.GEWEIGERD,
            )
            raise PermissionDenied(_("Dossiers zijn er voor consulenten en teamleiders."))
        return None


def _rol_past(beleid: Beleid, medewerker: AbstractBaseUser | AnonymousUser) -> bool:
    """Dossier pages are for consulenten and teamleiders only — a beheerder or auditor opens
    none, not even an empty list. (The teamdashboard and the logboek check their role in
    their selectors, with a refusal audited as what was tried.)"""
    if beleid == Beleid.DOSSIER and isinstance(medewerker, Medewerker):
        return medewerker.werkt_met_dossiers
    return True
