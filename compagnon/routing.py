"""Every app's WebSocket routes, combined here and served by compagnon/asgi.py."""

from cases.routing import websocket_urlpatterns as cases_routes
from mentoring.routing import websocket_urlpatterns as mentoring_routes

websocket_urlpatterns: list = [*cases_routes, *mentoring_routes]
