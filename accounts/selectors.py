from __future__ import annotations

import datetime as dt

from django.db.models import QuerySet

from .choices import VerificationStatus
from .models import AuditEvent, Notification, PractitionerProfile, User
from .permissions import check_can_moderate


def verification_queue(*, moderator: User) -> QuerySet[PractitionerProfile]:
    check_can_moderate(moderator)
    return (
        PractitionerProfile.objects.filter(verification_status=VerificationStatus.PENDING)
        .exclude(user=moderator)
        .select_related("user")
        .order_by("submitted_at", "pk")
    )


def audit_events_for(
    *,
    viewer: User,
    action: str = "",
    actor: str = "",
    target_type: str = "",
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> QuerySet[AuditEvent]:
    check_can_moderate(viewer)
    qs = AuditEvent.objects.all()
    if action:
        qs = qs.filter(action__startswith=action)
    if actor:
        qs = qs.filter(actor_label__icontains=actor)
    if target_type:
        qs = qs.filter(target_type=target_type)
    if since:
        qs = qs.filter(occurred_at__date__gte=since)
    if until:
        qs = qs.filter(occurred_at__date__lte=until)
    return qs


def unread_notification_count(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()
