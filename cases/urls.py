from django.urls import path

from . import views

app_name = "cases"
urlpatterns = [
    path("", views.index, name="index"),
    path("mine/", views.mine, name="mine"),
    path("new/", views.case_new, name="new"),
    path("scan/", views.scan, name="scan"),
    path("moderation/", views.moderation, name="moderation"),
    path("moderation/<int:pk>/", views.moderation_case, name="moderation_case"),
    path("reports/<int:pk>/decide/", views.report_decide, name="report_decide"),
    path("<int:pk>/", views.case_detail, name="detail"),
    path("<int:pk>/edit/", views.case_edit, name="edit"),
    path("<int:pk>/submit/", views.case_submit, name="submit"),
    path("<int:pk>/flags/redact/", views.flags_redact_all, name="flags_redact_all"),
    path("<int:pk>/images/", views.image_add, name="image_add"),
    path("<int:pk>/replies/", views.reply_create, name="reply_create"),
    path("<int:pk>/outcome/", views.outcome, name="outcome"),
    path("<int:pk>/differential/", views.differential, name="differential"),
    path("<int:pk>/follow/", views.follow, name="follow"),
    path("<int:pk>/report/", views.report, name="report"),
    path("<int:pk>/retract/", views.retract, name="retract"),
    path("<int:pk>/credit/", views.credit_claim, name="credit_claim"),
    path("flags/<int:pk>/resolve/", views.flag_resolve, name="flag_resolve"),
    path("images/<int:pk>/", views.image_file, name="image"),
    path("images/<int:pk>/remove/", views.image_remove, name="image_remove"),
    path("replies/<int:pk>/edit/", views.reply_edit, name="reply_edit"),
    path("replies/<int:pk>/endorse/", views.reply_endorse, name="reply_endorse"),
    path("replies/<int:pk>/helpful/", views.reply_helpful, name="reply_helpful"),
    path("replies/<int:pk>/hide/", views.reply_hide, name="reply_hide"),
]
