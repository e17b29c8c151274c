"""The audit log's only writer. Other apps call `audit_record()` from their services."""

from __future__ import annotations

import hashlib
from typing import Any

from django.db import models
from django.http import HttpRequest

from .models import AuditEvent, User


def session_ref(session_key: str | None) -> str:
    """A stable, non-reversible reference to a session (the key itself is a credential)."""
    if not session_key:
        return ""
    return hashlib.sha256(session_key.encode()).hexdigest()[:16]


def client_ip(request: HttpRequest | None) -> str | None:
    if request is None:
        return None
    return request.META.get("REMOTE_ADDR") or None


def audit_record(
    *,
    action: str,
    actor: User | None = None,
    target: models.Model | None = None,
    target_repr: str = "",
    request: HttpRequest | None = None,
    actor_label: str = "",
    metadata: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event. `target_repr` and `metadata` must never hold health data."""
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    session = getattr(request, "session", None) if request is not None else None
    if session is not None and not session.session_key:
        # A visitor's first request (e.g. a failed sign-in): give the session its key now, so
        # that the event names the session that made it, as every other event does.
        session.save()
    return AuditEvent.objects.create(
        actor=actor,
        actor_label=actor_label or (actor.email if actor is not None else ""),
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_repr=(target_repr or (str(target) if target is not None else ""))[:200],
        session_ref=session_ref(getattr(session, "session_key", None)),
        ip_address=client_ip(request),
        metadata=metadata or {},
    )
