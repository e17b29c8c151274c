"""WebSocket routes of the case exchange (combined in compagnon/routing.py)."""

websocket_urlpatterns: list = []
