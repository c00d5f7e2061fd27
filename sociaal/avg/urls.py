"""The resident's rights under the AVG, asked for from the dossier: full paths under the
household (included at the root, sociaal.urls)."""

from django.urls import path

from . import views

app_name = "avg"

urlpatterns = [
    path("huishoudens/<id:huishouden>/personen/<id:pk>/inzage/", views.inzage, name="inzage"),
]
