from django.apps import AppConfig


class AvgConfig(AppConfig):
    name = "sociaal.avg"
    label = "avg"
    verbose_name = "AVG"
