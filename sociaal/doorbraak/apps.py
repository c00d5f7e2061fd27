from django.apps import AppConfig


class DoorbraakConfig(AppConfig):
    name = "sociaal.doorbraak"
    label = "doorbraak"
    verbose_name = "Toegang met reden"
