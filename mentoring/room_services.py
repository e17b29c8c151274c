"""Every write of the live session room, and attendance, attestation and credit.

Room events are numbered by `RoomState.seq`, bumped under the row's lock in the same transaction
as the write, so the numbering holds across ASGI workers. The functions return the event to
broadcast; the consumer sends it once the transaction has committed (the call has returned).

Attendance is measured by the server from presence spans only, never reported by a client.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.audit import audit_record
from accounts.models import User
from accounts.permissions import is_verified_practitioner
from accounts.services import notification_create
from credits import services as credit_services
from credits.models import (
    Activity,
    ActivityFormat,
    ActivityKind,
    Category,
    Framework,
    UserFramework,
)

from .models import MentoringSession
from .room_models import (
    CHAT_MAX_CHARS,
    NOTES_MAX_CHARS,
    TEXT_MAX_CHARS,
    PresenceSpan,
    RoomChatMessage,
    RoomNotesVersion,
    RoomState,
    SessionAttestation,
    SessionReflection,
    SessionSummary,
)
from .services import session_mark_held

CHAT_HISTORY = 50
AGENDA_MAX_ITEMS = 30
AGENDA_ITEM_MAX_CHARS = 200
QUARTER_HOUR_MINUTES = 15
# Attestations and credit stay possible this long after the session's scheduled end.
ATTESTATION_WINDOW = dt.timedelta(days=90)
OPEN_STATUSES = (MentoringSession.Status.SCHEDULED, MentoringSession.Status.HELD)

# What a session is designated for, per role: (framework code, category code).
MENTEE_DESIGNATIONS = [
    ("certification-periodique", "bloc-1"),
    ("dpc", "formation-continue"),
    ("ama-pra-2", "self-directed"),
]
MENTOR_DESIGNATIONS = [
    ("certification-periodique", "bloc-2"),
    ("ama-pra-2", "teaching"),
]


def heartbeat_seconds() -> int:
    """How often the client pings."""
    return int(getattr(settings, "MENTORING_HEARTBEAT_SECONDS", 15))


def presence_timeout() -> dt.timedelta:
    """A socket without a ping for this long is no longer present. Five heartbeats: browsers
    slow the timers of background tabs down to one a minute, and a participant who looks at
    another tab is still in the session."""
    return dt.timedelta(
        seconds=int(getattr(settings, "MENTORING_PRESENCE_TIMEOUT", 5 * heartbeat_seconds()))
    )


def ice_servers() -> list[dict]:
    """STUN/TURN servers for WebRTC, from settings; none by default (no third-party request).

    Example: MENTORING_ICE_SERVERS = [{"urls": "stun:stun.example.org:3478"}]. Without any,
    peers on the same network still connect through their host candidates.
    """
    return list(getattr(settings, "MENTORING_ICE_SERVERS", []) or [])


class RoomError(Exception):
    """A message the room refuses: sent back to its sender as an error event."""

    def __init__(self, code: str, message: str, **extra):
        super().__init__(message)
        self.code = code
        self.message = message
        self.extra = extra

    def as_event(self) -> dict:
        return {"type": "error", "code": self.code, "message": self.message, **self.extra}


# --- Access ---------------------------------------------------------------------------------------


def check_participant(*, user: User, session: MentoringSession) -> None:
    if not session.is_participant(user):
        raise PermissionDenied(
            _("Only the mentor and the mentee of this session can enter its room.")
        )


def check_room_open(session: MentoringSession) -> None:
    if session.status not in OPEN_STATUSES:
        raise PermissionDenied(
            _("This session is not scheduled (it is %(status)s): its room is closed.")
            % {"status": session.get_status_display().lower()}
        )


def role_of(*, user: User, session: MentoringSession) -> str | None:
    return session.mentorship.role_of(user)


def peer_of(*, user: User, session: MentoringSession) -> User:
    mentor, mentee = session.participants()
    return mentee if user.pk == mentor.pk else mentor


# --- Room state -----------------------------------------------------------------------------------


def room_state_get(*, session: MentoringSession) -> RoomState:
    """The room's state row, created on first use with the session's agenda as a checklist."""
    state = RoomState.objects.filter(session=session).first()
    if state is not None:
        return state
    checklist = [
        {"text": str(item)[:AGENDA_ITEM_MAX_CHARS], "done": False}
        for item in (session.agenda or [])[:AGENDA_MAX_ITEMS]
        if str(item).strip()
    ]
    try:
        with transaction.atomic():
            return RoomState.objects.create(session=session, checklist=checklist)
    except IntegrityError:  # another worker created it first
        return RoomState.objects.get(session=session)


def _locked_state(session: MentoringSession) -> RoomState:
    room_state_get(session=session)
    return RoomState.objects.select_for_update().get(session=session)


def _bump(state: RoomState, *fields: str) -> int:
    state.seq += 1
    state.save(update_fields=["seq", "updated_at", *fields])
    return state.seq


def _present_ids(session_id: int, now: dt.datetime) -> list[int]:
    cutoff = now - presence_timeout()
    return sorted(
        set(
            PresenceSpan.objects.filter(
                session_id=session_id, ended_at__isnull=True, last_seen_at__gte=cutoff
            ).values_list("user_id", flat=True)
        )
    )


def _presence_event_if_changed(state: RoomState, now: dt.datetime) -> dict | None:
    present = _present_ids(state.session_id, now)
    if present == state.present:
        return None
    state.present = present
    seq = _bump(state, "present")
    return {"type": "presence", "seq": seq, "present": present}


def _chat_payload(message: RoomChatMessage) -> dict:
    return {
        "id": message.pk,
        "seq": message.seq,
        "author_id": message.author_id,
        "author": message.author.display_name,
        "body": message.body,
        "at": message.created_at.isoformat(),
    }


@transaction.atomic
def room_snapshot(*, session: MentoringSession, user: User) -> dict:
    """Everything a client needs to draw the room, numbered with the current `seq`."""
    check_participant(user=user, session=session)
    state = room_state_get(session=session)
    now = timezone.now()
    messages = list(
        RoomChatMessage.objects.filter(session=session, seq__lte=state.seq)
        .select_related("author__profile")
        .order_by("-seq")[:CHAT_HISTORY]
    )
    mentor, mentee = session.participants()
    return {
        "type": "snapshot",
        "seq": state.seq,
        "me": user.pk,
        "session": {
            "id": session.pk,
            "starts_at": session.starts_at.isoformat(),
            "ends_at": session.ends_at.isoformat(),
            "status": session.status,
        },
        "participants": [
            {"id": mentor.pk, "name": mentor.display_name, "role": "mentor"},
            {"id": mentee.pk, "name": mentee.display_name, "role": "mentee"},
        ],
        "presence": _present_ids(session.pk, now),
        "chat": [_chat_payload(message) for message in reversed(messages)],
        "notes": {"text": state.notes_text, "version": state.notes_version},
        "agenda": state.checklist,
        "ice_servers": ice_servers(),
        "heartbeat_seconds": heartbeat_seconds(),
        "limits": {"chat": CHAT_MAX_CHARS, "notes": NOTES_MAX_CHARS},
    }


# --- Presence -------------------------------------------------------------------------------------


@transaction.atomic
def presence_join(
    *, session: MentoringSession, user: User, channel_name: str, now: dt.datetime | None = None
) -> dict | None:
    check_participant(user=user, session=session)
    now = now or timezone.now()
    state = _locked_state(session)
    PresenceSpan.objects.create(
        session=session, user=user, channel_name=channel_name, started_at=now, last_seen_at=now
    )
    return _presence_event_if_changed(state, now)


def _span_end(span: PresenceSpan, now: dt.datetime) -> dt.datetime:
    """Where a span stops counting: its end, its last ping plus the timeout, or now."""
    limit = span.last_seen_at + presence_timeout()
    return min(span.ended_at or now, limit)


@transaction.atomic
def presence_heartbeat(
    *, session: MentoringSession, user: User, channel_name: str, now: dt.datetime | None = None
) -> dict | None:
    """A ping keeps this socket's span alive; a span that had expired is closed and a new one
    starts, so the gap is not counted. Also announces others' expiry to whoever still pings."""
    now = now or timezone.now()
    state = _locked_state(session)
    span = (
        PresenceSpan.objects.filter(
            session=session, user=user, channel_name=channel_name, ended_at__isnull=True
        )
        .order_by("-started_at")
        .first()
    )
    if span is not None and span.last_seen_at + presence_timeout() < now:
        span.ended_at = _span_end(span, now)
        span.save(update_fields=["ended_at"])
        span = None
    if span is None:
        PresenceSpan.objects.create(
            session=session, user=user, channel_name=channel_name, started_at=now, last_seen_at=now
        )
    else:
        span.last_seen_at = now
        span.save(update_fields=["last_seen_at"])
    return _presence_event_if_changed(state, now)


@transaction.atomic
def presence_leave(
    *, session: MentoringSession, channel_name: str, now: dt.datetime | None = None
) -> dict | None:
    now = now or timezone.now()
    state = _locked_state(session)
    for span in PresenceSpan.objects.filter(
        session=session, channel_name=channel_name, ended_at__isnull=True
    ):
        span.ended_at = _span_end(span, now)
        span.save(update_fields=["ended_at"])
    return _presence_event_if_changed(state, now)


def peer_channel(*, session: MentoringSession, user: User, now: dt.datetime | None = None) -> str:
    """The channel of the other participant's most recent live socket in this room."""
    now = now or timezone.now()
    peer = peer_of(user=user, session=session)
    span = (
        PresenceSpan.objects.filter(
            session=session,
            user=peer,
            ended_at__isnull=True,
            last_seen_at__gte=now - presence_timeout(),
        )
        .order_by("-last_seen_at", "-pk")
        .first()
    )
    if span is None:
        raise RoomError("peer_absent", _("The other participant is not in the room."))
    return span.channel_name


# --- Chat, notes, agenda --------------------------------------------------------------------------


@transaction.atomic
def chat_post(*, session: MentoringSession, user: User, body) -> dict:
    check_participant(user=user, session=session)
    if not isinstance(body, str) or not body.strip():
        raise RoomError("chat_empty", _("Write a message first."))
    body = body.strip()
    if len(body) > CHAT_MAX_CHARS:
        raise RoomError(
            "too_large",
            _("A message can have at most %(max)d characters.") % {"max": CHAT_MAX_CHARS},
        )
    state = _locked_state(session)
    seq = _bump(state)
    message = RoomChatMessage.objects.create(session=session, author=user, body=body, seq=seq)
    return {"type": "chat", **_chat_payload(message)}


@transaction.atomic
def notes_edit(*, session: MentoringSession, user: User, base_version, text) -> dict:
    """Save a new version of the shared notes, only if it was written on the current one."""
    check_participant(user=user, session=session)
    if not isinstance(text, str) or isinstance(base_version, bool):
        raise RoomError("invalid", _("This edit of the notes is malformed."))
    if not isinstance(base_version, int):
        raise RoomError("invalid", _("This edit of the notes is malformed."))
    if len(text) > NOTES_MAX_CHARS:
        raise RoomError(
            "too_large",
            _("The notes can have at most %(max)d characters.") % {"max": NOTES_MAX_CHARS},
        )
    state = _locked_state(session)
    if base_version != state.notes_version:
        raise RoomError(
            "notes_conflict",
            _("The notes changed in the meantime; here is the current version."),
            notes={"text": state.notes_text, "version": state.notes_version},
        )
    state.notes_text = text
    state.notes_version += 1
    seq = _bump(state, "notes_text", "notes_version")
    RoomNotesVersion.objects.create(
        session=session, version=state.notes_version, text=text, author=user
    )
    return {
        "type": "notes",
        "seq": seq,
        "text": text,
        "version": state.notes_version,
        "author_id": user.pk,
    }


@transaction.atomic
def agenda_toggle(*, session: MentoringSession, user: User, index, done) -> dict:
    check_participant(user=user, session=session)
    state = _locked_state(session)
    if (
        not isinstance(index, int)
        or isinstance(index, bool)
        or not 0 <= index < len(state.checklist)
        or not isinstance(done, bool)
    ):
        raise RoomError("invalid", _("There is no such agenda item."))
    checklist = list(state.checklist)
    checklist[index] = {**checklist[index], "done": done}
    state.checklist = checklist
    seq = _bump(state, "checklist")
    return {"type": "agenda", "seq": seq, "items": checklist}


@transaction.atomic
def agenda_add(*, session: MentoringSession, user: User, text) -> dict:
    check_participant(user=user, session=session)
    if not isinstance(text, str) or not text.strip():
        raise RoomError("invalid", _("Write the agenda item first."))
    text = text.strip()
    if len(text) > AGENDA_ITEM_MAX_CHARS:
        raise RoomError(
            "too_large",
            _("An agenda item can have at most %(max)d characters.")
            % {"max": AGENDA_ITEM_MAX_CHARS},
        )
    state = _locked_state(session)
    if len(state.checklist) >= AGENDA_MAX_ITEMS:
        raise RoomError(
            "agenda_full",
            _("The agenda can hold at most %(max)d items.") % {"max": AGENDA_MAX_ITEMS},
        )
    state.checklist = [*state.checklist, {"text": text, "done": False}]
    seq = _bump(state, "checklist")
    return {"type": "agenda", "seq": seq, "items": state.checklist}


# --- Attendance -----------------------------------------------------------------------------------


Interval = tuple[dt.datetime, dt.datetime]


def _union(intervals: list[Interval]) -> list[Interval]:
    merged: list[Interval] = []
    for start, end in sorted(i for i in intervals if i[1] > i[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _overlap_seconds(a: list[Interval], b: list[Interval]) -> float:
    total, i, j = 0.0, 0, 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if end > start:
            total += (end - start).total_seconds()
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def hours_from_minutes(minutes: int) -> Decimal:
    """Joint minutes as credit hours, rounded down to the quarter hour."""
    return Decimal(minutes // QUARTER_HOUR_MINUTES) * Decimal("0.25")


@dataclass(frozen=True)
class Attendance:
    joint_minutes: int
    hours: Decimal
    present: list[int] = field(default_factory=list)


def attendance_measure(*, session: MentoringSession, now: dt.datetime | None = None) -> Attendance:
    """Minutes both participants were in the room together, from the presence spans."""
    now = now or timezone.now()
    mentor, mentee = session.participants()
    per_user: dict[int, list[Interval]] = {mentor.pk: [], mentee.pk: []}
    for span in PresenceSpan.objects.filter(session=session):
        if span.user_id in per_user:
            per_user[span.user_id].append((span.started_at, _span_end(span, now)))
    seconds = _overlap_seconds(_union(per_user[mentor.pk]), _union(per_user[mentee.pk]))
    minutes = int(seconds // 60)
    return Attendance(
        joint_minutes=minutes,
        hours=hours_from_minutes(minutes),
        present=_present_ids(session.pk, now),
    )


# --- Credit ---------------------------------------------------------------------------------------


def designated_hours(session: MentoringSession) -> Decimal:
    """The most a session can give: its scheduled length, in quarter hours (at least one)."""
    minutes = int(session.duration.total_seconds() // 60)
    return max(hours_from_minutes(minutes), Decimal("0.25"))


def session_activities_ensure(*, session: MentoringSession) -> dict[str, Activity]:
    """The two creditable activities of a session (one per role), created once with their
    designations fixed from the scheduled length. Frameworks missing from the database are
    skipped. Safe to call more than once, also concurrently."""
    activities: dict[str, Activity] = {}
    day = date_format(timezone.localtime(session.starts_at), "SHORT_DATE_FORMAT")
    titles = {
        "mentor": gettext_lazy("Compagnonnage session of %(date)s, as mentor"),
        "mentee": gettext_lazy("Compagnonnage session of %(date)s, as mentee"),
    }
    specs = {"mentor": MENTOR_DESIGNATIONS, "mentee": MENTEE_DESIGNATIONS}
    maximum = designated_hours(session)
    for role, spec in specs.items():
        source_id = f"{session.pk}:{role}"
        activity = Activity.objects.filter(
            source_type=session._meta.label_lower, source_id=source_id
        ).first()
        if activity is None:
            designations = []
            for framework_code, category_code in spec:
                category = (
                    Category.objects.select_related("framework")
                    .filter(framework__code=framework_code, code=category_code)
                    .first()
                )
                if category is not None and category.framework.is_active:
                    designations.append((category.framework, category, maximum))
            try:
                with transaction.atomic():
                    activity = credit_services.activity_create(
                        title=str(titles[role] % {"date": day}),
                        kind=ActivityKind.MENTORING_SESSION,
                        provider="Compagnon",
                        format=ActivityFormat.ONLINE,
                        opens_at=session.starts_at,
                        expires_at=session.ends_at + ATTESTATION_WINDOW,
                        source=(session._meta.label_lower, source_id),
                        designations=designations,
                    )
            except IntegrityError:
                activity = Activity.objects.get(
                    source_type=session._meta.label_lower, source_id=source_id
                )
        activities[role] = activity
    return activities


def _amount_for(hours: Decimal, *, framework: Framework, maximum: Decimal) -> Decimal:
    amount = min(hours, maximum)
    step = framework.credit_step
    return (amount / step).to_integral_value(rounding=ROUND_FLOOR) * step


@transaction.atomic
def session_credit_award(
    *, session: MentoringSession, now: dt.datetime | None = None
) -> list[credit_services.AwardResult]:
    """Once both have attested, award each the measured joint hours in every framework the
    activity is designated for and they follow (all designated ones if they follow none).
    Idempotent: `credit_award` returns the existing award on a second call."""
    attestations = list(session.attestations.select_related("user"))
    if len({a.user_id for a in attestations}) < 2:
        return []
    attendance = attendance_measure(session=session, now=now)
    if attendance.hours <= 0:
        return []
    activities = session_activities_ensure(session=session)
    earned_on = timezone.localdate(session.starts_at)
    results = []
    for attestation in attestations:
        user = attestation.user
        if not is_verified_practitioner(user):
            continue
        activity = activities[attestation.role]
        followed = set(
            UserFramework.objects.filter(user=user).values_list("framework_id", flat=True)
        )
        designations = list(activity.designations.select_related("framework", "category"))
        chosen = [d for d in designations if d.framework_id in followed] or designations
        for designation in chosen:
            amount = _amount_for(
                attendance.hours,
                framework=designation.framework,
                maximum=designation.max_credits,
            )
            if amount <= 0:
                continue
            results.append(
                credit_services.credit_award(
                    user=user,
                    activity=activity,
                    framework=designation.framework,
                    amount=amount,
                    attestation=_(
                        "Compagnonnage session: %(minutes)d minutes together, measured by "
                        "Compagnon from presence in the session room; attested by both "
                        "participants."
                    )
                    % {"minutes": attendance.joint_minutes},
                    earned_on=earned_on,
                )
            )
    return results


@dataclass(frozen=True)
class AttestResult:
    attestation: SessionAttestation
    created: bool
    awards: list = field(default_factory=list)
    waiting_for_peer: bool = False


@transaction.atomic
def session_attest(
    *, user: User, session: MentoringSession, now: dt.datetime | None = None
) -> AttestResult:
    """The participant attests the session took place, with the time the server measured.

    Refused for a session that was not scheduled, has not started, or where the two were never
    in the room together. When both have attested, credit is awarded to each.
    """
    check_participant(user=user, session=session)
    now = now or timezone.now()
    session = MentoringSession.objects.select_for_update().get(pk=session.pk)
    existing = SessionAttestation.objects.filter(session=session, user=user).first()
    if existing is not None:
        return AttestResult(
            attestation=existing, created=False, awards=session_credit_award(session=session)
        )
    if session.status not in OPEN_STATUSES:
        raise ValidationError(
            _("This session was not held (it is %(status)s): there is nothing to attest.")
            % {"status": session.get_status_display().lower()}
        )
    if now < session.starts_at:
        raise ValidationError(_("This session has not started yet: attest it afterwards."))
    if now > session.ends_at + ATTESTATION_WINDOW:
        raise ValidationError(_("Sessions can be attested up to 90 days after they end."))
    attendance = attendance_measure(session=session, now=now)
    if attendance.joint_minutes == 0:
        raise ValidationError(
            _(
                "No joint time was measured for this session: you were never both in its room "
                "at the same time, so there is nothing to attest."
            )
        )
    if attendance.present:
        raise ValidationError(
            _("The session is still going on in its room: attest it once you have both left.")
        )
    attestation = SessionAttestation.objects.create(
        session=session,
        user=user,
        role=role_of(user=user, session=session),
        joint_minutes=attendance.joint_minutes,
        attested_at=now,
    )
    audit_record(
        action="mentoring.session_attested",
        actor=user,
        target=attestation,
        target_repr=f"session #{session.pk}",
        metadata={"session": session.pk, "joint_minutes": attendance.joint_minutes},
    )
    awards = session_credit_award(session=session, now=now)
    waiting = not awards and session.attestations.count() < 2
    # The server measured them together and one of them attests: the session was held.
    session_mark_held(session=session, now=now)
    if waiting:
        peer = peer_of(user=user, session=session)
        url = reverse("mentoring:session_attendance", args=[session.pk])
        transaction.on_commit(
            lambda: notification_create(
                user=peer,
                kind="mentoring.attest",
                title=_("%(name)s attested your compagnonnage session; attest it too for credit.")
                % {"name": user.display_name},
                url=url,
            )
        )
    return AttestResult(
        attestation=attestation, created=True, awards=awards, waiting_for_peer=waiting
    )


# --- Reflection and summary -----------------------------------------------------------------------


def _clean_text(text: str, *, field_name: str) -> str:
    text = (text or "").strip()
    if len(text) > TEXT_MAX_CHARS:
        raise ValidationError(
            {field_name: _("At most %(max)d characters.") % {"max": TEXT_MAX_CHARS}}
        )
    return text


@transaction.atomic
def reflection_save(*, user: User, session: MentoringSession, text: str) -> SessionReflection:
    """The mentee's private reflective note (only its author reads it)."""
    check_participant(user=user, session=session)
    if role_of(user=user, session=session) != "mentee":
        raise PermissionDenied(_("Only the mentee keeps a reflective note on the session."))
    text = _clean_text(text, field_name="text")
    reflection, _created = SessionReflection.objects.update_or_create(
        session=session, author=user, defaults={"text": text}
    )
    return reflection


@transaction.atomic
def summary_save(*, user: User, session: MentoringSession, text: str) -> SessionSummary:
    """The summary the pair shares; either participant may edit it."""
    check_participant(user=user, session=session)
    text = _clean_text(text, field_name="text")
    summary, _created = SessionSummary.objects.update_or_create(
        session=session, defaults={"text": text, "updated_by": user}
    )
    return summary
