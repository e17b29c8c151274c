"""The live compagnonnage room: /ws/mentoring/sessions/<session_id>/.

Thin: the base class checks the verified practitioner, this one the participant; every write goes
through `room_services` and its event is broadcast after the service's transaction has committed.
WebRTC signalling is relayed to the other participant's socket only, never to the room's group.

Client → server: ping, resync, chat.send {body}, notes.edit {base_version, text},
agenda.toggle {index, done}, agenda.add {text}, signal {kind: offer|answer|ice|hangup, data}.
Server → client: snapshot, presence, chat, notes, agenda (all with `seq`), and, for this socket
only and without `seq`: signal, error.
"""

from __future__ import annotations

import json
import time

from channels.db import database_sync_to_async
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.consumers import CLOSE_FORBIDDEN, VerifiedPractitionerConsumer

from . import room_services
from .models import MentoringSession
from .room_services import RoomError

SIGNAL_KINDS = {"offer", "answer", "ice", "hangup"}
# Frame limits in bytes: notes carry up to 8,000 characters, SDP offers a few kilobytes.
FRAME_LIMITS = {"notes.edit": 8 * 1024 * 4, "signal": 16 * 1024}
DEFAULT_FRAME_LIMIT = 2 * 1024
HARD_FRAME_LIMIT = max(FRAME_LIMITS.values())


def room_group(session_id: int) -> str:
    return f"mentoring.session.{session_id}"


class TokenBucket:
    """Per-socket rate limit: `capacity` messages at once, refilled at `rate` per second."""

    def __init__(self, capacity: float, rate: float):
        self.capacity = capacity
        self.rate = rate
        self.tokens = capacity
        self.stamp = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


@database_sync_to_async
def _open_session(user, session_id: int):
    """The session if the user may enter its room, else the reason (a string)."""
    session = (
        MentoringSession.objects.select_related(
            "mentorship__mentor__profile", "mentorship__mentee__profile"
        )
        .filter(pk=session_id)
        .first()
    )
    if session is None:
        return _("There is no such session.")
    try:
        room_services.check_participant(user=user, session=session)
        room_services.check_room_open(session)
    except PermissionDenied as exc:
        return str(exc)
    return session


def _language(scope) -> str:
    from django.utils.translation.trans_real import parse_accept_lang_header

    headers = dict(scope.get("headers") or [])
    cookies = scope.get("cookies") or {}
    candidates = [cookies.get(settings.LANGUAGE_COOKIE_NAME, "")]
    accept = headers.get(b"accept-language", b"").decode("latin-1")
    candidates += [code for code, _q in parse_accept_lang_header(accept)]
    for code in candidates:
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


class SessionRoomConsumer(VerifiedPractitionerConsumer):
    session: MentoringSession | None = None
    group_name: str | None = None

    async def on_authorised(self):
        self.language = _language(self.scope)
        user = self.scope["user"]
        with translation.override(self.language):
            result = await _open_session(user, self.scope["url_route"]["kwargs"]["session_id"])
        if isinstance(result, str):
            await self.send_json({"type": "error", "code": "forbidden", "message": result})
            await self.close(code=CLOSE_FORBIDDEN)
            return
        self.session = result
        self.buckets = {
            "signal": TokenBucket(capacity=60, rate=20),
            "default": TokenBucket(capacity=20, rate=2),
        }
        self.group_name = room_group(self.session.pk)
        await self.channel_layer.group_add(self.group_name, self.channel_name)
        event = await self._call(
            room_services.presence_join,
            session=self.session,
            user=user,
            channel_name=self.channel_name,
        )
        await self._send_snapshot()
        await self._broadcast(event)

    async def on_disconnect(self, code):
        if self.session is None:
            return
        await self.channel_layer.group_discard(self.group_name, self.channel_name)
        event = await self._call(
            room_services.presence_leave, session=self.session, channel_name=self.channel_name
        )
        await self._broadcast(event)
        self.session = None

    # --- Incoming messages ----------------------------------------------------------------------

    async def receive(self, text_data=None, bytes_data=None, **kwargs):
        if self.session is None:
            return
        with translation.override(self.language):
            try:
                await self._dispatch(text_data, bytes_data)
            except RoomError as error:
                await self.send_json(error.as_event())

    async def _dispatch(self, text_data, bytes_data):
        if text_data is None:
            raise RoomError("junk", _("Messages must be JSON text."))
        size = len(text_data.encode("utf-8", "replace"))
        if size > HARD_FRAME_LIMIT:
            raise RoomError("too_large", _("This message is too large."))
        try:
            message = json.loads(text_data)
        except ValueError:
            raise RoomError("junk", _("Messages must be JSON text.")) from None
        if not isinstance(message, dict) or not isinstance(message.get("type"), str):
            raise RoomError("junk", _("Messages must be JSON objects with a type."))
        kind = message["type"]
        handler = self.HANDLERS.get(kind)
        if handler is None:
            raise RoomError("unknown_type", _("Unknown message type."))
        if size > FRAME_LIMITS.get(kind, DEFAULT_FRAME_LIMIT):
            raise RoomError("too_large", _("This message is too large."))
        bucket = self.buckets["signal" if kind == "signal" else "default"]
        if not bucket.take():
            raise RoomError("rate_limited", _("Too many messages: slow down a little."))
        await handler(self, message)

    async def _ping(self, message):
        event = await self._call(
            room_services.presence_heartbeat,
            session=self.session,
            user=self.scope["user"],
            channel_name=self.channel_name,
        )
        await self._broadcast(event)

    async def _resync(self, message):
        await self._send_snapshot()

    async def _chat(self, message):
        event = await self._call(
            room_services.chat_post,
            session=self.session,
            user=self.scope["user"],
            body=message.get("body"),
        )
        await self._broadcast(event)

    async def _notes(self, message):
        event = await self._call(
            room_services.notes_edit,
            session=self.session,
            user=self.scope["user"],
            base_version=message.get("base_version"),
            text=message.get("text"),
        )
        await self._broadcast(event)

    async def _agenda_toggle(self, message):
        event = await self._call(
            room_services.agenda_toggle,
            session=self.session,
            user=self.scope["user"],
            index=message.get("index"),
            done=message.get("done"),
        )
        await self._broadcast(event)

    async def _agenda_add(self, message):
        event = await self._call(
            room_services.agenda_add,
            session=self.session,
            user=self.scope["user"],
            text=message.get("text"),
        )
        await self._broadcast(event)

    async def _signal(self, message):
        kind = message.get("kind")
        data = message.get("data")
        if kind not in SIGNAL_KINDS or not (data is None or isinstance(data, dict)):
            raise RoomError("invalid", _("This signalling message is malformed."))
        target = await self._call(
            room_services.peer_channel, session=self.session, user=self.scope["user"]
        )
        await self.channel_layer.send(
            target,
            {
                "type": "room.signal",
                "session_id": self.session.pk,
                "from_user": self.scope["user"].pk,
                "kind": kind,
                "data": data,
            },
        )

    HANDLERS = {
        "ping": _ping,
        "resync": _resync,
        "chat.send": _chat,
        "notes.edit": _notes,
        "agenda.toggle": _agenda_toggle,
        "agenda.add": _agenda_add,
        "signal": _signal,
    }

    # --- Channel-layer handlers -------------------------------------------------------------------

    async def room_event(self, event):
        await self.send_json(event["event"])

    async def room_signal(self, event):
        # Only the peer's socket in this very room may receive it.
        if self.session is None or event.get("session_id") != self.session.pk:
            return
        if event.get("from_user") == self.scope["user"].pk:
            return
        await self.send_json(
            {
                "type": "signal",
                "kind": event["kind"],
                "data": event["data"],
                "from": event["from_user"],
            }
        )

    # --- Helpers ----------------------------------------------------------------------------------

    async def _call(self, function, **kwargs):
        return await database_sync_to_async(function)(**kwargs)

    async def _send_snapshot(self):
        snapshot = await self._call(
            room_services.room_snapshot, session=self.session, user=self.scope["user"]
        )
        await self.send_json(snapshot)

    async def _broadcast(self, event: dict | None):
        if event is not None:
            await self.channel_layer.group_send(
                self.group_name, {"type": "room.event", "event": event}
            )
