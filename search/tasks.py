"""Background tasks (Django's task framework) that keep Elasticsearch in line with the index."""

from __future__ import annotations

from django.tasks import task

from .services import search_entry_sync


@task()
def search_entry_sync_task(*, content_type: str, object_id: str) -> bool:
    return search_entry_sync(content_type=content_type, object_id=object_id)
