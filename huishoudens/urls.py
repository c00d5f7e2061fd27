from django.urls import path

from .views import dossier, lijst, onderdelen

app_name = "huishoudens"

urlpatterns = [
    path("", lijst.huishouden_lijst, name="lijst"),
    path("nieuw/", dossier.huishouden_nieuw, name="nieuw"),
    path("<id:pk>/", dossier.dossier, name="dossier"),
    path("<id:pk>/wijzigen/", dossier.huishouden_wijzigen, name="wijzigen"),
    path(
        "<id:huishouden>/personen/nieuw/",
        onderdelen.PersoonFormulier.as_view(),
        name="persoon-nieuw",
    ),
    path(
        "<id:huishouden>/personen/<id:pk>/",
        onderdelen.PersoonFormulier.as_view(),
        name="persoon-wijzigen",
    ),
    path(
        "<id:huishouden>/personen/<id:pk>/verwijderen/",
        onderdelen.PersoonVerwijderen.as_view(),
        name="persoon-verwijderen",
    ),
    path(
        "<id:huishouden>/personen/<id:persoon>/netwerk/nieuw/",
        onderdelen.NetwerklidFormulier.as_view(),
        name="netwerklid-nieuw",
    ),
    path(
        "<id:huishouden>/netwerk/<id:pk>/",
        onderdelen.NetwerklidFormulier.as_view(),
        name="netwerklid-wijzigen",
    ),
    path(
        "<id:huishouden>/netwerk/<id:pk>/verwijderen/",
        onderdelen.NetwerklidVerwijderen.as_view(),
        name="netwerklid-verwijderen",
    ),
    path(
        "<id:huishouden>/betrokkenen/nieuw/",
        onderdelen.BetrokkeneFormulier.as_view(),
        name="betrokkene-nieuw",
    ),
    path(
        "<id:huishouden>/betrokkenen/<id:pk>/",
        onderdelen.BetrokkeneFormulier.as_view(),
        name="betrokkene-wijzigen",
    ),
    path(
        "<id:huishouden>/betrokkenen/<id:pk>/verwijderen/",
        onderdelen.BetrokkeneVerwijderen.as_view(),
        name="betrokkene-verwijderen",
    ),
]
