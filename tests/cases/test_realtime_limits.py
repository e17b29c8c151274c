"""What a case socket does with bad client input, and how presence counts viewers.

Junk, binary and oversized frames get an error event and change nothing; a client that floods
is told to slow down, then closed. Presence survives sockets that vanish without a goodbye.
"""

import pytest
from channels.db import database_sync_to_async
from channels.layers import channel_layers

from cases import consumers, events
from tests.cases.realtime import (
    joined,
    receive_until,
    signed_in,
    socket,
    verified_practitioner,
)


async def joined_quietly(case_id, session_client):
    """Connected, snapshot read; presence events are left for the test to count."""
    ws = socket(case_id, session_client)
    connected, _ = await ws.connect(timeout=5)
    assert connected
    snapshot = await ws.receive_json_from(timeout=5)
    assert snapshot["type"] == "snapshot"
    return ws, snapshot


pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]


@pytest.fixture(autouse=True)
def _realtime(settings):
    # Every join and leave is announced at once, so the order of messages is predictable
    # (test_realtime_limits.py tests the throttle itself).
    settings.CASES_PRESENCE_THROTTLE = 0
    yield
    # Each test runs its own event loop; a Redis channel layer is bound to the loop it ran in.
    channel_layers.backends.clear()


async def assert_still_serving(ws):
    await ws.send_json_to({"type": "ping"})
    assert await receive_until(ws, "pong") == {"type": "pong"}


# --- Bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        ("not json at all", "invalid_json"),
        ("{'type': 'ping'}", "invalid_json"),
        ("[1, 2, 3]", "unknown_type"),
        ("42", "unknown_type"),
        ('{"type": "reply.create", "body": "hello"}', "unknown_type"),
        ('{"no": "type"}', "unknown_type"),
        ("\ud83d" + '{"type": "ping"}', "invalid_json"),
    ],
)
async def test_it_answers_junk_with_an_error_event_and_keeps_serving(case, alice, frame, code):
    ws, _ = await joined(case.pk, await signed_in(alice))
    try:
        await ws.send_to(text_data=frame)

        error = await ws.receive_json_from(timeout=5)
        assert error["type"] == "error"
        assert error["code"] == code
        assert error["message"]
        await assert_still_serving(ws)
    finally:
        await ws.disconnect()


async def test_it_refuses_binary_frames(case, alice):
    ws, _ = await joined(case.pk, await signed_in(alice))
    try:
        await ws.send_to(bytes_data=b"\x00\x01")

        error = await ws.receive_json_from(timeout=5)
        assert error["code"] == "binary_not_supported"
        await assert_still_serving(ws)
    finally:
        await ws.disconnect()


@pytest.mark.parametrize("size", [consumers.MAX_MESSAGE_BYTES + 1, 1_000_000])
async def test_it_refuses_an_oversized_frame_without_reading_it(case, alice, size):
    ws, _ = await joined(case.pk, await signed_in(alice))
    try:
        padding = "x" * size
        await ws.send_to(text_data='{"type": "ping", "padding": "' + padding + '"}')

        error = await ws.receive_json_from(timeout=5)
        assert error == {
            "type": "error",
            "code": "too_large",
            "message": "Message too large (at most 4096 bytes).",
        }
        await assert_still_serving(ws)
    finally:
        await ws.disconnect()


async def test_it_counts_the_size_in_bytes_not_characters(case, alice):
    ws, _ = await joined(case.pk, await signed_in(alice))
    try:
        # 1,500 characters, 4,500 bytes in UTF-8.
        await ws.send_to(text_data='{"type": "ping", "p": "' + "é" * 1500 + "€" * 500 + '"}')

        assert (await ws.receive_json_from(timeout=5))["code"] == "too_large"
    finally:
        await ws.disconnect()


async def test_it_slows_down_then_closes_a_flooding_client(case, alice, monkeypatch):
    monkeypatch.setattr(consumers, "_clock", lambda: 1000.0)  # no refill during the flood
    ws, _ = await joined(case.pk, await signed_in(alice))
    try:
        burst = int(consumers.BUCKET_CAPACITY)
        for _ in range(burst + 1):
            await ws.send_json_to({"type": "ping"})
        for _ in range(burst):
            assert await receive_until(ws, "pong") == {"type": "pong"}
        limited = await ws.receive_json_from(timeout=5)
        assert limited["type"] == "error"
        assert limited["code"] == "rate_limited"

        for _ in range(consumers.MAX_STRIKES + 5):
            await ws.send_json_to({"type": "ping"})
        outputs = []
        while True:
            output = await ws.receive_output(timeout=5)
            outputs.append(output)
            if output["type"] == "websocket.close":
                break
        assert output["code"] == 1008
        # Told why before being closed, and nothing was served in between.
        assert all('"rate_limited"' in o.get("text", "") for o in outputs[:-1])
    finally:
        await ws.disconnect()


async def test_the_bucket_refills(case, alice, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(consumers, "_clock", lambda: clock[0])
    ws, _ = await joined(case.pk, await signed_in(alice))
    try:
        for _ in range(int(consumers.BUCKET_CAPACITY) + 1):
            await ws.send_json_to({"type": "ping"})
        assert (await receive_until(ws, "error"))["code"] == "rate_limited"

        clock[0] += 5 / consumers.BUCKET_REFILL_PER_SECOND
        await assert_still_serving(ws)
    finally:
        await ws.disconnect()


# --- Presence -------------------------------------------------------------------------------


async def test_it_counts_viewers_as_they_come_and_go(case, alice, dora):
    alices, snapshot = await joined(case.pk, await signed_in(alice))
    try:
        assert snapshot["presence"]["count"] == 1

        doras, doras_snapshot = await joined(case.pk, await signed_in(dora))
        assert doras_snapshot["presence"]["count"] == 2
        arrived = await receive_until(alices, "presence")
        assert arrived["count"] == 2
        assert arrived["text"] == "You and 1 other practitioner are viewing this case."
        assert arrived["seq"] > snapshot["seq"]

        await doras.disconnect()
        left = await receive_until(alices, "presence")
        assert left["count"] == 1
        assert left["text"] == "Only you are viewing this case right now."
    finally:
        await alices.disconnect()


async def test_two_tabs_of_one_practitioner_count_once(case, alice):
    session_client = await signed_in(alice)
    first, _ = await joined(case.pk, session_client)
    second, snapshot = await joined(case.pk, session_client)
    try:
        assert snapshot["presence"]["count"] == 1
    finally:
        await first.disconnect()
        await second.disconnect()


async def test_presence_is_shared_state_not_worker_memory(case, alice, dora):
    # A viewer connected to another worker exists only in the shared store.
    await database_sync_to_async(events.presence_touch)(
        case_id=case.pk, user_id=dora.pk, channel="specific.other-worker!abc"
    )

    ws, snapshot = await joined(case.pk, await signed_in(alice))
    try:
        assert snapshot["presence"]["count"] == 2
    finally:
        await ws.disconnect()


async def test_a_viewer_that_vanished_without_disconnecting_expires(case, alice, dora, monkeypatch):
    # Dora's laptop went to sleep (or her worker crashed): no websocket_disconnect ever came.
    await database_sync_to_async(events.presence_touch)(
        case_id=case.pk, user_id=dora.pk, channel="specific.crashed-worker!abc"
    )
    ws, snapshot = await joined(case.pk, await signed_in(alice))
    try:
        assert snapshot["presence"]["count"] == 2

        # Alice's heartbeats keep her present; Dora sent none for longer than the TTL.
        start = events.now()
        monkeypatch.setattr(events, "now", lambda: start + events.presence_ttl() + 1)
        await ws.send_json_to({"type": "ping"})

        expired = await receive_until(ws, "presence")
        assert expired["count"] == 1
    finally:
        await ws.disconnect()


async def test_a_crowd_arriving_at_once_gets_few_presence_events_and_the_right_count(
    case, alice, dora, settings
):
    settings.CASES_PRESENCE_THROTTLE = 1
    others = await database_sync_to_async(
        lambda: [verified_practitioner(f"viewer{i}@example.org", f"Viewer {i}") for i in range(4)]
    )()
    first = None
    sockets = []
    try:
        first, _ = await joined_quietly(case.pk, await signed_in(alice))
        for user in [dora, *others]:
            ws, _ = await joined_quietly(case.pk, await signed_in(user))
            sockets.append(ws)

        counts = []
        while not counts or counts[-1] != 6:
            counts.append((await receive_until(first, "presence", timeout=5))["count"])
        # Six arrivals within about a second: one event at once, one when the window closes.
        assert len(counts) <= 3, counts
        assert await first.receive_nothing(timeout=1.5)
    finally:
        for ws in [first, *sockets]:
            if ws is not None:
                await ws.disconnect()


async def test_a_heartbeat_without_change_broadcasts_nothing(case, alice, dora):
    alices, _ = await joined(case.pk, await signed_in(alice))
    doras, _ = await joined(case.pk, await signed_in(dora))
    try:
        await receive_until(alices, "presence")  # Dora's arrival

        await doras.send_json_to({"type": "ping"})
        assert await receive_until(doras, "pong") == {"type": "pong"}

        assert await alices.receive_nothing(timeout=0.3)
    finally:
        await alices.disconnect()
        await doras.disconnect()
