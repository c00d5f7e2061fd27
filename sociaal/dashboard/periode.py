"""The period a dashboard looks at: a calendar month, quarter or year, and the ones before
it (to see whether the transformatie is happening)."""

from dataclasses import dataclass
from datetime import date, datetime, time

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


class Soort(models.TextChoices):
    MAAND = "maand", gettext_lazy("Maand")
    KWARTAAL = "kwartaal", gettext_lazy("Kwartaal")
    JAAR = "jaar", gettext_lazy("Jaar")


_MAANDEN = {Soort.MAAND: 1, Soort.KWARTAAL: 3, Soort.JAAR: 12}


def _plus_maanden(dag: date, n: int) -> date:
    index = dag.year * 12 + dag.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Periode:
    soort: Soort
    begin: date  # the first day
    eind: date  # the day after the last

    @classmethod
    def rond(cls, soort: Soort, dag: date) -> "Periode":
        """The month, quarter or year that `dag` lies in."""
        maanden = _MAANDEN[soort]
        eerste_maand = (dag.month - 1) // maanden * maanden + 1
        begin = date(dag.year, eerste_maand, 1)
        return cls(soort, begin, _plus_maanden(begin, maanden))

    def vorige(self) -> "Periode":
        return Periode.rond(self.soort, _plus_maanden(self.begin, -_MAANDEN[self.soort]))

    def met_eerdere(self, aantal: int) -> list["Periode"]:
        """This period and the `aantal - 1` before it, oldest first."""
        perioden = [self]
        while len(perioden) < aantal:
            perioden.insert(0, perioden[0].vorige())
        return perioden

    @property
    def begin_moment(self) -> datetime:
        return timezone.make_aware(datetime.combine(self.begin, time.min))

    @property
    def eind_moment(self) -> datetime:
        return timezone.make_aware(datetime.combine(self.eind, time.min))

    @property
    def label(self) -> str:
        if self.soort == Soort.MAAND:
            return date_format(self.begin, "F Y")
        if self.soort == Soort.KWARTAAL:
            return _("%(n)se kwartaal %(jaar)s") % {
                "n": (self.begin.month - 1) // 3 + 1,
                "jaar": self.begin.year,
            }
        return str(self.begin.year)

    def bevat(self, dag: date) -> bool:
        return self.begin <= dag < self.eind
