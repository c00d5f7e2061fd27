"""The second step: setting it up (QR code, then recovery codes shown once) and giving a
code after the password."""

from urllib.parse import urlencode

import segno
from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from django_otp import user_has_device

from sociaal.http import AuthenticatedHttpRequest
from sociaal.toegang import Beleid, toegang

from . import services


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code"),
        max_length=20,
        error_messages={"required": gettext_lazy("Vul de code in.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


def _verder(request: AuthenticatedHttpRequest) -> str:
    volgende = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        volgende, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return volgende
    return "/"


@toegang(Beleid.EIGEN)
@require_http_methods(["GET", "POST"])
def instellen(request: AuthenticatedHttpRequest) -> HttpResponse:
    if user_has_device(request.user):
        # Set up already: a session without the second step cannot replace it.
        return redirect(
            f"{reverse('tweestaps:controleren')}?{urlencode({'next': _verder(request)})}"
        )
    apparaat = services.nieuw_apparaat(medewerker=request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            codes = services.apparaat_bevestigen(
                request=request, apparaat=apparaat, code=form.cleaned_data["code"]
            )
        except services.CodeFout as fout:
            form.add_error("code", str(fout))
        else:
            return render(
                request, "tweestaps/herstelcodes.html", {"codes": codes, "next": _verder(request)}
            )
    # With a viewBox instead of a fixed size, so that the CSS scales the whole code (a fixed
    # 225 px drawn in a 12rem box was cut off, and a cut-off code does not scan).
    qr = segno.make(apparaat.config_url, error="m").svg_inline(
        scale=5, dark="#000", light="#fff", omitsize=True
    )
    return render(
        request,
        "tweestaps/instellen.html",
        {
            "form": form,
            "qr": qr,
            "geheim": services.geheim_voor_handmatig(apparaat),
            "next": _verder(request),
        },
    )


@toegang(Beleid.EIGEN)
@require_http_methods(["GET", "POST"])
def controleren(request: AuthenticatedHttpRequest) -> HttpResponse:
    if request.user.is_verified():
        return redirect(_verder(request))
    if not user_has_device(request.user):
        return redirect("tweestaps:instellen")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            controle = services.code_controleren(
                request=request, medewerker=request.user, code=form.cleaned_data["code"]
            )
        except services.CodeFout as fout:
            form.add_error("code", str(fout))
        else:
            if controle.herstelcode:
                messages.warning(
                    request,
                    _(
                        "U heeft een herstelcode gebruikt; er zijn er nog %(n)s. Vraag de "
                        "functioneel beheerder de tweestapsverificatie opnieuw in te stellen "
                        "als u uw telefoon kwijt bent."
                    )
                    % {"n": controle.over},
                )
            return redirect(_verder(request))
    return render(request, "tweestaps/controleren.html", {"form": form, "next": _verder(request)})
