import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from huishoudens.models import Huishouden
from sociaal.demo.generator import genereer


class Command(BaseCommand):
    help = "Fills the database with a demo municipality (never in production)."

    def add_arguments(self, parser):
        parser.add_argument("--households", type=int, default=120, help="number of households")
        parser.add_argument("--seed", type=int, default=2026, help="random seed (deterministic)")
        parser.add_argument(
            "--if-empty", action="store_true", help="do nothing when households already exist"
        )

    def handle(self, *args, households: int, seed: int, if_empty: bool, **options):
        if not getattr(settings, "SOCIAAL_DEMO_ACCOUNTS", False):
            raise CommandError("Demo data is switched off in these settings (production).")
        if households < 1:
            raise CommandError("--households must be at least 1.")
        if Huishouden.objects.exists():
            if if_empty:
                self.stdout.write("Demo data already present.")
                return
            raise CommandError("The database already holds households; use an empty database.")
        start = time.monotonic()
        counts = genereer(households=households, seed=seed)
        elapsed = time.monotonic() - start
        summary = ", ".join(f"{v} {k}" for k, v in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Demo data loaded in {elapsed:.1f} s: {summary}."))
