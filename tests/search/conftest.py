"""Search fixtures: entries fed through the public services, on every available backend.

Content models do not exist yet, so auth Groups stand in for courses, cases and mentors: the
search app only needs a saved model instance to key an entry on.
"""

import itertools
import os

import pytest
from django.contrib.auth.models import Group

from search import elastic
from search.services import search_entry_upsert

ES_URL = os.environ.get("ELASTICSEARCH_URL", "")
DEAD_ES_URL = "http://127.0.0.1:9"  # nothing listens on the discard port
_names = itertools.count()


@pytest.fixture(params=["database", "elasticsearch"])
def search_backend(request, settings, db):
    """The behaviour suite runs once per backend; Elasticsearch only against a real cluster."""
    if request.param == "elasticsearch":
        if not ES_URL:
            pytest.skip("ELASTICSEARCH_URL is not set: no Elasticsearch cluster to test against")
        settings.ELASTICSEARCH_URL = ES_URL
        settings.ELASTICSEARCH_INDEX_PREFIX = f"test-compagnon-{os.getpid()}"
        elastic.rebuild(progress=False)
        yield request.param
        elastic.client().indices.delete(
            index=f"{settings.ELASTICSEARCH_INDEX_PREFIX}-*", ignore_unavailable=True
        )
    else:
        settings.ELASTICSEARCH_URL = ""
        yield request.param


def refresh_search(backend: str | None = None) -> None:
    from django.conf import settings

    if settings.ELASTICSEARCH_URL and settings.ELASTICSEARCH_URL != DEAD_ES_URL:
        from search.documents import index_alias

        elastic.client().indices.refresh(index=index_alias())


@pytest.fixture
def add_entry(django_capture_on_commit_callbacks):
    """Index a stand-in object; returns it so tests can re-index or remove it."""

    def add(obj=None, **fields):
        obj = obj or Group.objects.create(name=f"stand-in {next(_names)}")
        values = {
            "kind": "course",
            "title": "Untitled",
            "body": "",
            "language": "fr",
            "url": f"/stand-in/{obj.pk}/",
            "visibility": "public",
            **fields,
        }
        with django_capture_on_commit_callbacks(execute=True):
            search_entry_upsert(obj=obj, **values)
        refresh_search()
        return obj

    return add


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The did-you-mean vocabulary, framework names and the Elasticsearch-down flag are cached:
    no test sees another's."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _english(client):
    """Pages and messages are asserted in English; the site's default language is French."""
    from django.utils import translation

    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield
