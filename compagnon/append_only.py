"""Append-only records (the audit log, the credit ledger): insert, never update or delete.

Three locks, each catching what the one above misses: the model (`save`/`delete`), the queryset
(`update`/`delete`), and database triggers (raw SQL, other clients) added by
`append_only_triggers()` in the owning app's migration.
"""

from django.db import migrations, models


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise PermissionError(f"{self.model._meta.verbose_name_plural} are append-only.")

    def delete(self):
        raise PermissionError(f"{self.model._meta.verbose_name_plural} are append-only.")


class AppendOnlyModel(models.Model):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise PermissionError(f"{self._meta.verbose_name_plural} are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError(f"{self._meta.verbose_name_plural} are append-only.")


def append_only_triggers(table: str) -> migrations.RunPython:
    """A migration operation that makes the database refuse UPDATE and DELETE on `table`."""
    message = f"{table} is append-only"
    forward_sql = {
        "sqlite": [
            f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END;",
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{message}'); END;",
        ],
        "postgresql": [
            f"CREATE OR REPLACE FUNCTION {table}_append_only() RETURNS trigger AS $$ "
            f"BEGIN RAISE EXCEPTION '{message}'; END; $$ LANGUAGE plpgsql;",
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only();",
        ],
    }
    backward_sql = {
        "sqlite": [
            f"DROP TRIGGER IF EXISTS {table}_no_update;",
            f"DROP TRIGGER IF EXISTS {table}_no_delete;",
        ],
        "postgresql": [
            f"DROP TRIGGER IF EXISTS {table}_append_only ON {table};",
            f"DROP FUNCTION IF EXISTS {table}_append_only();",
        ],
    }

    def run(statements):
        def apply(apps, schema_editor):
            for sql in statements.get(schema_editor.connection.vendor, []):
                schema_editor.execute(sql)

        return apply

    return migrations.RunPython(run(forward_sql), run(backward_sql))
