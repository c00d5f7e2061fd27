"""The consulent select on every wachtlijst row, its <option>s rendered once per request.

A teamleider assigns a melding inline, also without JavaScript, so each row carries its own
<select> with every consulent of the team. Rendered by the template that is a loop of
options per row (50 rows of 10 to 15 consulenten: most of the page's rendering); here each
option is rendered once, and a row only joins them, marking its own consulent selected.
"""

from collections.abc import Iterable

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from sociaal.medewerkers.models import Medewerker


class Consulentkeuze:
    def __init__(self, consulenten: Iterable[Medewerker]):
        self.consulenten = list(consulenten)
        self._opties = [
            (c.pk, format_html('<option value="{}">{}</option>', c.pk, c))
            for c in self.consulenten
        ]

    def opties(self, gekozen_id: int | None) -> SafeString:
        """The options, the one of `gekozen_id` selected (none: "Niet toegewezen" stays)."""
        return mark_safe(
            "".join(
                optie.replace('">', '" selected>', 1) if pk == gekozen_id else optie
                for pk, optie in self._opties
            )
        )
