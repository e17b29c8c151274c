"""Realtime events of the case exchange: numbering, broadcast after commit, and presence.

Services call `event_send()` inside their atomic block. Nothing leaves before the transaction
commits, and nothing leaves if it rolls back: the broadcast is registered with
`transaction.on_commit`.

Sequence numbers. Several ASGI workers share state only through PostgreSQL and Redis, so the
per-case counter lives in the cache (Redis when REDIS_URL is set, where `incr` is one atomic
INCR; locmem in single-process development). We chose the cache over a database column because
a column would add an UPDATE and a row lock on the case to every reply transaction, serialising
writers on a hot case, for a number that only orders live messages. The cache may lose the
counter (Redis restart without persistence, eviction, `cache.clear()`): a fresh counter starts
from the clock in microseconds, so numbers keep increasing across such a loss (unless one case
saw more than a million events a second for its whole life), and clients that see a jump simply
refetch the snapshot.

Ordering. In one worker, events are numbered and sent in commit order. Across workers two
events can reach a client out of order; the client holds an early arrival briefly and asks
for a fresh snapshot if the gap does not fill (cases/static/cases/js/live.js).

Presence. `websocket_disconnect` is not guaranteed (closed laptops, crashed workers), so each
viewer is an entry with an expiry, refreshed by the client's heartbeat and pruned by anyone's
heartbeat. With Redis it is a sorted set shared by every worker; without Redis, a dictionary
in the (single-process) locmem cache.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from functools import partial
from typing import Any

from asgiref.sync import async_to_sync, sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import translation

logger = logging.getLogger(__name__)

EVENT_TYPES = frozenset(
    {
        "reply.created",
        "reply.updated",
        "reply.hidden",
        "endorsement.changed",
        "case.updated",
        "presence",
    }
)


def case_group(case_id: int) -> str:
    return f"case.{int(case_id)}"


# --- Sequence numbers ---------------------------------------------------------------------------


def _seq_key(case_id: int) -> str:
    return f"cases:seq:{int(case_id)}"


def _seq_start() -> int:
    # Microseconds since 1970: below 2**53 (JavaScript's exact integers) until the year 2255.
    return time.time_ns() // 1000


def seq_current(case_id: int) -> int:
    """The number of the last event of this case; the next one will be greater."""
    key = _seq_key(case_id)
    cache.add(key, _seq_start(), timeout=None)
    value = cache.get(key)
    return int(value) if value is not None else _seq_start()


def seq_next(case_id: int) -> int:
    key = _seq_key(case_id)
    for _attempt in range(3):
        cache.add(key, _seq_start(), timeout=None)
        try:
            return int(cache.incr(key))
        except ValueError:  # evicted between add and incr
            continue
    raise RuntimeError("The case event counter could not be incremented.")


# --- Broadcast ----------------------------------------------------------------------------------


def html_by_language(render) -> dict[str, str]:
    """Render a fragment once per site language, for events whose HTML contains UI strings.

    `event_send(..., payload={"reply_id": 1, "html": html_by_language(lambda: ...)})`: each
    viewer's socket then relays the fragment in that viewer's language. A plain string is
    relayed as it is.
    """
    rendered = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            rendered[code] = render()
    return rendered


def event_send(*, case_id: int, type: str, payload: dict[str, Any]) -> None:
    """Broadcast `{"type": type, "seq": n, **payload}` to the viewers of a case after commit.

    `payload["html"]` may be a string (relayed as it is), a {language: html} dictionary, or a
    callable returning HTML: it is then rendered after commit once per site language, and each
    viewer receives it in the language of their page (`html=lambda: reply_html(reply)`).
    """
    if type not in EVENT_TYPES:
        raise ValueError(f"Unknown case event type: {type!r}")
    if "type" in payload or "seq" in payload:
        raise ValueError("The payload may not set 'type' or 'seq'.")
    transaction.on_commit(partial(_broadcast, int(case_id), type, dict(payload)))


def _broadcast(case_id: int, type: str, payload: dict[str, Any]) -> None:
    # The data is already committed: a delivery failure must not surface as an error to the
    # writer. Clients see the hole in the numbering and refetch the snapshot. The log line
    # names the event, never its content (replies are health data).
    try:
        if callable(payload.get("html")):
            payload = {**payload, "html": html_by_language(payload["html"])}
        message = {"type": type, "seq": seq_next(case_id), **payload}
        layer = get_channel_layer()
        if layer is not None:
            async_to_sync(layer.group_send)(case_group(case_id), message)
    except Exception:
        logger.warning("Case event %s for case %s was not delivered.", type, case_id, exc_info=True)


async def event_send_now(*, case_id: int, type: str, payload: dict[str, Any]) -> None:
    """`event_send` for async code outside any transaction (presence changes)."""
    seq = await sync_to_async(seq_next, thread_sensitive=False)(case_id)
    layer = get_channel_layer()
    await layer.group_send(case_group(case_id), {"type": type, "seq": seq, **payload})


# --- Presence -----------------------------------------------------------------------------------


def presence_ttl() -> float:
    """Seconds a viewer stays present without a heartbeat (the client pings every 25 s;
    background tabs may be throttled to one timer a minute)."""
    return float(getattr(settings, "CASES_PRESENCE_TTL", 90))


def now() -> float:
    # One clock for presence, so tests can move it.
    return time.time()


class _RedisPresence:
    """A sorted set per case: member "<user_id>|<channel>", score = expiry time."""

    def __init__(self, url: str):
        import redis

        self.client = redis.Redis.from_url(url)

    @staticmethod
    def _key(case_id: int) -> str:
        return f"compagnon:cases:presence:{int(case_id)}"

    def touch(self, case_id: int, member: str, expires_at: float, at: float) -> tuple[int, int]:
        key = self._key(case_id)
        pipe = self.client.pipeline(transaction=True)
        pipe.zadd(key, {member: expires_at})
        pipe.zremrangebyscore(key, "-inf", at)
        pipe.zrange(key, 0, -1)
        pipe.expire(key, int(presence_ttl() * 2) + 1)
        added, pruned, members, _ = pipe.execute()
        return _distinct_users(m.decode() for m in members), int(added) + int(pruned)

    def leave(self, case_id: int, member: str, at: float) -> int:
        key = self._key(case_id)
        pipe = self.client.pipeline(transaction=True)
        pipe.zrem(key, member)
        pipe.zremrangebyscore(key, "-inf", at)
        pipe.zrange(key, 0, -1)
        _, _, members = pipe.execute()
        return _distinct_users(m.decode() for m in members)

    def count(self, case_id: int, at: float) -> int:
        key = self._key(case_id)
        pipe = self.client.pipeline(transaction=True)
        pipe.zremrangebyscore(key, "-inf", at)
        pipe.zrange(key, 0, -1)
        _, members = pipe.execute()
        return _distinct_users(m.decode() for m in members)


class _CachePresence:
    """One dictionary per case in the locmem cache: only for a single process (development)."""

    lock = threading.Lock()

    @staticmethod
    def _key(case_id: int) -> str:
        return f"cases:presence:{int(case_id)}"

    def touch(self, case_id: int, member: str, expires_at: float, at: float) -> tuple[int, int]:
        with self.lock:
            entries = cache.get(self._key(case_id)) or {}
            alive = {m: exp for m, exp in entries.items() if exp > at}
            changed = (member not in alive) + (len(entries) - len(alive))
            alive[member] = expires_at
            cache.set(self._key(case_id), alive, timeout=int(presence_ttl() * 2) + 1)
        return _distinct_users(alive), changed

    def leave(self, case_id: int, member: str, at: float) -> int:
        with self.lock:
            entries = cache.get(self._key(case_id)) or {}
            alive = {m: exp for m, exp in entries.items() if exp > at and m != member}
            cache.set(self._key(case_id), alive, timeout=int(presence_ttl() * 2) + 1)
        return _distinct_users(alive)

    def count(self, case_id: int, at: float) -> int:
        entries = cache.get(self._key(case_id)) or {}
        return _distinct_users(m for m, exp in entries.items() if exp > at)


def _distinct_users(members) -> int:
    # Two tabs of one practitioner are one viewer.
    return len({member.split("|", 1)[0] for member in members})


_store: _RedisPresence | _CachePresence | None = None
_store_url: str | None = None


def _presence_store() -> _RedisPresence | _CachePresence:
    global _store, _store_url
    url = getattr(settings, "REDIS_URL", None) or None
    if _store is None or url != _store_url:
        _store = _RedisPresence(url) if url else _CachePresence()
        _store_url = url
    return _store


def presence_touch(*, case_id: int, user_id: int, channel: str) -> tuple[int, bool]:
    """Mark this socket present (join or heartbeat) and drop expired ones.

    Returns the number of distinct viewers and whether it may have changed (an entry was added
    or expired), in which case the caller broadcasts it.
    """
    at = now()
    count, changes = _presence_store().touch(
        case_id, f"{int(user_id)}|{channel}", at + presence_ttl(), at
    )
    return count, changes > 0


def presence_leave(*, case_id: int, user_id: int, channel: str) -> int:
    return _presence_store().leave(case_id, f"{int(user_id)}|{channel}", now())


def presence_count(*, case_id: int) -> int:
    return _presence_store().count(case_id, now())


def presence_throttle() -> int:
    """At most one presence event per case per this many seconds (whole seconds: Redis
    expiries are). Without it, 200 people opening a case at once would send 200 × 200 presence
    messages, enough to fill the viewers' channel buffers and push out real events."""
    return int(getattr(settings, "CASES_PRESENCE_THROTTLE", 1))


_pending_announcements: set = set()


async def presence_announce(*, case_id: int) -> None:
    """Tell the viewers of a case how many they are, now or just after the throttle window.

    The count is read after taking the window, so one announcement covers every change made
    before it. A change that falls inside someone else's window retries once when it closes;
    if another socket took the next window, that announcement already counted this change.
    """
    window = presence_throttle()
    if window <= 0:
        await _presence_broadcast(case_id)
        return
    if await _take_window(case_id, window):
        await _presence_broadcast(case_id)
        return

    async def after_the_window():
        await asyncio.sleep(window + 0.1)
        if await _take_window(case_id, window):
            await _presence_broadcast(case_id)

    task = asyncio.ensure_future(after_the_window())
    _pending_announcements.add(task)  # keep a reference until it has run
    task.add_done_callback(_pending_announcements.discard)


async def _take_window(case_id: int, window: int) -> bool:
    key = f"cases:presence-announced:{int(case_id)}"
    return await sync_to_async(cache.add, thread_sensitive=False)(key, 1, timeout=window)


async def _presence_broadcast(case_id: int) -> None:
    try:
        count = await sync_to_async(presence_count, thread_sensitive=False)(case_id=case_id)
        await event_send_now(case_id=case_id, type="presence", payload={"count": count})
    except Exception:
        logger.warning("Presence of case %s was not announced.", case_id, exc_info=True)
