"""QuerySets built once and run many times.

Django can take as long to build and compile a query as PostgreSQL takes to run it: the
dashboard's grouped queries (docs/adr/0013), the dossier's one statement with its access
policy (docs/adr/0015). A function decorated with `@voorbereid` is ordinary QuerySet code;
the first call of each shape (the same arguments, lists of the same length) calls it with a
`Param` wherever a value goes and compiles the result; every call then only fills in the
values and runs that SQL. The SQL is exactly what Django would have sent, so the rows
cannot differ.

- A value whose class names `PARAM_DELEN` (a `Periode`: its dates) is taken apart: the
  function gets an object with a `Param` for each of those attributes.
- A value wrapped in `Vast(waarde, vorm)` is passed as it is, and `vorm` joins the shape:
  for what changes the query itself rather than a value in it (a role the access policy
  asks more of).
- `@voorbereid(op_de_server=True)`: on PostgreSQL the statement is also prepared on the
  database server (`PREPARE`), once per connection, so PostgreSQL does not plan it again
  on every run either; for a statement whose planning costs more than running it (the
  dossier's: 0.6 of 1.2 ms). The PREPARE goes in the same round trip as the first run, so
  a run is one query, always. `SOCIAAL_DB_PREPARE=false` switches this off, for a
  connection pooler in transaction mode that does not keep a session's statements."""

import hashlib
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import wraps
from types import SimpleNamespace
from weakref import WeakKeyDictionary

from django.conf import settings
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
class Vast:
    """A value the function gets as it is; `vorm` (hashable) joins the query's shape."""

    waarde: object
    vorm: object


def _delen(waarde) -> tuple[str, ...] | None:
    return getattr(type(waarde), "PARAM_DELEN", None)


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
    if isinstance(waarde, Vast):
        return waarde.waarde
    if isinstance(waarde, list | tuple):
        return [_param(f"{naam}_{i}", w) for i, w in enumerate(waarde)]
    if delen := _delen(waarde):
        return SimpleNamespace(
            **{d: Param(f"{naam}_{d}", _veld(getattr(waarde, d))) for d in delen}
        )
    if isinstance(waarde, Model):
        return Param(naam, BigIntegerField())
    return Param(naam, _veld(waarde))


def _waarden(naam: str, waarde, uit: dict) -> dict:
    if isinstance(waarde, Vast):
        pass
    elif isinstance(waarde, list | tuple):
        for i, w in enumerate(waarde):
            _waarden(f"{naam}_{i}", w, uit)
    elif delen := _delen(waarde):
        for d in delen:
            uit[f"{naam}_{d}"] = getattr(waarde, d)
    elif isinstance(waarde, Model):
        uit[naam] = waarde.pk
    else:
        uit[naam] = waarde
    return uit


def _vorm(naam: str, waarde):
    if isinstance(waarde, Vast):
        return (naam, "vast", waarde.vorm)
    if isinstance(waarde, list | tuple):
        return (naam, tuple(_vorm("", w) for w in waarde))
    return (naam, type(waarde).__name__)


@dataclass(frozen=True)
class _Gecompileerd:
    sql: str
    params: tuple
    namen: list[str]
    compiler: object

    @property
    def servernaam(self) -> str:
        """The name of the statement prepared on the server: the same SQL, the same name."""
        return "sociaal_" + hashlib.sha1(self.sql.encode()).hexdigest()[:20]

    @property
    def server_sql(self) -> str:
        """The SQL with PostgreSQL's `$1, $2, …` where Django has `%s` (`%%` stays: the
        statement still passes the client's parameter merging)."""
        teller = itertools.count(1)
        return re.sub(r"%[s%]", lambda m: f"${next(teller)}" if m[0] == "%s" else "%%", self.sql)


# Per open connection to PostgreSQL, the statements prepared on it (a new connection is a
# new session, with none): True, or None when a first run failed and whether its PREPARE
# stands is not known (PREPARE is not undone with the EXECUTE that failed after it).
_OP_DE_SERVER: WeakKeyDictionary = WeakKeyDictionary()


def _uitvoeren(cursor, vraag: _Gecompileerd, params: list, *, op_de_server: bool) -> None:
    if not (op_de_server and connection.vendor == "postgresql" and settings.SOCIAAL_DB_PREPARE):
        cursor.execute(vraag.sql, params)
        return
    bekend = _OP_DE_SERVER.setdefault(connection.connection, {})
    naam = vraag.servernaam
    if naam in bekend and bekend[naam] is None:  # only after a failed first run
        cursor.execute("SELECT 1 FROM pg_prepared_statements WHERE name = %s", [naam])
        if cursor.fetchone():
            bekend[naam] = True
        else:
            del bekend[naam]
    aanroep = f"EXECUTE {naam}" + (f"({', '.join(['%s'] * len(params))})" if params else "")
    if bekend.get(naam):
        cursor.execute(aanroep, params)
        return
    bekend[naam] = None
    cursor.execute(f"PREPARE {naam} AS {vraag.server_sql}; {aanroep}", params)
    cursor.nextset()  # past PREPARE's empty answer to the rows
    bekend[naam] = True


def _compileren(qs: QuerySet) -> _Gecompileerd:
    query = qs.query
    compiler = query.get_compiler(qs.db)
    sql, params = compiler.as_sql()
    if query.selected:
        namen = list(query.selected)
    else:
        namen = [*query.extra_select, *query.values_select, *query.annotation_select]
    return _Gecompileerd(sql, tuple(params), namen, compiler)


def voorbereid(functie: Callable[..., QuerySet] | None = None, *, op_de_server: bool = False):
    """`functie(**waarden)` returns a `values()` QuerySet; the decorated function returns
    its rows (dicts), with the query built and compiled once per shape of `waarden`."""
    if functie is None:
        return lambda f: _voorbereid(f, op_de_server=op_de_server)
    return _voorbereid(functie, op_de_server=op_de_server)


def _voorbereid(functie: Callable[..., QuerySet], *, op_de_server: bool):
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
            _uitvoeren(cursor, vraag, params, op_de_server=op_de_server)
            rijen = cursor.fetchall()
        namen = vraag.namen
        return [dict(zip(namen, rij, strict=True)) for rij in vraag.compiler.results_iter([rijen])]

    uitvoeren.klaar = klaar  # for tests: the shapes compiled so far
    return uitvoeren
