"""The WebSocket side of the permission helper, shared by every realtime app."""

from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer
from channels.layers import get_channel_layer

from .permissions import NotAuthenticated, check_verified_practitioner

CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403
# Sent when the user signs out elsewhere: the browser must not reconnect with the old session.
CLOSE_LOGGED_OUT = 4401


def user_group(user_id: int) -> str:
    """Every socket of one user joins this group, so signing out can close them all."""
    return f"user.{user_id}"


def user_sockets_close(user_id: int) -> None:
    """Close every open socket of this user (called on logout, from sync code)."""
    layer = get_channel_layer()
    if layer is not None:
        async_to_sync(layer.group_send)(user_group(user_id), {"type": "user.logged_out"})


@database_sync_to_async
def _check_verified(user) -> int | None:
    try:
        check_verified_practitioner(user)
    except NotAuthenticated:
        return CLOSE_UNAUTHENTICATED
    except Exception:
        return CLOSE_FORBIDDEN
    return None


class VerifiedPractitionerConsumer(AsyncJsonWebsocketConsumer):
    """Accepts only verified practitioners; others are closed with 4401 or 4403.

    The socket is accepted first so that the close code reaches the browser (a refusal before
    accept becomes a bare HTTP 403 without a code). Subclasses implement `on_authorised` and, if
    they join groups, leave them in `on_disconnect`.
    """

    user_group_name: str | None = None

    async def connect(self):
        user = self.scope.get("user")
        await self.accept()
        code = await _check_verified(user) if user is not None else CLOSE_UNAUTHENTICATED
        if code is not None:
            await self.close(code=code)
            return
        self.user_group_name = user_group(user.pk)
        await self.channel_layer.group_add(self.user_group_name, self.channel_name)
        await self.on_authorised()

    async def disconnect(self, code):
        if self.user_group_name:
            await self.channel_layer.group_discard(self.user_group_name, self.channel_name)
        await self.on_disconnect(code)

    async def on_authorised(self):
        raise NotImplementedError

    async def on_disconnect(self, code):
        """Subclasses leave their groups and clear presence here."""

    async def user_logged_out(self, event):
        await self.close(code=CLOSE_LOGGED_OUT)
