from django.urls import path

from . import views

app_name = "credits"
urlpatterns = [
    path("", views.index, name="index"),
    path("frameworks/", views.frameworks, name="frameworks"),
    path("transcript/", views.transcript, name="transcript"),
    path("transcript.csv", views.transcript_csv, name="transcript_csv"),
    path("transcript.pdf", views.transcript_pdf, name="transcript_pdf"),
    path("external/", views.external, name="external"),
    path("external/<int:pk>/evidence/", views.external_evidence, name="external_evidence"),
    path("certificates/", views.certificates, name="certificates"),
    path("certificates/<str:code>.pdf", views.certificate_download, name="certificate_pdf"),
    path("certificates/<str:code>.jwt", views.certificate_badge, name="certificate_badge"),
    path("moderation/", views.moderation_queue, name="moderation_queue"),
    path("moderation/<int:pk>/", views.moderation_decide, name="moderation_decide"),
]
