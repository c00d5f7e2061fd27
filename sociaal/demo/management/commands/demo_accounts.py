from django.conf import settings
from django.core.management.base import BaseCommand

from sociaal.demo.organisatie import DEMO_ACCOUNTS, DEMO_WACHTWOORD


class Command(BaseCommand):
    help = "Prints the address of the app and the demo accounts."

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000")

    def handle(self, *args, url: str, **options):
        if not getattr(settings, "SOCIAAL_DEMO_ACCOUNTS", False):
            return
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"sociaal draait op {url}"))
        self.stdout.write(f"Demo-accounts (wachtwoord voor allemaal: {DEMO_WACHTWOORD}):")
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.username:<16} {account.uitleg}")
        self.stdout.write("Stoppen: Ctrl-C (stopt webserver, worker en beat samen).")
        self.stdout.write("")
