"""Elasticsearch down: search answers from the database and says so; indexing never fails the
request, and the entries it could not send wait for `search_index --update`."""

import logging

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.management import CommandError, call_command
from django.db import transaction

from search.models import SearchEntry
from search.selectors import search
from search.services import search_entry_remove, search_entry_upsert

from .conftest import DEAD_ES_URL

pytestmark = pytest.mark.django_db

FIELDS = {
    "kind": "course",
    "title": "Télésurveillance",
    "body": "Insuffisance cardiaque.",
    "language": "fr",
    "url": "/courses/1/",
    "visibility": "public",
}


@pytest.fixture
def dead_elasticsearch(settings):
    settings.ELASTICSEARCH_URL = DEAD_ES_URL


def test_it_searches_the_database_when_elasticsearch_does_not_answer(
    dead_elasticsearch, django_capture_on_commit_callbacks, caplog
):
    with django_capture_on_commit_callbacks(execute=True):
        search_entry_upsert(obj=Group.objects.create(name="c"), **FIELDS)

    results = search(user=AnonymousUser(), query="télésurveillance")

    assert results.degraded is True
    assert results.backend == "database"
    assert results.total == 1
    assert "Elasticsearch unavailable (ConnectionError)" in caplog.text
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("search")]
    assert ours and not any(DEAD_ES_URL in message for message in ours)  # hosts stay out


def test_it_says_results_may_be_incomplete(dead_elasticsearch, client):
    response = client.get("/search/", {"q": "sepsis"})

    assert response.status_code == 200
    assert "results may be less complete" in response.content.decode()


def test_healthz_reports_search_as_degraded(dead_elasticsearch, client):
    response = client.get("/healthz")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["failing"] == []
    assert body["checks"]["search"]["status"] == "degraded"
    assert body["checks"]["search"]["backend"] == "database"


def test_it_indexes_only_after_commit(django_capture_on_commit_callbacks):
    group = Group.objects.create(name="c")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        search_entry_upsert(obj=group, **FIELDS)
        assert SearchEntry.objects.get().dirty is True

    assert len(callbacks) == 1
    callbacks[0]()
    assert SearchEntry.objects.get().dirty is False


def test_a_rolled_back_publication_indexes_nothing(django_capture_on_commit_callbacks):
    group = Group.objects.create(name="c")
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        search_entry_upsert(obj=group, **FIELDS)
        raise RuntimeError("publish failed")

    assert callbacks == []
    assert not SearchEntry.objects.exists()


def test_a_failed_indexing_is_logged_not_raised_and_retried_by_update(
    dead_elasticsearch, settings, django_capture_on_commit_callbacks, caplog
):
    group = Group.objects.create(name="c")
    with caplog.at_level(logging.WARNING), django_capture_on_commit_callbacks(execute=True):
        search_entry_upsert(obj=group, **FIELDS)  # does not raise

    assert "left for `search_index --update`" in caplog.text
    assert SearchEntry.objects.get().dirty is True
    with pytest.raises(CommandError, match="1 entries could not be sent"):
        call_command("search_index", "--update")

    settings.ELASTICSEARCH_URL = ""  # the catch-up run once the cluster is dealt with
    call_command("search_index", "--update")
    assert SearchEntry.objects.get().dirty is False


def test_a_queue_that_refuses_the_task_does_not_fail_the_request(
    monkeypatch, django_capture_on_commit_callbacks, caplog
):
    from search import tasks

    class RefusingTask:
        def enqueue(self, **kwargs):
            raise ConnectionError("queue down")

    monkeypatch.setattr(tasks, "search_entry_sync_task", RefusingTask())
    with django_capture_on_commit_callbacks(execute=True):
        search_entry_upsert(obj=Group.objects.create(name="c"), **FIELDS)

    assert "could not enqueue indexing" in caplog.text
    assert SearchEntry.objects.get().dirty is True


def test_a_removal_hides_the_entry_even_before_the_task_runs(django_capture_on_commit_callbacks):
    group = Group.objects.create(name="c")
    with django_capture_on_commit_callbacks(execute=True):
        search_entry_upsert(obj=group, **FIELDS)

    with django_capture_on_commit_callbacks(execute=False):
        search_entry_remove(obj=group)
        assert search(user=AnonymousUser(), query="télésurveillance").total == 0
        assert SearchEntry.objects.get().body == ""  # no retracted text left behind

    with django_capture_on_commit_callbacks(execute=True):
        search_entry_remove(obj=group)
    assert not SearchEntry.objects.exists()


def test_it_refuses_unknown_kinds_and_unsaved_objects():
    with pytest.raises(ValueError, match="unknown kind"):
        search_entry_upsert(obj=Group.objects.create(name="c"), **{**FIELDS, "kind": "blog"})
    with pytest.raises(ValueError, match="saved objects"):
        search_entry_upsert(obj=Group(name="unsaved"), **FIELDS)
