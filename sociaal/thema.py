"""The municipality's own look on top of the NL Design System voorbeeld theme: its name
(SOCIAAL_GEMEENTE) and two colours, the house colour of buttons and the header line
(SOCIAAL_HUISKLEUR) and the colour of links (SOCIAAL_LINKKLEUR).

The colours become a small stylesheet (`/thema.css`) that sets the voorbeeld theme's own
tokens, so every Utrecht component follows. A stylesheet and not a `<style>` element: the
Content Security Policy allows no inline style. A colour that white text or the white page
cannot be read against (WCAG 2.1 AA: 4.5:1) is refused when the settings load."""

import hashlib
from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from sociaal.kleur import donkerder
from sociaal.toegang import Beleid, toegang


@dataclass(frozen=True)
class Thema:
    huiskleur: str | None
    linkkleur: str | None

    def css(self) -> str:
        regels = []
        if self.huiskleur:
            donker = donkerder(self.huiskleur)
            regels += [
                f"--basis-color-action-1-inverse-bg-default: {self.huiskleur};",
                f"--basis-color-action-1-inverse-bg-hover: {donker};",
                f"--basis-color-action-1-inverse-bg-active: {donker};",
                f"--basis-color-action-1-color-default: {self.huiskleur};",
                f"--basis-color-action-1-color-hover: {donker};",
                f"--sociaal-huiskleur: {self.huiskleur};",
            ]
        if self.linkkleur:
            regels += [
                f"--basis-color-action-2-color-default: {self.linkkleur};",
                f"--basis-color-action-2-color-hover: {donkerder(self.linkkleur)};",
                f"--basis-color-action-2-color-active: {donkerder(self.linkkleur)};",
            ]
        if not regels:
            return "/* Het voorbeeldthema zonder eigen kleuren. */\n"
        return ".voorbeeld-theme {\n  " + "\n  ".join(regels) + "\n}\n"


@cache
def huidig() -> Thema:
    return Thema(huiskleur=settings.SOCIAAL_HUISKLEUR, linkkleur=settings.SOCIAAL_LINKKLEUR)


@cache
def versie() -> str:
    """Changes with the colours, so browsers may keep the stylesheet for a year."""
    return hashlib.sha256(huidig().css().encode()).hexdigest()[:12]


@toegang(Beleid.OPENBAAR)
def stylesheet(request: HttpRequest) -> HttpResponse:
    """The theme's stylesheet. Answered by ThemaMiddleware before any session is read; the
    route remains so that templates can reverse it and the access walk sees its policy."""
    response = HttpResponse(huidig().css(), content_type="text/css; charset=utf-8")
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


class ThemaMiddleware:
    """Serves `/thema.css` above the session, authentication and second-step middleware:
    the same bytes for everyone, so no session is read or saved, no cookie is set, no
    second step is asked, and browsers and proxies may keep it (the link carries the
    version)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.pad = None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.pad is None:
            self.pad = reverse("thema")
        if request.path == self.pad and request.method in ("GET", "HEAD"):
            return stylesheet(request)
        return self.get_response(request)
