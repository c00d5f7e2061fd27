from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render


def start(request: HttpRequest) -> HttpResponse:
    """Where a medewerker lands after logging in: the dossiers, or the beheer."""
    if request.user.is_beheerder:
        return render(request, "start_beheerder.html")
    return redirect("huishoudens:lijst")
