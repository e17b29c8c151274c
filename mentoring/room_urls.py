"""URLs of the live session room and attendance (owned by the realtime part of mentoring)."""

from django.urls import path

from . import room_views

urlpatterns: list = [
    path("sessions/<int:session_id>/room/", room_views.session_room, name="session_room"),
    path(
        "sessions/<int:session_id>/attendance/",
        room_views.session_attendance,
        name="session_attendance",
    ),
    path("sessions/<int:session_id>/attest/", room_views.session_attest, name="session_attest"),
    path(
        "sessions/<int:session_id>/reflection/",
        room_views.session_reflection,
        name="session_reflection",
    ),
    path("sessions/<int:session_id>/summary/", room_views.session_summary, name="session_summary"),
]
