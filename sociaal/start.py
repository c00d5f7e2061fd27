from django.http import HttpResponse
from django.shortcuts import redirect, render

from huishoudens.models import Huishouden
from sociaal.audit.models import Actie
from sociaal.audit.services import audit_lijst_vastleggen
from sociaal.dashboard.mijn_werk import mijn_werk
from sociaal.http import AuthenticatedHttpRequest
from sociaal.toegang import Beleid, toegang


@toegang(Beleid.EIGEN)
def start(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Where a medewerker lands after logging in: their own work, or the beheer."""
    if request.user.is_beheerder:
        return render(request, "start_beheerder.html")
    if request.user.is_auditor:
        return redirect("logboek:logboek")
    werk = mijn_werk(request.user)
    audit_lijst_vastleggen(
        medewerker=request.user,
        actie=Actie.LIJST,
        huishouden_ids=werk.huishouden_ids,
        object_type=Huishouden._meta.label_lower,
    )
    return render(request, "start.html", {"werk": werk})
