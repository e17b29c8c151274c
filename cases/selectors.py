"""Reads about cases that need a permission. `case_get_for_user()` is the one way in to a case,
for views and the WebSocket consumer alike."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.permissions import can_moderate, check_can_moderate, check_verified_practitioner

from .models import (
    Case,
    CaseStatus,
    Differential,
    Endorsement,
    Follow,
    Reply,
    ReplyStatus,
    Report,
    ReportStatus,
    Revision,
)


def case_get_for_user(*, user: User, case_id: int) -> Case:
    """The case if `user` may see it. Published cases: every verified practitioner; drafts and
    returned cases: their author; cases awaiting moderation: their author and moderators.
    Raises NotAuthenticated/NotVerified (PermissionDenied) or Http404 (never says a hidden case
    exists)."""
    check_verified_practitioner(user)
    try:
        case = Case.objects.select_related("author__profile").get(pk=int(case_id))
    except (Case.DoesNotExist, TypeError, ValueError):
        raise Http404(_("No such case.")) from None
    if case.status == CaseStatus.PUBLISHED or case.author_id == user.pk:
        if case.status != CaseStatus.RETRACTED:
            return case
    elif case.status == CaseStatus.IN_REVIEW and can_moderate(user):
        return case
    raise Http404(_("No such case."))


def case_get_for_author(*, user: User, case_id: int) -> Case:
    case = case_get_for_user(user=user, case_id=case_id)
    if case.author_id != user.pk:
        raise PermissionDenied(_("Only the author can do this."))
    return case


@dataclass(frozen=True)
class CaseFilters:
    specialty: str = ""
    tag: str = ""
    state: str = ""  # "", "open", "solved"
    has_outcome: bool = False
    q: str = ""


def case_list_visible_to(*, user: User, filters: CaseFilters | None = None) -> QuerySet[Case]:
    """Published cases only, most recent activity first."""
    check_verified_practitioner(user)
    filters = filters or CaseFilters()
    qs = Case.objects.filter(status=CaseStatus.PUBLISHED).select_related("author__profile")
    if filters.specialty:
        qs = qs.filter(specialty=filters.specialty)
    if filters.tag:
        tag = " ".join(filters.tag.strip().lower().split()).replace(",", "")
        if tag:
            qs = qs.filter(tags__contains=f",{tag},")
    if filters.state == "open":
        qs = qs.filter(solved=False)
    elif filters.state == "solved":
        qs = qs.filter(solved=True)
    if filters.has_outcome:
        qs = qs.filter(outcome_at__isnull=False)
    return qs.annotate(
        reply_count=Count("replies", filter=Q(replies__status=ReplyStatus.VISIBLE))
    ).order_by("-last_activity_at", "-pk")


def cases_of_author(*, user: User) -> QuerySet[Case]:
    check_verified_practitioner(user)
    return (
        Case.objects.filter(author=user)
        .exclude(status=CaseStatus.RETRACTED)
        .annotate(open_flags=Count("flags", filter=Q(flags__resolution="")))
        .order_by("-updated_at")
    )


def replies_for_viewer(*, user: User, case: Case) -> list[Reply]:
    """Visible replies, plus the viewer's own held ones; one query whatever their number."""
    qs = (
        Reply.objects.filter(case=case)
        .filter(Q(status=ReplyStatus.VISIBLE) | Q(status=ReplyStatus.HELD, author=user))
        .select_related("author__profile")
        .annotate(
            endorsement_count=Count("endorsements", distinct=True),
            endorsed_by_me=Exists(Endorsement.objects.filter(reply=OuterRef("pk"), user=user)),
        )
        .order_by("created_at", "pk")
    )
    return list(qs)


def reply_html(reply: Reply) -> str:
    """A reply as any viewer sees it (the realtime layer sends this). Per-viewer actions are
    forms with data attributes the page shows or hides for its viewer."""
    if not hasattr(reply, "endorsement_count"):
        reply.endorsement_count = reply.endorsements.count()
    return render_to_string("cases/_reply.html", {"reply": reply, "generic": True})


def case_snapshot(*, user: User, case_id: int) -> dict:
    case = case_get_for_user(user=user, case_id=case_id)
    replies = []
    if case.status == CaseStatus.PUBLISHED:
        for reply in replies_for_viewer(user=user, case=case):
            if reply.status == ReplyStatus.VISIBLE:
                reply.endorsed_by_me = False
                replies.append(
                    {
                        "reply_id": reply.pk,
                        "html": render_to_string(
                            "cases/_reply.html", {"reply": reply, "generic": True}
                        ),
                    }
                )
    return {
        "case": {
            "id": case.pk,
            "title": case.title if case.status == CaseStatus.PUBLISHED else "",
            "status": case.status,
            "solved": case.solved,
            "has_outcome": case.outcome_at is not None,
            "reply_count": len(replies),
        },
        "replies": replies,
    }


def case_page(*, user: User, case: Case) -> dict:
    """Everything the case page shows, in a fixed number of queries."""
    replies = replies_for_viewer(user=user, case=case)
    images = list(case.images.all())
    differentials = list(
        Differential.objects.filter(case=case).select_related("user__profile", "case")
    )
    mine = next((d for d in differentials if d.user_id == user.pk), None)
    is_author = case.author_id == user.pk
    # Blind mode: others' differentials stay hidden until you have entered yours (the author,
    # who enters none, sees them once the outcome is posted).
    show_differentials = case.blind_differential and (
        mine is not None or (is_author and case.outcome_at is not None)
    )
    return {
        "replies": replies,
        "images": images,
        "differentials": differentials if show_differentials else [],
        "differential_count": len(differentials),
        "my_differential": mine,
        "following": Follow.objects.filter(case=case, user=user).exists(),
        "is_author": is_author,
    }


def moderation_queue(*, moderator: User) -> dict:
    check_can_moderate(moderator)
    return {
        "cases": list(
            Case.objects.filter(status=CaseStatus.IN_REVIEW)
            .exclude(author=moderator)
            .select_related("author__profile")
            .order_by("submitted_at", "pk")
        ),
        "reports": list(
            Report.objects.filter(status=ReportStatus.OPEN)
            .select_related("case", "reply", "reporter__profile")
            .order_by("created_at", "pk")
        ),
    }


def case_for_moderator(*, moderator: User, case_id: int) -> Case:
    check_can_moderate(moderator)
    case = Case.objects.select_related("author__profile").filter(pk=case_id).first()
    # A draft is the author's own work in progress (it may still hold identifiers): the
    # trusted third party sees what was submitted to it, published, or returned by it.
    if case is None or case.status in (CaseStatus.RETRACTED, CaseStatus.DRAFT):
        raise Http404(_("No such case."))
    return case


def edit_history(*, moderator: User, case: Case) -> QuerySet[Revision]:
    """Every saved version of the case and its replies: moderators only."""
    check_can_moderate(moderator)
    return Revision.objects.filter(case=case).select_related("editor__profile", "reply")
