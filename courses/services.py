"""Every write about learning: enrolment, progress, assessment, evaluation, attestation, digests,
and the glue to credits (designations, awards, certificates) and search.

Gates live here, so no path can skip them: lessons need an enrolment, the assessment needs every
lesson, the evaluation a passed assessment, the attestation an evaluation and an unexpired
course. Submissions lock the enrolment row: submitting twice changes nothing the second time.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from accounts.choices import Role
from accounts.models import User
from accounts.permissions import NotAuthenticated, check_verified_practitioner, has_role
from credits import services as credits_services
from credits.models import Activity, ActivityKind, Certificate, Designation, LedgerEntry
from credits.rules import fmt

from .blocks import questions_snapshot
from .models import (
    AssessmentAttempt,
    Balance,
    CourseEvaluation,
    CourseIndexPage,
    CoursePage,
    CourseUpdate,
    DigestReading,
    Enrolment,
    LessonPage,
    LessonProgress,
    PracticeChange,
    StudyDigestPage,
)

logger = logging.getLogger(__name__)
STEP = Decimal("0.25")
_shuffle = random.SystemRandom().shuffle


def _check_signed_in(user) -> None:
    if user is None or not user.is_authenticated:
        raise NotAuthenticated(_("Please sign in."))


def check_can_edit_courses(user) -> None:
    if user is None or not user.is_authenticated:
        raise NotAuthenticated(_("Please sign in."))
    if not (user.is_superuser or has_role(user, Role.COURSE_EDITOR)):
        raise PermissionDenied(_("Only course editors can see this report."))


# --- Credits glue: one activity per course or digest page ---------------------------------------


def _source_key(page) -> tuple[str, str]:
    return page._meta.label_lower, str(page.pk)


def page_activity(page) -> Activity | None:
    source_type, source_id = _source_key(page)
    return Activity.objects.filter(source_type=source_type, source_id=source_id).first()


def _wanted_designations(page) -> list:
    return [
        (d.framework, d.category, d.max_credits)
        for d in page.designations.select_related("framework", "category")
    ]


def course_designations_frozen_reason(*, page, wanted: set) -> str | None:
    """Why the editor cannot change these designations now, or None if they can."""
    activity = page_activity(page)
    if activity is None:
        return None
    current = {(d.framework_id, d.category_id, d.max_credits) for d in activity.designations.all()}
    if current == wanted:
        return None
    if LedgerEntry.objects.filter(activity=activity).exists():
        return _(
            "Designated credits are frozen: learners have already been awarded credit for this "
            "activity. Publish a new course (a new page) to designate different credits."
        )
    if activity.opens_at and activity.opens_at <= timezone.now():
        return _(
            "Designated credits are frozen since the activity opened on %(date)s: they are fixed "
            "before an activity opens, never retroactively. Put the designations back as they "
            "were, or publish a new course."
        ) % {"date": date_format(timezone.localtime(activity.opens_at), "SHORT_DATE_FORMAT")}
    return None


@transaction.atomic
def page_activity_sync(*, page) -> Activity:
    """Create or update the credit activity of a published course or digest page.

    Designations only change before the activity opens (credits refuses otherwise); the editor
    form says so up front (`course_designations_frozen_reason`)."""
    kind = ActivityKind.COURSE if isinstance(page, CoursePage) else ActivityKind.STUDY_DIGEST
    activity = page_activity(page)
    wanted = _wanted_designations(page)
    if activity is None:
        return credits_services.activity_create(
            title=page.title,
            kind=kind,
            provider=getattr(page, "provider", "Compagnon"),
            format=getattr(page, "format", "online"),
            opens_at=page.opens_at,
            expires_at=page.expires_at,
            national_priority=getattr(page, "national_priority", False),
            source=page,
            designations=wanted,
        )
    now = timezone.now()
    opened = activity.opens_at is not None and activity.opens_at <= now
    # Title and credit end follow the page (a review may extend credit; never past review + 3y,
    # which the page validates). The opening date is fixed once open.
    # TODO(credits): an `activity_update` service would own this write.
    changes = {"title": page.title[:255], "expires_at": page.expires_at}
    if not opened:
        changes["opens_at"] = page.opens_at
    Activity.objects.filter(pk=activity.pk).update(**changes)
    activity.refresh_from_db()
    current = {d.framework_id: d for d in activity.designations.all()}
    if not opened and not LedgerEntry.objects.filter(activity=activity).exists():
        for framework, category, max_credits in wanted:
            existing = current.get(framework.pk)
            if (
                existing
                and existing.category_id == category.pk
                and existing.max_credits == max_credits
            ):
                continue
            credits_services.designation_set(
                activity=activity, framework=framework, category=category, max_credits=max_credits
            )
        keep = {framework.pk for framework, _c, _m in wanted}
        for framework_id, designation in current.items():
            if framework_id not in keep:
                designation.delete()  # guarded by the model: refuses once it has awarded
    return activity


# --- Enrolment and progress ---------------------------------------------------------------------


@dataclass(frozen=True)
class EnrolResult:
    enrolment: Enrolment
    created: bool
    message: str


@transaction.atomic
def enrolment_create(*, user: User, course: CoursePage) -> EnrolResult:
    _check_signed_in(user)
    if not course.live:
        raise ValidationError(_("This course is not published."))
    try:
        with transaction.atomic():
            enrolment, created = Enrolment.objects.get_or_create(
                user=user, course=course, defaults={"code": course.code}
            )
    except IntegrityError:
        enrolment, created = Enrolment.objects.get(user=user, course=course), False
    notes = []
    if course.is_expired():
        notes.append(
            _(
                "Credit for this course ended on %(date)s: you can read it, but no credit is "
                "awarded."
            )
            % {"date": date_format(course.expiry_date, "SHORT_DATE_FORMAT")}
        )
    if _credited_elsewhere(user=user, course=course):
        notes.append(
            _(
                "You already received credit for this course in another language; no credit is "
                "awarded a second time."
            )
        )
    message = _("You are enrolled.") if created else _("You were already enrolled.")
    return EnrolResult(enrolment, created, " ".join([message, *notes]))


def enrolment_for(*, user: User, course: CoursePage, lock: bool = False) -> Enrolment:
    _check_signed_in(user)
    qs = Enrolment.objects.filter(user=user, course=course)
    if lock:
        qs = qs.select_for_update()
    enrolment = qs.first()
    if enrolment is None:
        raise PermissionDenied(_("Enrol in this course first."))
    return enrolment


def _live_lessons(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(course).live().order_by("path").only("id", "path"))


def _course_of(lesson: LessonPage) -> CoursePage:
    return CoursePage.objects.get(path=lesson.path[: -lesson.steplen])


@transaction.atomic
def lesson_complete(*, user: User, lesson: LessonPage) -> Enrolment:
    course = _course_of(lesson)
    enrolment = enrolment_for(user=user, course=course, lock=True)
    LessonProgress.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    if enrolment.last_lesson_id != lesson.pk:
        enrolment.last_lesson = lesson
        enrolment.save(update_fields=["last_lesson"])
    return enrolment


def lesson_visit(*, enrolment: Enrolment, lesson: LessonPage) -> None:
    """Remember where the learner is, for "continue where you left off"."""
    if enrolment.last_lesson_id != lesson.pk:
        Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson)
        enrolment.last_lesson_id = lesson.pk


def _lessons_missing(enrolment: Enrolment, course: CoursePage) -> int:
    lesson_ids = {lesson.pk for lesson in _live_lessons(course)}
    done = set(
        LessonProgress.objects.filter(enrolment=enrolment, lesson_id__in=lesson_ids).values_list(
            "lesson_id", flat=True
        )
    )
    return len(lesson_ids - done)


# --- Assessment ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionResult:
    id: str
    text: str
    multiple: bool
    explanation: str
    options: list[dict]
    chosen: list[str]
    correct: bool


@dataclass(frozen=True)
class AttemptResult:
    attempt: AssessmentAttempt
    already_submitted: bool
    correct_count: int
    total: int
    questions: list[QuestionResult] = field(default_factory=list)


def grade(questions: list[dict], answers: dict[str, list[str]]) -> tuple[int, list[QuestionResult]]:
    """Server-side grading. Partial-credit rule: a single-answer question scores if the chosen
    option is correct; a multiple-answer question scores only if exactly the correct options are
    chosen (no partial credit)."""
    results = []
    correct_count = 0
    for question in questions:
        chosen = list(answers.get(question["id"], []))
        right = {option["id"] for option in question["options"] if option["correct"]}
        ok = set(chosen) == right
        correct_count += ok
        results.append(
            QuestionResult(
                id=question["id"],
                text=question["text"],
                multiple=question["multiple"],
                explanation=question["explanation"],
                options=question["options"],
                chosen=chosen,
                correct=ok,
            )
        )
    return correct_count, results


def clean_answers(questions: list[dict], raw: dict[str, list[str]]) -> dict[str, list[str]]:
    """Check the ids the browser sent against the attempt's own questions and options.

    Unknown ids are tampering (or a stale page): a clear error, nothing saved. A question left
    unanswered is a per-question error, the other answers are kept by the form."""
    by_id = {question["id"]: question for question in questions}
    unknown = [qid for qid in raw if qid not in by_id]
    if unknown:
        raise ValidationError(
            _(
                "These answers do not match the questions of this attempt. Reload the page and "
                "answer again."
            ),
            code="tampered",
        )
    cleaned: dict[str, list[str]] = {}
    missing: dict[str, str] = {}
    for qid, question in by_id.items():
        chosen = list(dict.fromkeys(raw.get(qid) or []))
        option_ids = {option["id"] for option in question["options"]}
        if any(oid not in option_ids for oid in chosen):
            raise ValidationError(
                _(
                    "These answers do not match the questions of this attempt. Reload the page and "
                    "answer again."
                ),
                code="tampered",
            )
        if not chosen:
            missing[qid] = _("Answer this question.")
            continue
        if not question["multiple"] and len(chosen) > 1:
            raise ValidationError(
                _("A single-answer question takes one answer only."), code="tampered"
            )
        cleaned[qid] = chosen
    if missing:
        raise ValidationError(missing, code="missing")
    return cleaned


def _shuffled_questions(course: CoursePage) -> list[dict]:
    questions = questions_snapshot(course.assessment)
    _shuffle(questions)
    for question in questions:
        _shuffle(question["options"])
    return questions


def attempts_left(enrolment: Enrolment, course: CoursePage, used: int | None = None) -> int:
    if used is None:
        used = enrolment.attempts.count()
    return max(course.max_attempts - used, 0)


@transaction.atomic
def assessment_start(*, user: User, course: CoursePage) -> AssessmentAttempt:
    """The learner's open attempt, or a new one with its own random order of questions and
    options, stored server-side."""
    enrolment = enrolment_for(user=user, course=course, lock=True)
    if _lessons_missing(enrolment, course):
        raise ValidationError(_("Complete every lesson before the final assessment."))
    if enrolment.assessment_passed_at:
        raise ValidationError(_("You have already passed this assessment."))
    attempts = list(enrolment.attempts.all())
    open_attempt = next((a for a in attempts if not a.submitted), None)
    if open_attempt is not None:
        return open_attempt
    if len(attempts) >= course.max_attempts:
        raise ValidationError(
            _("You have used all %(count)s attempts at this assessment.")
            % {"count": course.max_attempts}
        )
    questions = _shuffled_questions(course)
    if not questions:
        raise ValidationError(_("This course has no assessment yet."))
    return AssessmentAttempt.objects.create(
        enrolment=enrolment, number=len(attempts) + 1, questions=questions
    )


@transaction.atomic
def assessment_submit(
    *, user: User, course: CoursePage, attempt_id: int, answers: dict[str, list[str]]
) -> AttemptResult:
    enrolment = enrolment_for(user=user, course=course, lock=True)
    attempt = (
        AssessmentAttempt.objects.select_for_update()
        .filter(pk=attempt_id, enrolment=enrolment)
        .first()
    )
    if attempt is None:
        raise ValidationError(
            _("This attempt does not exist or is not yours. Reload the page."), code="tampered"
        )
    if attempt.submitted:
        # A double click or a resent form: the first submission stands.
        correct, results = grade(attempt.questions, attempt.answers or {})
        return AttemptResult(attempt, True, correct, len(attempt.questions), results)
    cleaned = clean_answers(attempt.questions, answers)
    correct, results = grade(attempt.questions, cleaned)
    total = len(attempt.questions)
    now = timezone.now()
    attempt.answers = cleaned
    attempt.score = (Decimal(correct) * 100 / total).quantize(Decimal("0.01")) if total else 0
    attempt.passed = attempt.score >= course.pass_mark
    attempt.submitted_at = now
    attempt.save(update_fields=["answers", "score", "passed", "submitted_at"])
    if attempt.passed and not enrolment.assessment_passed_at:
        enrolment.assessment_passed_at = now
        enrolment.save(update_fields=["assessment_passed_at"])
    return AttemptResult(attempt, False, correct, total, results)


def attempt_results(attempt: AssessmentAttempt) -> AttemptResult:
    if not attempt.submitted:
        raise ValidationError(_("This attempt has not been submitted."))
    correct, results = grade(attempt.questions, attempt.answers or {})
    return AttemptResult(attempt, True, correct, len(attempt.questions), results)


# --- Evaluation and attestation -----------------------------------------------------------------


@transaction.atomic
def evaluation_submit(
    *,
    user: User,
    course: CoursePage,
    relevance: int,
    balance: str,
    practice_change: str,
    bias_comment: str = "",
    practice_change_text: str = "",
) -> tuple[CourseEvaluation, bool]:
    """Record the evaluation (once) and complete the course. Returns (evaluation, created)."""
    enrolment = enrolment_for(user=user, course=course, lock=True)
    existing = CourseEvaluation.objects.filter(enrolment=enrolment).first()
    if existing is not None:
        return existing, False
    if not enrolment.assessment_passed_at:
        raise ValidationError(_("Pass the final assessment before the evaluation."))
    errors = {}
    try:
        relevance = int(relevance)
    except (TypeError, ValueError):
        relevance = 0
    if not 1 <= relevance <= 5:
        errors["relevance"] = _("Rate the relevance from 1 to 5.")
    if balance not in Balance.values:
        errors["balance"] = _("Say whether the content was balanced.")
    if practice_change not in PracticeChange.values:
        errors["practice_change"] = _("Say whether you intend to change your practice.")
    elif practice_change == PracticeChange.YES and not (practice_change_text or "").strip():
        errors["practice_change_text"] = _("Describe the change you intend to make.")
    if balance in (Balance.SOME_BIAS, Balance.COMMERCIAL_BIAS) and not (bias_comment or "").strip():
        errors["bias_comment"] = _("Tell us where you saw a bias: editors review every report.")
    if errors:
        raise ValidationError(errors)
    evaluation = CourseEvaluation.objects.create(
        enrolment=enrolment,
        relevance=relevance,
        balance=balance,
        bias_comment=(bias_comment or "").strip()[:1000],
        practice_change=practice_change,
        practice_change_text=(practice_change_text or "").strip()[:1000],
    )
    enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["completed_at"])
    return evaluation, True


def _credited_elsewhere(*, user: User, course: CoursePage, lock: bool = False) -> Enrolment | None:
    qs = Enrolment.objects.filter(user=user, code=course.code, attested_at__isnull=False).exclude(
        course=course
    )
    if lock:
        qs = qs.select_for_update()
    return qs.select_related("course").first()


def parse_hours(value) -> Decimal:
    try:
        hours = Decimal(str(value).replace(",", ".").strip())
    except (InvalidOperation, ValueError, TypeError):
        raise ValidationError({"hours": _("Enter the time in hours, e.g. 1.5.")}) from None
    if not hours.is_finite() or hours <= 0:
        raise ValidationError({"hours": _("Enter the time you actually spent, more than zero.")})
    if hours % STEP:
        raise ValidationError({"hours": _("Time is counted in quarter hours (0.25, 0.5, 0.75…).")})
    return hours


@dataclass(frozen=True)
class AttestationResult:
    certificate: Certificate
    created: bool
    awarded: list[tuple[str, Decimal]]


def _award_all(
    *, user: User, activity: Activity, hours: Decimal, attestation: str, started_on: dt.date
) -> tuple[Certificate, list[tuple[str, Decimal]]]:
    designations = list(Designation.objects.filter(activity=activity).select_related("framework"))
    if not designations:
        raise ValidationError(_("This activity is not designated for any credit."))
    maximum = max(d.max_credits for d in designations)
    if hours > maximum:
        raise ValidationError(
            {
                "hours": _("At most %(max)s hours can be claimed for this activity.")
                % {"max": fmt(maximum)}
            }
        )
    awarded = []
    for designation in designations:
        amount = min(hours, designation.max_credits)
        credits_services.credit_award(
            user=user,
            activity=activity,
            framework=designation.framework,
            amount=amount,
            attestation=attestation,
        )
        awarded.append((designation.framework.name, amount))
    certificate = credits_services.certificate_issue(
        user=user, activity=activity, started_on=started_on
    )
    return certificate, awarded


def _attestation_text(hours: Decimal, title: str) -> str:
    return _("I attest that I spent %(hours)s hours on “%(title)s”.") % {
        "hours": fmt(hours),
        "title": title,
    }


@transaction.atomic
def attestation_submit(*, user: User, course: CoursePage, hours, attest: bool) -> AttestationResult:
    """Attest the time spent and receive the credit and the certificate (once)."""
    check_verified_practitioner(user)
    enrolment = enrolment_for(user=user, course=course, lock=True)
    if enrolment.attested_at and enrolment.certificate_id:
        return AttestationResult(enrolment.certificate, False, [])
    if not enrolment.completed_at:
        if not enrolment.assessment_passed_at:
            raise ValidationError(_("Pass the final assessment before claiming credit."))
        raise ValidationError(_("Answer the evaluation before claiming credit."))
    if course.is_expired():
        raise ValidationError(
            _("Credit for this course ended on %(date)s: no credit is awarded.")
            % {"date": date_format(course.expiry_date, "SHORT_DATE_FORMAT")}
        )
    other = _credited_elsewhere(user=user, course=course, lock=True)
    if other is not None:
        raise ValidationError(
            _(
                "You already received credit for this course in its %(language)s version; credit "
                "is awarded once per course."
            )
            % {"language": other.course.get_language_display()}
        )
    if not attest:
        raise ValidationError({"attest": _("Tick the box to attest the time you spent.")})
    hours = parse_hours(hours)
    activity = page_activity(course) or page_activity_sync(page=course)
    certificate, awarded = _award_all(
        user=user,
        activity=activity,
        hours=hours,
        attestation=_attestation_text(hours, course.title),
        started_on=timezone.localdate(enrolment.enrolled_at),
    )
    enrolment.attested_at = timezone.now()
    enrolment.hours_claimed = hours
    enrolment.certificate = certificate
    enrolment.save(update_fields=["attested_at", "hours_claimed", "certificate"])
    return AttestationResult(certificate, True, awarded)


# --- Study digests ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckResult:
    reading: DigestReading
    passed: bool
    correct_count: int
    total: int
    questions: list[QuestionResult]


def _reading_for(*, user: User, digest: StudyDigestPage, lock: bool = False) -> DigestReading:
    _check_signed_in(user)
    if lock:
        reading = DigestReading.objects.select_for_update().filter(user=user, digest=digest).first()
        if reading is not None:
            return reading
    try:
        with transaction.atomic():
            reading, _created = DigestReading.objects.get_or_create(
                user=user, digest=digest, defaults={"code": digest.code}
            )
    except IntegrityError:
        reading = DigestReading.objects.get(user=user, digest=digest)
    if lock:
        reading = DigestReading.objects.select_for_update().get(pk=reading.pk)
    return reading


def digest_questions(digest: StudyDigestPage) -> list[dict]:
    return questions_snapshot(digest.comprehension_check)


@transaction.atomic
def digest_check_submit(
    *, user: User, digest: StudyDigestPage, answers: dict[str, list[str]]
) -> CheckResult:
    """Grade the comprehension check (same rules as the assessment). Retries are allowed; the
    correct answers are shown once passed."""
    reading = _reading_for(user=user, digest=digest, lock=True)
    questions = digest_questions(digest)
    if reading.passed_at and reading.last_result:
        correct, results = grade(reading.last_result["questions"], reading.last_result["answers"])
        return CheckResult(reading, True, correct, len(results), results)
    cleaned = clean_answers(questions, answers)
    correct, results = grade(questions, cleaned)
    total = len(questions)
    score = (Decimal(correct) * 100 / total).quantize(Decimal("0.01")) if total else Decimal(0)
    passed = total > 0 and score >= digest.pass_mark
    reading.attempts += 1
    reading.last_score = score
    reading.last_result = {"questions": questions, "answers": cleaned}
    if passed:
        reading.passed_at = timezone.now()
    reading.save()
    return CheckResult(reading, passed, correct, total, results)


@transaction.atomic
def digest_claim_submit(
    *,
    user: User,
    digest: StudyDigestPage,
    hours,
    relevance: int,
    balance: str,
    attest: bool,
) -> AttestationResult:
    """Reading credit: comprehension check passed, a two-question evaluation, then the time."""
    check_verified_practitioner(user)
    reading = _reading_for(user=user, digest=digest, lock=True)
    if reading.attested_at and reading.certificate_id:
        return AttestationResult(reading.certificate, False, [])
    if not reading.passed_at:
        raise ValidationError(_("Pass the comprehension check before claiming reading credit."))
    if digest.is_expired():
        raise ValidationError(
            _("Credit for this digest ended on %(date)s: no credit is awarded.")
            % {"date": date_format(digest.expiry_date, "SHORT_DATE_FORMAT")}
        )
    other = (
        DigestReading.objects.select_for_update()
        .filter(user=user, code=digest.code, attested_at__isnull=False)
        .exclude(pk=reading.pk)
        .first()
    )
    if other is not None:
        raise ValidationError(
            _("You already received reading credit for this study in another language.")
        )
    errors = {}
    try:
        relevance = int(relevance)
    except (TypeError, ValueError):
        relevance = 0
    if not 1 <= relevance <= 5:
        errors["relevance"] = _("Rate the relevance from 1 to 5.")
    if balance not in Balance.values:
        errors["balance"] = _("Say whether the digest was balanced.")
    if not attest:
        errors["attest"] = _("Tick the box to attest the time you spent.")
    if errors:
        raise ValidationError(errors)
    hours = parse_hours(hours)
    activity = page_activity(digest) or page_activity_sync(page=digest)
    certificate, _awarded = _award_all(
        user=user,
        activity=activity,
        hours=hours,
        attestation=_attestation_text(hours, digest.title),
        started_on=timezone.localdate(reading.created_at),
    )
    reading.relevance = relevance
    reading.balance = balance
    reading.attested_at = timezone.now()
    reading.hours_claimed = hours
    reading.certificate = certificate
    reading.save()
    return AttestationResult(certificate, True, _awarded)


# --- Versioning ---------------------------------------------------------------------------------


@transaction.atomic
def course_update_publish(*, course: CoursePage, revision) -> CourseUpdate | None:
    """After a publish flagged as a substantive change: tell the learners who completed the
    course what changed (once per revision), then clear the flag for the next edit."""
    if not course.substantive_change:
        return None
    summary = (course.change_summary or "").strip()
    update, created = CourseUpdate.objects.get_or_create(
        revision_id=revision.pk if revision is not None else 0,
        defaults={"course": course, "summary": summary},
    )
    if created:
        from accounts.services import notification_create

        learners = (
            Enrolment.objects.filter(course=course, completed_at__isnull=False)
            .select_related("user")
            .order_by("pk")
        )
        count = 0
        with translation.override(course.language):
            title = _("Course updated: %(title)s") % {"title": course.title}
            for enrolment in learners:
                notification_create(
                    user=enrolment.user,
                    kind="courses.updated",
                    title=title,
                    body=summary,
                    url=course.url or "",
                )
                count += 1
        update.notified = count
        update.save(update_fields=["notified"])
    # Clear the flag on the page and its latest revision, so the next edit starts unticked.
    CoursePage.objects.filter(pk=course.pk).update(substantive_change=False, change_summary="")
    if revision is not None:
        content = dict(revision.content)
        content["substantive_change"] = False
        content["change_summary"] = ""
        type(revision).objects.filter(pk=revision.pk).update(content=content)
    return update


# --- Search -------------------------------------------------------------------------------------


def page_index(*, page) -> None:
    """Index a published course, lesson or digest (visible to everyone); see courses.documents."""
    from search.documents import document_index

    from .documents import page_document

    document = page_document(page)
    if document is not None:
        document_index(document, page)


def page_unindex(*, page) -> None:
    from search.documents import document_remove

    document_remove(page)


def page_tree_index(*, page) -> None:
    """Re-decide search for `page` and every course, lesson and digest below it (a course
    unpublished or republished, a view restriction changed, a page moved)."""
    from .documents import page_tree_index as tree_index

    tree_index(page)


def catalogue_page() -> CourseIndexPage | None:
    return CourseIndexPage.objects.live().first()
