"""QuerySets built once and run many times.

Django takes about as long to build and compile one of the dashboard's grouped queries as
PostgreSQL takes to run it (docs/adr/0013). A function decorated with `@voorbereid` is
ordinary QuerySet code; the first call of each shape (the same arguments, lists of the same
length) calls it with a `Param` wherever a value goes and compiles the result; every call
then only fills in the values and runs that SQL. The SQL is exactly what Django would have
sent, so the figures cannot differ."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import wraps

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import (
    BigIntegerField,
    CharField,
    DateField,
    DateTimeField,
    Expression,
    Field,
    Model,
    QuerySet,
)
from django.utils import timezone

from .periode import Periode


@dataclass(frozen=True)
class _Plek:
    """The place of a named value among the compiled query's parameters."""

    naam: str
    veld: Field


class Param(Expression):
    """A value filled in when the compiled query runs."""

    def __init__(self, naam: str, output_field: Field):
        super().__init__(output_field=output_field)
        self.naam = naam

    @property
    def identity(self):
        return (Param, self.naam)

    def as_sql(self, compiler, connection):
        return "%s", [_Plek(self.naam, self.output_field)]


@dataclass(frozen=True)
class PeriodeParams:
    """A `Periode` whose dates are parameters (what the filters on a period read)."""

    begin: Param
    eind: Param
    begin_moment: Param
    eind_moment: Param


_PERIODE_DELEN = ("begin", "eind", "begin_moment", "eind_moment")


def _veld(waarde) -> Field:
    if isinstance(waarde, datetime):
        return DateTimeField()
    if isinstance(waarde, date):
        return DateField()
    if isinstance(waarde, str):
        return CharField()
    return BigIntegerField()


def _param(naam: str, waarde):
    """What the function gets instead of `waarde`; lists and periods are taken apart."""
    if isinstance(waarde, list | tuple):
        return [_param(f"{naam}_{i}", w) for i, w in enumerate(waarde)]
    if isinstance(waarde, Periode):
        return PeriodeParams(
            *(Param(f"{naam}_{d}", _veld(getattr(waarde, d))) for d in _PERIODE_DELEN)
        )
    if isinstance(waarde, Model):
        return Param(naam, BigIntegerField())
    return Param(naam, _veld(waarde))


def _waarden(naam: str, waarde, uit: dict) -> dict:
    if isinstance(waarde, list | tuple):
        for i, w in enumerate(waarde):
            _waarden(f"{naam}_{i}", w, uit)
    elif isinstance(waarde, Periode):
        for d in _PERIODE_DELEN:
            uit[f"{naam}_{d}"] = getattr(waarde, d)
    elif isinstance(waarde, Model):
        uit[naam] = waarde.pk
    else:
        uit[naam] = waarde
    return uit


def _vorm(naam: str, waarde):
    if isinstance(waarde, list | tuple):
        return (naam, tuple(_vorm("", w) for w in waarde))
    return (naam, type(waarde).__name__)


@dataclass(frozen=True)
class _Gecompileerd:
    sql: str
    params: tuple
    namen: list[str]
    compiler: object


def _compileren(qs: QuerySet) -> _Gecompileerd:
    query = qs.query
    compiler = query.get_compiler(qs.db)
    sql, params = compiler.as_sql()
    if query.selected:
        namen = list(query.selected)
    else:
        namen = [*query.extra_select, *query.values_select, *query.annotation_select]
    return _Gecompileerd(sql, tuple(params), namen, compiler)


def voorbereid(functie: Callable[..., QuerySet]) -> Callable[..., list[dict]]:
    """`functie(**waarden)` returns a `values()` QuerySet; the decorated function returns
    its rows (dicts), with the query built and compiled once per shape of `waarden`."""
    klaar: dict[tuple, _Gecompileerd | None] = {}

    @wraps(functie)
    def uitvoeren(**waarden) -> list[dict]:
        sleutel = (
            connection.vendor,
            timezone.get_current_timezone_name(),
            *(_vorm(k, v) for k, v in sorted(waarden.items())),
        )
        if sleutel not in klaar:
            try:
                klaar[sleutel] = _compileren(
                    functie(**{k: _param(k, v) for k, v in waarden.items()})
                )
            except EmptyResultSet:  # e.g. `__in` an empty list: nothing to ask
                klaar[sleutel] = None
        vraag = klaar[sleutel]
        if vraag is None:
            return []
        gegeven: dict = {}
        for k, v in waarden.items():
            _waarden(k, v, gegeven)
        params = [
            p.veld.get_db_prep_value(gegeven[p.naam], connection) if isinstance(p, _Plek) else p
            for p in vraag.params
        ]
        with connection.cursor() as cursor:
            cursor.execute(vraag.sql, params)
            rijen = cursor.fetchall()
        namen = vraag.namen
        return [dict(zip(namen, rij, strict=True)) for rij in vraag.compiler.results_iter([rijen])]

    uitvoeren.klaar = klaar  # for tests: the shapes compiled so far
    return uitvoeren
