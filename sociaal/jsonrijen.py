"""Short lists of related rows, read in the statement that reads their parent.

A detail page that shows a few short lists (a household's residents, their network, its
betrokkenen and meldingen) pays for each list one more statement: a round trip, and, more
than the database's own work, the ORM's cost of building and compiling one more query.
`Subselect` is a correlated sub-select that brings such a list along as one jsonb array in
the parent's row; `modellen` and `model` turn the rows back into model instances, so that
templates keep using the models' own methods (`get_FOO_display`, properties, `__str__`).

The sub-select is SQL, with the table and column names the models define: keep it next to
the selector that uses it, and a test that compares what it reads with what the ORM reads.
"""

from django.db import DEFAULT_DB_ALIAS, models


class Subselect(models.Expression):
    """`(sql)`: a sub-select giving one jsonb value. `{sleutel}` stands, once, for the
    parent row's column `sleutel` (default: its primary key). No `%` in `sql`."""

    def __init__(self, sql: str, *, sleutel: str = "pk"):
        super().__init__(output_field=models.JSONField())
        self.voor, self.na = sql.split("{sleutel}")
        self.sleutel = models.F(sleutel)

    def get_source_expressions(self):
        return [self.sleutel]

    def set_source_expressions(self, exprs):
        (self.sleutel,) = exprs

    def as_sql(self, compiler, connection):
        kolom, params = compiler.compile(self.sleutel)
        return f"({self.voor}{kolom}{self.na})", params


def model[M: models.Model](model_class: type[M], rij: dict | None) -> M | None:
    """An instance from a row as `to_jsonb(rij)` or `jsonb_build_object` gives it: each
    value through its field's `to_python` (as Django's own deserializer does: a date from
    its ISO text). Fields the row lacks stay deferred. Not for DecimalFields: jsonb
    numbers arrive as floats."""
    if rij is None:
        return None
    velden = [f for f in model_class._meta.concrete_fields if f.column in rij]
    return model_class.from_db(
        DEFAULT_DB_ALIAS,
        [f.attname for f in velden],
        [f.to_python(rij[f.column]) for f in velden],
    )


def modellen[M: models.Model](model_class: type[M], rijen: list[dict] | None) -> list[M]:
    return [model(model_class, rij) for rij in rijen or ()]
