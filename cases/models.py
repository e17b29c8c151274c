"""Clinical cases, their de-identification flags, images and discussion.

A case never holds a birth date or an exact age: only an age band and a sex. Every write goes
through `cases.services`, which runs the de-identification gate; the model's own `save()` refuses
to store a published case whose text still carries an unresolved identifier (last line of defence
for the shell and any code that forgets the services).
"""

from __future__ import annotations

import os
import uuid

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from accounts.choices import Specialty

# --- Choices ------------------------------------------------------------------------------------


class AgeBand(models.TextChoices):
    INFANT = "0", _("Under 1 year")
    AGE_1_4 = "1-4", _("1–4 years")
    AGE_5_9 = "5-9", _("5–9 years")
    AGE_10_14 = "10-14", _("10–14 years")
    AGE_15_19 = "15-19", _("15–19 years")
    AGE_20_24 = "20-24", _("20–24 years")
    AGE_25_29 = "25-29", _("25–29 years")
    AGE_30_34 = "30-34", _("30–34 years")
    AGE_35_39 = "35-39", _("35–39 years")
    AGE_40_44 = "40-44", _("40–44 years")
    AGE_45_49 = "45-49", _("45–49 years")
    AGE_50_54 = "50-54", _("50–54 years")
    AGE_55_59 = "55-59", _("55–59 years")
    AGE_60_64 = "60-64", _("60–64 years")
    AGE_65_69 = "65-69", _("65–69 years")
    AGE_70_74 = "70-74", _("70–74 years")
    AGE_75_79 = "75-79", _("75–79 years")
    AGE_80_84 = "80-84", _("80–84 years")
    AGE_85_89 = "85-89", _("85–89 years")
    # Safe Harbor: every age over 89 is one category.
    AGE_90_PLUS = "90+", _("90 years or more")


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    OTHER = "other", _("Other or not stated")


class CaseLanguage(models.TextChoices):
    FRENCH = "fr", _("French")
    ENGLISH = "en", _("English")


class ConsentBasis(models.TextChoices):
    CONSENT = "consent", _("The patient (or their representative) consented to this sharing")
    ANONYMISED = "anonymised", _("The case is irreversibly anonymised: no one can be singled out")


class CaseStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    IN_REVIEW = "in_review", _("Awaiting moderation")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Returned by a moderator")
    RETRACTED = "retracted", _("Retracted")


class Resolution(models.TextChoices):
    UNRESOLVED = "", _("Unresolved")
    REDACT = "redact", _("Redacted")
    GENERALISE = "generalise", _("Generalised")
    NOT_IDENTIFIER = "not_identifier", _("Not an identifier")


class ReplyStatus(models.TextChoices):
    VISIBLE = "visible", _("Visible")
    HELD = "held", _("Held: identifiers to fix")
    HIDDEN = "hidden", _("Hidden")


class ReportStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ACTIONED = "actioned", _("Action taken")
    DISMISSED = "dismissed", _("Dismissed")


# The text fields of a case, in reading order; each one goes through the de-identification gate.
CASE_TEXT_FIELDS = [
    "title",
    "context",
    "presentation",
    "history",
    "examination",
    "investigations",
    "management",
    "question",
    "tags",
]
OUTCOME_TEXT_FIELDS = ["outcome_diagnosis", "outcome_text"]

# What each anonymiser label means, for authors and moderators (the labels themselves are codes).
IDENTIFIER_NAMES = {
    "NAME": _("Name"),
    "DATE": _("Date"),
    "AGE": _("Age over 89"),
    "PHONE": _("Phone or fax number"),
    "EMAIL": _("Email address"),
    "URL": _("Web address"),
    "IP": _("IP address"),
    "NIR": _("Social security number (NIR)"),
    "RPPS": _("RPPS number"),
    "ADELI": _("ADELI number"),
    "FINESS": _("FINESS number"),
    "RECORD_ID": _("Record number (IPP, NDA, MRN)"),
    "ADDRESS": _("Postal address"),
    "POSTCODE": _("Postcode"),
    "CITY": _("City"),
    "ESTABLISHMENT": _("Hospital or establishment"),
    "DEVICE_ID": _("Device or licence number"),
    "OTHER_ID": _("Other identifier"),
}


# --- Private image storage -----------------------------------------------------------------------


class PrivateCaseStorage(FileSystemStorage):
    """Case images live outside MEDIA_ROOT (never served as static media): only the
    `cases:image` view, which checks permissions, reads them."""

    @property
    def base_location(self):  # type: ignore[override]
        root = getattr(settings, "CASES_IMAGE_ROOT", None)
        return str(root or settings.MEDIA_ROOT.parent / "private" / "cases")

    @property
    def location(self):  # type: ignore[override]
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):  # type: ignore[override]
        return None


private_case_storage = PrivateCaseStorage()


def _image_path(instance: CaseImage, filename: str) -> str:
    # The name says nothing about the upload: a random name, the extension of the re-encoding.
    extension = os.path.splitext(filename)[1].lower() or ".jpg"
    return f"{uuid.uuid4().hex}{extension}"


# --- Models -------------------------------------------------------------------------------------


class Case(models.Model):
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cases"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=CaseStatus.choices, default=CaseStatus.DRAFT
    )
    language = models.CharField(
        _("language"), max_length=2, choices=CaseLanguage.choices, default=CaseLanguage.FRENCH
    )
    specialty = models.CharField(_("specialty"), max_length=40, choices=Specialty.choices)
    age_band = models.CharField(_("patient age band"), max_length=6, choices=AgeBand.choices)
    sex = models.CharField(_("patient sex"), max_length=8, choices=Sex.choices)

    title = models.CharField(_("title"), max_length=160)
    context = models.TextField(_("context"), max_length=4000, blank=True)
    presentation = models.TextField(_("presentation"), max_length=6000)
    history = models.TextField(_("history"), max_length=6000, blank=True)
    examination = models.TextField(_("examination"), max_length=6000, blank=True)
    investigations = models.TextField(_("investigations"), max_length=6000, blank=True)
    management = models.TextField(_("management so far"), max_length=6000, blank=True)
    question = models.TextField(_("question to peers"), max_length=2000)
    # Comma-separated, lower-case, wrapped in commas (",asthma,child,") so that one tag is one
    # `contains` lookup on every database.
    tags = models.CharField(_("tags"), max_length=300, blank=True)

    blind_differential = models.BooleanField(
        _("blind differential"),
        default=False,
        help_text=_("Responders enter their ranked differential before they see others'."),
    )

    consent_basis = models.CharField(
        _("attestation"), max_length=12, choices=ConsentBasis.choices, blank=True
    )
    attested_at = models.DateTimeField(_("attested at"), null=True, blank=True)
    charter_version = models.CharField(_("charter version"), max_length=20, blank=True)

    outcome_diagnosis = models.CharField(_("confirmed diagnosis"), max_length=300, blank=True)
    outcome_text = models.TextField(_("what happened"), max_length=4000, blank=True)
    outcome_at = models.DateTimeField(_("outcome posted at"), null=True, blank=True)
    solved = models.BooleanField(_("solved"), default=False)

    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    submitted_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    last_activity_at = models.DateTimeField(default=timezone.now, db_index=True)
    moderation_reasons = models.JSONField(default=list, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_reason = models.TextField(_("moderator's reason"), blank=True, max_length=2000)
    retracted_at = models.DateTimeField(null=True, blank=True)
    retracted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-last_activity_at", "-pk"]
        indexes = [models.Index(fields=["status", "-last_activity_at"])]
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        permissions = [("moderate_case", "Can moderate cases")]

    def __str__(self) -> str:
        return f"#{self.pk} {self.title}" if self.pk else self.title

    def save(self, *args, **kwargs):
        if self.status == CaseStatus.PUBLISHED:
            # Whatever path saved it (admin, shell, a service with a bug): a published case
            # carries no unresolved identifier.
            from .services import gate_check

            gate_check(case=self)
        super().save(*args, **kwargs)

    @property
    def is_published(self) -> bool:
        return self.status == CaseStatus.PUBLISHED

    @property
    def tag_list(self) -> list[str]:
        return [t for t in self.tags.split(",") if t]

    def text_fields(self) -> dict[str, str]:
        return {name: getattr(self, name) or "" for name in CASE_TEXT_FIELDS}


class CaseImage(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="images")
    file = models.FileField(storage=private_case_storage, upload_to=_image_path, max_length=200)
    content_type = models.CharField(max_length=30)
    width = models.PositiveIntegerField()
    height = models.PositiveIntegerField()
    caption = models.CharField(_("description (alternative text)"), max_length=300)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("case image")
        verbose_name_plural = _("case images")

    def __str__(self) -> str:
        return f"image #{self.pk} of case #{self.case_id}"

    @property
    def gate_field(self) -> str:
        return f"image-{self.pk}"


class Flag(models.Model):
    """A span the anonymiser found in one text field, and how the author resolved it.

    `text` holds the flagged words only while they are in the case (unresolved, or kept as "not
    an identifier"); redacting or generalising replaces them in the case and blanks them here."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="flags")
    field = models.CharField(max_length=40)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    label = models.CharField(max_length=20)
    text = models.CharField(max_length=500, blank=True)
    suggestion = models.CharField(max_length=120, blank=True)
    resolution = models.CharField(
        max_length=16, choices=Resolution.choices, default=Resolution.UNRESOLVED, blank=True
    )
    replacement = models.CharField(max_length=120, blank=True)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("de-identification flag")
        verbose_name_plural = _("de-identification flags")

    def __str__(self) -> str:
        return f"{self.label} in {self.field} [{self.start}:{self.end}]"

    @property
    def is_resolved(self) -> bool:
        return self.resolution != Resolution.UNRESOLVED

    @property
    def label_display(self) -> str:
        return str(IDENTIFIER_NAMES.get(self.label, self.label))

    @property
    def field_display(self) -> str:
        if self.field.startswith("image-"):
            return str(_("Image description"))
        try:
            return str(Case._meta.get_field(self.field).verbose_name).capitalize()
        except FieldDoesNotExist:
            return self.field


class Reply(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="case_replies"
    )
    body = models.TextField(_("reply"), max_length=8000)
    html = models.TextField(blank=True)
    status = models.CharField(
        max_length=10, choices=ReplyStatus.choices, default=ReplyStatus.VISIBLE
    )
    # While held: the spans found, [{"start", "end", "label", "text"}], for the author only.
    held_spans = models.JSONField(default=list, blank=True)
    helpful = models.BooleanField(_("marked helpful by the case author"), default=False)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["case", "status", "created_at"])]
        verbose_name = _("reply")
        verbose_name_plural = _("replies")

    def __str__(self) -> str:
        return f"reply #{self.pk} on case #{self.case_id}"

    @property
    def held_spans_display(self) -> list[dict]:
        return [
            {**span, "label_display": str(IDENTIFIER_NAMES.get(span.get("label"), ""))}
            for span in self.held_spans or []
        ]


class Endorsement(models.Model):
    reply = models.ForeignKey(Reply, on_delete=models.CASCADE, related_name="endorsements")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["reply", "user"], name="endorsement_one_per_user")
        ]

    def __str__(self) -> str:
        return f"endorsement of reply #{self.reply_id}"


class Differential(models.Model):
    """A responder's ranked differential diagnosis (blind mode)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="differentials")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    items = models.JSONField(default=list)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["case", "user"], name="differential_one_per_user")
        ]

    def __str__(self) -> str:
        return f"differential #{self.pk} on case #{self.case_id}"

    @cached_property
    def confirmed_rank(self) -> int | None:
        """1-based rank of the case's confirmed diagnosis in this list, None if absent."""
        from .services import diagnosis_rank

        return diagnosis_rank(items=self.items, diagnosis=self.case.outcome_diagnosis)


class Follow(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="follows")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followed_cases"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["case", "user"], name="follow_one_per_user")]

    def __str__(self) -> str:
        return f"follow of case #{self.case_id}"


class Report(models.Model):
    """A member's report of a case or a reply, for the moderators."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="reports")
    reply = models.ForeignKey(
        Reply, on_delete=models.CASCADE, null=True, blank=True, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.TextField(_("reason"), max_length=1000)
    status = models.CharField(
        max_length=10, choices=ReportStatus.choices, default=ReportStatus.OPEN
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")

    def __str__(self) -> str:
        return f"report #{self.pk} on case #{self.case_id}"


class Revision(models.Model):
    """One saved version of a case's or a reply's text, shown to moderators only. Deleted with
    the case on retraction (it holds case text), so not append-only."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="revisions")
    reply = models.ForeignKey(
        Reply, on_delete=models.CASCADE, null=True, blank=True, related_name="revisions"
    )
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    data = models.JSONField(default=dict)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"revision #{self.pk} of case #{self.case_id}"
