"""Every app's WebSocket routes, combined. Apps add their `websocket_urlpatterns` here."""

websocket_urlpatterns: list = []
