"""The live discussion of one case: `/ws/cases/<case_id>/`.

Thin by design: the base class lets in verified practitioners only (4401/4403); the selector
decides whether this practitioner may see this case; writes never come through here (replies
are posted over HTTP, through the services, which broadcast after commit).

Close codes: 4401 not signed in (or signed out elsewhere), 4403 not verified or not allowed to
see the case, 4404 no such case for this user (missing, unpublished, retracted: the selector
raises Http404 so that existence does not leak), 1008 a client that keeps breaking the limits.

Client → server: `{"type": "ping"}` (heartbeat, answered with `pong`; keeps the viewer present)
and `{"type": "resync"}` (send a fresh snapshot). Anything else, malformed JSON, binary frames
or frames over 4 KB get an `{"type": "error", "code": ..., "message": ...}` event and change
nothing. A token bucket limits the rate; a client that keeps sending into an empty bucket is
closed.
"""

from __future__ import annotations

import json
import time
from urllib.parse import parse_qs

from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.consumers import CLOSE_FORBIDDEN, VerifiedPractitionerConsumer

from . import events

CLOSE_NOT_FOUND = 4404
CLOSE_POLICY_VIOLATION = 1008

MAX_MESSAGE_BYTES = 4096
# A heartbeat every 25 s and an occasional resync need far less; a burst of 10 is forgiven.
BUCKET_CAPACITY = 10.0
BUCKET_REFILL_PER_SECOND = 1.0
# Messages refused in a row (rate, size, junk) before the socket is closed.
MAX_STRIKES = 20


def _clock() -> float:
    return time.monotonic()


def _selectors():
    from . import selectors

    return selectors


@database_sync_to_async
def _access_refusal(user, case_id: int) -> int | None:
    try:
        _selectors().case_get_for_user(user=user, case_id=case_id)
    except Http404:
        return CLOSE_NOT_FOUND
    except PermissionDenied:
        return CLOSE_FORBIDDEN
    return None


@database_sync_to_async
def _snapshot(user, case_id: int, language: str) -> dict:
    with translation.override(language):
        # The number is read before the state: every event numbered up to here is already in
        # the database, later ones reach this socket through the group joined earlier.
        seq = events.seq_current(case_id)
        state = _selectors().case_snapshot(user=user, case_id=case_id)
    return {"type": "snapshot", "seq": seq, **state}


def _presence_text(count: int) -> str:
    others = max(count - 1, 0)
    if not others:
        return _("Only you are viewing this case right now.")
    return ngettext(
        "You and %(count)s other practitioner are viewing this case.",
        "You and %(count)s other practitioners are viewing this case.",
        others,
    ) % {"count": others}


def _client_strings() -> dict[str, str]:
    """The few sentences live.js shows itself, in the viewer's language."""
    return {
        "reply_new": _("A new reply was posted."),
        "reply_updated": _("A reply was edited."),
        "reconnecting": _("Live updates interrupted. Reconnecting…"),
        "reconnected": _("Live updates resumed."),
        "case_updated": _("The case was updated. Reload the page to see the changes."),
        "signed_out": _("You have been signed out. Sign in again to follow this case live."),
        "unavailable": _("Live updates are not available for this case. Reload the page."),
    }


class CaseConsumer(VerifiedPractitionerConsumer):
    case_id: int | None = None
    case_group_name: str | None = None

    # --- Connection ---------------------------------------------------------------------------

    async def on_authorised(self):
        case_id = int(self.scope["url_route"]["kwargs"]["case_id"])
        user = self.scope["user"]
        refusal = await _access_refusal(user, case_id)
        if refusal is not None:
            await self.close(code=refusal)
            return
        self.language = self._language()
        self.tokens = BUCKET_CAPACITY
        self.refilled_at = _clock()
        self.strikes = 0

        self.case_id = case_id
        self.case_group_name = events.case_group(case_id)
        await self.channel_layer.group_add(self.case_group_name, self.channel_name)
        count, _changed = await self._presence_touch()
        await self._send_snapshot(presence=count)
        await events.presence_announce(case_id=case_id)

    async def on_disconnect(self, code):
        if self.case_id is None:
            return
        await self.channel_layer.group_discard(self.case_group_name, self.channel_name)
        await sync_to_async(events.presence_leave, thread_sensitive=False)(
            case_id=self.case_id, user_id=self.scope["user"].pk, channel=self.channel_name
        )
        await events.presence_announce(case_id=self.case_id)
        self.case_id = None

    def _language(self) -> str:
        """The page's language (live.js passes `?lang=`), else the language cookie, else the
        site's default: the sentences sent to this socket match the page around them."""
        supported = {code for code, _name in settings.LANGUAGES}
        query = parse_qs(self.scope.get("query_string", b"").decode("latin-1"))
        cookies = self.scope.get("cookies") or {}
        for candidate in (
            *query.get("lang", []),
            cookies.get(settings.LANGUAGE_COOKIE_NAME, ""),
        ):
            if candidate in supported:
                return candidate
        return settings.LANGUAGE_CODE

    async def _presence_touch(self) -> tuple[int, bool]:
        return await sync_to_async(events.presence_touch, thread_sensitive=False)(
            case_id=self.case_id, user_id=self.scope["user"].pk, channel=self.channel_name
        )

    async def _send_snapshot(self, presence: int | None = None) -> None:
        try:
            snapshot = await _snapshot(self.scope["user"], self.case_id, self.language)
        except Http404:
            await self.close(code=CLOSE_NOT_FOUND)
            return
        except PermissionDenied:
            await self.close(code=CLOSE_FORBIDDEN)
            return
        if presence is None:
            presence, _changed = await self._presence_touch()
        with translation.override(self.language):
            snapshot["presence"] = {"count": presence, "text": _presence_text(presence)}
            snapshot["i18n"] = _client_strings()
        await self.send_json(snapshot)

    # --- Client messages ----------------------------------------------------------------------

    closing = False

    async def receive(self, text_data=None, bytes_data=None, **kwargs):
        if self.case_id is None or self.closing:
            return  # refused or leaving: the close is on its way
        with translation.override(self.language):
            await self._receive(text_data, bytes_data)

    async def _receive(self, text_data, bytes_data):
        if not self._take_token():
            await self._refuse("rate_limited", _("Too many messages: slow down."))
            return
        if text_data is None:
            await self._refuse("binary_not_supported", _("Only JSON text messages are accepted."))
            return
        if len(text_data.encode("utf-8", "surrogatepass")) > MAX_MESSAGE_BYTES:
            await self._refuse(
                "too_large",
                _("Message too large (at most %(limit)s bytes).") % {"limit": MAX_MESSAGE_BYTES},
            )
            return
        try:
            message = json.loads(text_data)
        except ValueError:
            await self._refuse("invalid_json", _("The message is not valid JSON."))
            return
        kind = message.get("type") if isinstance(message, dict) else None
        if kind == "ping":
            self.strikes = 0
            _count, changed = await self._presence_touch()
            await self.send_json({"type": "pong"})
            if changed:
                await events.presence_announce(case_id=self.case_id)
        elif kind == "resync":
            self.strikes = 0
            await self._send_snapshot()
        else:
            await self._refuse("unknown_type", _("Unknown message type."))

    def _take_token(self) -> bool:
        # The bucket is per socket, in this worker: a socket lives in one worker only.
        moment = _clock()
        elapsed = moment - self.refilled_at
        self.refilled_at = moment
        self.tokens = min(BUCKET_CAPACITY, self.tokens + elapsed * BUCKET_REFILL_PER_SECOND)
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True

    async def _refuse(self, code: str, message: str) -> None:
        self.strikes += 1
        if self.strikes > MAX_STRIKES:
            self.closing = True
            await self.close(code=CLOSE_POLICY_VIOLATION)
            return
        await self.send_json({"type": "error", "code": code, "message": message})

    # --- Case events (group messages sent by cases.events after commit) ---------------------

    async def _relay(self, event: dict) -> None:
        message = dict(event)
        html = message.get("html")
        if isinstance(html, dict):  # rendered once per language (events.html_by_language)
            message["html"] = html.get(self.language) or next(iter(html.values()), "")
        await self.send_json(message)

    async def reply_created(self, event):
        await self._relay(event)

    async def reply_updated(self, event):
        await self._relay(event)

    async def reply_hidden(self, event):
        await self._relay(event)

    async def endorsement_changed(self, event):
        # The count as the reply shows it, in this viewer's language (the same sentence as
        # cases/_reply.html, so one translation serves both).
        count = int(event["count"])
        with translation.override(self.language):
            text = ngettext(
                "%(counter)s found this helpful", "%(counter)s found this helpful", count
            ) % {"counter": count}
        await self._relay({**event, "text": text})

    async def case_updated(self, event):
        await self._relay(event)

    async def presence(self, event):
        with translation.override(self.language):
            text = _presence_text(int(event["count"]))
        await self._relay({**event, "text": text})
