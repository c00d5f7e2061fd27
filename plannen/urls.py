from django.urls import path

from .views import documenten, doelen, evaluatie, gesprekken, levensloop, plan

app_name = "plannen"

urlpatterns = [
    path("<id:pk>/", plan.plan_pagina, name="plan"),
    path("starten/<id:huishouden>/", plan.plan_starten, name="starten"),
    path("<id:pk>/ladder/", doelen.ladder, name="ladder"),
    path("<id:pk>/pdf/", documenten.plan_pdf, name="plan-pdf"),
    path("<id:pk>/pdf/voorbeeld/", documenten.voorbeeld, name="plan-pdf-voorbeeld"),
    path("gesprekken/<id:pk>/pdf/", documenten.verslag_pdf, name="verslag-pdf"),
    path("documenten/<id:pk>/status/", documenten.status, name="document-status"),
    path("documenten/<id:pk>/download/", documenten.download, name="document-download"),
    path("documenten/<id:pk>/opnieuw/", documenten.opnieuw, name="document-opnieuw"),
    path("<id:pk>/levensloop/", levensloop.levensloop, name="levensloop"),
    path("<id:pk>/evaluatie/", evaluatie.evaluatie, name="evaluatie"),
    path("<id:pk>/evaluaties/<id:evaluatie>/", evaluatie.uitkomst, name="evaluatie-uitkomst"),
    path("<id:pk>/versies/<id:nummer>/", levensloop.versie, name="versie"),
    path("<id:pk>/wijzigingen/", levensloop.concept_verschil, name="concept-verschil"),
    path("<id:pk>/doelen/", doelen.doel_toevoegen, name="doel-toevoegen"),
    path(
        "<id:pk>/doelen/<id:doel>/verwijderen/", doelen.doel_verwijderen, name="doel-verwijderen"
    ),
    path(
        "<id:pk>/doelen/<id:doel>/afspraak/", doelen.afspraak_toevoegen, name="afspraak-toevoegen"
    ),
    path(
        "<id:pk>/afspraken/<id:afspraak>/verwijderen/",
        doelen.afspraak_verwijderen,
        name="afspraak-verwijderen",
    ),
    path("gesprekken/plannen/<id:melding>/", gesprekken.gesprek_plannen, name="gesprek-plannen"),
    path("gesprekken/<id:pk>/", gesprekken.gesprek_pagina, name="gesprek"),
    path("gesprekken/<id:pk>/autosave/", gesprekken.gesprek_autosave, name="gesprek-autosave"),
]
