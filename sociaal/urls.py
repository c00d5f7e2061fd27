from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from sociaal.toegang import Beleid, toegang

from . import (
    converters,  # noqa: F401  (registers the `id` converter used by the apps)
    health,
    sessie,
    start,
    thema,
)

admin.site.site_header = _("sociaal — beheer")
admin.site.site_title = _("sociaal beheer")
admin.site.index_title = _("Medewerkers, teams en sociale kaart")

urlpatterns = [
    path("", start.start, name="start"),
    path("inloggen/", toegang(Beleid.OPENBAAR)(auth_views.LoginView.as_view()), name="login"),
    path("uitloggen/", toegang(Beleid.EIGEN)(auth_views.LogoutView.as_view()), name="logout"),
    path("tweestaps/", include("sociaal.tweestaps.urls")),
    path("sessie/verlengen/", sessie.verlengen, name="sessie-verlengen"),
    path("huishoudens/", include("huishoudens.urls")),
    # Under a household, from features above the domain: the inzage (AVG art. 15) and the
    # toegangsverslag (with the logboek's own pages, /logboek/…).
    path("", include("sociaal.avg.urls")),
    path("", include("sociaal.logboek.urls")),
    path("meldingen/", include("huishoudens.urls_meldingen")),
    path("plannen/", include("plannen.urls")),
    path("sociale-kaart/", include("voorzieningen.urls")),
    path("herinneringen/", include("sociaal.herinneringen.urls")),
    path("dashboard/", include("sociaal.dashboard.urls")),
    path("toegang-met-reden/", include("sociaal.doorbraak.urls")),
    path("beheer/", admin.site.urls),
    path("thema.css", thema.stylesheet, name="thema"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
]
