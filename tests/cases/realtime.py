"""Helpers for the WebSocket tests of the case discussion (tests/cases/test_realtime*.py)."""

from __future__ import annotations

from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client

from accounts.choices import VerificationStatus
from cases.models import Case, CaseStatus
from compagnon.asgi import application
from tests.factories import ProfileFactory

ORIGIN = b"http://testserver"


def verified_practitioner(email: str, first_name: str):
    return ProfileFactory(
        user__email=email,
        user__first_name=first_name,
        verification_status=VerificationStatus.VERIFIED,
    ).user


def published_case(author, **fields) -> Case:
    values = {
        "author": author,
        "status": CaseStatus.PUBLISHED,
        "language": "en",
        "specialty": "cardiology",
        "age_band": "60-64",
        "sex": "male",
        "title": "Chest pain after exercise",
        "presentation": "Chest pain on exertion for three weeks, relieved by rest.",
        "question": "Which test would you order first?",
    }
    values.update(fields)
    return Case.objects.create(**values)


@database_sync_to_async
def signed_in(user) -> Client:
    session_client = Client()
    session_client.force_login(user)
    return session_client


def socket(
    case_id: int | str,
    session_client: Client | None = None,
    *,
    origin: bytes = ORIGIN,
    lang: str = "en",
) -> WebsocketCommunicator:
    headers = [(b"origin", origin)]
    if session_client is not None:
        cookie = f"sessionid={session_client.cookies['sessionid'].value}"
        headers.append((b"cookie", cookie.encode()))
    path = f"/ws/cases/{case_id}/" + (f"?lang={lang}" if lang else "")
    return WebsocketCommunicator(application, path, headers=headers)


async def joined(case_id: int, session_client: Client, **kwargs) -> tuple:
    """A connected socket, its snapshot, and the presence event announcing it."""
    ws = socket(case_id, session_client, **kwargs)
    connected, _ = await ws.connect(timeout=5)
    assert connected
    snapshot = await ws.receive_json_from(timeout=5)
    assert snapshot["type"] == "snapshot", snapshot
    own_presence = await ws.receive_json_from(timeout=5)
    assert own_presence["type"] == "presence", own_presence
    return ws, snapshot


async def receive_until(ws: WebsocketCommunicator, kind: str, timeout: float = 5) -> dict:
    """The next message of this type, skipping others (presence changes, pongs)."""
    while True:
        message = await ws.receive_json_from(timeout=timeout)
        if message["type"] == kind:
            return message
