"""Every write to the search index. Content apps call these two functions and nothing else.

The entry row is written in the caller's transaction, so publishing and indexing commit (or roll
back) together, and a retracted case leaves the database results at once — the permission never
waits on a worker. Elasticsearch is brought in line by a background task after commit; if that
fails the entry stays `dirty` and `manage.py search_index --update` catches up. Nothing here
raises because Elasticsearch is down.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.db import connection, models, transaction
from django.utils import timezone

from .models import Kind, Language, SearchEntry, Visibility
from .text import clean

logger = logging.getLogger(__name__)


def _key(obj: models.Model) -> tuple[str, str]:
    if obj.pk is None:
        raise ValueError("only saved objects can be indexed")
    # A Wagtail page is keyed by its specific class, whether passed as a Page or specific.
    model = getattr(obj, "specific_class", None) or type(obj)
    return model._meta.label_lower, str(obj.pk)


def _labels(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(str(v).strip()[:64] for v in values if str(v).strip()))


def _enqueue_sync(content_type: str, object_id: str) -> None:
    from .tasks import search_entry_sync_task

    try:
        search_entry_sync_task.enqueue(content_type=content_type, object_id=object_id)
    except Exception:
        # A task queue that is down must not fail the request; the entry is still dirty.
        logger.exception("search: could not enqueue indexing of %s:%s", content_type, object_id)


def search_entry_upsert(
    *,
    obj: models.Model,
    kind: Kind | str,
    title: str,
    body: str,
    language: Language | str,
    url: str,
    specialty: str = "",
    topics: Iterable[str] = (),
    frameworks: Iterable[str] = (),
    visibility: Visibility | str,
) -> SearchEntry:
    """Index (or re-index) one published object: call on publish, edit and profile change."""
    if kind not in Kind.values:
        raise ValueError(f"unknown kind {kind!r}")
    if language not in Language.values:
        raise ValueError(f"unknown language {language!r}")
    if visibility not in Visibility.values:
        raise ValueError(f"unknown visibility {visibility!r}")
    content_type, object_id = _key(obj)
    entry, _created = SearchEntry.objects.update_or_create(
        content_type=content_type,
        object_id=object_id,
        defaults={
            "kind": str(kind),
            "title": " ".join(clean(title).split())[:300],
            "body": clean(body),
            "language": str(language),
            "url": url[:500],
            "specialty": specialty[:64],
            "topics": _labels(topics),
            "frameworks": _labels(frameworks),
            "visibility": str(visibility),
            "published": True,
            "dirty": True,
        },
    )
    transaction.on_commit(lambda: _enqueue_sync(content_type, object_id))
    return entry


def search_entry_remove(*, obj: models.Model) -> None:
    """Take one object out of search: call on unpublish, retraction and deletion.

    The row becomes an empty, unpublished tombstone at once (hidden from every search); the
    task deletes it once Elasticsearch has dropped the document too."""
    content_type, object_id = _key(obj)
    updated = SearchEntry.objects.filter(content_type=content_type, object_id=object_id).update(
        published=False, title="", body="", dirty=True, updated_at=timezone.now()
    )
    if updated:
        transaction.on_commit(lambda: _enqueue_sync(content_type, object_id))


def search_entry_sync(*, content_type: str, object_id: str, wait_if_down: bool = True) -> bool:
    """Bring Elasticsearch in line with one entry; returns False if it must be retried.

    While Elasticsearch is known to be down (a recent failure, remembered in the cache) the
    background task does not try again — with the immediate task backend it runs inside the
    user's request, which must not wait for time-outs; `search_index --update` retries
    (`wait_if_down=False`)."""
    from . import elastic
    from .backends import elasticsearch_enabled, elasticsearch_marked_down, mark_elasticsearch_down
    from .es import ElasticsearchUnavailable

    entry = SearchEntry.objects.filter(content_type=content_type, object_id=object_id).first()
    if entry is None:
        return True
    if elasticsearch_enabled():
        if wait_if_down and elasticsearch_marked_down():
            return False
        try:
            elastic.index_entry(entry)
        except ElasticsearchUnavailable as exc:
            mark_elasticsearch_down(exc)
            logger.warning(
                "search: indexing %s failed (%s); left for `search_index --update`",
                entry.doc_id,
                exc.__class__.__name__,
            )
            return False
    # Only if nobody changed the entry meanwhile: a newer version stays dirty for its own task.
    same_version = SearchEntry.objects.filter(pk=entry.pk, updated_at=entry.updated_at)
    if entry.published:
        same_version.update(dirty=False)
    else:
        same_version.delete()
    return True


def search_index_update() -> tuple[int, int]:
    """Retry every dirty entry, oldest first; returns (synced, failed).

    Stops at the first failure (Elasticsearch is down: every other entry would wait for its own
    time-out) and counts what is left as failed, for the next run."""
    from .backends import mark_elasticsearch_up

    synced = 0
    dirty = SearchEntry.objects.filter(dirty=True)
    keys = list(dirty.order_by("updated_at", "pk").values_list("content_type", "object_id"))
    for position, (content_type, object_id) in enumerate(keys):
        sent = search_entry_sync(content_type=content_type, object_id=object_id, wait_if_down=False)
        if not sent:
            return synced, len(keys) - position
        synced += 1
    if synced:
        mark_elasticsearch_up()  # it answered: searches may use it again
    return synced, 0


def search_index_rebuild_database() -> int:
    """Rebuild the database's full-text structures from the entries; returns the entry count.

    SQLite: FTS5's own 'rebuild' re-reads every row. PostgreSQL: the generated column is always
    current, so rebuilding means reindexing its GIN index. Tombstones are purged either way."""
    SearchEntry.objects.filter(published=False, dirty=False).delete()
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            table = f"{SearchEntry._meta.db_table}_fts"
            cursor.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")  # noqa: S608
        elif connection.vendor == "postgresql":
            cursor.execute("REINDEX INDEX search_entry_vector")
    return SearchEntry.objects.filter(published=True).count()
