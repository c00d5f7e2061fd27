from django.urls import path

from . import views

app_name = "voorzieningen"

urlpatterns = [
    path("", views.catalogus, name="catalogus"),
    path("<id:pk>/", views.voorziening, name="voorziening"),
]
