"""Models of the live session room: room state, chat, notes versions, presence spans, attendance
attestations, the mentee's private reflection and the pair's shared summary.

Several ASGI workers serve one room, so everything the room knows lives here (never in Python
memory): the event counter `seq`, the last presence broadcast, and presence spans kept alive by
heartbeats — `websocket_disconnect` is not guaranteed, so a span without recent pings expires.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = [
    "PresenceSpan",
    "RoomChatMessage",
    "RoomNotesVersion",
    "RoomState",
    "SessionAttestation",
    "SessionReflection",
    "SessionSummary",
]

CHAT_MAX_CHARS = 1000
NOTES_MAX_CHARS = 8000
TEXT_MAX_CHARS = 5000


class RoomState(models.Model):
    """One row per session room: the event counter, the shared notes and the agenda checklist.

    Every room event takes this row's lock, bumps `seq` and writes in one transaction, so events
    are numbered without gaps across workers.
    """

    session = models.OneToOneField(
        "mentoring.MentoringSession", on_delete=models.CASCADE, related_name="room"
    )
    seq = models.PositiveBigIntegerField(default=0)
    notes_text = models.TextField(blank=True, max_length=NOTES_MAX_CHARS)
    notes_version = models.PositiveIntegerField(default=0)
    # [{"text": "Review the ECG cases", "done": false}, …], seeded from the session's agenda.
    checklist = models.JSONField(default=list, blank=True)
    # The user ids last announced as present, to announce only changes.
    present = models.JSONField(default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("session room")
        verbose_name_plural = _("session rooms")

    def __str__(self) -> str:
        return f"room of session {self.session_id}"


class RoomChatMessage(models.Model):
    session = models.ForeignKey(
        "mentoring.MentoringSession", on_delete=models.CASCADE, related_name="chat_messages"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    body = models.TextField(max_length=CHAT_MAX_CHARS)
    seq = models.PositiveBigIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["session", "seq"]
        indexes = [models.Index(fields=["session", "-seq"])]
        verbose_name = _("chat message")
        verbose_name_plural = _("chat messages")

    def __str__(self) -> str:
        return f"chat {self.pk} of session {self.session_id}"


class RoomNotesVersion(models.Model):
    """Every saved version of the shared notes, kept."""

    session = models.ForeignKey(
        "mentoring.MentoringSession", on_delete=models.CASCADE, related_name="notes_versions"
    )
    version = models.PositiveIntegerField()
    text = models.TextField(blank=True, max_length=NOTES_MAX_CHARS)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["session", "version"]
        constraints = [
            models.UniqueConstraint(fields=["session", "version"], name="room_notes_version_once")
        ]
        verbose_name = _("notes version")
        verbose_name_plural = _("notes versions")

    def __str__(self) -> str:
        return f"notes v{self.version} of session {self.session_id}"


class PresenceSpan(models.Model):
    """One socket's stay in the room: from connect to disconnect or to its last heartbeat.

    A span counts until `ended_at` or `last_seen_at` + the presence timeout, whichever comes
    first; attendance is measured from these spans only.
    """

    session = models.ForeignKey(
        "mentoring.MentoringSession", on_delete=models.CASCADE, related_name="presence_spans"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    channel_name = models.CharField(max_length=200)
    started_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["session", "started_at", "pk"]
        indexes = [models.Index(fields=["session", "ended_at"])]
        verbose_name = _("presence span")
        verbose_name_plural = _("presence spans")

    def __str__(self) -> str:
        return f"presence of {self.user_id} in session {self.session_id}"


class SessionAttestation(models.Model):
    """A participant attests the session took place; the joint time is the server's measure."""

    session = models.ForeignKey(
        "mentoring.MentoringSession", on_delete=models.CASCADE, related_name="attestations"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    role = models.CharField(max_length=10)  # "mentor" or "mentee"
    joint_minutes = models.PositiveIntegerField(_("joint minutes measured"))
    attested_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["session", "attested_at"]
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="session_attested_once")
        ]
        verbose_name = _("session attestation")
        verbose_name_plural = _("session attestations")

    def __str__(self) -> str:
        return f"attestation of {self.user_id} for session {self.session_id}"


class SessionReflection(models.Model):
    """The mentee's private reflective note on a session: only its author ever reads it."""

    session = models.ForeignKey(
        "mentoring.MentoringSession", on_delete=models.CASCADE, related_name="reflections"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("reflective note"), max_length=TEXT_MAX_CHARS)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "author"], name="session_reflection_once")
        ]
        verbose_name = _("reflective note")
        verbose_name_plural = _("reflective notes")

    def __str__(self) -> str:
        return f"reflection of {self.author_id} on session {self.session_id}"


class SessionSummary(models.Model):
    """The summary both participants share and edit."""

    session = models.OneToOneField(
        "mentoring.MentoringSession", on_delete=models.CASCADE, related_name="summary"
    )
    text = models.TextField(_("shared summary"), max_length=TEXT_MAX_CHARS)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("session summary")
        verbose_name_plural = _("session summaries")

    def __str__(self) -> str:
        return f"summary of session {self.session_id}"
