from django.core.management.base import BaseCommand

from sociaal.herinneringen.services import herinneringen_maken


class Command(BaseCommand):
    help = "Runs the reminder scan now (it also runs daily through beat)."

    def handle(self, *args, **options):
        self.stdout.write(f"{herinneringen_maken()} nieuwe herinneringen.")
