"""Full-text matching beside the search_searchentry table, for the database in use.

PostgreSQL: two text search configurations that fold accents (unaccent) before stemming, a stored
generated `search_vector` (title weight A, body weight B, configuration chosen by the row's
language) and a GIN index on it. SQLite: an external-content FTS5 table with the unicode61
tokenizer folding diacritics, kept in sync by triggers. Other vendors get nothing.
"""

from django.db import migrations

POSTGRES_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS compagnon_fr",
    "CREATE TEXT SEARCH CONFIGURATION compagnon_fr (COPY = pg_catalog.french)",
    "ALTER TEXT SEARCH CONFIGURATION compagnon_fr"
    " ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS compagnon_en",
    "CREATE TEXT SEARCH CONFIGURATION compagnon_en (COPY = pg_catalog.english)",
    "ALTER TEXT SEARCH CONFIGURATION compagnon_en"
    " ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem",
    """
    ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(CASE WHEN language = 'fr' THEN 'compagnon_fr'::regconfig
                                   ELSE 'compagnon_en'::regconfig END, title), 'A')
        || setweight(to_tsvector(CASE WHEN language = 'fr' THEN 'compagnon_fr'::regconfig
                                      ELSE 'compagnon_en'::regconfig END, body), 'B')
    ) STORED
    """,
    "CREATE INDEX search_entry_vector ON search_searchentry USING gin (search_vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS search_entry_vector",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS compagnon_fr",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS compagnon_en",
]

SQLITE_FORWARD = [
    """
    CREATE VIRTUAL TABLE search_searchentry_fts USING fts5(
        title, body, content='search_searchentry', content_rowid='id',
        tokenize="unicode61 remove_diacritics 2"
    )
    """,
    """
    CREATE TRIGGER search_searchentry_fts_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_searchentry_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END
    """,
    """
    CREATE TRIGGER search_searchentry_fts_delete AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_searchentry_fts(search_searchentry_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END
    """,
    """
    CREATE TRIGGER search_searchentry_fts_update AFTER UPDATE OF title, body
    ON search_searchentry BEGIN
        INSERT INTO search_searchentry_fts(search_searchentry_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO search_searchentry_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
    END
    """,
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_searchentry_fts_insert",
    "DROP TRIGGER IF EXISTS search_searchentry_fts_delete",
    "DROP TRIGGER IF EXISTS search_searchentry_fts_update",
    "DROP TABLE IF EXISTS search_searchentry_fts",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": POSTGRES_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": POSTGRES_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        )
    ]
