"""The household list: my teams' households, filtered and searched.

A search is POSTed (names, birth dates and BSNs never travel in a URL); the criteria are
kept in the session under a random token and the browser is redirected to `?zoek=<token>`,
so paging and reloading work without repeating personal data anywhere a log could see it.
"""

import secrets
from datetime import date

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from sociaal.audit.models import Actie
from sociaal.audit.services import audit_vastleggen

from ..forms import ZoekForm
from ..selectors import Zoekopdracht, huishoudens_voor_lijst, wijken_van

PER_PAGINA = 25
_BEWAARDE_ZOEKOPDRACHTEN = 10
_SESSIE_SLEUTEL = "huishoudens_zoekopdrachten"


def _bewaar(request: HttpRequest, form: ZoekForm) -> str:
    data = form.cleaned_data
    opdracht = {
        "naam": data["naam"].strip(),
        "geboortedatum": data["geboortedatum"].isoformat() if data["geboortedatum"] else "",
        "postcode": data["postcode"],
        "bsn": data["bsn"],
        "wijk": data["wijk"].pk if data["wijk"] else "",
    }
    opgeslagen = request.session.get(_SESSIE_SLEUTEL, {})
    token = secrets.token_urlsafe(8)
    opgeslagen[token] = opdracht
    request.session[_SESSIE_SLEUTEL] = dict(list(opgeslagen.items())[-_BEWAARDE_ZOEKOPDRACHTEN:])
    return token


def _lees(request: HttpRequest, token: str) -> dict | None:
    return request.session.get(_SESSIE_SLEUTEL, {}).get(token)


def _als_zoekopdracht(opdracht: dict) -> Zoekopdracht:
    return Zoekopdracht(
        naam=opdracht["naam"],
        geboortedatum=date.fromisoformat(opdracht["geboortedatum"])
        if opdracht["geboortedatum"]
        else None,
        postcode=opdracht["postcode"],
        bsn=opdracht["bsn"],
        wijk_id=opdracht["wijk"] or None,
    )


@require_http_methods(["GET", "POST"])
def huishouden_lijst(request: HttpRequest) -> HttpResponse:
    wijken = wijken_van(request.user)
    if request.method == "POST":
        form = ZoekForm(request.POST, wijken=wijken)
        if form.is_valid():
            token = _bewaar(request, form)
            return redirect(f"{reverse('huishoudens:lijst')}?zoek={token}")
        zoek = None
    else:
        opdracht = _lees(request, request.GET.get("zoek", ""))
        form = ZoekForm(initial=opdracht, wijken=wijken)
        zoek = _als_zoekopdracht(opdracht) if opdracht else None

    huishoudens = huishoudens_voor_lijst(medewerker=request.user, zoek=zoek)
    pagina = Paginator(huishoudens, PER_PAGINA).get_page(request.GET.get("pagina"))
    is_zoekresultaat = zoek is not None and not zoek.is_leeg
    audit_vastleggen(
        medewerker=request.user, actie=Actie.ZOEKEN if is_zoekresultaat else Actie.LIJST
    )
    return render(
        request,
        "huishoudens/lijst.html",
        {
            "form": form,
            "pagina": pagina,
            "zoek_token": request.GET.get("zoek", "") if zoek else "",
            "is_zoekresultaat": is_zoekresultaat,
        },
    )
