"""Indexes for the household list, the search by name prefix and the wachtlijst.

- huishouden (wijk, straat, huisnummer, toevoeging, id): a team's households in list order
  without reading the table (huishoudens.lijst).
- melding (huishouden) of the open ones only: a team's waiting meldingen (the wachtlijst),
  without passing the many closed ones of earlier years.
- On PostgreSQL only: UPPER(achternaam) and UPPER(voornamen) with text_pattern_ops, so a
  case-insensitive prefix search (`istartswith`: UPPER(x) LIKE 'ABC%') is a range scan
  whatever the database's collation; the name and the household are included, so the
  search reads the index only. An operator class is PostgreSQL's own (SQLite, the demo
  default, would refuse it), so these are made here and not declared on the model.
"""

from django.db import migrations, models

PERSOON_INDEXEN = {
    "persoon_achternaam_prefix_idx": "achternaam",
    "persoon_voornamen_prefix_idx": "voornamen",
}


def maak(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for naam, kolom in PERSOON_INDEXEN.items():
        schema_editor.execute(
            f"CREATE INDEX {naam} ON huishoudens_persoon "
            f"(UPPER({kolom}) text_pattern_ops) INCLUDE ({kolom}, huishouden_id)"
        )


def verwijder(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for naam in PERSOON_INDEXEN:
        schema_editor.execute(f"DROP INDEX IF EXISTS {naam}")


class Migration(migrations.Migration):
    dependencies = [
        ("huishoudens", "0006_inzage_recht"),
        ("medewerkers", "0003_rol_auditor"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="huishouden",
            index=models.Index(
                fields=["wijk", "straat", "huisnummer", "huisnummer_toevoeging", "id"],
                name="huishouden_wijk_volgorde_idx",
            ),
        ),
        migrations.AddIndex(
            model_name="melding",
            index=models.Index(
                condition=models.Q(("status__in", ["nieuw", "toegewezen", "in_onderzoek"])),
                fields=["huishouden"],
                name="melding_open_huishouden_idx",
            ),
        ),
        migrations.RunPython(maak, verwijder),
    ]
