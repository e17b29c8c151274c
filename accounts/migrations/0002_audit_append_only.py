"""Make the audit log append-only in the database itself, on SQLite and PostgreSQL alike."""

from django.db import migrations

from compagnon.append_only import append_only_triggers


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]
    operations = [append_only_triggers("accounts_auditevent")]
