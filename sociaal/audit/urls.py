from django.urls import path

from . import views

app_name = "audit"

urlpatterns = [
    path("", views.logboek, name="logboek"),
    path("verslag/<id:pk>/", views.verslag_voor_auditor, name="verslag"),
]
