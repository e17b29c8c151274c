"""Which search backend is in use, and whether it answers."""

from __future__ import annotations

from django.conf import settings
from django.db import connection


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
