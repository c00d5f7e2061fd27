"""The household list as the paginator pages it: counted and ordered over narrow rows, with
whole households read for one page only.

The access policy is a union (the wijken of one's teams, plus the few households one is
involved with otherwise: `sociaal.zichtbaarheid.huishouden_bereik`). Each part is one branch of a
UNION ALL that selects just the columns of the list order, so the branch of the wijken
reads an index on (wijk, straat, huisnummer, toevoeging, id) and never the table; ordering
a team's few thousand households then costs a few milliseconds, where the same policy as
one filter with OR tested every household of the municipality and sorted them all. The
page and the count come from one statement (COUNT(*) OVER ()), so a search runs once per
page, not twice; only the page's own households are then read whole.
"""

from collections.abc import Iterable, Iterator

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import QuerySet

from .models import Huishouden

# The list order: the model's, which ends in `id`, so pages never overlap or skip one.
VOLGORDE = tuple(Huishouden._meta.ordering)
# A page that starts further on is past the end for sure (and the number too big for the
# database): the paginator counts first, then answers the last page.
_GEEN_LIJST_ZO_LANG = 2**31


class Huishoudenlijst:
    """What django.core.paginator.Paginator needs: `count()` and slicing (to a list); and,
    as a sequence, its length, an item, and all of it in order."""

    ordered = True  # the paginator warns about an unordered list

    def __init__(self, takken: Iterable[QuerySet[Huishouden]], rijen: QuerySet[Huishouden]):
        """`takken`: the filtered branches whose union is the list, no household in two of
        them (sociaal.zichtbaarheid.huishouden_bereik); `rijen`: how a page's households are
        read, by the ids the branches gave (select_related, prefetches)."""
        takken = [t.order_by().values_list(*VOLGORDE) for t in takken]
        # Unordered (the model's ordering would sort inside the statement), ordered once
        # where it is paged.
        self._unie = takken[0].union(*takken[1:], all=True).order_by() if takken else None
        self._rijen = rijen
        self._aantal: int | None = None
        self._gelezen: tuple[int, list[int]] | None = None  # (start, ids) of a page

    def pagina(self, nummer, per_pagina: int) -> Page:
        """Page `nummer` as Paginator.get_page answers it (not a number: the first; past
        the end: the last), its rows and the count read in one statement."""
        try:
            start = (int(nummer) - 1) * per_pagina
        except (TypeError, ValueError):
            start = 0
        if 0 <= start < _GEEN_LIJST_ZO_LANG and self._unie is not None:
            ids, aantal = self._ids_met_aantal(start, per_pagina)
            if ids or start == 0:  # an empty first page: nothing to count
                self._aantal, self._gelezen = aantal, (start, ids)
        return Paginator(self, per_pagina).get_page(nummer)

    def _ids_met_aantal(self, start: int, aantal: int) -> tuple[list[int], int]:
        # A window over a UNION is beyond the ORM: the union's SQL, wrapped.
        sql, params = self._unie.query.sql_with_params()
        volgorde = ", ".join(connection.ops.quote_name(k) for k in VOLGORDE)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT lijst.id, COUNT(*) OVER () FROM ({sql}) lijst "
                f"ORDER BY {volgorde} LIMIT %s OFFSET %s",
                (*params, aantal, start),
            )
            rijen = cursor.fetchall()
        return [rij[0] for rij in rijen], (rijen[0][1] if rijen else 0)

    def count(self) -> int:
        if self._aantal is None:
            self._aantal = self._unie.count() if self._unie is not None else 0
        return self._aantal

    def _past(self, start: int, stop: int) -> bool:
        """Whether the page read with the count holds the slice [start:stop]."""
        begin, ids = self._gelezen
        return begin == start and (stop - start <= len(ids) or start + len(ids) >= self._aantal)

    def __len__(self) -> int:
        return self.count()

    def __iter__(self) -> Iterator[Huishouden]:
        """All of them, in list order (what a page shows is a slice)."""
        return iter(self[0 : self.count()])

    def __getitem__(self, deel: slice | int) -> list[Huishouden] | Huishouden:
        if isinstance(deel, int):
            rijen = self[deel : deel + 1] if deel >= 0 else []
            if not rijen:
                raise IndexError(deel)
            return rijen[0]
        start, stop = deel.start or 0, deel.stop if deel.stop is not None else self.count()
        if self._unie is None or start >= stop:
            return []
        if self._gelezen is not None and self._past(start, stop):
            ids = self._gelezen[1][: stop - start]
        else:
            ids = [rij[-1] for rij in self._unie.order_by(*VOLGORDE)[start:stop]]
        per_id = {h.pk: h for h in self._rijen.filter(pk__in=ids)}
        return [per_id[pk] for pk in ids if pk in per_id]
