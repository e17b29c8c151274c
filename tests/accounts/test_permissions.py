"""The "verified practitioner" rule, over HTTP (cases, mentoring) and over WebSockets."""

import pytest
from channels.auth import AuthMiddlewareStack
from channels.db import database_sync_to_async
from channels.routing import URLRouter
from channels.security.websocket import AllowedHostsOriginValidator
from channels.testing import WebsocketCommunicator
from django.test import Client
from django.urls import path

from accounts.consumers import CLOSE_FORBIDDEN, CLOSE_UNAUTHENTICATED, VerifiedPractitionerConsumer
from accounts.permissions import check_verified_practitioner, is_verified_practitioner

REFUSAL = "This area is reserved for practitioners whose profile has been verified."
PROTECTED = ["/cases/", "/mentoring/"]


@pytest.fixture(autouse=True)
def _english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


# --- HTTP -----------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("url", PROTECTED)
def test_it_lets_a_verified_practitioner_in(client, alice, url):
    client.force_login(alice)

    assert client.get(url).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("url", PROTECTED)
@pytest.mark.parametrize("persona", ["bob", "charlie"])
def test_it_refuses_members_who_are_not_verified_with_an_explanation(client, request, persona, url):
    client.force_login(request.getfixturevalue(persona))

    response = client.get(url)

    assert response.status_code == 403
    html = response.content.decode()
    assert REFUSAL in html
    assert 'href="/accounts/profile/"' in html  # the way forward: the profile and its status


@pytest.mark.django_db
@pytest.mark.parametrize("url", PROTECTED)
def test_it_sends_anonymous_visitors_to_the_login(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={url}"


@pytest.mark.django_db
def test_it_refuses_a_deactivated_practitioner(client, alice):
    alice.is_active = False
    alice.save()

    assert not is_verified_practitioner(alice)
    with pytest.raises(Exception, match="reserved for practitioners"):
        check_verified_practitioner(alice)


# --- WebSocket ------------------------------------------------------------------------------
# Transactional: the consumer reads the session and the profile from another thread, which sees
# committed rows only.


class HelloConsumer(VerifiedPractitionerConsumer):
    async def on_authorised(self):
        await self.send_json({"type": "hello", "user": self.scope["user"].email})


application = AllowedHostsOriginValidator(
    AuthMiddlewareStack(URLRouter([path("ws/hello/", HelloConsumer.as_asgi())]))
)


def communicator(session_client: Client | None = None, origin: bytes = b"http://testserver"):
    headers = [(b"origin", origin)]
    if session_client is not None:
        cookie = f"sessionid={session_client.cookies['sessionid'].value}"
        headers.append((b"cookie", cookie.encode()))
    return WebsocketCommunicator(application, "/ws/hello/", headers=headers)


@database_sync_to_async
def signed_in_client(user) -> Client:
    session_client = Client()
    session_client.force_login(user)
    return session_client


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_it_greets_a_verified_practitioner_over_websocket(alice):
    ws = communicator(await signed_in_client(alice))
    try:
        connected, _ = await ws.connect()
        assert connected
        assert await ws.receive_json_from() == {"type": "hello", "user": "alice@example.org"}
    finally:
        await ws.disconnect()


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
@pytest.mark.parametrize("persona", ["bob", "charlie"])
async def test_it_closes_the_socket_of_a_member_who_is_not_verified(bob, charlie, persona):
    user = {"bob": bob, "charlie": charlie}[persona]
    ws = communicator(await signed_in_client(user))
    try:
        connected, _ = await ws.connect()
        assert connected  # accepted first, so that the browser receives the close code
        output = await ws.receive_output()
        assert output == {"type": "websocket.close", "code": CLOSE_FORBIDDEN}
        assert CLOSE_FORBIDDEN == 4403
    finally:
        await ws.disconnect()


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_it_closes_an_anonymous_socket_with_4401():
    ws = communicator()
    try:
        connected, _ = await ws.connect()
        assert connected
        output = await ws.receive_output()
        assert output == {"type": "websocket.close", "code": CLOSE_UNAUTHENTICATED}
        assert CLOSE_UNAUTHENTICATED == 4401
    finally:
        await ws.disconnect()


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_it_refuses_a_socket_from_a_foreign_origin(alice):
    ws = communicator(await signed_in_client(alice), origin=b"https://evil.example")
    try:
        connected, _code = await ws.connect()
        assert not connected
        assert await ws.receive_nothing()
    finally:
        await ws.disconnect()


@pytest.mark.django_db(transaction=True)
@pytest.mark.asyncio
async def test_it_closes_every_socket_of_a_member_who_signs_out(alice):
    session_client = await signed_in_client(alice)
    first, second = communicator(session_client), communicator(session_client)
    try:
        for ws in (first, second):
            assert (await ws.connect())[0]
            await ws.receive_json_from()  # hello

        await database_sync_to_async(session_client.post)("/accounts/logout/")

        for ws in (first, second):
            output = await ws.receive_output(timeout=2)
            assert output == {"type": "websocket.close", "code": CLOSE_UNAUTHENTICATED}
    finally:
        await first.disconnect()
        await second.disconnect()
