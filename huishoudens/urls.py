from django.urls import path

from .views import dossier, lijst, onderdelen

app_name = "huishoudens"

urlpatterns = [
    path("", lijst.huishouden_lijst, name="lijst"),
    path("nieuw/", dossier.huishouden_nieuw, name="nieuw"),
    path("<int:pk>/", dossier.dossier, name="dossier"),
    path("<int:pk>/wijzigen/", dossier.huishouden_wijzigen, name="wijzigen"),
    path(
        "<int:huishouden>/personen/nieuw/",
        onderdelen.PersoonFormulier.as_view(),
        name="persoon-nieuw",
    ),
    path(
        "<int:huishouden>/personen/<int:pk>/",
        onderdelen.PersoonFormulier.as_view(),
        name="persoon-wijzigen",
    ),
    path(
        "<int:huishouden>/personen/<int:pk>/verwijderen/",
        onderdelen.PersoonVerwijderen.as_view(),
        name="persoon-verwijderen",
    ),
    path(
        "<int:huishouden>/personen/<int:persoon>/netwerk/nieuw/",
        onderdelen.NetwerklidFormulier.as_view(),
        name="netwerklid-nieuw",
    ),
    path(
        "<int:huishouden>/netwerk/<int:pk>/",
        onderdelen.NetwerklidFormulier.as_view(),
        name="netwerklid-wijzigen",
    ),
    path(
        "<int:huishouden>/netwerk/<int:pk>/verwijderen/",
        onderdelen.NetwerklidVerwijderen.as_view(),
        name="netwerklid-verwijderen",
    ),
    path(
        "<int:huishouden>/betrokkenen/nieuw/",
        onderdelen.BetrokkeneFormulier.as_view(),
        name="betrokkene-nieuw",
    ),
    path(
        "<int:huishouden>/betrokkenen/<int:pk>/",
        onderdelen.BetrokkeneFormulier.as_view(),
        name="betrokkene-wijzigen",
    ),
    path(
        "<int:huishouden>/betrokkenen/<int:pk>/verwijderen/",
        onderdelen.BetrokkeneVerwijderen.as_view(),
        name="betrokkene-verwijderen",
    ),
]
