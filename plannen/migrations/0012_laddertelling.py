"""The ladder counts kept by the database (docs/adr/0013): afspraken per wijk, month and
rung, changed in the same transaction as whatever adds, changes or deletes an afspraak, or
moves a household, plan or doel. Statement triggers for inserts and deletes (one grouped
write per statement, so a bulk insert stays cheap), row triggers for the rare updates. A
write that would make the counts wrong (an afspraak whose doel, plan or household is not
there) is refused. `SELECT plannen_ladder_hertellen()` counts everything again.

PostgreSQL only; on SQLite (the embedded demo) the dashboard counts the afspraken live."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# The month in the municipality's time zone: the dashboard's periods are local months.
PG_MAAND = """
CREATE OR REPLACE FUNCTION plannen_maand(moment timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT date_trunc('month', moment AT TIME ZONE '{tijdzone}')::date
$$;
"""

PG_CREATE = """
CREATE OR REPLACE FUNCTION plannen_wijk_van_plan(plan bigint) RETURNS bigint
LANGUAGE plpgsql STABLE AS $$
DECLARE wijk bigint;
BEGIN
    SELECT h.wijk_id INTO wijk FROM plannen_plan p
    JOIN huishoudens_huishouden h ON h.id = p.huishouden_id WHERE p.id = plan;
    IF wijk IS NULL THEN
        RAISE EXCEPTION 'ladder counts: plan % has no household (yet)', plan
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN wijk;
END $$;

CREATE OR REPLACE FUNCTION plannen_wijk_van_doel(doel bigint) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT plannen_wijk_van_plan((SELECT plan_id FROM plannen_doel WHERE id = doel))
$$;

-- Insert and delete: the statement's rows (`rijen`) counted per wijk, month and rung in one
-- write, in key order (two transactions then never wait for each other crosswise).
CREATE OR REPLACE FUNCTION plannen_ladder_tellen() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE teken integer := CASE TG_OP WHEN 'DELETE' THEN -1 ELSE 1 END;
BEGIN
    IF EXISTS (
        SELECT 1 FROM rijen r
        LEFT JOIN plannen_doel d ON d.id = r.doel_id
        LEFT JOIN plannen_plan p ON p.id = d.plan_id
        LEFT JOIN huishoudens_huishouden h ON h.id = p.huishouden_id
        WHERE h.id IS NULL
    ) THEN
        RAISE EXCEPTION 'ladder counts: an afspraak without its doel, plan or household '
            '(write the doel before its afspraken, delete afspraken before their doel)'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    INSERT INTO plannen_laddertelling AS t (wijk_id, maand, uitvoerder, aantal)
    SELECT h.wijk_id, plannen_maand(r.created_at), r.uitvoerder, teken * count(*)
    FROM rijen r
    JOIN plannen_doel d ON d.id = r.doel_id
    JOIN plannen_plan p ON p.id = d.plan_id
    JOIN huishoudens_huishouden h ON h.id = p.huishouden_id
    GROUP BY 1, 2, 3
    ORDER BY 1, 2, 3
    ON CONFLICT (wijk_id, maand, uitvoerder) DO UPDATE SET aantal = t.aantal + EXCLUDED.aantal;
    RETURN NULL;
END $$;

CREATE TRIGGER plannen_afspraak_ladder_bij AFTER INSERT ON plannen_afspraak
    REFERENCING NEW TABLE AS rijen FOR EACH STATEMENT EXECUTE FUNCTION plannen_ladder_tellen();
CREATE TRIGGER plannen_afspraak_ladder_af AFTER DELETE ON plannen_afspraak
    REFERENCING OLD TABLE AS rijen FOR EACH STATEMENT EXECUTE FUNCTION plannen_ladder_tellen();

-- An afspraak that changes its rung, its doel or its month.
CREATE OR REPLACE FUNCTION plannen_afspraak_ladder_wijzigen() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO plannen_laddertelling AS t (wijk_id, maand, uitvoerder, aantal)
    SELECT wijk_id, maand, uitvoerder, sum(n) FROM (
        SELECT plannen_wijk_van_doel(OLD.doel_id) AS wijk_id,
               plannen_maand(OLD.created_at) AS maand, OLD.uitvoerder AS uitvoerder, -1 AS n
        UNION ALL
        SELECT plannen_wijk_van_doel(NEW.doel_id), plannen_maand(NEW.created_at),
               NEW.uitvoerder, 1
    ) AS verschil
    GROUP BY 1, 2, 3
    HAVING sum(n) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT (wijk_id, maand, uitvoerder) DO UPDATE SET aantal = t.aantal + EXCLUDED.aantal;
    RETURN NULL;
END $$;

CREATE TRIGGER plannen_afspraak_ladder_wijzigen
    AFTER UPDATE OF doel_id, uitvoerder, created_at ON plannen_afspraak FOR EACH ROW
    WHEN (OLD.doel_id IS DISTINCT FROM NEW.doel_id
          OR OLD.uitvoerder IS DISTINCT FROM NEW.uitvoerder
          OR plannen_maand(OLD.created_at) IS DISTINCT FROM plannen_maand(NEW.created_at))
    EXECUTE FUNCTION plannen_afspraak_ladder_wijzigen();

-- Afspraken that end up in another wijk: their household moved, or their plan or doel
-- was moved to another household or plan.
CREATE OR REPLACE FUNCTION plannen_ladder_verplaatsen(van bigint, naar bigint, ids bigint[])
RETURNS void LANGUAGE sql AS $$
    INSERT INTO plannen_laddertelling AS t (wijk_id, maand, uitvoerder, aantal)
    SELECT w.wijk_id, plannen_maand(a.created_at), a.uitvoerder, w.teken * count(*)
    FROM plannen_afspraak a CROSS JOIN (VALUES (van, -1), (naar, 1)) AS w(wijk_id, teken)
    WHERE a.id = ANY(ids) AND van IS DISTINCT FROM naar
    GROUP BY w.wijk_id, w.teken, 2, 3
    ORDER BY 1, 2, 3
    ON CONFLICT (wijk_id, maand, uitvoerder) DO UPDATE SET aantal = t.aantal + EXCLUDED.aantal
$$;

CREATE OR REPLACE FUNCTION plannen_ladder_verhuizen() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'huishoudens_huishouden' THEN
        PERFORM plannen_ladder_verplaatsen(OLD.wijk_id, NEW.wijk_id, ARRAY(
            SELECT a.id FROM plannen_afspraak a
            JOIN plannen_doel d ON d.id = a.doel_id
            JOIN plannen_plan p ON p.id = d.plan_id
            WHERE p.huishouden_id = NEW.id));
    ELSIF TG_TABLE_NAME = 'plannen_plan' THEN
        PERFORM plannen_ladder_verplaatsen(
            (SELECT wijk_id FROM huishoudens_huishouden WHERE id = OLD.huishouden_id),
            (SELECT wijk_id FROM huishoudens_huishouden WHERE id = NEW.huishouden_id),
            ARRAY(SELECT a.id FROM plannen_afspraak a
                  JOIN plannen_doel d ON d.id = a.doel_id WHERE d.plan_id = NEW.id));
    ELSE
        PERFORM plannen_ladder_verplaatsen(
            plannen_wijk_van_plan(OLD.plan_id), plannen_wijk_van_plan(NEW.plan_id),
            ARRAY(SELECT a.id FROM plannen_afspraak a WHERE a.doel_id = NEW.id));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER plannen_huishouden_ladder_verhuizen
    AFTER UPDATE OF wijk_id ON huishoudens_huishouden FOR EACH ROW
    WHEN (OLD.wijk_id IS DISTINCT FROM NEW.wijk_id)
    EXECUTE FUNCTION plannen_ladder_verhuizen();
CREATE TRIGGER plannen_plan_ladder_verhuizen
    AFTER UPDATE OF huishouden_id ON plannen_plan FOR EACH ROW
    WHEN (OLD.huishouden_id IS DISTINCT FROM NEW.huishouden_id)
    EXECUTE FUNCTION plannen_ladder_verhuizen();
CREATE TRIGGER plannen_doel_ladder_verhuizen
    AFTER UPDATE OF plan_id ON plannen_doel FOR EACH ROW
    WHEN (OLD.plan_id IS DISTINCT FROM NEW.plan_id)
    EXECUTE FUNCTION plannen_ladder_verhuizen();

-- Everything counted again from the afspraken (the migration fills the table with it).
CREATE OR REPLACE FUNCTION plannen_ladder_hertellen() RETURNS void
LANGUAGE sql AS $$
    LOCK TABLE plannen_afspraak, plannen_doel, plannen_plan, huishoudens_huishouden
        IN SHARE MODE;
    DELETE FROM plannen_laddertelling;
    INSERT INTO plannen_laddertelling (wijk_id, maand, uitvoerder, aantal)
    SELECT h.wijk_id, plannen_maand(a.created_at), a.uitvoerder, count(*)
    FROM plannen_afspraak a
    JOIN plannen_doel d ON d.id = a.doel_id
    JOIN plannen_plan p ON p.id = d.plan_id
    JOIN huishoudens_huishouden h ON h.id = p.huishouden_id
    GROUP BY 1, 2, 3;
$$;

SELECT plannen_ladder_hertellen();
"""

PG_DROP = """
DROP TRIGGER IF EXISTS plannen_afspraak_ladder_bij ON plannen_afspraak;
DROP TRIGGER IF EXISTS plannen_afspraak_ladder_af ON plannen_afspraak;
DROP TRIGGER IF EXISTS plannen_afspraak_ladder_wijzigen ON plannen_afspraak;
DROP TRIGGER IF EXISTS plannen_huishouden_ladder_verhuizen ON huishoudens_huishouden;
DROP TRIGGER IF EXISTS plannen_plan_ladder_verhuizen ON plannen_plan;
DROP TRIGGER IF EXISTS plannen_doel_ladder_verhuizen ON plannen_doel;
DROP FUNCTION IF EXISTS plannen_ladder_hertellen();
DROP FUNCTION IF EXISTS plannen_ladder_verhuizen();
DROP FUNCTION IF EXISTS plannen_ladder_verplaatsen(bigint, bigint, bigint[]);
DROP FUNCTION IF EXISTS plannen_afspraak_ladder_wijzigen();
DROP FUNCTION IF EXISTS plannen_ladder_tellen();
DROP FUNCTION IF EXISTS plannen_wijk_van_doel(bigint);
DROP FUNCTION IF EXISTS plannen_wijk_van_plan(bigint);
DROP FUNCTION IF EXISTS plannen_maand(timestamptz);
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_MAAND.format(tijdzone=settings.TIME_ZONE), params=None)
        schema_editor.execute(PG_CREATE, params=None)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("huishoudens", "0006_inzage_recht"),
        ("medewerkers", "0003_rol_auditor"),
        ("plannen", "0011_dashboard_indexen"),
    ]

    operations = [
        migrations.CreateModel(
            name="LadderTelling",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("maand", models.DateField()),
                (
                    "uitvoerder",
                    models.CharField(
                        choices=[
                            ("eigen_kracht", "De inwoner zelf"),
                            ("netwerk", "Iemand uit het netwerk"),
                            ("algemeen", "Een algemene voorziening"),
                            ("maatwerk", "Een maatwerkvoorziening"),
                            ("professional", "Een betrokken professional"),
                        ],
                        max_length=20,
                    ),
                ),
                ("aantal", models.IntegerField(default=0)),
                (
                    "wijk",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="medewerkers.wijk",
                    ),
                ),
            ],
            options={
                "verbose_name": "telling van afspraken per trede",
                "verbose_name_plural": "tellingen van afspraken per trede",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("wijk", "maand", "uitvoerder"), name="laddertelling_een_per_maand"
                    )
                ],
            },
        ),
        migrations.RunPython(create, drop),
    ]
