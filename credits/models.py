"""The credit ledger: frameworks and their rules as data, creditable activities, designations,
append-only ledger entries, the frameworks each member follows, and external declarations.

Every write goes through `credits.services`; the model-level guards below are the last lock for
paths that skip the services (admin, shell).
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from compagnon.append_only import AppendOnlyModel


class CycleCondition(models.TextChoices):
    NONE = "", _("None")
    IN_PRACTICE_2023 = "in_practice_2023", _("In practice on 1 January 2023")


class Framework(models.Model):
    """A credit system (certification périodique, DPC, EACCME, AMA PRA…) and its cycle rules."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    # Framework names are proper names (“DPC”, “AMA PRA Category 1 Credit™”): not translated.
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    cycle_years = models.PositiveSmallIntegerField(_("cycle length (years)"))
    alt_cycle_years = models.PositiveSmallIntegerField(
        _("alternative cycle length (years)"), null=True, blank=True
    )
    alt_cycle_condition = models.CharField(
        _("condition for the alternative cycle"),
        max_length=30,
        choices=CycleCondition.choices,
        blank=True,
    )
    default_cycle_start = models.DateField(
        _("default cycle start"),
        null=True,
        blank=True,
        help_text=_("Used when a member has not set a cycle start of their own."),
    )
    credit_step = models.DecimalField(
        _("credit step"),
        max_digits=4,
        decimal_places=2,
        default=Decimal("0.25"),
        validators=[MinValueValidator(Decimal("0.01"))],
    )
    unit_label = models.CharField(_("unit label"), max_length=60, default="credits")
    is_active = models.BooleanField(_("active"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("framework")
        verbose_name_plural = _("frameworks")

    def __str__(self) -> str:
        return self.name

    def cycle_years_for(self, *, in_practice_2023: bool) -> int:
        if (
            self.alt_cycle_years
            and self.alt_cycle_condition == CycleCondition.IN_PRACTICE_2023
            and in_practice_2023
        ):
            return self.alt_cycle_years
        return self.cycle_years


class CategoryKind(models.TextChoices):
    BLOC = "bloc", _("Bloc")
    ACTION_TYPE = "action_type", _("Action type")
    CREDIT_CATEGORY = "credit_category", _("Credit category")


class Category(models.Model):
    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="categories")
    code = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=CategoryKind.choices)
    cap_per_cycle = models.DecimalField(
        _("cap per cycle"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Most credits of this category that count in one cycle; empty for no cap."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["framework__order", "order", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["framework", "code"], name="category_code_per_framework"
            )
        ]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self) -> str:
        return self.name


class RequirementKind(models.TextChoices):
    MIN_ACTIONS = "min_actions", _("Minimum actions (in a category, or in each if none)")
    MIN_TOTAL_ACTIONS = "min_total_actions", _("Minimum actions in total")
    MIN_DISTINCT_CATEGORIES = "min_distinct_categories", _("Minimum distinct categories")
    MIN_NATIONAL_PRIORITY = "min_national_priority", _("Minimum actions on a national priority")
    MIN_CREDITS = "min_credits", _("Minimum credits (in a category, or in total if none)")


class Requirement(models.Model):
    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="requirements")
    kind = models.CharField(_("kind"), max_length=30, choices=RequirementKind.choices)
    category = models.ForeignKey(
        Category,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Leave empty: for minimum actions, applies to each category."),
    )
    min_count = models.PositiveSmallIntegerField(_("minimum count"), null=True, blank=True)
    min_credits = models.DecimalField(
        _("minimum credits"), max_digits=7, decimal_places=2, null=True, blank=True
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["framework__order", "order", "pk"]
        verbose_name = _("requirement")
        verbose_name_plural = _("requirements")

    def __str__(self) -> str:
        target = self.min_credits if self.kind == RequirementKind.MIN_CREDITS else self.min_count
        return f"{self.framework.code}: {self.get_kind_display()} ≥ {target}"

    def clean(self) -> None:
        if self.kind == RequirementKind.MIN_CREDITS and not self.min_credits:
            raise ValidationError({"min_credits": _("Set the minimum credits.")})
        if self.kind != RequirementKind.MIN_CREDITS and not self.min_count:
            raise ValidationError({"min_count": _("Set the minimum count.")})
        if self.category_id and self.category.framework_id != self.framework_id:
            raise ValidationError({"category": _("This category belongs to another framework.")})


class ActivityKind(models.TextChoices):
    COURSE = "course", _("Course")
    STUDY_DIGEST = "study_digest", _("Study digest")
    MENTORING_SESSION = "mentoring_session", _("Mentoring session")
    CASE_CONTRIBUTION = "case_contribution", _("Case contribution")
    EXTERNAL = "external", _("External activity")


class ActivityFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    BLENDED = "blended", _("Blended")
    OTHER = "other", _("Other")


class Activity(models.Model):
    """Anything that earns credit. `source_type`/`source_id` point at the origin object
    (a course page, a mentoring session…) without a hard dependency on the app that owns it."""

    title = models.CharField(_("title"), max_length=255)
    kind = models.CharField(_("kind"), max_length=30, choices=ActivityKind.choices)
    provider = models.CharField(_("provider"), max_length=200)
    format = models.CharField(
        _("format"), max_length=20, choices=ActivityFormat.choices, default=ActivityFormat.ONLINE
    )
    opens_at = models.DateTimeField(_("opens at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("credit expires at"), null=True, blank=True)
    national_priority = models.BooleanField(_("on a national priority"), default=False)
    source_type = models.CharField(_("source type"), max_length=100, blank=True)
    source_id = models.CharField(_("source id"), max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-opens_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["source_type", "source_id"],
                condition=~models.Q(source_id=""),
                name="activity_one_per_source",
            )
        ]
        indexes = [models.Index(fields=["opens_at", "expires_at"])]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self) -> str:
        return self.title

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.opens_at is not None and self.opens_at <= now and not self.is_expired(now)

    def is_expired(self, now=None) -> bool:
        now = now or timezone.now()
        return self.expires_at is not None and self.expires_at <= now


class Designation(models.Model):
    """Per framework: the category and most credits an activity can give. Fixed before it opens;
    frozen once it has awarded credit."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="designations")
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="+")
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="+")
    max_credits = models.DecimalField(_("designated maximum"), max_digits=6, decimal_places=2)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "framework"], name="designation_one_per_framework"
            )
        ]
        verbose_name = _("designation")
        verbose_name_plural = _("designations")

    def __str__(self) -> str:
        return f"{self.activity} — {self.framework.code} ≤ {self.max_credits}"

    def save(self, *args, **kwargs):
        if not self._state.adding and self.has_awarded():
            raise ValidationError(
                _("This designation has already awarded credit and can no longer be changed.")
            )
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.has_awarded():
            raise ValidationError(
                _("This designation has already awarded credit and can no longer be changed.")
            )
        return super().delete(*args, **kwargs)

    def has_awarded(self) -> bool:
        return LedgerEntry.objects.filter(
            activity_id=self.activity_id, framework_id=self.framework_id
        ).exists()


class EntryKind(models.TextChoices):
    AWARD = "award", _("Award")
    REVOCATION = "revocation", _("Revocation")


class LedgerEntry(AppendOnlyModel):
    """One line of the ledger. Append-only: a revocation is a new, negative entry."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="credit_entries"
    )
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="+")
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="+")
    activity = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="entries")
    kind = models.CharField(max_length=12, choices=EntryKind.choices, default=EntryKind.AWARD)
    # Awards are positive, revocations the negative of the award they cancel: sums just work.
    amount = models.DecimalField(_("amount"), max_digits=6, decimal_places=2)
    earned_on = models.DateField(_("earned on"))
    attestation = models.TextField(_("attestation"), blank=True)
    attested_at = models.DateTimeField(_("attested at"), null=True, blank=True)
    revokes = models.OneToOneField(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="revoked_by",
        verbose_name=_("revokes"),
    )
    reason = models.TextField(_("reason"), blank=True)
    source = models.CharField(_("source"), max_length=30, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-earned_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "activity", "framework"],
                condition=models.Q(kind="award"),
                name="ledger_one_award_per_activity",
            ),
            models.CheckConstraint(
                condition=(models.Q(kind="award", amount__gt=0, revokes__isnull=True))
                | (models.Q(kind="revocation", amount__lt=0, revokes__isnull=False)),
                name="ledger_entry_sign_matches_kind",
            ),
        ]
        indexes = [models.Index(fields=["user", "framework", "earned_on"])]
        verbose_name = _("ledger entry")
        verbose_name_plural = _("ledger entries")

    def __str__(self) -> str:
        return f"#{self.pk} {self.kind} {self.amount}"


class UserFramework(models.Model):
    """A framework a member follows, with their cycle start."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="credit_frameworks"
    )
    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="+")
    cycle_start = models.DateField(_("cycle start"))
    in_practice_2023 = models.BooleanField(_("in practice on 1 January 2023"), default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["framework__order", "framework__code"]
        constraints = [
            models.UniqueConstraint(fields=["user", "framework"], name="user_framework_once")
        ]
        verbose_name = _("followed framework")
        verbose_name_plural = _("followed frameworks")

    def __str__(self) -> str:
        return f"{self.user} — {self.framework.code}"

    @property
    def cycle_years(self) -> int:
        return self.framework.cycle_years_for(in_practice_2023=self.in_practice_2023)


class ExternalStatus(models.TextChoices):
    SELF_DECLARED = "self_declared", _("Self-declared")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


def evidence_path(instance: ExternalActivity, filename: str) -> str:
    # The service renames the file; only the date and a random name reach the disk.
    return f"credits/evidence/{timezone.now():%Y/%m}/{filename}"


class ExternalActivity(models.Model):
    """Credit a member earned elsewhere, with evidence; counts once a moderator accepts it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="external_credits"
    )
    title = models.CharField(_("title"), max_length=255)
    provider = models.CharField(_("provider"), max_length=200)
    earned_on = models.DateField(_("date"))
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="+")
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="+")
    amount = models.DecimalField(_("credits"), max_digits=6, decimal_places=2)
    evidence = models.FileField(_("evidence"), upload_to=evidence_path, max_length=200)
    evidence_type = models.CharField(max_length=40, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ExternalStatus.choices,
        default=ExternalStatus.SELF_DECLARED,
        db_index=True,
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True)
    activity = models.OneToOneField(
        Activity, on_delete=models.PROTECT, null=True, blank=True, related_name="external"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("external activity")
        verbose_name_plural = _("external activities")

    def __str__(self) -> str:
        return self.title


class Certificate(models.Model):
    """What a practitioner shows an auditor: a snapshot of the credit actually awarded for one
    activity, verifiable by its public code. Revoking keeps the row, so the verify URL stays and
    says "revoked"."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates"
    )
    activity = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="certificates")
    code = models.CharField(_("verification code"), max_length=19, unique=True)
    credential_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    # Salt of the hashed email in the Open Badges credential: keeps it reproducible.
    identity_salt = models.CharField(max_length=64)
    practitioner_name = models.CharField(_("practitioner"), max_length=300)
    rpps = models.CharField(_("RPPS number"), max_length=11, blank=True)
    provider_name = models.CharField(_("provider"), max_length=200)
    activity_title = models.CharField(_("activity"), max_length=255)
    activity_format = models.CharField(_("format"), max_length=100)
    started_on = models.DateField(_("started on"))
    completed_on = models.DateField(_("completed on"))
    # [{"framework": name, "category": name, "credits": "3.00", "available": "3.00"}, …]
    credits = models.JSONField(_("credits awarded"), default=list)
    issued_at = models.DateTimeField(_("issued at"), default=timezone.now)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revocation_reason = models.TextField(_("reason for revocation"), blank=True)

    class Meta:
        ordering = ["-issued_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "activity"], name="certificate_one_per_activity"
            )
        ]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self) -> str:
        return f"{self.code} — {self.activity_title}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None
