"""Reads of the live session room that need a permission: the one way in to a session's room."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import Http404
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.permissions import check_verified_practitioner

from . import room_services
from .models import MentoringSession
from .room_models import SessionAttestation, SessionReflection, SessionSummary


def session_get_for_participant(*, user: User, session_id: int) -> MentoringSession:
    """The session, for its mentor or mentee only: Http404 if it does not exist,
    PermissionDenied (with the reason) for anyone else."""
    check_verified_practitioner(user)
    session = (
        MentoringSession.objects.select_related(
            "mentorship__mentor__profile", "mentorship__mentee__profile"
        )
        .filter(pk=session_id)
        .first()
    )
    if session is None:
        raise Http404(_("There is no such session."))
    room_services.check_participant(user=user, session=session)
    return session


@dataclass(frozen=True)
class AttendanceView:
    attendance: room_services.Attendance
    role: str
    my_attestation: SessionAttestation | None
    peer_attestation: SessionAttestation | None
    reflection: SessionReflection | None
    summary: SessionSummary | None
    ledger_entries: list


def attendance_for(*, user: User, session: MentoringSession) -> AttendanceView:
    """What the attendance page shows this participant (the reflection only to its author)."""
    from credits.models import LedgerEntry

    room_services.check_participant(user=user, session=session)
    attestations = {a.user_id: a for a in session.attestations.all()}
    peer = room_services.peer_of(user=user, session=session)
    entries = list(
        LedgerEntry.objects.filter(
            user=user,
            activity__source_type=session._meta.label_lower,
            activity__source_id__startswith=f"{session.pk}:",
        )
        .select_related("framework", "category")
        .order_by("framework__order")
    )
    return AttendanceView(
        attendance=room_services.attendance_measure(session=session),
        role=room_services.role_of(user=user, session=session),
        my_attestation=attestations.get(user.pk),
        peer_attestation=attestations.get(peer.pk),
        reflection=SessionReflection.objects.filter(session=session, author=user).first(),
        summary=SessionSummary.objects.filter(session=session).select_related("updated_by").first(),
        ledger_entries=entries,
    )
