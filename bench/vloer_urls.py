"""The URLconf `make bench` runs with: the app's own routes, plus the two peers the pages
are measured against. Not loaded by the app or the tests.

- `/bench/vloer/`: the framework floor — a minimal authenticated view through the same
  middleware (session, authentication, second step, access policy, CSP, no-store).
- `/bench/beheer/`: the Django admin changelist of households, as a municipality would
  scaffold it on the same data (the app itself has no household admin: a beheerder opens
  no dossiers)."""

from django.contrib import admin
from django.http import HttpResponse
from django.urls import include, path

from huishoudens.models import Huishouden
from sociaal.toegang import Beleid, toegang


@toegang(Beleid.EIGEN)
def vloer(request):
    return HttpResponse(f"<!doctype html><title>vloer</title><p>{request.user.pk}</p>")


class HuishoudenAdmin(admin.ModelAdmin):
    list_display = ("straat", "huisnummer", "postcode", "wijk")
    list_filter = ("wijk",)
    search_fields = ("straat", "postcode", "personen__achternaam")
    list_select_related = ("wijk",)


peer = admin.AdminSite(name="bench_beheer")
peer.register(Huishouden, HuishoudenAdmin)

urlpatterns = [
    path("bench/vloer/", vloer),
    path("bench/beheer/", peer.urls),
    path("", include("sociaal.urls")),
]
