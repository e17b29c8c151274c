"""`manage.py search_index --rebuild | --update`: maintain the search indexes."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from search import elastic
from search.backends import elasticsearch_enabled, mark_elasticsearch_up
from search.es import ElasticsearchUnavailable
from search.services import search_index_rebuild_database, search_index_update


class Command(BaseCommand):
    help = (
        "--rebuild: rebuild the database full-text index and, if ELASTICSEARCH_URL is set, a new "
        "versioned Elasticsearch index swapped in by alias. --update: re-send changed entries."
    )

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--rebuild", action="store_true")
        group.add_argument("--update", action="store_true")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, rebuild: bool, update: bool, no_progress: bool, **options):
        if rebuild:
            count = search_index_rebuild_database()
            self.stdout.write(f"database: {count} entries indexed")
            if elasticsearch_enabled():
                try:
                    name, indexed = elastic.rebuild(progress=not no_progress)
                except ElasticsearchUnavailable as exc:
                    raise CommandError(
                        f"Elasticsearch did not answer ({exc.__class__.__name__}); "
                        "the alias still points at the previous index."
                    ) from exc
                mark_elasticsearch_up()
                self.stdout.write(f"elasticsearch: {indexed} entries in {name}, alias swapped")
        if update:
            synced, failed = search_index_update()
            self.stdout.write(f"{synced} entries synced, {failed} left for the next run")
            if failed:
                raise CommandError(f"{failed} entries could not be sent to Elasticsearch")
