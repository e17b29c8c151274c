"""Glue between Wagtail's publishing and the services: credits, search, update notices."""

from __future__ import annotations

from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from . import services
from .models import CoursePage, LessonPage, StudyDigestPage
from .selectors import content_version_bump

INDEXED = (CoursePage, LessonPage, StudyDigestPage)


@receiver(page_published)
def on_page_published(sender, instance, revision=None, **kwargs):
    if not isinstance(instance, INDEXED):
        return
    content_version_bump()
    if isinstance(instance, (CoursePage, StudyDigestPage)):
        services.page_activity_sync(page=instance)
    if isinstance(instance, CoursePage):
        services.course_update_publish(course=instance, revision=revision)
    services.page_index(page=instance)


@receiver(page_unpublished)
def on_page_unpublished(sender, instance, **kwargs):
    if isinstance(instance, INDEXED):
        content_version_bump()
        services.page_unindex(page=instance)


@receiver(post_delete)
def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, INDEXED):
        content_version_bump()
        services.page_unindex(page=instance)
