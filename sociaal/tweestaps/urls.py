from django.urls import path

from . import views

app_name = "tweestaps"

urlpatterns = [
    path("instellen/", views.instellen, name="instellen"),
    path("code/", views.controleren, name="controleren"),
]
