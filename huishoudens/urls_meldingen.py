from django.urls import path

from .views import meldingen

app_name = "meldingen"

urlpatterns = [
    path("wachtlijst/", meldingen.wachtlijst, name="wachtlijst"),
    path("mijn/", meldingen.mijn_meldingen, name="mijn"),
    path("nieuw/<id:huishouden>/", meldingen.melding_nieuw, name="nieuw"),
    path("<id:pk>/", meldingen.melding_pagina, name="melding"),
    path("<id:pk>/toewijzen/", meldingen.melding_toewijzen, name="toewijzen"),
]
