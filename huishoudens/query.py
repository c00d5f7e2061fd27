from django.db import models


class HuishoudenQuerySet(models.QuerySet):
    def zichtbaar_voor(self, medewerker) -> "HuishoudenQuerySet":
        """Only the households the access policy (sociaal.access) lets `medewerker` see."""
        from sociaal.access import huishouden_voorwaarde

        return self.filter(huishouden_voorwaarde(medewerker))
