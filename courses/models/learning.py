"""A learner's records: enrolment, lesson progress, assessment attempts, evaluation, digest reading.

Written only by `courses.services`. Attempts keep their questions (with the answers) server-side:
the browser only ever sees ids and texts until the attempt is submitted.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Enrolment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="enrolments"
    )
    # The course's code when enrolling: credit for one code is awarded once, whatever the language.
    code = models.SlugField(max_length=80, db_index=True)
    enrolled_at = models.DateTimeField(default=timezone.now)
    last_lesson = models.ForeignKey(
        "courses.LessonPage", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    assessment_passed_at = models.DateTimeField(null=True, blank=True)
    # Lessons, assessment and evaluation done: the course is completed (credit is the next step).
    completed_at = models.DateTimeField(null=True, blank=True)
    attested_at = models.DateTimeField(null=True, blank=True)
    hours_claimed = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    certificate = models.ForeignKey(
        "credits.Certificate", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="enrolment_once_per_course")
        ]
        indexes = [models.Index(fields=["user", "code"])]
        ordering = ["-enrolled_at", "-pk"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")

    def __str__(self) -> str:
        return f"{self.user_id} → {self.course_id}"


class LessonProgress(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="progress")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "lesson"], name="lesson_progress_once")
        ]
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")

    def __str__(self) -> str:
        return f"{self.enrolment_id}: lesson {self.lesson_id}"


class AssessmentAttempt(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField()
    # [{"id", "text", "multiple", "explanation", "options": [{"id", "text", "correct"}]}], in the
    # order this attempt shows them (questions and options shuffled once, at the start).
    questions = models.JSONField(default=list)
    # {question id: [option ids]}
    answers = models.JSONField(null=True, blank=True)
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(default=False)
    started_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrolment", "number"], name="attempt_number_once")
        ]
        ordering = ["number"]
        verbose_name = _("assessment attempt")
        verbose_name_plural = _("assessment attempts")

    def __str__(self) -> str:
        return f"{self.enrolment_id}: attempt {self.number}"

    @property
    def submitted(self) -> bool:
        return self.submitted_at is not None


class Balance(models.TextChoices):
    BALANCED = "balanced", _("Balanced, free of commercial bias")
    SOME_BIAS = "some_bias", _("Some imbalance")
    COMMERCIAL_BIAS = "commercial_bias", _("Commercial bias")


class PracticeChange(models.TextChoices):
    YES = "yes", _("Yes, I intend to change my practice")
    ALREADY = "already", _("No, it confirms what I already do")
    NO = "no", _("No")


class CourseEvaluation(models.Model):
    enrolment = models.OneToOneField(Enrolment, on_delete=models.CASCADE, related_name="evaluation")
    relevance = models.PositiveSmallIntegerField(
        _("relevance to your practice"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    balance = models.CharField(_("balance"), max_length=20, choices=Balance.choices)
    bias_comment = models.TextField(_("comment on balance"), blank=True, max_length=1000)
    practice_change = models.CharField(
        _("intended practice change"), max_length=20, choices=PracticeChange.choices
    )
    practice_change_text = models.TextField(_("what you will change"), blank=True, max_length=1000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("course evaluation")
        verbose_name_plural = _("course evaluations")

    def __str__(self) -> str:
        return f"evaluation of {self.enrolment_id}"


class CourseUpdate(models.Model):
    """A substantive update of a course, as told to the learners who had completed it."""

    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="updates"
    )
    revision_id = models.PositiveBigIntegerField(unique=True)
    summary = models.TextField()
    published_at = models.DateTimeField(default=timezone.now)
    notified = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("course update")
        verbose_name_plural = _("course updates")

    def __str__(self) -> str:
        return f"{self.course_id}: {self.summary[:40]}"


class DigestReading(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_readings"
    )
    digest = models.ForeignKey(
        "courses.StudyDigestPage", on_delete=models.CASCADE, related_name="readings"
    )
    code = models.SlugField(max_length=80, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    # The last check as graded (ids, answers, correct options): shown back once passed.
    last_result = models.JSONField(null=True, blank=True)
    passed_at = models.DateTimeField(null=True, blank=True)
    relevance = models.PositiveSmallIntegerField(null=True, blank=True)
    balance = models.CharField(max_length=20, choices=Balance.choices, blank=True)
    attested_at = models.DateTimeField(null=True, blank=True)
    hours_claimed = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    certificate = models.ForeignKey(
        "credits.Certificate", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "digest"], name="digest_reading_once")
        ]
        verbose_name = _("digest reading")
        verbose_name_plural = _("digest readings")

    def __str__(self) -> str:
        return f"{self.user_id} → {self.digest_id}"


class RequiredReading(models.Model):
    """A digest a framework (or a programme within it) asks its members to read."""

    framework = models.ForeignKey(
        "credits.Framework", on_delete=models.CASCADE, related_name="required_readings"
    )
    digest_code = models.SlugField(
        _("digest code"), max_length=80, help_text=_("The code shared by the digest's versions.")
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["framework", "digest_code"], name="required_reading_once"
            )
        ]
        ordering = ["framework__order", "digest_code"]
        verbose_name = _("required reading")
        verbose_name_plural = _("required readings")

    def __str__(self) -> str:
        return f"{self.framework.code}: {self.digest_code}"
