# ruff: noqa: F811  (fixtures imported from test_room_support)
"""The live session room over WebSockets: who gets in, the snapshot, numbered events, presence
with heartbeats and expiry, chat, shared notes with versions, the agenda, signalling to the peer
only, and bad input (junk, oversized, too frequent)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from accounts.consumers import CLOSE_FORBIDDEN, CLOSE_UNAUTHENTICATED
from mentoring.models import MentoringSession
from mentoring.room_models import PresenceSpan, RoomChatMessage, RoomNotesVersion, RoomState
from tests.mentoring.test_room_support import (  # noqa: F401 (fixtures)
    AGENDA,
    _fresh_channel_layer,
    close_all,
    drain,
    joined,
    make_session,
    marc,
    maya,
    mentorship,
    next_of,
    room_socket,
    session,
)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]


# --- Who gets in --------------------------------------------------------------------------------


async def test_it_sends_a_participant_a_full_snapshot(session, maya, marc):
    ws, snapshot = await joined(session.pk, maya)
    try:
        assert snapshot["me"] == maya.pk
        assert snapshot["presence"] == [maya.pk]
        assert snapshot["chat"] == []
        assert snapshot["notes"] == {"text": "", "version": 0}
        assert snapshot["agenda"] == [{"text": text, "done": False} for text in AGENDA]
        assert [(p["id"], p["role"]) for p in snapshot["participants"]] == [
            (marc.pk, "mentor"),
            (maya.pk, "mentee"),
        ]
        assert snapshot["ice_servers"] == []  # no third-party server unless configured
        assert snapshot["heartbeat_seconds"] > 0
        assert isinstance(snapshot["seq"], int)
    finally:
        await close_all(ws)


async def test_it_closes_the_room_to_a_third_practitioner_with_4403(session, alice):
    ws = await room_socket(session.pk, alice)
    try:
        connected, _ = await ws.connect()
        assert connected  # accepted first, so that the browser receives the close code
        error = await ws.receive_json_from()
        assert error["type"] == "error"
        assert error["message"] == (
            "Only the mentor and the mentee of this session can enter its room."
        )
        assert await ws.receive_output() == {"type": "websocket.close", "code": CLOSE_FORBIDDEN}
        assert not await database_sync_to_async(PresenceSpan.objects.filter(user=alice).exists)()
    finally:
        await close_all(ws)


async def test_it_closes_an_unverified_member_and_an_unknown_session_with_4403(session, bob, maya):
    for session_id, user in [(session.pk, bob), (session.pk + 1000, maya)]:
        ws = await room_socket(session_id, user)
        try:
            connected, _ = await ws.connect()
            assert connected
            output = await ws.receive_output()
            while output["type"] != "websocket.close":
                output = await ws.receive_output()
            assert output == {"type": "websocket.close", "code": CLOSE_FORBIDDEN}
        finally:
            await close_all(ws)


async def test_it_closes_an_anonymous_socket_with_4401(session):
    ws = await room_socket(session.pk)
    try:
        connected, _ = await ws.connect()
        assert connected
        assert await ws.receive_output() == {
            "type": "websocket.close",
            "code": CLOSE_UNAUTHENTICATED,
        }
    finally:
        await close_all(ws)


async def test_it_refuses_a_socket_from_a_foreign_origin(session, maya):
    ws = await room_socket(session.pk, maya, origin=b"https://evil.example")
    try:
        connected, _ = await ws.connect()
        assert not connected
        assert not await database_sync_to_async(PresenceSpan.objects.exists)()
    finally:
        await close_all(ws)


async def test_it_keeps_the_room_of_a_cancelled_session_closed(mentorship, maya):
    cancelled = await database_sync_to_async(make_session)(
        mentorship, status=MentoringSession.Status.CANCELLED
    )
    ws = await room_socket(cancelled.pk, maya)
    try:
        await ws.connect()
        error = await ws.receive_json_from()
        assert "not scheduled" in error["message"]
        assert await ws.receive_output() == {"type": "websocket.close", "code": CLOSE_FORBIDDEN}
    finally:
        await close_all(ws)


# --- Presence -----------------------------------------------------------------------------------


async def test_it_announces_arrivals_and_departures(session, maya, marc):
    ws_maya, _ = await joined(session.pk, maya)
    await drain(ws_maya)  # the announcement of her own arrival
    try:
        ws_marc, snapshot = await joined(session.pk, marc)
        assert snapshot["presence"] == sorted([maya.pk, marc.pk])
        arrival = await next_of(ws_maya, "presence")
        assert arrival["present"] == sorted([maya.pk, marc.pk])

        await ws_marc.disconnect()
        departure = await next_of(ws_maya, "presence")
        assert departure["present"] == [maya.pk]
        assert departure["seq"] > arrival["seq"]
    finally:
        await close_all(ws_maya)


async def test_presence_expires_without_heartbeats(session, maya, marc):
    """A closed laptop never says goodbye: without pings, Marc stops being present."""
    ws_maya, _ = await joined(session.pk, maya)
    await drain(ws_maya)
    ws_marc, _ = await joined(session.pk, marc)
    try:
        await next_of(ws_maya, "presence")  # Marc arrived
        await drain(ws_maya)
        stale = timezone.now() - dt.timedelta(minutes=10)
        await database_sync_to_async(
            PresenceSpan.objects.filter(user=marc, ended_at__isnull=True).update
        )(last_seen_at=stale)

        await ws_maya.send_json_to({"type": "ping"})
        expired = await next_of(ws_maya, "presence")
        assert expired["present"] == [maya.pk]

        # Marc's laptop wakes up and pings again: a new span starts, the gap is not counted.
        await ws_marc.send_json_to({"type": "ping"})
        back = await next_of(ws_maya, "presence")
        assert back["present"] == sorted([maya.pk, marc.pk])
        spans = await database_sync_to_async(
            lambda: list(PresenceSpan.objects.filter(user=marc).order_by("pk"))
        )()
        assert len(spans) == 2
        assert spans[0].ended_at is not None
        assert spans[0].ended_at < spans[1].started_at
    finally:
        await close_all(ws_maya, ws_marc)


# --- Chat, notes, agenda, numbering, snapshot on reconnect -------------------------------------


async def test_chat_reaches_both_with_increasing_seq_and_is_stored(session, maya, marc):
    ws_maya, _ = await joined(session.pk, maya)
    ws_marc, _ = await joined(session.pk, marc)
    try:
        await drain(ws_maya)
        await drain(ws_marc)
        await ws_maya.send_json_to({"type": "chat.send", "body": "  Bonjour Marc  "})
        await ws_marc.send_json_to({"type": "chat.send", "body": "Bonjour Maya"})
        first = await next_of(ws_maya, "chat")
        second = await next_of(ws_maya, "chat")
        assert (first["body"], first["author_id"]) == ("Bonjour Marc", maya.pk)
        assert (second["body"], second["author_id"]) == ("Bonjour Maya", marc.pk)
        assert second["seq"] == first["seq"] + 1
        assert [
            m["body"] for m in [await next_of(ws_marc, "chat"), await next_of(ws_marc, "chat")]
        ] == [
            "Bonjour Marc",
            "Bonjour Maya",
        ]
        assert await database_sync_to_async(RoomChatMessage.objects.count)() == 2
    finally:
        await close_all(ws_maya, ws_marc)


async def test_a_stale_notes_edit_is_refused_with_the_current_version(session, maya, marc):
    ws_maya, _ = await joined(session.pk, maya)
    ws_marc, _ = await joined(session.pk, marc)
    try:
        await ws_maya.send_json_to({"type": "notes.edit", "base_version": 0, "text": "ECG: QT"})
        saved = await next_of(ws_marc, "notes")
        assert (saved["text"], saved["version"], saved["author_id"]) == ("ECG: QT", 1, maya.pk)

        # Marc typed on version 0 too: his edit would overwrite Maya's.
        await ws_marc.send_json_to({"type": "notes.edit", "base_version": 0, "text": "Plan"})
        error = await next_of(ws_marc, "error")
        assert error["code"] == "notes_conflict"
        assert error["notes"] == {"text": "ECG: QT", "version": 1}

        # He resyncs and edits on the current version.
        await ws_marc.send_json_to(
            {"type": "notes.edit", "base_version": 1, "text": "ECG: QT\nPlan"}
        )
        assert (await next_of(ws_maya, "notes"))["version"] == 1  # her own, acknowledged
        assert (await next_of(ws_maya, "notes"))["version"] == 2
        versions = await database_sync_to_async(
            lambda: list(RoomNotesVersion.objects.values_list("version", "text"))
        )()
        assert versions == [(1, "ECG: QT"), (2, "ECG: QT\nPlan")]  # every version kept
    finally:
        await close_all(ws_maya, ws_marc)


async def test_reconnecting_gets_a_fresh_snapshot(session, maya, marc):
    ws, _ = await joined(session.pk, maya)
    await ws.send_json_to({"type": "chat.send", "body": "Before the break"})
    await ws.send_json_to({"type": "notes.edit", "base_version": 0, "text": "Draft"})
    await ws.send_json_to({"type": "agenda.toggle", "index": 1, "done": True})
    await ws.send_json_to({"type": "agenda.add", "text": "Discuss telemedicine"})
    chat = await next_of(ws, "chat")
    await next_of(ws, "notes")
    await next_of(ws, "agenda")
    last = await next_of(ws, "agenda")
    assert last["seq"] == chat["seq"] + 3
    await ws.disconnect()

    ws, snapshot = await joined(session.pk, maya)
    try:
        assert snapshot["seq"] > last["seq"]  # leaving and coming back are events too
        assert [m["body"] for m in snapshot["chat"]] == ["Before the break"]
        assert snapshot["notes"] == {"text": "Draft", "version": 1}
        assert snapshot["agenda"] == [
            {"text": AGENDA[0], "done": False},
            {"text": AGENDA[1], "done": True},
            {"text": "Discuss telemedicine", "done": False},
        ]
        assert snapshot["presence"] == [maya.pk]
        await ws.send_json_to({"type": "resync"})
        assert (await next_of(ws, "snapshot"))["notes"]["version"] == 1
    finally:
        await close_all(ws)


async def test_the_seq_counter_lives_in_the_database(session, maya):
    ws, snapshot = await joined(session.pk, maya)
    try:
        state = await database_sync_to_async(RoomState.objects.get)(session=session)
        assert state.seq == snapshot["seq"]
    finally:
        await close_all(ws)


# --- Signalling ---------------------------------------------------------------------------------


async def test_signalling_reaches_the_peer_only(session, maya, marc, alice):
    ws_maya, _ = await joined(session.pk, maya)
    ws_marc, _ = await joined(session.pk, marc)
    ws_alice = await room_socket(session.pk, alice)
    try:
        await ws_alice.connect()
        assert (await ws_alice.receive_json_from())["type"] == "error"
        assert await ws_alice.receive_output() == {
            "type": "websocket.close",
            "code": CLOSE_FORBIDDEN,
        }
        await drain(ws_maya)
        await drain(ws_marc)

        offer = {"description": {"type": "offer", "sdp": "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n"}}
        await ws_maya.send_json_to({"type": "signal", "kind": "offer", "data": offer})
        received = await ws_marc.receive_json_from(timeout=5)
        assert received == {"type": "signal", "kind": "offer", "data": offer, "from": maya.pk}
        assert await ws_maya.receive_nothing(timeout=0.5)  # the sender gets nothing back

        candidate = {"candidate": {"candidate": "candidate:1 1 udp 1 10.0.0.1 5000 typ host"}}
        await ws_marc.send_json_to({"type": "signal", "kind": "ice", "data": candidate})
        assert (await ws_maya.receive_json_from(timeout=5))["data"] == candidate
        assert await ws_marc.receive_nothing(timeout=0.5)
    finally:
        await close_all(ws_maya, ws_marc, ws_alice)


async def test_signalling_to_an_absent_peer_is_refused(session, maya):
    ws, _ = await joined(session.pk, maya)
    try:
        await ws.send_json_to({"type": "signal", "kind": "offer", "data": {"description": {}}})
        assert (await next_of(ws, "error"))["code"] == "peer_absent"
        await ws.send_json_to({"type": "signal", "kind": "script", "data": "x"})
        assert (await next_of(ws, "error"))["code"] == "invalid"
    finally:
        await close_all(ws)


# --- Bad input ----------------------------------------------------------------------------------


async def test_junk_and_oversized_messages_get_an_error_and_lose_nothing(session, maya):
    ws, _ = await joined(session.pk, maya)
    try:
        await ws.send_json_to({"type": "notes.edit", "base_version": 0, "text": "Kept"})
        await next_of(ws, "notes")
        await drain(ws)
        cases = [
            ("not json at all", "junk"),
            ("[1, 2, 3]", "junk"),
            ('{"no": "type"}', "junk"),
            ('{"type": "shout"}', "unknown_type"),
            (json.dumps({"type": "chat.send", "body": "x" * 1500}), "too_large"),
            (json.dumps({"type": "chat.send", "body": "   "}), "chat_empty"),
            (
                json.dumps({"type": "notes.edit", "base_version": 1, "text": "y" * 9000}),
                "too_large",
            ),
            (json.dumps({"type": "notes.edit", "base_version": "1", "text": "z"}), "invalid"),
            (json.dumps({"type": "agenda.toggle", "index": 99, "done": True}), "invalid"),
            (json.dumps({"type": "agenda.toggle", "index": 0, "done": "yes"}), "invalid"),
            ("{" + " " * 40_000 + "}", "too_large"),
        ]
        for frame, code in cases:
            await ws.send_to(text_data=frame)
            error = await ws.receive_json_from(timeout=5)
            assert (error["type"], error["code"]) == ("error", code), frame[:40]
            assert error["message"]
        await ws.send_to(bytes_data=b"\x00\x01")
        assert (await ws.receive_json_from(timeout=5))["code"] == "junk"

        # The socket still works and nothing saved was lost.
        await ws.send_json_to({"type": "resync"})
        snapshot = await next_of(ws, "snapshot")
        assert snapshot["notes"] == {"text": "Kept", "version": 1}
        assert snapshot["agenda"] == [{"text": text, "done": False} for text in AGENDA]
    finally:
        await close_all(ws)


async def test_too_frequent_messages_are_refused(session, maya):
    ws, _ = await joined(session.pk, maya)
    try:
        await drain(ws)
        for n in range(40):
            await ws.send_json_to({"type": "chat.send", "body": f"message {n}"})
        received = []
        while not await ws.receive_nothing(timeout=1):
            received.append(await ws.receive_json_from())
        chats = [m for m in received if m["type"] == "chat"]
        refused = [m for m in received if m["type"] == "error"]
        assert refused and {m["code"] for m in refused} == {"rate_limited"}
        assert len(chats) + len(refused) == 40
        assert await database_sync_to_async(RoomChatMessage.objects.count)() == len(chats)
    finally:
        await close_all(ws)
