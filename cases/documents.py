"""Search document for clinical cases: published cases only, for verified practitioners only.

Only the anonymised text that passed the de-identification gate and moderation goes in — a
published case carries no unresolved identifier (`Case.save` checks it). Drafts, cases awaiting
moderation or returned, and retracted cases (whose text is erased) stay out.
"""

from __future__ import annotations

from django.db import models
from django.urls import reverse

from accounts.choices import Topic
from search.documents import SearchDocument
from search.models import Kind, Visibility

from .models import CASE_TEXT_FIELDS, Case, CaseStatus


class CaseDocument(SearchDocument):
    model = Case
    kind = Kind.CASE
    visibility = Visibility.VERIFIED_ONLY

    def get_queryset(self) -> models.QuerySet:
        return Case.objects.order_by("pk")

    def should_index(self, case: Case) -> bool:
        return case.status == CaseStatus.PUBLISHED

    def prepare_title(self, case: Case) -> str:
        return case.title

    def prepare_body(self, case: Case) -> str:
        parts = [getattr(case, name) for name in CASE_TEXT_FIELDS if name not in ("title", "tags")]
        parts += [case.outcome_diagnosis, case.outcome_text, " ".join(case.tag_list)]
        return "\n\n".join(p for p in parts if p)

    def prepare_url(self, case: Case) -> str:
        return reverse("cases:detail", args=[case.pk])

    def prepare_topics(self, case: Case) -> list[str]:
        # Free tags stay in the text; only tags that are platform topics become facets.
        return [tag for tag in case.tag_list if tag in Topic.values]
