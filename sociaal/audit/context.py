"""Who is asking, from where, in which request: set by the middleware for each request,
read by the audit log and the log lines. Outside a request (commands, tasks) it is empty."""

import logging
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class RequestContext:
    request_id: str
    ip: str | None


_current: ContextVar[RequestContext | None] = ContextVar("sociaal_request", default=None)


def current() -> RequestContext | None:
    return _current.get()


def activate(ctx: RequestContext):
    return _current.set(ctx)


def deactivate(token) -> None:
    _current.reset(token)


# On whose behalf the medewerker works (their teams, or the beheer or the audit), kept in the
# session at login and set for each request by sociaal.sessie.SessieMiddleware.
_namens: ContextVar[str] = ContextVar("sociaal_namens", default="")
SESSIE_NAMENS = "namens"


def namens() -> str:
    return _namens.get()


def namens_zetten(waarde: str):
    return _namens.set(waarde)


def namens_terugzetten(token) -> None:
    _namens.reset(token)


def namens_van(medewerker) -> str:
    """What an audit entry records as 'on behalf of' for `medewerker`."""
    if medewerker.is_beheerder:
        return "functioneel beheer"
    if medewerker.is_auditor:
        return "privacy en audit"
    return ", ".join(t.naam for t in medewerker.teams.all())[:150] or "gemeente"


def namens_onthouden(sender, request, user, **kwargs) -> None:
    """At login (django.contrib.auth's user_logged_in): one query per session, not per page."""
    if request is not None and hasattr(request, "session"):
        request.session[SESSIE_NAMENS] = namens_van(user)


class RequestIdLogFilter(logging.Filter):
    """Adds `request_id` to every log record, so a log line can be traced to its request."""

    def filter(self, record: logging.LogRecord) -> bool:
        ctx = _current.get()
        record.request_id = ctx.request_id if ctx else "-"
        return True
