from __future__ import annotations

import re

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from compagnon.append_only import AppendOnlyModel

from .choices import CareerStage, Profession, Region, Specialty, VerificationStatus

RPPS_RE = re.compile(r"^\d{11}$")


def normalise_rpps(value: str) -> str:
    """RPPS numbers are often typed with spaces or dots; store the bare 11 digits."""
    return re.sub(r"[\s.\-]", "", value or "")


def validate_rpps(value: str) -> None:
    if not RPPS_RE.match(normalise_rpps(value)):
        raise ValidationError(
            _("An RPPS number has exactly 11 digits (for example 10101234567)."),
            code="invalid_rpps",
        )


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields) -> User:
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields) -> User:
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields) -> User:
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A member of the platform. Email is the login; there is no username."""

    username = None
    email = models.EmailField(_("email address"), unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.email

    @property
    def display_name(self) -> str:
        profile = getattr(self, "profile", None)
        if profile is not None and profile.display_name:
            return profile.display_name
        return self.get_full_name() or self.email.split("@")[0]


class CharterAcceptance(models.Model):
    """Proof that a member accepted a given version of the platform charter, and when."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="charter_acceptances"
    )
    version = models.CharField(_("charter version"), max_length=20)
    accepted_at = models.DateTimeField(_("accepted at"), default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "version"], name="charter_once_per_version")
        ]
        ordering = ["-accepted_at"]

    def __str__(self) -> str:
        return f"{self.user} — {self.version}"


class PractitionerProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(
        _("display name"),
        max_length=80,
        help_text=_("Shown to other members on cases and in mentoring."),
    )
    profession = models.CharField(_("profession"), max_length=30, choices=Profession.choices)
    specialty = models.CharField(_("specialty"), max_length=40, choices=Specialty.choices)
    career_stage = models.CharField(_("career stage"), max_length=20, choices=CareerStage.choices)
    first_practice_year = models.PositiveSmallIntegerField(
        _("year of first practice"),
        null=True,
        blank=True,
        help_text=_("Leave empty if you have not started practising yet."),
    )
    rpps = models.CharField(
        _("RPPS number"),
        max_length=11,
        blank=True,
        validators=[validate_rpps],
        help_text=_("11 digits. Required for practitioners in France, except students."),
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    region = models.CharField(_("region"), max_length=10, choices=Region.choices)
    bio = models.TextField(_("short bio"), max_length=1000, blank=True)

    verification_status = models.CharField(
        _("verification status"),
        max_length=20,
        choices=VerificationStatus.choices,
        default=VerificationStatus.INCOMPLETE,
        db_index=True,
    )
    submitted_at = models.DateTimeField(_("submitted for verification"), null=True, blank=True)
    verified_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    rejection_reason = models.TextField(_("reason for refusal"), blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Changing any of these after verification sends the profile back to the queue.
    IDENTITY_FIELDS = ("profession", "rpps", "career_stage")

    class Meta:
        verbose_name = _("practitioner profile")
        verbose_name_plural = _("practitioner profiles")
        constraints = [
            models.UniqueConstraint(
                fields=["rpps"], condition=~models.Q(rpps=""), name="unique_rpps_when_set"
            )
        ]
        indexes = [models.Index(fields=["verification_status", "submitted_at"])]

    def __str__(self) -> str:
        return self.display_name

    @property
    def is_verified(self) -> bool:
        return self.verification_status == VerificationStatus.VERIFIED

    @property
    def rpps_required(self) -> bool:
        return self.career_stage != CareerStage.STUDENT and self.region != Region.OUTSIDE_FRANCE

    def clean(self) -> None:
        self.rpps = normalise_rpps(self.rpps)
        errors = {}
        if self.rpps_required and not self.rpps:
            errors["rpps"] = _(
                "Your RPPS number is required to verify you as a practitioner in France."
            )
        elif (
            self.rpps
            and PractitionerProfile.objects.filter(rpps=self.rpps).exclude(pk=self.pk).exists()
        ):
            # Said on the field: the database constraint alone gives an opaque message.
            errors["rpps"] = _(
                "This RPPS number is already registered by another member. If it is yours, "
                "contact a moderator."
            )
        current_year = timezone.now().year
        if self.first_practice_year and not 1950 <= self.first_practice_year <= current_year:
            errors["first_practice_year"] = _("Enter a year between 1950 and %(year)s.") % {
                "year": current_year
            }
        if errors:
            raise ValidationError(errors)


class AuditEvent(AppendOnlyModel):
    """Who did what to which object, when, from which session. Append-only.

    Never put health data here: `target_repr` and `metadata` carry identifiers and labels only.
    Database triggers (migration 0002) refuse UPDATE and DELETE on both SQLite and PostgreSQL.
    """

    occurred_at = models.DateTimeField(default=timezone.now, db_index=True)
    # No database constraint: the event outlives the account it names.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
    )
    actor_label = models.CharField(max_length=254, blank=True)
    action = models.CharField(max_length=64, db_index=True)
    target_type = models.CharField(max_length=100, blank=True, db_index=True)
    target_id = models.CharField(max_length=64, blank=True)
    target_repr = models.CharField(max_length=200, blank=True)
    session_ref = models.CharField(
        max_length=16, blank=True, help_text="Hash of the session key, never the key itself."
    )
    ip_address = models.GenericIPAddressField(null=True, blank=True)
    metadata = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-occurred_at", "-id"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")
        indexes = [models.Index(fields=["target_type", "target_id"])]
        default_permissions = ("view",)
        # Created by migration 0001, then left alone: `flush` (tests, tooling) never empties it,
        # which matches the append-only triggers of migration 0002.
        managed = False

    def __str__(self) -> str:
        return f"{self.occurred_at:%Y-%m-%d %H:%M:%S} {self.actor_label or '-'} {self.action}"


class Notification(models.Model):
    """An in-app notification. Never carries health data or unpublished case text."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=64)
    title = models.CharField(max_length=200)
    body = models.TextField(blank=True, max_length=1000)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "read_at"])]

    def __str__(self) -> str:
        return self.title
