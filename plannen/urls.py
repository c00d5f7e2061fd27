from django.urls import path

from . import views

app_name = "plannen"

urlpatterns = [
    path("<int:pk>/", views.plan_pagina, name="plan"),
    path("starten/<int:huishouden>/", views.plan_starten, name="starten"),
]
