"""Mentoring: profiles, conflicts, requests, mentorships, sessions, logbook and cohort matching.

The live session room's models (notes, chat, presence, attendance) live in ``room_models`` and
are imported at the bottom so Django sees one ``mentoring`` app.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.choices import Region

REQUEST_LIFETIME = timedelta(days=7)
MIN_DURATION_WEEKS = 4
MAX_DURATION_WEEKS = 24


class Modality(models.TextChoices):
    # Codes equal mentoring.matching.types.Modality's values.
    REMOTE = "remote", _("Remote")
    IN_PERSON = "in_person", _("In person")
    BOTH = "both", _("Remote or in person")


class MentorProfile(models.Model):
    """A practitioner offering to mentor. Public fields (shown to verified members and indexed
    for search): specialties, topics, languages, region, modality, headline."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentor_profile"
    )
    is_active = models.BooleanField(
        _("accepting mentees"),
        default=True,
        help_text=_("Untick to stop receiving requests; current mentorships go on."),
    )
    headline = models.CharField(_("headline"), max_length=200, blank=True)
    specialties = models.JSONField(_("specialties"), default=list, blank=True)
    topics = models.JSONField(_("topics"), default=list, blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    region = models.CharField(_("region"), max_length=10, choices=Region.choices, blank=True)
    modality = models.CharField(
        _("modality"), max_length=10, choices=Modality.choices, default=Modality.BOTH
    )
    capacity = models.PositiveSmallIntegerField(
        _("capacity"),
        default=2,
        validators=[MaxValueValidator(20)],
        help_text=_("How many mentees you can follow at the same time."),
    )
    # Active mentorships, kept in step by the services under a row lock; the check constraint
    # below makes the database itself refuse a mentee beyond capacity.
    active_mentees = models.PositiveSmallIntegerField(default=0, editable=False)
    # Weekly availability as [weekday 0-6, hour 0-23] pairs in the programme's time zone.
    availability = models.JSONField(_("weekly availability"), default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("mentor profile")
        verbose_name_plural = _("mentor profiles")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(active_mentees__lte=models.F("capacity")),
                name="mentor_capacity_never_exceeded",
            ),
        ]

    def __str__(self) -> str:
        return str(self.user.display_name)

    @property
    def places_left(self) -> int:
        return max(self.capacity - self.active_mentees, 0)

    def slots(self) -> frozenset[tuple[int, int]]:
        return frozenset((int(d), int(h)) for d, h in self.availability)


class MenteeProfile(models.Model):
    """A practitioner looking for a mentor. Goals and preferences are private to the pair and
    programme admins."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentee_profile"
    )
    is_active = models.BooleanField(_("looking for a mentor"), default=True)
    goals = models.TextField(_("goals"), max_length=2000, blank=True)
    topics = models.JSONField(_("topics"), default=list, blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    modality = models.CharField(
        _("preferred modality"), max_length=10, choices=Modality.choices, default=Modality.BOTH
    )
    preferences = models.TextField(_("other preferences"), max_length=1000, blank=True)
    availability = models.JSONField(_("weekly availability"), default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("mentee profile")
        verbose_name_plural = _("mentee profiles")

    def __str__(self) -> str:
        return str(self.user.display_name)

    def slots(self) -> frozenset[tuple[int, int]]:
        return frozenset((int(d), int(h)) for d, h in self.availability)


class Conflict(models.Model):
    """Someone the declaring person must not be paired with (their supervisor, evaluator…).

    Private to the person who declared it: the other side is never told who declared what.
    """

    declared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="declared_conflicts"
    )
    other = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("declared conflict")
        verbose_name_plural = _("declared conflicts")
        constraints = [
            models.UniqueConstraint(fields=["declared_by", "other"], name="conflict_once"),
            models.CheckConstraint(
                condition=~models.Q(declared_by=models.F("other")), name="conflict_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.declared_by_id} ≠ {self.other_id}"


class MatchingWeights(models.Model):
    """The weights of the matching score, edited by programme admins. One row (pk=1)."""

    specialty = models.FloatField(_("specialty"), default=0.35, validators=[MinValueValidator(0)])
    topics = models.FloatField(_("topics"), default=0.30, validators=[MinValueValidator(0)])
    region_modality = models.FloatField(
        _("region and modality"), default=0.15, validators=[MinValueValidator(0)]
    )
    availability = models.FloatField(
        _("availability overlap"), default=0.20, validators=[MinValueValidator(0)]
    )
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("matching weights")
        verbose_name_plural = _("matching weights")

    def __str__(self) -> str:
        return "matching weights"


class CohortRun(models.Model):
    """A whole-cohort assignment computed for review, then published (or discarded)."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft, under review")
        PUBLISHED = "published", _("Published")
        DISCARDED = "discarded", _("Discarded")

    class Outcome(models.TextChoices):
        REQUESTS = "requests", _("Send requests the mentors accept or decline")
        MENTORSHIPS = "mentorships", _("Start mentorships directly")

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.DRAFT)
    outcome = models.CharField(max_length=12, choices=Outcome.choices, default=Outcome.REQUESTS)
    weights = models.JSONField(default=dict)
    total_score = models.FloatField(default=0)
    greedy_total_score = models.FloatField(default=0)
    unmatched = models.JSONField(default=list, blank=True)  # [{"mentee": id, "reason": [code, {}]}]
    published_at = models.DateTimeField(null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("cohort matching")
        verbose_name_plural = _("cohort matchings")

    def __str__(self) -> str:
        return f"cohort {self.pk} ({self.status})"


class CohortPair(models.Model):
    run = models.ForeignKey(CohortRun, on_delete=models.CASCADE, related_name="pairs")
    mentee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    mentor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    reasons = models.JSONField(default=list)  # [[code, params], …]
    included = models.BooleanField(default=True)

    class Meta:
        ordering = ["-score", "id"]
        constraints = [
            models.UniqueConstraint(fields=["run", "mentee"], name="cohort_pair_one_per_mentee")
        ]

    def __str__(self) -> str:
        return f"{self.mentee_id} → {self.mentor_id}"


class MentorshipRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        EXPIRED = "expired", _("Expired")

    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentoring_requests_sent"
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="mentoring_requests_received",
    )
    message = models.TextField(_("message"), max_length=1000, blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)
    decline_reason = models.CharField(_("reason"), max_length=300, blank=True)
    cohort_run = models.ForeignKey(
        CohortRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="requests"
    )

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("mentorship request")
        verbose_name_plural = _("mentorship requests")
        constraints = [
            models.UniqueConstraint(
                fields=["mentee", "mentor"],
                condition=models.Q(status="pending"),
                name="one_pending_request_per_pair",
            ),
            models.CheckConstraint(
                condition=~models.Q(mentee=models.F("mentor")), name="request_not_to_self"
            ),
        ]

    def __str__(self) -> str:
        return f"request {self.pk} ({self.status})"

    def save(self, *args, **kwargs):
        if self.expires_at is None:
            self.expires_at = (self.created_at or timezone.now()) + REQUEST_LIFETIME
        super().save(*args, **kwargs)

    def is_expired(self, now=None) -> bool:
        return (now or timezone.now()) >= self.expires_at

    @property
    def effective_status(self) -> str:
        """The status as a reader should see it: a pending request past its date is expired."""
        if self.status == self.Status.PENDING and self.is_expired():
            return self.Status.EXPIRED
        return self.status


class Rhythm(models.TextChoices):
    WEEKLY = "weekly", _("Every week")
    FORTNIGHTLY = "fortnightly", _("Every two weeks")
    MONTHLY = "monthly", _("Every month")


class Mentorship(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")
        ENDED = "ended", _("Ended early")

    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentorships_as_mentor"
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentorships_as_mentee"
    )
    request = models.OneToOneField(
        MentorshipRequest,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mentorship",
    )
    cohort_run = models.ForeignKey(
        CohortRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="mentorships"
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.ACTIVE, db_index=True
    )
    # The agreement.
    goals = models.TextField(_("goals"), max_length=2000, blank=True)
    rhythm = models.CharField(
        _("meeting rhythm"), max_length=12, choices=Rhythm.choices, default=Rhythm.FORTNIGHTLY
    )
    duration_weeks = models.PositiveSmallIntegerField(
        _("duration (weeks)"),
        default=12,
        validators=[MinValueValidator(MIN_DURATION_WEEKS), MaxValueValidator(MAX_DURATION_WEEKS)],
    )
    starts_on = models.DateField(_("start date"), default=timezone.localdate)
    ends_on = models.DateField(_("end date"), null=True, blank=True)
    agreement_updated_at = models.DateTimeField(null=True, blank=True)

    created_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    # Set when the mentee asks for a new match after a poor pairing fit.
    rematch_requested_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("mentorship")
        verbose_name_plural = _("mentorships")
        constraints = [
            models.UniqueConstraint(
                fields=["mentee"],
                condition=models.Q(status="active"),
                name="one_active_mentorship_per_mentee",
            ),
            models.CheckConstraint(
                condition=~models.Q(mentee=models.F("mentor")), name="mentorship_not_self"
            ),
            models.CheckConstraint(
                condition=models.Q(
                    duration_weeks__gte=MIN_DURATION_WEEKS, duration_weeks__lte=MAX_DURATION_WEEKS
                ),
                name="mentorship_duration_4_to_24_weeks",
            ),
        ]

    def __str__(self) -> str:
        return f"mentorship {self.pk}"

    def save(self, *args, **kwargs):
        if self.starts_on and self.duration_weeks:
            self.ends_on = self.starts_on + timedelta(weeks=self.duration_weeks)
        super().save(*args, **kwargs)

    @property
    def is_active(self) -> bool:
        return self.status == self.Status.ACTIVE

    def participants(self):
        return (self.mentor, self.mentee)

    def is_participant(self, user) -> bool:
        return bool(user and user.is_authenticated and user.pk in (self.mentor_id, self.mentee_id))

    def role_of(self, user) -> str | None:
        if user.pk == self.mentor_id:
            return "mentor"
        if user.pk == self.mentee_id:
            return "mentee"
        return None


class FitAnswer(models.TextChoices):
    GOOD = "good", _("Good fit")
    FAIR = "fair", _("Could be better")
    POOR = "poor", _("Poor fit")


class PairingFit(models.Model):
    """After the first session held, each participant says how well the pairing fits."""

    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="fits")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    answer = models.CharField(_("pairing fit"), max_length=6, choices=FitAnswer.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mentorship", "author"], name="one_fit_per_author")
        ]

    def __str__(self) -> str:
        return f"{self.author_id}: {self.answer}"


class MentorshipFeedback(models.Model):
    """Feedback at completion, from each side."""

    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    rating = models.PositiveSmallIntegerField(
        _("overall rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    goals_met = models.BooleanField(_("goals met"), default=False)
    comment = models.TextField(_("comment"), max_length=2000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["mentorship", "author"], name="one_feedback_per_author"
            ),
            models.CheckConstraint(
                condition=models.Q(rating__gte=1, rating__lte=5), name="feedback_rating_1_to_5"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.author_id}: {self.rating}"


class MentoringSession(models.Model):
    """A meeting of a mentorship. Proposed with one or more slots (``SessionSlot``); ``starts_at``
    and ``ends_at`` hold the first proposed slot until one is accepted, then the accepted one."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        SCHEDULED = "scheduled", _("Scheduled")
        HELD = "held", _("Held")
        CANCELLED = "cancelled", _("Cancelled")

    mentorship = models.ForeignKey(Mentorship, on_delete=models.CASCADE, related_name="sessions")
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PROPOSED, db_index=True
    )
    # The agenda: a list of goals for this session, e.g. ["Review the ECG cases", "Plan next"].
    agenda = models.JSONField(_("agenda"), default=list, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    scheduled_at = models.DateTimeField(null=True, blank=True)
    held_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts_at", "id"]
        verbose_name = _("mentoring session")
        verbose_name_plural = _("mentoring sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="session_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"session {self.pk}"

    def participants(self):
        """(mentor user, mentee user)."""
        return (self.mentorship.mentor, self.mentorship.mentee)

    def is_participant(self, user) -> bool:
        return self.mentorship.is_participant(user)

    @property
    def duration(self) -> timedelta:
        return self.ends_at - self.starts_at


class SessionSlot(models.Model):
    """One time proposed for a session; the other participant accepts one."""

    session = models.ForeignKey(MentoringSession, on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()

    class Meta:
        ordering = ["starts_at", "id"]

    def __str__(self) -> str:
        return f"{self.starts_at:%Y-%m-%d %H:%M}"


class SessionReminder(models.Model):
    """A reminder already sent: the unique constraint makes ``mentoring_reminders`` idempotent."""

    session = models.ForeignKey(
        MentoringSession, on_delete=models.CASCADE, related_name="reminders"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10)  # "day" (24 h before) or "hour" (1 h before)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "user", "kind"], name="reminder_once")
        ]

    def __str__(self) -> str:
        return f"{self.session_id} {self.kind}"


def _new_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A secret URL serving a member's sessions as iCalendar, for their calendar app."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentoring_calendar"
    )
    token = models.CharField(max_length=64, unique=True, default=_new_token)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"calendar of {self.user_id}"


class EntrustmentLevel(models.IntegerChoices):
    OBSERVES = 1, _("1 — observes")
    DIRECT_SUPERVISION = 2, _("2 — acts under direct supervision")
    SUPERVISION_AVAILABLE = 3, _("3 — acts with supervision available")
    ALONE = 4, _("4 — acts alone")


class LogbookEntry(models.Model):
    """An act or procedure the mentee did alongside the mentor, co-signed (or corrected) by them.

    No patient data: a skill, a date, a level and short comments on the practice itself.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Awaiting co-signature")
        COSIGNED = "cosigned", _("Co-signed")
        CORRECTED = "corrected", _("Corrected by the mentor")

    mentorship = models.ForeignKey(
        Mentorship, on_delete=models.CASCADE, related_name="logbook_entries"
    )
    session = models.ForeignKey(
        MentoringSession,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="logbook_entries",
    )
    skill = models.CharField(_("skill or procedure"), max_length=120)
    performed_on = models.DateField(_("date"))
    level = models.PositiveSmallIntegerField(
        _("entrustment level (mentee)"), choices=EntrustmentLevel.choices
    )
    reflection = models.TextField(
        _("comment"),
        max_length=1000,
        blank=True,
        help_text=_("About your practice only: never a patient's name or details."),
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    mentor_level = models.PositiveSmallIntegerField(
        _("entrustment level (mentor)"), choices=EntrustmentLevel.choices, null=True, blank=True
    )
    mentor_comment = models.TextField(_("mentor's comment"), max_length=1000, blank=True)
    signed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-performed_on", "-id"]
        verbose_name = _("logbook entry")
        verbose_name_plural = _("logbook entries")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(level__gte=1, level__lte=4), name="logbook_level_1_to_4"
            ),
            models.CheckConstraint(
                condition=models.Q(mentor_level__isnull=True)
                | models.Q(mentor_level__gte=1, mentor_level__lte=4),
                name="logbook_mentor_level_1_to_4",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.skill} ({self.performed_on})"

    @property
    def effective_level(self) -> int:
        """The level that counts: the mentor's once signed, else the mentee's own."""
        return self.mentor_level or self.level


from .room_models import *  # noqa: E402, F403
