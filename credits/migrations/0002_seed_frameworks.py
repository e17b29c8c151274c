"""Seed the real frameworks (certification périodique, DPC, EACCME, AMA PRA 1 and 2)."""

from django.db import migrations


def forward(apps, schema_editor):
    from credits import frameworks_data

    frameworks_data.ensure(
        apps.get_model("credits", "Framework"),
        apps.get_model("credits", "Category"),
        apps.get_model("credits", "Requirement"),
    )


class Migration(migrations.Migration):
    dependencies = [("credits", "0001_initial")]
    operations = [migrations.RunPython(forward, migrations.RunPython.noop)]
