"""On PostgreSQL, refuse UPDATE and DELETE of audit rows from any client, so that not even
a bug or a raw query in the application can rewrite the trail (docs/design.md §4.7).

TRUNCATE is left alone here: the test runner empties tables with it. Issue #7 moves the
application to a database role without those rights."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION audit_auditentry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_auditentry_append_only
    BEFORE UPDATE OR DELETE ON audit_auditentry
    FOR EACH ROW EXECUTE FUNCTION audit_auditentry_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS audit_auditentry_append_only ON audit_auditentry;
DROP FUNCTION IF EXISTS audit_auditentry_append_only();
"""


# The embedded default (SQLite) gets the same guard.
CREATE_SQLITE = [
    f"""CREATE TRIGGER audit_auditentry_no_{op.lower()} BEFORE {op} ON audit_auditentry
    BEGIN SELECT RAISE(ABORT, 'audit entries are append-only ({op} refused)'); END;"""
    for op in ("UPDATE", "DELETE")
]
DROP_SQLITE = [f"DROP TRIGGER IF EXISTS audit_auditentry_no_{op}" for op in ("update", "delete")]


def create(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(CREATE, params=None)
    elif vendor == "sqlite":
        for statement in CREATE_SQLITE:
            schema_editor.execute(statement)


def drop(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(DROP, params=None)
    elif vendor == "sqlite":
        for statement in DROP_SQLITE:
            schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_initial")]

    operations = [migrations.RunPython(create, drop)]
