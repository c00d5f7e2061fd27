"""Making the inzage bundle for a resident who asks for it (AVG art. 15)."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from huishoudens.models import Persoon
from sociaal.audit.reads import gevonden_of_404
from sociaal.toegang import Beleid, toegang
from sociaal.weigering import weigering_vastleggen
from sociaal.zichtbaarheid import zichtbare_huishoudens

from .inzage import RECHT, inzage_maken


@toegang(Beleid.DOSSIER)
@require_http_methods(["GET", "POST"])
def inzage(request: HttpRequest, huishouden: int, pk: int) -> HttpResponse:
    persoon = gevonden_of_404(
        request,
        Persoon.objects.filter(
            huishouden__in=zichtbare_huishoudens(request.user),
            huishouden_id=huishouden,
        )
        .select_related("huishouden__wijk__team")
        .filter(pk=pk)
        .first(),
        model=Persoon,
        pk=pk,
    )
    mag = request.user.has_perm(RECHT)
    if request.method == "POST":
        if not mag:
            weigering_vastleggen(request, huishouden_id=persoon.huishouden_id)
            raise PermissionDenied
        naam, inhoud = inzage_maken(persoon=persoon, door=request.user)
        response = HttpResponse(inhoud, content_type="application/zip")
        response["Content-Disposition"] = f'attachment; filename="{naam}"'
        return response
    return render(request, "avg/inzage_aanvragen.html", {"persoon": persoon, "mag": mag})
