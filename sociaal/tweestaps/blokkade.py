"""The answer to a login attempt for a username that is locked after too many wrong
passwords (django-axes counts them): a Dutch page, status 429, and a log line."""

import logging

from django.conf import settings
from django.shortcuts import render

log = logging.getLogger("sociaal.beveiliging")


def geblokkeerd(request, response, credentials):
    log.warning("inloggen geblokkeerd na te veel onjuiste wachtwoorden")
    return render(
        request,
        "registration/geblokkeerd.html",
        {
            "pogingen": settings.AXES_FAILURE_LIMIT,
            "minuten": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        },
        status=429,
    )
