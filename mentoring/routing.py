"""WebSocket routes of the live compagnonnage rooms (combined in compagnon/routing.py)."""

from django.urls import path

from .consumers import SessionRoomConsumer

websocket_urlpatterns: list = [
    path("ws/mentoring/sessions/<int:session_id>/", SessionRoomConsumer.as_asgi()),
]
