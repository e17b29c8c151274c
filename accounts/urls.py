from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("charter/", views.charter, name="charter"),
    path("accounts/profile/", views.profile, name="profile"),
    path("accounts/profile/edit/", views.profile_edit, name="profile_edit"),
    path("notifications/", views.notifications, name="notifications"),
    path("notifications/read/", views.notifications_read, name="notifications_read"),
    path("moderation/verification/", views.verification_queue, name="verification_queue"),
    path(
        "moderation/verification/<int:pk>/",
        views.verification_detail,
        name="verification_detail",
    ),
    path("moderation/audit/", views.audit_log, name="audit_log"),
]
