"""The search index as a table: one row per searchable object, written only by `search.services`.

Full-text matching lives beside this table, per database: on PostgreSQL a stored generated
`search_vector` column with a GIN index; on SQLite an FTS5 table kept in sync by triggers. Both
are created by migration 0002 for the vendor in use, so neither is a Django field.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    COURSE = "course", _("Course")
    LESSON = "lesson", _("Lesson")
    DIGEST = "digest", _("Study digest")
    CASE = "case", _("Clinical case")
    MENTOR = "mentor", _("Mentor")


class Language(models.TextChoices):
    FR = "fr", _("French")
    EN = "en", _("English")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    VERIFIED_ONLY = "verified_only", _("Verified practitioners only")


class SearchEntry(models.Model):
    # "app_label.model" of the indexed object, so the index never depends on the content apps.
    content_type = models.CharField(max_length=100)
    object_id = models.CharField(max_length=64)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    title = models.CharField(max_length=300)
    body = models.TextField(blank=True)
    language = models.CharField(max_length=2, choices=Language.choices)
    url = models.CharField(max_length=500)
    specialty = models.CharField(max_length=64, blank=True)
    topics = models.JSONField(default=list, blank=True)
    frameworks = models.JSONField(default=list, blank=True)
    visibility = models.CharField(max_length=16, choices=Visibility.choices)
    # False for a removal not yet propagated to Elasticsearch (a tombstone): never shown.
    published = models.BooleanField(default=True)
    # Elasticsearch has not seen the latest version yet; `search_index --update` catches up.
    dirty = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="search_entry_unique_object"
            )
        ]
        indexes = [
            models.Index(
                fields=["dirty"], name="search_entry_dirty", condition=models.Q(dirty=True)
            ),
            models.Index(fields=["-updated_at"], name="search_entry_recent"),
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.title}"

    @property
    def doc_id(self) -> str:
        return f"{self.content_type}:{self.object_id}"
