"""WebSocket routes of the case exchange (combined in compagnon/routing.py)."""

from django.urls import path

from .consumers import CaseConsumer

websocket_urlpatterns: list = [
    path("ws/cases/<int:case_id>/", CaseConsumer.as_asgi()),
]
