"""Search documents for courses, lessons and study digests: live pages only, visible to everyone.

What goes in is what the published page shows before enrolment: never knowledge-check answers
nor the final assessment. The page row holds the live version (drafts stay in revisions), so a
re-feed from the database indexes what readers see.

Entries are public (every visitor sees them in results), so a page anyone may not read is left
out: one under a Wagtail view restriction (password, sign-in, groups) on itself or an ancestor,
and a lesson whose course is not live. `page_tree_index` re-decides a page and everything below
it when one of those changes (`courses.signals`).
"""

from __future__ import annotations

from django.utils.html import strip_tags
from wagtail.models import Page, PageViewRestriction

from search.documents import SearchDocument, document_index
from search.models import Kind, Visibility

from .models import CoursePage, LessonPage, StudyDigestPage


def _text(html_or_text) -> str:
    return " ".join(strip_tags(str(html_or_text or "")).split())


def _frameworks(page: CoursePage | StudyDigestPage) -> list[str]:
    # (No prefetch in get_queryset: `documents_reindex` iterates without a chunk size, which
    # Django refuses after prefetch_related; one query per page is fine for a re-feed.)
    return [d.framework.code for d in page.designations.select_related("framework")]


class _PageDocument(SearchDocument):
    visibility = Visibility.PUBLIC

    def should_index(self, page: Page) -> bool:
        return page.live and not self._restricted(page)

    def _restricted(self, page: Page) -> bool:
        # The page or an ancestor carries a view restriction (password, sign-in, groups): results
        # are shown to everyone, so its title and text stay out. The restricted paths are read
        # once per document, not once per page of a re-feed.
        if page.alias_of_id:
            return page.get_view_restrictions().exists()  # Wagtail resolves the alias' source
        if not hasattr(self, "_restricted_paths"):
            self._restricted_paths = tuple(
                PageViewRestriction.objects.values_list("page__path", flat=True)
            )
        return page.path.startswith(self._restricted_paths)

    def prepare_title(self, page: Page) -> str:
        return page.title

    def prepare_url(self, page: Page) -> str:
        return page.url or ""


class CourseDocument(_PageDocument):
    model = CoursePage
    kind = Kind.COURSE

    def prepare_body(self, course: CoursePage) -> str:
        # Not the assessment: its questions and answers are for enrolled learners only.
        return "\n".join([course.summary, course.audience, course.objectives])

    def prepare_frameworks(self, course: CoursePage) -> list[str]:
        return _frameworks(course)


class LessonDocument(_PageDocument):
    model = LessonPage
    kind = Kind.LESSON

    def __init__(self) -> None:
        self._courses: dict[str, CoursePage] = {}

    def should_index(self, lesson: LessonPage) -> bool:
        # Wagtail would still serve a live lesson of an unpublished course, but the lesson
        # belongs to the course: it leaves search with it and comes back when it is republished.
        return lesson.live and self._course(lesson).live and not self._restricted(lesson)

    def prepare_body(self, lesson: LessonPage) -> str:
        parts = [lesson.summary]
        for block in lesson.body:
            value = block.value
            kind = block.block_type
            if kind in ("heading", "paragraph"):
                parts.append(_text(value))
            elif kind == "key_point":
                parts += [value["title"], _text(value["text"])]
            elif kind == "patient_conversation":
                parts += [_text(value["situation"]), *value["say"]]
            elif kind == "vignette":
                parts += [value["title"], _text(value["text"]), value["question"]]
            elif kind == "knowledge_check":
                parts.append(value["question"])  # never the answers
            elif kind in ("image", "video"):
                parts.append(value.get("caption") or value.get("title") or "")
        return "\n".join(p for p in parts if p)

    # A lesson has no language or topics of its own: it shares its course's.
    def prepare_language(self, lesson: LessonPage) -> str:
        return self._course(lesson).language

    def prepare_topics(self, lesson: LessonPage) -> list[str]:
        return self._course(lesson).topics

    def _course(self, lesson: LessonPage) -> CoursePage:
        # Visibility, language and topics all need the course: one query per course, not per use.
        path = lesson.path[: -lesson.steplen]
        if path not in self._courses:
            self._courses[path] = CoursePage.objects.get(path=path)
        return self._courses[path]


class DigestDocument(_PageDocument):
    model = StudyDigestPage
    kind = Kind.DIGEST

    def prepare_body(self, digest: StudyDigestPage) -> str:
        return "\n".join(
            [
                digest.citation,
                digest.design,
                digest.population,
                digest.intervention,
                digest.comparator,
                digest.outcomes,
                _text(digest.results),
                _text(digest.limitations),
                _text(digest.practice_points),
            ]
        )

    def prepare_frameworks(self, digest: StudyDigestPage) -> list[str]:
        return _frameworks(digest)


PAGE_DOCUMENTS: dict[type[Page], type[SearchDocument]] = {
    CoursePage: CourseDocument,
    LessonPage: LessonDocument,
    StudyDigestPage: DigestDocument,
}


def page_document(page: Page) -> type[SearchDocument] | None:
    """The search document of a course, lesson or digest page; None for any other page."""
    for model, document in PAGE_DOCUMENTS.items():
        if isinstance(page, model):
            return document
    return None


def page_tree_index(page: Page) -> None:
    """Index, or take out of search, `page` and every course, lesson and digest below it.

    For a change that decides whether a whole subtree may be found: a course unpublished or
    republished (its lessons follow it and share its language and topics), a view restriction
    added or removed, a page moved under another parent. One document per kind, so a course's
    lessons look their course up once."""
    for model, document in PAGE_DOCUMENTS.items():
        instance = document()
        for descendant in model.objects.descendant_of(page, inclusive=True).order_by("path"):
            document_index(instance, descendant)
