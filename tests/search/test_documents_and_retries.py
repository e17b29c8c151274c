"""The per-app `SearchDocument` convention (with auth Groups standing in for content), and the
retry of indexings Elasticsearch did not take."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.management import CommandError, call_command

from search import documents as search_documents
from search.backends import ES_DOWN_KEY, elasticsearch_marked_down
from search.documents import (
    SearchDocument,
    document_index,
    document_remove,
    documents_reindex,
)
from search.models import Kind, SearchEntry, Visibility
from search.selectors import search
from search.services import search_entry_sync, search_entry_upsert

from .conftest import DEAD_ES_URL

pytestmark = pytest.mark.django_db


class GroupCaseDocument(SearchDocument):
    """How a content app describes its model: a stand-in 'case' whose draft is never indexed."""

    kind = Kind.CASE
    visibility = Visibility.VERIFIED_ONLY

    def should_index(self, group):
        return not group.name.startswith("draft:")

    def prepare_title(self, group):
        return group.name.removeprefix("draft:").strip()

    def prepare_body(self, group):
        return "Anonymised text: insuffisance cardiaque télésurveillée."

    def prepare_url(self, group):
        return f"/cases/{group.pk}/"

    def prepare_topics(self, group):
        return ["remote_monitoring"]


@pytest.fixture
def registered_document():
    """A document with a model is registered for `search_index --reindex`; undone afterwards."""

    class GroupDocument(GroupCaseDocument):
        model = Group

        def get_queryset(self):  # role groups exist too: only the stand-in cases
            return super().get_queryset().filter(name__contains="Cas")

    yield GroupDocument
    search_documents.registry.remove(GroupDocument)


def test_a_document_indexes_what_it_prepares(django_capture_on_commit_callbacks, alice):
    case = Group.objects.create(name="Télésurveillance cardiaque")
    with django_capture_on_commit_callbacks(execute=True):
        entry = document_index(GroupCaseDocument, case)

    entry.refresh_from_db()
    assert (entry.kind, entry.visibility) == ("case", "verified_only")
    assert entry.url == f"/cases/{case.pk}/"
    assert (entry.language, entry.topics, entry.dirty) == ("fr", ["remote_monitoring"], False)
    assert search(user=alice, query="insuffisance").total == 1
    assert search(user=AnonymousUser(), query="insuffisance").total == 0


def test_a_document_that_should_not_be_indexed_leaves_search(django_capture_on_commit_callbacks):
    case = Group.objects.create(name="Cas publié")
    with django_capture_on_commit_callbacks(execute=True):
        document_index(GroupCaseDocument, case)

    case.name = "draft: Cas dépublié"  # unpublished, flagged or retracted: should_index is False
    case.save()
    with django_capture_on_commit_callbacks(execute=True):
        assert document_index(GroupCaseDocument, case) is None

    assert not SearchEntry.objects.exists()
    never = Group.objects.create(name="draft: jamais publié")
    assert document_index(GroupCaseDocument, never) is None
    assert not SearchEntry.objects.exists()


def test_document_remove_takes_a_deleted_object_out(django_capture_on_commit_callbacks):
    case = Group.objects.create(name="Cas supprimé")
    with django_capture_on_commit_callbacks(execute=True):
        document_index(GroupCaseDocument, case)
        document_remove(case)
        case.delete()

    assert not SearchEntry.objects.exists()


def test_the_defaults_use_the_model_s_own_fields():
    class Minimal(SearchDocument):
        kind = Kind.COURSE

    group = Group(pk=1, name="Cours")
    group.get_absolute_url = lambda: "/courses/cours/"

    assert Minimal().fields(group) == {
        "kind": Kind.COURSE,
        "title": "Cours",
        "body": "",
        "language": "fr",
        "url": "/courses/cours/",
        "specialty": "",
        "topics": [],
        "frameworks": [],
        "visibility": Visibility.PUBLIC,
    }
    assert Minimal not in search_documents.registry  # no model: nothing to re-feed


def test_reindex_feeds_every_registered_document_again(registered_document, capsys):
    Group.objects.create(name="Cas A")
    Group.objects.create(name="draft: Cas B")

    assert documents_reindex([registered_document]) == 1
    SearchEntry.objects.all().delete()
    call_command("search_index", "--reindex")

    assert list(SearchEntry.objects.values_list("title", "dirty")) == [("Cas A", False)]
    assert "1 objects indexed" in capsys.readouterr().out


# --- retries ----------------------------------------------------------------------------------

FIELDS = {
    "kind": "course",
    "title": "Télésurveillance",
    "body": "",
    "language": "fr",
    "url": "/courses/1/",
    "visibility": "public",
}


def _dirty_entries(count, settings, django_capture_on_commit_callbacks):
    settings.ELASTICSEARCH_URL = DEAD_ES_URL
    with django_capture_on_commit_callbacks(execute=True):
        for n in range(count):
            search_entry_upsert(obj=Group.objects.create(name=f"c{n}"), **FIELDS)
    assert SearchEntry.objects.filter(dirty=True).count() == count


def test_a_task_does_not_wait_for_an_elasticsearch_known_to_be_down(
    settings, django_capture_on_commit_callbacks, monkeypatch
):
    _dirty_entries(1, settings, django_capture_on_commit_callbacks)  # the first failure
    assert elasticsearch_marked_down()
    from search import elastic

    def must_not_be_called(entry, **kwargs):
        raise AssertionError("the task tried Elasticsearch again")

    monkeypatch.setattr(elastic, "index_entry", must_not_be_called)
    entry = SearchEntry.objects.get()

    assert search_entry_sync(content_type=entry.content_type, object_id=entry.object_id) is False


def test_update_stops_at_the_first_failure_and_leaves_the_rest_dirty(
    settings, django_capture_on_commit_callbacks, monkeypatch
):
    _dirty_entries(3, settings, django_capture_on_commit_callbacks)
    from search import elastic

    attempts = []
    original = elastic.index_entry
    monkeypatch.setattr(elastic, "index_entry", lambda e, **kw: attempts.append(e) or original(e))

    with pytest.raises(CommandError, match="3 entries could not be sent"):
        call_command("search_index", "--update")
    assert len(attempts) == 1


def test_update_catches_up_and_marks_elasticsearch_up_again(
    settings, django_capture_on_commit_callbacks, monkeypatch, capsys
):
    _dirty_entries(2, settings, django_capture_on_commit_callbacks)
    from search import elastic

    monkeypatch.setattr(elastic, "index_entry", lambda entry, **kwargs: None)  # it is back
    call_command("search_index", "--update")

    assert "2 entries synced, 0 left" in capsys.readouterr().out
    assert not SearchEntry.objects.filter(dirty=True).exists()
    assert not elasticsearch_marked_down()


def test_update_every_retries_until_interrupted(
    settings, django_capture_on_commit_callbacks, monkeypatch, capsys
):
    _dirty_entries(2, settings, django_capture_on_commit_callbacks)
    from django.core.cache import cache

    from search import elastic
    from search.management.commands import search_index

    sleeps = []

    def sleep(seconds):
        sleeps.append(seconds)
        if len(sleeps) == 1:  # the cluster comes back during the first pause
            cache.delete(ES_DOWN_KEY)
            monkeypatch.setattr(elastic, "index_entry", lambda entry, **kwargs: None)
        else:
            raise KeyboardInterrupt

    monkeypatch.setattr(search_index.time, "sleep", sleep)
    call_command("search_index", "--update", "--every", "30")

    out, err = capsys.readouterr()
    assert sleeps == [30.0, 30.0]
    assert "2 entries could not be sent" in err  # first round: still down, no exception
    assert "2 entries synced, 0 left" in out  # second round
    assert "stopped" in out
    assert not SearchEntry.objects.filter(dirty=True).exists()


@pytest.mark.parametrize("args", [["--rebuild", "--every", "5"], ["--update", "--every", "0"]])
def test_every_needs_update_and_a_sensible_period(args):
    with pytest.raises(CommandError, match="--every needs --update"):
        call_command("search_index", *args)


def test_a_wagtail_page_is_keyed_by_its_specific_class(django_capture_on_commit_callbacks):
    from wagtail.models import Page

    from compagnon.models import HomePage

    home = HomePage.objects.first()
    assert home is not None  # made by compagnon's migration 0002
    generic = Page.objects.get(pk=home.pk)

    class PageDocument(SearchDocument):
        kind = Kind.COURSE

        def prepare_url(self, page):
            return "/"

    with django_capture_on_commit_callbacks(execute=True):
        document_index(PageDocument, generic)
        document_index(PageDocument, home)

    assert list(SearchEntry.objects.values_list("content_type", flat=True)) == [
        "compagnon.homepage"
    ]
