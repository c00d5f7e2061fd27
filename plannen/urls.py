from django.urls import path

from . import views

app_name = "plannen"

urlpatterns = [
    path("<id:pk>/", views.plan_pagina, name="plan"),
    path("starten/<id:huishouden>/", views.plan_starten, name="starten"),
]
