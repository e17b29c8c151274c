"""The WebSocket side of the permission helper, shared by every realtime app."""

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncJsonWebsocketConsumer

from .permissions import NotAuthenticated, check_verified_practitioner

CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403


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
    accept becomes a bare HTTP 403 without a code). Subclasses implement `on_authorised`.
    """

    async def connect(self):
        user = self.scope.get("user")
        await self.accept()
        code = await _check_verified(user) if user is not None else CLOSE_UNAUTHENTICATED
        if code is not None:
            await self.close(code=code)
            return
        await self.on_authorised()

    async def on_authorised(self):
        raise NotImplementedError
