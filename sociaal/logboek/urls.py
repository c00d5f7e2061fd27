"""The logboek's pages, and the toegangsverslag of one household from its dossier. One
include (at the root, sociaal.urls) so that the namespace is one: full paths here."""

from django.urls import path

from . import views

app_name = "logboek"

urlpatterns = [
    path("logboek/", views.logboek, name="logboek"),
    path("logboek/verslag/<id:pk>/", views.verslag_voor_auditor, name="verslag"),
    path(
        "huishoudens/<id:pk>/toegangsverslag/",
        views.verslag_uit_dossier,
        name="toegangsverslag",
    ),
]
