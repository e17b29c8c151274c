"""Reads for the course pages, the dashboard and the editor report.

Each page runs a fixed number of queries whatever the number of lessons, questions or
enrolments: children are fetched with one query of their own model (never `.specific` per
child), progress and attempts with one query each.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property, reduce
from operator import or_

from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import transaction
from django.db.models import Avg, Count, Exists, Prefetch, Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, PageViewRestriction, Site

from accounts.choices import Profession, Topic
from credits.models import ActivityFormat, Framework, UserFramework

from .blocks import questions_snapshot
from .models import (
    AssessmentAttempt,
    Balance,
    CourseDesignation,
    CourseEvaluation,
    CoursePage,
    DigestReading,
    Enrolment,
    LessonPage,
    LessonProgress,
    PracticeChange,
    RequiredReading,
    StudyDigestPage,
)

DURATIONS = [
    ("short", _("Under 1 hour"), 0, 59),
    ("medium", _("1 to 3 hours"), 60, 180),
    ("long", _("Over 3 hours"), 181, 100_000),
]


def current_language() -> str:
    return "en" if (get_language() or "fr").startswith("en") else "fr"


def _signed_in(user) -> bool:
    return user is not None and user.is_authenticated


# --- Catalogue ----------------------------------------------------------------------------------


@dataclass
class CourseCard:
    page: CoursePage
    frameworks: list[str]
    max_credits: Decimal | None
    enrolled: bool
    expired: bool


@dataclass
class Catalogue:
    cards: list[CourseCard]
    selected: dict[str, str]
    topics: list
    professions: list
    formats: list
    frameworks: list
    durations: list
    languages: list
    filtered: bool


def catalogue(*, index, params, user) -> Catalogue:
    language = params.get("language") or current_language()
    selected = {
        "topic": params.get("topic", ""),
        "profession": params.get("profession", ""),
        "format": params.get("format", ""),
        "framework": params.get("framework", ""),
        "duration": params.get("duration", ""),
        "language": language,
    }
    qs = (
        CoursePage.objects.child_of(index)
        .live()
        .defer("assessment")
        .prefetch_related(
            Prefetch(
                "designations",
                queryset=CourseDesignation.objects.select_related("framework").order_by(
                    "framework__order"
                ),
            )
        )
        .order_by("title")
    )
    if language in ("fr", "en"):
        qs = qs.filter(language=language)
    if selected["format"] in ActivityFormat.values:
        qs = qs.filter(format=selected["format"])
    for code, _label, low, high in DURATIONS:
        if selected["duration"] == code:
            qs = qs.filter(estimated_minutes__gte=low, estimated_minutes__lte=high)
    enrolled = set()
    if _signed_in(user):
        enrolled = set(Enrolment.objects.filter(user=user).values_list("course_id", flat=True))
    today = timezone.localdate()
    cards = []
    for page in qs:
        designations = list(page.designations.all())
        codes = [d.framework.code for d in designations]
        if selected["topic"] and selected["topic"] not in page.topics:
            continue
        if (
            selected["profession"]
            and page.professions
            and selected["profession"] not in page.professions
        ):
            continue
        if selected["framework"] and selected["framework"] not in codes:
            continue
        cards.append(
            CourseCard(
                page=page,
                frameworks=[d.framework.name for d in designations],
                max_credits=max((d.max_credits for d in designations), default=None),
                enrolled=page.pk in enrolled,
                expired=page.is_expired(today),
            )
        )
    return Catalogue(
        cards=cards,
        selected=selected,
        topics=Topic.choices,
        professions=Profession.choices,
        formats=ActivityFormat.choices,
        frameworks=list(Framework.objects.filter(is_active=True).values_list("code", "name")),
        durations=[(code, label) for code, label, _low, _high in DURATIONS],
        languages=[("fr", _("French")), ("en", _("English")), ("all", _("All languages"))],
        filtered=any(v for k, v in selected.items() if k != "language"),
    )


# --- Course -------------------------------------------------------------------------------------


@dataclass
class LessonItem:
    page: LessonPage
    number: int
    done: bool


CONTENT_VERSION_KEY = "courses:content-version"


def content_version() -> int:
    """Bumped whenever a course, lesson or digest is published or unpublished: the key of the
    cached, visitor-independent parts of the pages."""
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        cache.add(CONTENT_VERSION_KEY, _fresh_version(), timeout=None)
        version = cache.get(CONTENT_VERSION_KEY, 0)
    return version


def _fresh_version() -> int:
    # When the version is lost (cache restart, eviction), start again from a value never used
    # before, so that nothing cached under an old version is read again.
    return time.time_ns() // 1000


def content_version_bump() -> None:
    """Bump now, and again once the publishing transaction commits: a page rendered in between
    (from the rows as they were before the commit) is cached under a version nobody reads."""
    _content_version_incr()
    transaction.on_commit(_content_version_incr)


def _content_version_incr() -> None:
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:
        cache.set(CONTENT_VERSION_KEY, _fresh_version(), timeout=None)


# --- Anonymous course page cache ----------------------------------------------------------------
# What an anonymous visitor sees on a course page depends only on the URL, the published content
# (`content_version`), the day (the expiry and release notices) and the language. Its HTML is
# cached by `CoursePage.serve` and served by `compagnon.views.page_serve` before Wagtail's routing,
# which is most of the page's cost. A hit still checks, in one query, that the page is live, not
# expired, at the same place in the tree and under no view restriction.

COURSE_PAGE_CACHE_TIMEOUT = 3600


@dataclass(frozen=True)
class CachedPage:
    html: bytes
    content_type: str


def course_page_cache_key(request) -> str | None:
    """The key of this request's anonymous HTML, or None when the visitor may see something of
    their own: signed in, a query string, a message waiting, a method other than GET."""
    if request.method != "GET" or request.META.get("QUERY_STRING"):
        return None
    if request.user.is_authenticated or len(get_messages(request)):
        return None
    where = hashlib.sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()[:32]
    today = timezone.localdate().isoformat()
    return f"courses:page:{content_version()}:{today}:{get_language()}:{where}"


def course_page_cached(*, request, key: str) -> CachedPage | None:
    entry = cache.get(key)
    if entry is None:
        return None
    site = Site.find_for_request(request)
    if site is None or (site.pk, site.root_page_id) != (entry["site"], entry["root"]):
        return None
    restricted = PageViewRestriction.objects.filter(page__path__in=_tree_paths(entry["path"]))
    served = (
        Page.objects.filter(
            pk=entry["page"], path=entry["path"], url_path=entry["url_path"], live=True
        )
        .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
        .filter(~Exists(restricted))
        .exists()
    )
    return CachedPage(entry["html"], entry["content_type"]) if served else None


def course_page_cache_store(*, request, key: str, page: CoursePage, response) -> None:
    """Keep the HTML of an anonymous course page just rendered, unless it holds anything of the
    visitor's (a CSRF token, a CSP nonce) or the page is reached through an alias."""
    if response.status_code != 200 or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return
    if getattr(request, "_csp_nonce", None) or page.alias_of_id:
        return
    site = Site.find_for_request(request)
    if site is None:
        return
    if Page.objects.filter(path__in=_tree_paths(page.path), alias_of__isnull=False).exists():
        return
    entry = {
        "page": page.pk,
        "path": page.path,
        "url_path": page.url_path,
        "site": site.pk,
        "root": site.root_page_id,
        "html": response.content,
        "content_type": response["Content-Type"],
    }
    cache.set(key, entry, COURSE_PAGE_CACHE_TIMEOUT)


def _tree_paths(path: str) -> list[str]:
    """The materialised paths of a page and its ancestors."""
    step = Page.steplen
    return [path[:end] for end in range(step, len(path) + 1, step)]


@dataclass
class CourseView:
    """What the course page shows. The visitor-independent parts are lazy: the template caches
    their fragment, so a cache hit runs none of their queries."""

    course: CoursePage
    expired: bool
    released: bool
    enrolment: Enrolment | None = None
    done_count: int = 0
    resume: LessonPage | None = None
    attempts_used: int = 0
    attempts_left: int = 0
    open_attempt: AssessmentAttempt | None = None
    last_attempt: AssessmentAttempt | None = None
    evaluated: bool = False
    credited_elsewhere: Enrolment | None = None

    @cached_property
    def lessons(self) -> list[LessonItem]:
        return [
            LessonItem(lesson, n, False) for n, lesson in enumerate(_lessons_of(self.course), 1)
        ]

    @cached_property
    def designations(self) -> list:
        return list(
            self.course.designations.select_related("framework", "category").order_by(
                "framework__order"
            )
        )

    @cached_property
    def faculty(self) -> list:
        return list(self.course.faculty.all())

    @cached_property
    def translations(self) -> list:
        return _translations(CoursePage, self.course)

    @cached_property
    def updates(self) -> list:
        return list(self.course.updates.all()[:5])

    @cached_property
    def question_count(self) -> int:
        return sum(1 for block in self.course.assessment if block.block_type == "question")

    @cached_property
    def max_hours(self) -> Decimal | None:
        return max((d.max_credits for d in self.designations), default=None)

    @cached_property
    def cache_version(self) -> int:
        return content_version()

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def percent(self) -> int:
        return round(100 * self.done_count / self.total) if self.total else 0

    @property
    def lessons_done(self) -> bool:
        return self.done_count >= self.total

    @property
    def passed(self) -> bool:
        return bool(self.enrolment and self.enrolment.assessment_passed_at)

    @property
    def attested(self) -> bool:
        return bool(self.enrolment and self.enrolment.attested_at)

    @property
    def next_step(self) -> str:
        if self.enrolment is None:
            return "enrol"
        if not self.lessons_done:
            return "lessons"
        if not self.passed:
            return "assessment" if self.attempts_left or self.open_attempt else "failed"
        if not self.evaluated:
            return "evaluation"
        if self.attested:
            return "done"
        if self.expired or self.credited_elsewhere:
            return "completed"
        return "attestation"


def _lessons_of(course: CoursePage):
    return LessonPage.objects.child_of(course).live().defer("body").order_by("path")


def _translations(model, page):
    return list(
        model.objects.live()
        .filter(code=page.code)
        .exclude(pk=page.pk)
        .only("id", "title", "language", "url_path", "path", "depth")
    )


def course_view(*, course: CoursePage, user) -> CourseView:
    view = CourseView(course=course, expired=course.is_expired(), released=course.is_released())
    if not _signed_in(user):
        return view
    enrolment = (
        Enrolment.objects.filter(user=user, course=course)
        .select_related("certificate", "evaluation")
        .first()
    )
    if enrolment is None:
        return view
    view.enrolment = enrolment
    done = set(
        LessonProgress.objects.filter(enrolment=enrolment).values_list("lesson_id", flat=True)
    )
    for item in view.lessons:
        item.done = item.page.pk in done
    view.done_count = sum(item.done for item in view.lessons)
    view.resume = _resume(view.lessons, enrolment)
    attempts = list(enrolment.attempts.only("id", "number", "score", "passed", "submitted_at"))
    view.attempts_used = len(attempts)
    view.attempts_left = max(course.max_attempts - len(attempts), 0)
    view.open_attempt = next((a for a in attempts if not a.submitted), None)
    submitted = [a for a in attempts if a.submitted]
    view.last_attempt = submitted[-1] if submitted else None
    view.evaluated = hasattr(enrolment, "evaluation")
    if not enrolment.attested_at:
        view.credited_elsewhere = (
            Enrolment.objects.filter(user=user, code=course.code, attested_at__isnull=False)
            .exclude(course=course)
            .select_related("course")
            .first()
        )
    return view


def _resume(items: list[LessonItem], enrolment: Enrolment) -> LessonPage | None:
    """Continue where you left off: the last lesson opened if unfinished, else the next
    unfinished one after it, else the first unfinished one."""
    if not items:
        return None
    position = next(
        (i for i, item in enumerate(items) if item.page.pk == enrolment.last_lesson_id), None
    )
    if position is not None and not items[position].done:
        return items[position].page
    start = position + 1 if position is not None else 0
    for item in items[start:] + items[:start]:
        if not item.done:
            return item.page
    return None


# --- Lesson -------------------------------------------------------------------------------------


@dataclass
class LessonView:
    lesson: LessonPage
    course: CoursePage
    lessons: list[LessonItem]
    number: int
    previous: LessonPage | None
    next: LessonPage | None
    enrolment: Enrolment | None
    done: bool
    can_read: bool
    expired: bool
    feedback: dict = field(default_factory=dict)

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def done_count(self) -> int:
        return sum(item.done for item in self.lessons)

    @property
    def percent(self) -> int:
        return round(100 * self.done_count / self.total) if self.total else 0


def lesson_view(*, lesson: LessonPage, user, preview: bool = False) -> LessonView:
    course = CoursePage.objects.defer("assessment").get(path=lesson.path[: -lesson.steplen])
    siblings = list(_lessons_of(course))
    if lesson.pk not in {s.pk for s in siblings}:  # a draft shown in preview
        siblings.append(lesson)
    enrolment = None
    done: set[int] = set()
    if _signed_in(user):
        enrolment = Enrolment.objects.filter(user=user, course=course).first()
        if enrolment is not None:
            done = set(
                LessonProgress.objects.filter(enrolment=enrolment).values_list(
                    "lesson_id", flat=True
                )
            )
            if not preview:
                from .services import lesson_visit

                lesson_visit(enrolment=enrolment, lesson=lesson)
    items = [LessonItem(s, n, s.pk in done) for n, s in enumerate(siblings, start=1)]
    position = next(i for i, item in enumerate(items) if item.page.pk == lesson.pk)
    return LessonView(
        lesson=lesson,
        course=course,
        lessons=items,
        number=position + 1,
        previous=items[position - 1].page if position > 0 else None,
        next=items[position + 1].page if position + 1 < len(items) else None,
        enrolment=enrolment,
        done=lesson.pk in done,
        can_read=preview or enrolment is not None,
        expired=course.is_expired(),
    )


def knowledge_check_feedback(lesson: LessonPage, block_id: str, chosen: list[str]) -> dict | None:
    """Feedback for the options a learner chose in one knowledge check (formative, not graded)."""
    for block in lesson.body:
        if block.block_type != "knowledge_check" or block.id != block_id:
            continue
        options = list(block.value["options"].bound_blocks)
        ids = {o.id for o in options}
        chosen = [c for c in chosen if c in ids]
        if not chosen:
            return {"block": block_id, "error": True}
        right = {o.id for o in options if o.value["correct"]}
        return {
            "block": block_id,
            "correct": set(chosen) == right,
            "chosen": chosen,
            "options": [
                {
                    "id": o.id,
                    "text": o.value["text"],
                    "correct": bool(o.value["correct"]),
                    "chosen": o.id in chosen,
                    "feedback": o.value["feedback"],
                }
                for o in options
            ],
        }
    return None


# --- Assessment (questions without answers) ------------------------------------------------------


def attempt_questions_public(attempt: AssessmentAttempt) -> list[dict]:
    """What the browser may see of an open attempt: ids and texts, never `correct`."""
    return [
        {
            "id": q["id"],
            "number": n,
            "text": q["text"],
            "multiple": q["multiple"],
            "options": [{"id": o["id"], "text": o["text"]} for o in q["options"]],
        }
        for n, q in enumerate(attempt.questions, start=1)
    ]


# --- Evidence library ---------------------------------------------------------------------------


@dataclass
class Library:
    digests: list
    selected: dict
    topics: list
    languages: list


def digest_library(*, index, params) -> Library:
    language = params.get("language") or current_language()
    topic = params.get("topic", "")
    qs = (
        StudyDigestPage.objects.child_of(index)
        .live()
        .defer("comprehension_check", "results", "limitations", "practice_points")
        .order_by("-publication_year", "title")
    )
    if language in ("fr", "en"):
        qs = qs.filter(language=language)
    digests = [d for d in qs if not topic or topic in d.topics]
    return Library(
        digests=digests,
        selected={"language": language, "topic": topic},
        topics=Topic.choices,
        languages=[("fr", _("French")), ("en", _("English")), ("all", _("All languages"))],
    )


@dataclass
class DigestView:
    digest: StudyDigestPage
    designations: list
    translations: list
    required_by: list
    questions: list
    expired: bool
    reading: DigestReading | None = None
    max_hours: Decimal | None = None


def digest_view(*, digest: StudyDigestPage, user) -> DigestView:
    designations = list(
        digest.designations.select_related("framework", "category").order_by("framework__order")
    )
    questions = [
        {
            "id": q["id"],
            "number": n,
            "text": q["text"],
            "multiple": q["multiple"],
            "options": [{"id": o["id"], "text": o["text"]} for o in q["options"]],
        }
        for n, q in enumerate(questions_snapshot(digest.comprehension_check), start=1)
    ]
    view = DigestView(
        digest=digest,
        designations=designations,
        translations=_translations(StudyDigestPage, digest),
        required_by=list(
            RequiredReading.objects.filter(digest_code=digest.code).select_related("framework")
        ),
        questions=questions,
        expired=digest.is_expired(),
        max_hours=max((d.max_credits for d in designations), default=None),
    )
    if _signed_in(user):
        view.reading = (
            DigestReading.objects.filter(user=user, digest=digest)
            .select_related("certificate")
            .first()
        )
    return view


# --- My learning (credits dashboard) ------------------------------------------------------------


@dataclass
class LearningRow:
    enrolment: Enrolment
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * min(self.done, self.total) / self.total) if self.total else 0


@dataclass
class MyLearning:
    rows: list[LearningRow]
    readings: list
    required: list


def my_learning(*, user) -> MyLearning:
    """Courses in progress and completed, digests read, and required readings still to do."""
    if not _signed_in(user):
        return MyLearning([], [], [])
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("course", "certificate")
        .order_by("-enrolled_at")
    )
    totals: Counter = Counter()
    done: dict[int, int] = {}
    if enrolments:
        paths = {e.course.path for e in enrolments}
        for path in (
            LessonPage.objects.live()
            .filter(reduce(or_, (Q(path__startswith=p) for p in paths)))
            .values_list("path", flat=True)
        ):
            totals[path[: -LessonPage.steplen]] += 1
        done = dict(
            LessonProgress.objects.filter(enrolment__in=enrolments)
            .values("enrolment")
            .annotate(n=Count("id"))
            .values_list("enrolment", "n")
        )
    rows = [LearningRow(e, done.get(e.pk, 0), totals[e.course.path]) for e in enrolments]
    readings = list(DigestReading.objects.filter(user=user).select_related("digest", "certificate"))
    followed = UserFramework.objects.filter(user=user).values("framework_id")
    read_codes = {r.code for r in readings if r.passed_at}
    required = []
    wanted = list(
        RequiredReading.objects.filter(framework_id__in=followed).select_related("framework")
    )
    if wanted:
        pages = {
            d.code: d
            for d in StudyDigestPage.objects.live()
            .filter(code__in={r.digest_code for r in wanted}, language=current_language())
            .only("id", "title", "code", "url_path", "path", "depth")
        }
        for requirement in wanted:
            page = pages.get(requirement.digest_code)
            if page is not None and requirement.digest_code not in read_codes:
                required.append((requirement, page))
    return MyLearning(rows, readings, required)


# --- Editor report ------------------------------------------------------------------------------


@dataclass
class CourseReportRow:
    course: CoursePage
    enrolments: int
    completions: int
    credited: int
    attempted: int
    passed: int
    relevance: float | None
    balance: dict
    practice_change: dict

    @property
    def pass_rate(self) -> int | None:
        return round(100 * self.passed / self.attempted) if self.attempted else None


def course_report() -> list[CourseReportRow]:
    """Per course: enrolments, completions, pass rate (learners who passed / learners who took
    the assessment) and the evaluation answers. Five queries whatever the numbers."""
    courses = list(
        CoursePage.objects.defer("assessment")
        .annotate(
            n_enrolments=Count("enrolments", distinct=True),
            n_completions=Count(
                "enrolments", filter=Q(enrolments__completed_at__isnull=False), distinct=True
            ),
            n_credited=Count(
                "enrolments", filter=Q(enrolments__attested_at__isnull=False), distinct=True
            ),
        )
        .order_by("title", "language")
    )
    attempted = dict(
        AssessmentAttempt.objects.filter(submitted_at__isnull=False)
        .values("enrolment__course")
        .annotate(n=Count("enrolment", distinct=True))
        .values_list("enrolment__course", "n")
    )
    passed = dict(
        Enrolment.objects.filter(assessment_passed_at__isnull=False)
        .values("course")
        .annotate(n=Count("id"))
        .values_list("course", "n")
    )
    relevance = dict(
        CourseEvaluation.objects.values("enrolment__course")
        .annotate(avg=Avg("relevance"))
        .values_list("enrolment__course", "avg")
    )
    balance: dict[int, dict] = defaultdict(dict)
    change: dict[int, dict] = defaultdict(dict)
    for row in CourseEvaluation.objects.values("enrolment__course", "balance", "practice_change"):
        course_id = row["enrolment__course"]
        label = Balance(row["balance"]).label
        balance[course_id][label] = balance[course_id].get(label, 0) + 1
        label = PracticeChange(row["practice_change"]).label
        change[course_id][label] = change[course_id].get(label, 0) + 1
    return [
        CourseReportRow(
            course=c,
            enrolments=c.n_enrolments,
            completions=c.n_completions,
            credited=c.n_credited,
            attempted=attempted.get(c.pk, 0),
            passed=passed.get(c.pk, 0),
            relevance=round(relevance[c.pk], 1) if relevance.get(c.pk) is not None else None,
            balance=dict(balance.get(c.pk, {})),
            practice_change=dict(change.get(c.pk, {})),
        )
        for c in courses
    ]


def course_report_comments(*, course_id: int) -> list[CourseEvaluation]:
    """The free-text answers of one course's evaluations (no learner identity shown)."""
    return list(
        CourseEvaluation.objects.filter(enrolment__course_id=course_id)
        .exclude(bias_comment="", practice_change_text="")
        .only("bias_comment", "practice_change_text", "balance", "practice_change", "created_at")
        .order_by("-created_at")[:200]
    )
