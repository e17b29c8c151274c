"""Which search backend is in use, and whether it answers.

Elasticsearch, when configured, is remembered as down for a short while after a failure (in the
shared cache, so every worker skips it), and searches go to the database meanwhile.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection

logger = logging.getLogger(__name__)
ES_DOWN_KEY = "search:elasticsearch-down"
ES_DOWN_SECONDS = 30


class DatabaseSearchBackend:
    name = "database"

    def ping(self) -> bool:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self, url: str):
        self.url = url

    def ping(self) -> bool:
        from .es import get_client

        return bool(get_client(self.url, timeout=2.0).ping())


def get_search_backend() -> DatabaseSearchBackend | ElasticsearchBackend:
    if settings.ELASTICSEARCH_URL:
        return ElasticsearchBackend(settings.ELASTICSEARCH_URL)
    return DatabaseSearchBackend()


def elasticsearch_enabled() -> bool:
    return bool(settings.ELASTICSEARCH_URL)


def elasticsearch_marked_down() -> bool:
    return bool(cache.get(ES_DOWN_KEY))


def mark_elasticsearch_down(exc: BaseException) -> None:
    # The exception text can name hosts; the class name is enough to follow up in the logs.
    logger.warning("search: Elasticsearch unavailable (%s)", exc.__class__.__name__)
    cache.set(ES_DOWN_KEY, True, ES_DOWN_SECONDS)


def mark_elasticsearch_up() -> None:
    cache.delete(ES_DOWN_KEY)
