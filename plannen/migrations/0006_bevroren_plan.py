"""docs/design.md §4.4 in the database: the doelen and afspraken of a plan change only while it is
a concept (an agreed plan changes through a new version), and a frozen version never
changes. The services refuse first, with a Dutch message; this catches any other path."""

from django.db import migrations

PG_CREATE = """
CREATE OR REPLACE FUNCTION plannen_alleen_concept() RETURNS trigger AS $$
DECLARE plan_status text;
BEGIN
    IF TG_TABLE_NAME = 'plannen_doel' THEN
        SELECT status INTO plan_status FROM plannen_plan
        WHERE id = COALESCE(NEW.plan_id, OLD.plan_id);
    ELSE
        SELECT p.status INTO plan_status FROM plannen_plan p
        JOIN plannen_doel d ON d.plan_id = p.id
        WHERE d.id = COALESCE(NEW.doel_id, OLD.doel_id);
    END IF;
    IF plan_status IS NOT NULL AND plan_status <> 'concept' THEN
        RAISE EXCEPTION 'plan is frozen (%): doelen and afspraken change in a new version',
            plan_status USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER plannen_doel_alleen_concept BEFORE INSERT OR UPDATE OR DELETE ON plannen_doel
    FOR EACH ROW EXECUTE FUNCTION plannen_alleen_concept();
CREATE TRIGGER plannen_afspraak_alleen_concept BEFORE INSERT OR UPDATE OR DELETE
    ON plannen_afspraak FOR EACH ROW EXECUTE FUNCTION plannen_alleen_concept();

CREATE OR REPLACE FUNCTION plannen_planversie_onveranderlijk() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'a plan version never changes' USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER plannen_planversie_onveranderlijk BEFORE UPDATE ON plannen_planversie
    FOR EACH ROW EXECUTE FUNCTION plannen_planversie_onveranderlijk();
"""

PG_DROP = """
DROP TRIGGER IF EXISTS plannen_doel_alleen_concept ON plannen_doel;
DROP TRIGGER IF EXISTS plannen_afspraak_alleen_concept ON plannen_afspraak;
DROP FUNCTION IF EXISTS plannen_alleen_concept();
DROP TRIGGER IF EXISTS plannen_planversie_onveranderlijk ON plannen_planversie;
DROP FUNCTION IF EXISTS plannen_planversie_onveranderlijk();
"""

_DOEL = "(SELECT status FROM plannen_plan WHERE id = {rij}.plan_id)"
_AFSPRAAK = (
    "(SELECT p.status FROM plannen_plan p JOIN plannen_doel d ON d.plan_id = p.id "
    "WHERE d.id = {rij}.doel_id)"
)
_FOUT = "SELECT RAISE(ABORT, 'plan is frozen: doelen and afspraken change in a new version');"


def _sqlite_triggers():
    for tabel, status in (("plannen_doel", _DOEL), ("plannen_afspraak", _AFSPRAAK)):
        for moment, rij in (("INSERT", "NEW"), ("UPDATE", "OLD"), ("DELETE", "OLD")):
            yield (
                f"CREATE TRIGGER {tabel}_{moment.lower()}_alleen_concept BEFORE {moment} ON {tabel} "
                f"WHEN {status.format(rij=rij)} <> 'concept' BEGIN {_FOUT} END;"
            )
    yield (
        "CREATE TRIGGER plannen_planversie_onveranderlijk BEFORE UPDATE ON plannen_planversie "
        "BEGIN SELECT RAISE(ABORT, 'a plan version never changes'); END;"
    )


def _sqlite_drops():
    for tabel in ("plannen_doel", "plannen_afspraak"):
        for moment in ("insert", "update", "delete"):
            yield f"DROP TRIGGER IF EXISTS {tabel}_{moment}_alleen_concept"
    yield "DROP TRIGGER IF EXISTS plannen_planversie_onveranderlijk"


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_CREATE, params=None)
    elif vendor == "sqlite":
        for statement in _sqlite_triggers():
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_DROP, params=None)
    elif vendor == "sqlite":
        for statement in _sqlite_drops():
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("plannen", "0005_evaluatie")]

    operations = [migrations.RunPython(create, drop)]
