"""Shared fixtures and helpers of the session-room tests (no tests here).

Personas: Marc mentors Maya; Alice is a verified practitioner outside the pair.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client
from django.utils import timezone

from accounts.choices import CareerStage, VerificationStatus
from credits.services import frameworks_ensure
from mentoring.models import MentoringSession, Mentorship
from tests.factories import ProfileFactory

AGENDA = ["Review the ECG cases", "Plan the next session"]


@pytest.fixture
def marc(db):
    """Marc is a senior, verified practitioner: the mentor."""
    return ProfileFactory(
        user__email="marc@example.org",
        user__first_name="Marc",
        display_name="Dr Marc Senior",
        career_stage=CareerStage.SENIOR,
        first_practice_year=2001,
        verification_status=VerificationStatus.VERIFIED,
    ).user


@pytest.fixture
def maya(db):
    """Maya is a junior, verified practitioner: the mentee."""
    return ProfileFactory(
        user__email="maya@example.org",
        user__first_name="Maya",
        display_name="Dr Maya Junior",
        verification_status=VerificationStatus.VERIFIED,
    ).user


@pytest.fixture
def mentorship(marc, maya):
    return Mentorship.objects.create(mentor=marc, mentee=maya, goals="ECG reading")


def make_session(mentorship, *, starts_in=dt.timedelta(hours=-1), hours=2, status=None):
    starts_at = timezone.now() + starts_in
    return MentoringSession.objects.create(
        mentorship=mentorship,
        starts_at=starts_at,
        ends_at=starts_at + dt.timedelta(hours=hours),
        status=status or MentoringSession.Status.SCHEDULED,
        agenda=list(AGENDA),
    )


@pytest.fixture
def session(mentorship):
    """A scheduled two-hour session that started an hour ago."""
    return make_session(mentorship)


@pytest.fixture
def frameworks(db):
    # Transactional tests flush the tables the migrations seeded: put the frameworks back.
    frameworks_ensure()


# --- WebSocket helpers ------------------------------------------------------------------------


@database_sync_to_async
def cookie_for(user) -> str:
    client = Client()
    client.force_login(user)
    return f"sessionid={client.cookies['sessionid'].value}"


async def room_socket(
    session_id: int, user=None, *, origin: bytes = b"http://testserver"
) -> WebsocketCommunicator:
    from compagnon.asgi import application

    headers = [(b"origin", origin), (b"accept-language", b"en")]
    if user is not None:
        headers.append((b"cookie", (await cookie_for(user)).encode()))
    return WebsocketCommunicator(
        application, f"/ws/mentoring/sessions/{session_id}/", headers=headers
    )


async def joined(session_id: int, user) -> tuple[WebsocketCommunicator, dict]:
    """A connected socket and the snapshot it received."""
    ws = await room_socket(session_id, user)
    connected, _ = await ws.connect()
    assert connected
    snapshot = await ws.receive_json_from(timeout=5)
    assert snapshot["type"] == "snapshot"
    return ws, snapshot


async def next_of(ws: WebsocketCommunicator, kind: str, timeout: float = 5) -> dict:
    """The next message of this type, skipping others (presence of one's own join…)."""
    while True:
        message = await ws.receive_json_from(timeout=timeout)
        if message["type"] == kind:
            return message


async def drain(ws: WebsocketCommunicator) -> list[dict]:
    """Every message already queued for this socket."""
    messages = []
    while not await ws.receive_nothing(timeout=0.2):
        messages.append(await ws.receive_json_from())
    return messages


async def close_all(*sockets: WebsocketCommunicator) -> None:
    for ws in sockets:
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await ws.disconnect()


@pytest.fixture(autouse=True)
def _fresh_channel_layer():
    """A new channel layer per test. pytest-asyncio gives every test its own event loop, and
    channels-redis binds its receive locks to the loop that first used them (in production there
    is one loop per worker)."""
    from channels.layers import channel_layers

    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()
