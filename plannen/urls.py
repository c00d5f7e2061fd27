from django.urls import path

from .views import gesprekken, plan

app_name = "plannen"

urlpatterns = [
    path("<id:pk>/", plan.plan_pagina, name="plan"),
    path("starten/<id:huishouden>/", plan.plan_starten, name="starten"),
    path("gesprekken/plannen/<id:melding>/", gesprekken.gesprek_plannen, name="gesprek-plannen"),
    path("gesprekken/<id:pk>/", gesprekken.gesprek_pagina, name="gesprek"),
    path("gesprekken/<id:pk>/autosave/", gesprekken.gesprek_autosave, name="gesprek-autosave"),
]
