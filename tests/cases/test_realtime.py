"""The live case discussion over WebSockets: who may connect, the snapshot, events after commit.

Transactional tests: the consumer reads the session, the profile and the case from another
thread, which sees committed rows only. Run them with REDIS_URL set to exercise the Redis
channel layer, cache and presence store (the settings switch by themselves).
"""

import pytest
from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.layers import channel_layers
from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext

from accounts.consumers import CLOSE_FORBIDDEN, CLOSE_UNAUTHENTICATED, user_sockets_close
from cases import events
from cases.models import CaseStatus, Reply, ReplyStatus
from cases.services import endorsement_set, reply_create, reply_hide
from tests.cases.realtime import (
    joined,
    published_case,
    receive_until,
    signed_in,
    socket,
)

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.asyncio]


@pytest.fixture(autouse=True)
def _realtime(settings):
    # Every join and leave is announced at once, so the order of messages is predictable
    # (test_realtime_limits.py tests the throttle itself).
    settings.CASES_PRESENCE_THROTTLE = 0
    yield
    # Each test runs its own event loop; a Redis channel layer is bound to the loop it ran in.
    channel_layers.backends.clear()


PHONE_REPLY = "Call me on 06 12 34 56 78 to discuss."


# --- Who may connect ------------------------------------------------------------------------


async def test_it_closes_an_anonymous_socket_with_4401(case):
    ws = socket(case.pk)
    try:
        connected, _ = await ws.connect(timeout=5)
        assert connected  # accepted first, so that the browser receives the close code
        assert await ws.receive_output(timeout=5) == {"type": "websocket.close", "code": 4401}
        assert CLOSE_UNAUTHENTICATED == 4401
    finally:
        await ws.disconnect()


@pytest.mark.parametrize("persona", ["bob", "charlie"])
async def test_it_closes_the_socket_of_a_member_who_is_not_verified_with_4403(
    case, bob, charlie, persona
):
    user = {"bob": bob, "charlie": charlie}[persona]
    ws = socket(case.pk, await signed_in(user))
    try:
        connected, _ = await ws.connect(timeout=5)
        assert connected
        assert await ws.receive_output(timeout=5) == {"type": "websocket.close", "code": 4403}
        assert CLOSE_FORBIDDEN == 4403
    finally:
        await ws.disconnect()


async def test_it_refuses_a_socket_from_a_foreign_origin(case, alice):
    ws = socket(case.pk, await signed_in(alice), origin=b"https://evil.example")
    try:
        connected, _ = await ws.connect(timeout=5)
        assert not connected
        assert await ws.receive_nothing()
    finally:
        await ws.disconnect()


@database_sync_to_async
def _case_in_state(author, status):
    return published_case(author, status=status)


@pytest.mark.parametrize(
    "status", [CaseStatus.DRAFT, CaseStatus.IN_REVIEW, CaseStatus.REJECTED, CaseStatus.RETRACTED]
)
async def test_it_closes_with_4404_a_case_the_practitioner_may_not_see(dora, alice, status):
    hidden = await _case_in_state(dora, status)
    ws = socket(hidden.pk, await signed_in(alice))
    try:
        connected, _ = await ws.connect(timeout=5)
        assert connected
        # The same code as for a case that does not exist: nothing says the case is there.
        assert await ws.receive_output(timeout=5) == {"type": "websocket.close", "code": 4404}
    finally:
        await ws.disconnect()


async def test_it_closes_with_4404_a_case_that_does_not_exist(alice):
    ws = socket(987654, await signed_in(alice))
    try:
        connected, _ = await ws.connect(timeout=5)
        assert connected
        assert await ws.receive_output(timeout=5) == {"type": "websocket.close", "code": 4404}
    finally:
        await ws.disconnect()


async def test_it_does_not_route_a_case_id_that_is_not_a_number(alice):
    ws = socket("1;drop", await signed_in(alice))
    with pytest.raises(ValueError, match="No route found"):
        await ws.connect(timeout=5)


# --- Snapshot -------------------------------------------------------------------------------


@database_sync_to_async
def _discussion(case, alice, dora):
    visible = reply_create(author=alice, case=case, body="Exercise ECG first, then **troponin**.")
    held = reply_create(author=alice, case=case, body=PHONE_REPLY)
    hidden = reply_create(author=dora, case=case, body="An earlier thought, since withdrawn.")
    return visible, held, hidden


@database_sync_to_async
def _hide(reply, moderator):
    reply_hide(moderator=moderator, reply=reply, reason="Off topic")


async def test_it_sends_the_visible_discussion_as_a_snapshot_on_connect(
    case, alice, dora, moderator
):
    visible, held, hidden = await _discussion(case, alice, dora)
    assert held.status == ReplyStatus.HELD
    await _hide(hidden, moderator)

    ws, snapshot = await joined(case.pk, await signed_in(alice))
    try:
        assert isinstance(snapshot["seq"], int)
        assert snapshot["case"]["id"] == case.pk
        assert [r["reply_id"] for r in snapshot["replies"]] == [visible.pk]
        html = snapshot["replies"][0]["html"]
        assert f'id="reply-{visible.pk}"' in html
        assert "<strong>troponin</strong>" in html
        # A held reply stays with its author's page; the socket never carries it, not even to them.
        assert "06 12 34 56 78" not in str(snapshot)
        assert snapshot["presence"] == {
            "count": 1,
            "text": "Only you are viewing this case right now.",
        }
        assert snapshot["i18n"]["reply_new"] == "A new reply was posted."
    finally:
        await ws.disconnect()


async def test_it_speaks_the_language_of_the_page(case, alice):
    with translation.override("fr"):
        french = gettext("Only you are viewing this case right now.")
    if french == "Only you are viewing this case right now.":
        pytest.skip("The French catalogue does not have the live strings yet (make messages).")

    ws, snapshot = await joined(case.pk, await signed_in(alice), lang="fr")
    try:
        assert snapshot["presence"]["text"] == french
    finally:
        await ws.disconnect()


async def test_it_sends_a_fresh_snapshot_on_request(case, alice, dora):
    ws, first = await joined(case.pk, await signed_in(alice))
    try:
        await _discussion(case, alice, dora)
        created = await receive_until(ws, "reply.created")
        await ws.send_json_to({"type": "resync"})
        again = await receive_until(ws, "snapshot")
        assert again["seq"] >= created["seq"] > first["seq"]
        assert [r["reply_id"] for r in again["replies"]] == [
            r.pk for r in await _visible_replies(case)
        ]
    finally:
        await ws.disconnect()


@database_sync_to_async
def _visible_replies(case):
    return list(Reply.objects.filter(case=case, status=ReplyStatus.VISIBLE).order_by("pk"))


# --- Events ---------------------------------------------------------------------------------


async def test_it_relays_events_after_commit_in_order(case, alice, dora):
    ws, snapshot = await joined(case.pk, await signed_in(dora))
    try:

        @database_sync_to_async
        def reply_then_endorse():
            with transaction.atomic():
                reply = reply_create(author=alice, case=case, body="Stress echo, then angiography.")
                # Inside the transaction nothing has left yet.
                assert async_to_sync(ws.receive_nothing)(timeout=0.3)
            count = endorsement_set(user=dora, reply=reply, on=True)
            return reply, count

        reply, count = await reply_then_endorse()

        created = await ws.receive_json_from(timeout=5)
        assert created["type"] == "reply.created"
        assert created["reply_id"] == reply.pk
        assert f'id="reply-{reply.pk}"' in created["html"]
        assert "Stress echo" in created["html"]
        endorsed = await ws.receive_json_from(timeout=5)
        assert endorsed == {
            "type": "endorsement.changed",
            "seq": created["seq"] + 1,
            "reply_id": reply.pk,
            "count": count,
            "text": "1 found this helpful",  # as the reply shows it, in the viewer's language
        }
        assert created["seq"] > snapshot["seq"]
    finally:
        await ws.disconnect()


async def test_it_sends_nothing_when_the_transaction_rolls_back(case, alice, dora):
    ws, _snapshot = await joined(case.pk, await signed_in(dora))
    try:

        @database_sync_to_async
        def reply_then_fail():
            with pytest.raises(RuntimeError), transaction.atomic():
                reply_create(author=alice, case=case, body="A reply that will not survive.")
                raise RuntimeError("the request failed after the reply was written")

        await reply_then_fail()

        assert await ws.receive_nothing(timeout=0.5)
        assert await _visible_replies(case) == []
    finally:
        await ws.disconnect()


async def test_it_never_broadcasts_a_held_reply(case, alice, dora):
    ws, _snapshot = await joined(case.pk, await signed_in(dora))
    try:
        held = await database_sync_to_async(reply_create)(author=alice, case=case, body=PHONE_REPLY)

        assert held.status == ReplyStatus.HELD
        assert await ws.receive_nothing(timeout=0.5)
    finally:
        await ws.disconnect()


async def test_it_tells_viewers_when_a_reply_is_hidden(case, alice, dora, moderator):
    (visible, _held, _hidden) = await _discussion(case, alice, dora)
    ws, _snapshot = await joined(case.pk, await signed_in(dora))
    try:
        await _hide(visible, moderator)

        hidden = await receive_until(ws, "reply.hidden")
        assert hidden["reply_id"] == visible.pk
        assert set(hidden) == {"type", "seq", "reply_id"}
    finally:
        await ws.disconnect()


async def test_it_relays_html_in_each_viewers_language(case, alice, dora):
    french, _ = await joined(case.pk, await signed_in(alice), lang="fr")
    english, _ = await joined(case.pk, await signed_in(dora), lang="en")
    try:

        @database_sync_to_async
        def send():
            events.event_send(
                case_id=case.pk,
                type="reply.updated",
                payload={"reply_id": 7, "html": {"fr": "<p>Bonjour</p>", "en": "<p>Hello</p>"}},
            )

        await send()

        assert (await receive_until(french, "reply.updated"))["html"] == "<p>Bonjour</p>"
        assert (await receive_until(english, "reply.updated"))["html"] == "<p>Hello</p>"
    finally:
        await french.disconnect()
        await english.disconnect()


# --- Signing out ----------------------------------------------------------------------------


async def test_signing_out_closes_the_socket(case, alice):
    session_client = await signed_in(alice)
    ws, _snapshot = await joined(case.pk, session_client)
    try:
        await database_sync_to_async(session_client.post)("/accounts/logout/")

        while True:
            output = await ws.receive_output(timeout=5)
            if output["type"] == "websocket.close":
                break
        assert output == {"type": "websocket.close", "code": 4401}
    finally:
        await ws.disconnect()


async def test_closing_a_users_sockets_leaves_others_open(case, alice, dora):
    alices, _ = await joined(case.pk, await signed_in(alice))
    doras, _ = await joined(case.pk, await signed_in(dora))
    try:
        await database_sync_to_async(user_sockets_close)(alice.pk)

        output = await alices.receive_output(timeout=5)
        while output["type"] != "websocket.close":
            output = await alices.receive_output(timeout=5)
        assert output["code"] == 4401
        await doras.send_json_to({"type": "ping"})
        assert (await receive_until(doras, "pong"))["type"] == "pong"
    finally:
        await alices.disconnect()
        await doras.disconnect()


# --- Redis channel layer ----------------------------------------------------------------------


@pytest.mark.skipif(not settings.REDIS_URL, reason="REDIS_URL is not set: in-memory layer")
async def test_an_idle_socket_survives_on_the_redis_layer(case, alice, dora):
    ws, _snapshot = await joined(case.pk, await signed_in(dora))
    try:
        assert await ws.receive_nothing(timeout=7, interval=0.5)  # longer than 5 s of silence

        await database_sync_to_async(reply_create)(author=alice, case=case, body="Still there?")

        assert (await receive_until(ws, "reply.created"))["html"]
    finally:
        await ws.disconnect()
