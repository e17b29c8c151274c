from django.urls import include, path

from . import views

app_name = "mentoring"
urlpatterns = [
    path("", views.index, name="index"),
    path("", include("mentoring.room_urls")),
]
