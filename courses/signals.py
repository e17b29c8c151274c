"""Glue between Wagtail's publishing and the services: credits, search, update notices."""

from __future__ import annotations

from django.db.models import QuerySet
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

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
        # Its live lessons come back with it, with its (possibly new) language and topics.
        services.page_tree_index(page=instance)
    else:
        services.page_index(page=instance)


@receiver(page_unpublished)
def on_page_unpublished(sender, instance, **kwargs):
    if isinstance(instance, INDEXED):
        content_version_bump()
        if isinstance(instance, CoursePage):
            # Unpublishing a course alone leaves its lessons live: they leave search with it.
            services.page_tree_index(page=instance)
        else:
            services.page_unindex(page=instance)


@receiver(post_delete)
def on_page_deleted(sender, instance, **kwargs):
    # A deleted course takes its lessons along: each one's row deletion arrives here too.
    if isinstance(instance, INDEXED):
        content_version_bump()
        services.page_unindex(page=instance)


@receiver(post_save, sender=PageViewRestriction)
def on_view_restriction_saved(sender, instance, **kwargs):
    # Wagtail has no signal of its own for privacy changes: a restricted page and everything
    # below it leave search (entries are public).
    _restriction_changed(instance)


@receiver(post_delete, sender=PageViewRestriction)
def on_view_restriction_deleted(sender, instance, origin=None, **kwargs):
    # Deleted along with its page: the pages' own deletions take them out of search.
    deleting = origin.model if isinstance(origin, QuerySet) else type(origin)
    if issubclass(deleting, Page):
        return
    _restriction_changed(instance)


def _restriction_changed(restriction: PageViewRestriction) -> None:
    page = Page.objects.filter(pk=restriction.page_id).first()
    if page is not None:
        services.page_tree_index(page=page)
        # Wagtail restricts an alias as its source: aliases elsewhere follow.
        for alias in Page.objects.filter(alias_of=page):
            services.page_tree_index(page=alias)


@receiver(post_page_move)
def on_page_moved(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs):
    # Under a new parent: maybe under (or out of) a view restriction, and at a new URL. A page
    # only reordered among its siblings changes neither.
    if parent_page_before is not None and parent_page_before == parent_page_after:
        return
    services.page_tree_index(page=instance)
