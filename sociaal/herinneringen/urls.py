from django.urls import path

from . import views

app_name = "herinneringen"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("aantal/", views.aantal, name="aantal"),
    path("gelezen/", views.gelezen, name="alles-gelezen"),
    path("<id:pk>/gelezen/", views.gelezen, name="gelezen"),
]
