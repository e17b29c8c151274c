"""cases.events without sockets: the contract services rely on, and the numbering."""

import time

import pytest
from django.core.cache import cache
from django.db import transaction

from cases import events

pytestmark = pytest.mark.django_db


def test_event_send_refuses_unknown_types_and_reserved_keys():
    with pytest.raises(ValueError, match="Unknown"):
        events.event_send(case_id=1, type="case.deleted", payload={})
    with pytest.raises(ValueError, match="seq"):
        events.event_send(case_id=1, type="reply.hidden", payload={"seq": 1})


def test_event_send_waits_for_the_commit(django_capture_on_commit_callbacks, monkeypatch):
    sent = []
    monkeypatch.setattr(events, "_broadcast", lambda *args: sent.append(args))

    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        events.event_send(case_id=3, type="reply.hidden", payload={"reply_id": 9})
        assert sent == []

    assert len(callbacks) == 1
    assert sent == [(3, "reply.hidden", {"reply_id": 9})]


def test_numbers_follow_each_other_per_case():
    first = events.seq_next(42)

    assert events.seq_next(42) == first + 1
    events.seq_next(43)  # another case has its own counter
    assert events.seq_current(42) == first + 1


def test_numbers_keep_increasing_when_the_cache_loses_the_counter():
    first = events.seq_next(42)
    second = events.seq_next(42)
    time.sleep(0.001)
    cache.clear()  # a Redis restart, an eviction

    third = events.seq_next(42)

    assert second == first + 1
    assert third > second
    assert events.seq_current(42) == third


def test_a_failed_delivery_is_logged_without_the_content(monkeypatch, caplog):
    class BrokenLayer:
        async def group_send(self, group, message):
            raise ConnectionError("redis is down")

    monkeypatch.setattr(events, "get_channel_layer", lambda: BrokenLayer())

    events._broadcast(5, "reply.created", {"reply_id": 1, "html": "<p>fièvre à 39</p>"})

    assert "reply.created" in caplog.text
    assert "fièvre" not in caplog.text


def test_html_by_language_renders_once_per_site_language():
    from django.utils.translation import get_language

    assert events.html_by_language(lambda: f"<p>{get_language()}</p>") == {
        "fr": "<p>fr</p>",
        "en": "<p>en</p>",
    }
