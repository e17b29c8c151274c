# ruff: noqa: F811  (fixtures imported from test_room_support)
"""Room events are numbered by the database, not by a worker's memory: two workers writing to
one room at once still produce one gapless sequence."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from mentoring import room_services
from mentoring.room_models import RoomChatMessage, RoomState
from tests.mentoring.test_room_support import marc, maya, mentorship, session  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)


def test_concurrent_writers_share_one_gapless_sequence(session, marc, maya):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite serialises writers, so no real race can happen.")
    start = room_services.room_state_get(session=session).seq
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def worker(user, label):
        try:
            barrier.wait()
            for n in range(10):
                room_services.chat_post(session=session, user=user, body=f"{label} {n}")
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=worker, args=(marc, "marc")),
        threading.Thread(target=worker, args=(maya, "maya")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    seqs = sorted(RoomChatMessage.objects.values_list("seq", flat=True))
    assert seqs == list(range(start + 1, start + 21))
    assert RoomState.objects.get(session=session).seq == start + 20
