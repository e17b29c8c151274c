"""URLs of the live session room and attendance (owned by the realtime part of mentoring)."""

urlpatterns: list = []
