from django.urls import path

from . import herverdelen, views

app_name = "dashboard"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("lijst/", views.lijst, name="lijst"),
    path("export/<slug:tabel>.csv", views.exporteren, name="exporteren"),
    path("herverdelen/", herverdelen.herverdelen, name="herverdelen"),
]
