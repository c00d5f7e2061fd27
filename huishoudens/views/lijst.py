"""The household list: my teams' households, filtered and searched.

A search is POSTed (names, birth dates and BSNs never travel in a URL); the criteria are
kept in the session under a random token and the browser is redirected to `?zoek=<token>`,
so paging and reloading work without repeating personal data anywhere a log could see it.
A BSN is not even kept in the session: it is turned into the id of the person it belongs
to at once (docs/adr/0002).
"""

import secrets
from datetime import date

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from sociaal.audit.models import Actie
from sociaal.audit.services import audit_lijst_vastleggen
from sociaal.http import AuthenticatedHttpRequest
from sociaal.toegang import Beleid, toegang

from ..forms import ZoekForm
from ..models import Huishouden
from ..selectors import (
    Zoekopdracht,
    buiten_bereik,
    huishoudens_voor_lijst,
    personen_met_bsn,
    wijken_van,
)

PER_PAGINA = 25
_BEWAARDE_ZOEKOPDRACHTEN = 10
_SESSIE_SLEUTEL = "huishoudens_zoekopdrachten"


def _bewaar(request: AuthenticatedHttpRequest, form: ZoekForm) -> str:
    data = form.cleaned_data
    opdracht = {
        "naam": data["naam"].strip(),
        "geboortedatum": data["geboortedatum"].isoformat() if data["geboortedatum"] else "",
        "postcode": data["postcode"],
        "persoon_ids": list(personen_met_bsn(bsn=data["bsn"]).values_list("pk", flat=True))
        if data["bsn"]
        else None,
        "wijk": data["wijk"].pk if data["wijk"] else "",
    }
    opgeslagen = request.session.get(_SESSIE_SLEUTEL, {})
    token = secrets.token_urlsafe(8)
    opgeslagen[token] = opdracht
    request.session[_SESSIE_SLEUTEL] = dict(list(opgeslagen.items())[-_BEWAARDE_ZOEKOPDRACHTEN:])
    return token


def _als_zoekopdracht(opdracht: dict) -> Zoekopdracht:
    persoon_ids = opdracht["persoon_ids"]
    return Zoekopdracht(
        naam=opdracht["naam"],
        geboortedatum=date.fromisoformat(opdracht["geboortedatum"])
        if opdracht["geboortedatum"]
        else None,
        postcode=opdracht["postcode"],
        persoon_ids=tuple(persoon_ids) if persoon_ids is not None else None,
        wijk_id=opdracht["wijk"] or None,
    )


def _bewaarde_opdracht(request: AuthenticatedHttpRequest, token: str | None) -> dict | None:
    return request.session.get(_SESSIE_SLEUTEL, {}).get(token) if token else None


def zoekopdracht_uit_sessie(
    request: AuthenticatedHttpRequest, token: str | None
) -> Zoekopdracht | None:
    """The search kept under `token` in this session, or None."""
    opdracht = _bewaarde_opdracht(request, token)
    return _als_zoekopdracht(opdracht) if opdracht else None


def _formulier_beginwaarden(opdracht: dict) -> dict:
    """What the form shows again for a search; a BSN is not kept, so it is not shown."""
    return {k: opdracht[k] for k in ("naam", "geboortedatum", "postcode", "wijk")}


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def huishouden_lijst(request: AuthenticatedHttpRequest) -> HttpResponse:
    wijken = wijken_van(request.user)
    zoek = None
    if request.method == "POST":
        form = ZoekForm(request.POST, wijken=wijken)
        if form.is_valid():
            token = _bewaar(request, form)
            return redirect(f"{reverse('huishoudens:lijst')}?zoek={token}")
    else:
        token = request.GET.get("zoek", "")
        opdracht = _bewaarde_opdracht(request, token)
        if token and opdracht is None:
            messages.warning(request, _("Deze zoekopdracht is verlopen. Zoek opnieuw."))
            return redirect("huishoudens:lijst")
        form = ZoekForm(
            initial=_formulier_beginwaarden(opdracht) if opdracht else None, wijken=wijken
        )
        zoek = _als_zoekopdracht(opdracht) if opdracht else None

    huishoudens = huishoudens_voor_lijst(medewerker=request.user, zoek=zoek)
    pagina = huishoudens.pagina(request.GET.get("pagina"), PER_PAGINA)
    is_zoekresultaat = zoek is not None and not zoek.is_leeg
    audit_lijst_vastleggen(
        medewerker=request.user,
        actie=Actie.ZOEKEN if is_zoekresultaat else Actie.LIJST,
        huishouden_ids=[h.pk for h in pagina.object_list],
        object_type=Huishouden._meta.label_lower,
    )
    # A BSN that belongs to a household outside one's teams: say that there is one (not
    # which), and offer access with a reason (sociaal.doorbraak).
    aantal_buiten_bereik = (
        buiten_bereik(medewerker=request.user, persoon_ids=zoek.persoon_ids).count()
        if zoek is not None and zoek.persoon_ids and request.user.werkt_met_dossiers
        else 0
    )
    return render(
        request,
        "huishoudens/lijst.html",
        {
            "form": form,
            "pagina": pagina,
            "zoek_token": request.GET.get("zoek", "") if zoek else "",
            "is_zoekresultaat": is_zoekresultaat,
            "buiten_bereik": aantal_buiten_bereik,
        },
    )
