from django.urls import path

from . import views

app_name = "doorbraak"

urlpatterns = [
    path("aanvragen/", views.aanvragen, name="aanvragen"),
    path("", views.overzicht, name="overzicht"),
    path("<id:pk>/beoordelen/", views.beoordelen, name="beoordelen"),
]
