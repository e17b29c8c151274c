"""WebSocket routes of the live compagnonnage rooms (combined in compagnon/routing.py)."""

websocket_urlpatterns: list = []
