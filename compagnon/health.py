"""`GET /healthz`: does each service the site depends on answer?"""

from __future__ import annotations

import asyncio
import logging
import uuid

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.core.cache import caches
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache

from search.backends import DatabaseSearchBackend, get_search_backend

logger = logging.getLogger(__name__)
CHECK_TIMEOUT = 3.0


def _check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return connection.vendor


def _check_cache() -> str:
    cache = caches["default"]
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", 10)
    value = cache.get(key)
    cache.delete(key)
    if value != "ok":
        raise RuntimeError("cache did not return the value it was given")
    return cache.__class__.__name__


async def _check_channel_layer() -> str:
    layer = get_channel_layer()
    if layer is None:
        raise RuntimeError("no channel layer configured")
    channel = await layer.new_channel("healthz.")
    await layer.send(channel, {"type": "healthz.ping"})
    message = await layer.receive(channel)
    if message.get("type") != "healthz.ping":
        raise RuntimeError("channel layer returned another message")
    return layer.__class__.__name__


class Degraded(Exception):
    """The service answers through a fallback: reported, but the site still works (200)."""


def _check_search() -> str:
    backend = get_search_backend()
    if not backend.ping():
        if backend.name == "elasticsearch" and DatabaseSearchBackend().ping():
            raise Degraded("elasticsearch did not answer; searching the database")
        raise RuntimeError(f"{backend.name} search did not answer")
    return backend.name


async def _run(name: str, check) -> tuple[str, dict]:
    try:
        if asyncio.iscoroutinefunction(check):
            detail = await asyncio.wait_for(check(), CHECK_TIMEOUT)
        else:
            detail = await asyncio.wait_for(
                sync_to_async(check, thread_sensitive=True)(), CHECK_TIMEOUT
            )
    except Degraded as exc:
        return name, {"status": "degraded", "backend": "database", "detail": str(exc)}
    except Exception as exc:
        # The exception text can name hosts; it goes to the log, the response says only "error".
        logger.warning("healthz: %s failed: %s", name, exc.__class__.__name__)
        return name, {"status": "error", "error": exc.__class__.__name__}
    return name, {"status": "ok", "backend": detail}


@never_cache
async def healthz(request: HttpRequest) -> JsonResponse:
    checks = dict(
        await asyncio.gather(
            _run("database", _check_database),
            _run("cache", _check_cache),
            _run("channel_layer", _check_channel_layer),
            _run("search", _check_search),
        )
    )
    failing = sorted(name for name, result in checks.items() if result["status"] == "error")
    degraded = any(result["status"] == "degraded" for result in checks.values())
    status = "error" if failing else "degraded" if degraded else "ok"
    body = {"status": status, "failing": failing, "checks": checks}
    return JsonResponse(body, status=503 if failing else 200)
