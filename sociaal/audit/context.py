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


class RequestIdLogFilter(logging.Filter):
    """Adds `request_id` to every log record, so a log line can be traced to its request."""

    def filter(self, record: logging.LogRecord) -> bool:
        ctx = _current.get()
        record.request_id = ctx.request_id if ctx else "-"
        return True
