"""`manage.py search_index --rebuild | --update [--every SECONDS]`: maintain the search indexes.

`--update --every 60` is the retry loop: it re-sends every entry Elasticsearch has not
acknowledged (an indexing that failed, a task that never ran), then sleeps, until stopped. It needs
no other service: run it beside the web process (a systemd unit, a container, `make run`).
"""

from __future__ import annotations

import logging
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, close_old_connections, connection, transaction

from search import elastic
from search.backends import elasticsearch_enabled, mark_elasticsearch_up
from search.documents import documents_reindex, registry
from search.es import ElasticsearchUnavailable
from search.services import search_index_rebuild_database, search_index_update

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "--rebuild: rebuild the database full-text index and, if ELASTICSEARCH_URL is set, a new "
        "versioned Elasticsearch index swapped in by alias. --update: re-send changed entries; "
        "with --every SECONDS, again and again until stopped."
    )

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--rebuild", action="store_true")
        group.add_argument("--update", action="store_true")
        group.add_argument(
            "--reindex",
            action="store_true",
            help="feed every object of every app's search documents again (after a change to "
            "a documents.py), then --update",
        )
        parser.add_argument(
            "--every",
            type=float,
            metavar="SECONDS",
            help="with --update: repeat every SECONDS (at least 1) until interrupted",
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(
        self, *args, rebuild: bool, update: bool, reindex: bool, every, no_progress: bool, **options
    ):
        if every is not None and (not update or every < 1):
            raise CommandError("--every needs --update and at least 1 second.")
        if rebuild:
            self.rebuild(progress=not no_progress)
        elif reindex:
            with transaction.atomic():
                count = documents_reindex()
            self.stdout.write(f"{count} objects indexed from {len(registry)} documents")
        if (update or reindex) and every is None:
            synced, failed = search_index_update()
            self.stdout.write(f"{synced} entries synced, {failed} left for the next run")
            if failed:
                raise CommandError(f"{failed} entries could not be sent to Elasticsearch")
        elif every is not None:
            self.update_forever(every)

    def rebuild(self, *, progress: bool) -> None:
        count = search_index_rebuild_database()
        self.stdout.write(f"database: {count} entries indexed")
        if elasticsearch_enabled():
            try:
                name, indexed = elastic.rebuild(progress=progress)
            except ElasticsearchUnavailable as exc:
                raise CommandError(
                    f"Elasticsearch did not answer ({exc.__class__.__name__}); "
                    "the alias still points at the previous index."
                ) from exc
            mark_elasticsearch_up()
            self.stdout.write(f"elasticsearch: {indexed} entries in {name}, alias swapped")

    def update_forever(self, every: float) -> None:
        """A failed round is reported and retried at the next one; only an interrupt stops it."""
        self.stdout.write(f"search_index: updating every {every:g} s (Ctrl-C stops)")
        try:
            while True:
                if not connection.in_atomic_block:  # (inside a test's transaction)
                    close_old_connections()  # a database restart must not end the loop
                try:
                    synced, failed = search_index_update()
                except DatabaseError as exc:
                    self.stderr.write(f"database unavailable ({exc.__class__.__name__}); retrying")
                else:
                    if synced or failed:
                        self.stdout.write(
                            f"{synced} entries synced, {failed} left for the next run"
                        )
                    if failed:
                        self.stderr.write(f"{failed} entries could not be sent to Elasticsearch")
                self.stdout.flush()
                time.sleep(every)
        except KeyboardInterrupt:
            self.stdout.write("search_index: stopped")
