"""Every write of the mentoring programme (except the live room's, in ``room_services``).

Keyword-only, typed, atomic; the rules that protect people (verification, conflicts, capacity,
expiry, availability) are checked here so no path — form, admin, shell, cohort — can skip them.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from accounts.audit import audit_record
from accounts.models import User
from accounts.permissions import check_verified_practitioner, is_verified_practitioner
from accounts.services import notification_create

from . import matching
from .models import (
    MAX_DURATION_WEEKS,
    MIN_DURATION_WEEKS,
    REQUEST_LIFETIME,
    CalendarFeed,
    CohortPair,
    CohortRun,
    Conflict,
    FitAnswer,
    LogbookEntry,
    MatchingWeights,
    MenteeProfile,
    MentoringSession,
    MentorProfile,
    Mentorship,
    MentorshipFeedback,
    MentorshipRequest,
    PairingFit,
    Rhythm,
    SessionReminder,
    SessionSlot,
)
from .permissions import check_programme_admin

logger = logging.getLogger(__name__)

MAX_PENDING_REQUESTS = 3
MIN_SESSION = dt.timedelta(minutes=30)
MAX_SESSION = dt.timedelta(hours=3)
MAX_SLOTS = 5


# --- Profiles ------------------------------------------------------------------------------------


def _clean_slots(slots: Iterable) -> list[list[int]]:
    cleaned = set()
    for slot in slots:
        try:
            weekday, hour = (int(part) for part in slot)
        except (TypeError, ValueError) as exc:
            raise ValidationError(_("Availability must be (weekday, hour) pairs.")) from exc
        if not (0 <= weekday < 7 and 0 <= hour < 24):
            raise ValidationError(_("Availability must be (weekday, hour) pairs."))
        cleaned.add((weekday, hour))
    return [list(slot) for slot in sorted(cleaned)]


@transaction.atomic
def mentor_profile_save(
    *,
    user: User,
    headline: str = "",
    specialties: Sequence[str] = (),
    topics: Sequence[str] = (),
    languages: Sequence[str] = (),
    region: str = "",
    modality: str = "both",
    capacity: int = 2,
    availability: Iterable = (),
    is_active: bool = True,
) -> MentorProfile:
    """Create or update the user's mentor profile and its public search entry."""
    check_verified_practitioner(user)
    profile = MentorProfile.objects.select_for_update().filter(user=user).first()
    if profile is None:
        profile = MentorProfile(user=user)
    if capacity < profile.active_mentees:
        raise ValidationError(
            {
                "capacity": _(
                    "You currently mentor %(count)s people: capacity cannot go below that."
                )
                % {"count": profile.active_mentees}
            }
        )
    profile.headline = headline.strip()
    profile.specialties = list(dict.fromkeys(specialties))
    profile.topics = list(dict.fromkeys(topics))
    profile.languages = list(dict.fromkeys(languages))
    profile.region = region
    profile.modality = modality
    profile.capacity = capacity
    profile.availability = _clean_slots(availability)
    profile.is_active = is_active
    profile.full_clean(exclude=["user"])
    profile.save()
    mentor_index_refresh(user=user)
    return profile


@transaction.atomic
def mentee_profile_save(
    *,
    user: User,
    goals: str = "",
    topics: Sequence[str] = (),
    languages: Sequence[str] = (),
    modality: str = "both",
    preferences: str = "",
    availability: Iterable = (),
    is_active: bool = True,
) -> MenteeProfile:
    check_verified_practitioner(user)
    profile, _created = MenteeProfile.objects.get_or_create(user=user)
    profile.goals = goals.strip()
    profile.topics = list(dict.fromkeys(topics))
    profile.languages = list(dict.fromkeys(languages))
    profile.modality = modality
    profile.preferences = preferences.strip()
    profile.availability = _clean_slots(availability)
    profile.is_active = is_active
    profile.full_clean(exclude=["user"])
    profile.save()
    return profile


def mentor_index_refresh(*, user: User) -> None:
    """Index an active, verified mentor's public profile; take anyone else out of search."""
    from search.documents import document_index

    from .documents import MentorDocument

    profile = MentorProfile.objects.select_related("user__profile").filter(user_id=user.pk).first()
    if profile is not None:
        document_index(MentorDocument, profile)


@transaction.atomic
def conflict_declare(*, user: User, other: User) -> Conflict:
    check_verified_practitioner(user)
    if other.pk == user.pk:
        raise ValidationError(_("You cannot declare a conflict with yourself."))
    conflict, _created = Conflict.objects.get_or_create(declared_by=user, other=other)
    return conflict


def conflict_remove(*, user: User, conflict_id: int) -> None:
    deleted, _ = Conflict.objects.filter(pk=conflict_id, declared_by=user).delete()
    if not deleted:
        raise PermissionDenied(_("No such conflict."))


def conflict_between(a_id: int, b_id: int) -> bool:
    return Conflict.objects.filter(
        Q(declared_by_id=a_id, other_id=b_id) | Q(declared_by_id=b_id, other_id=a_id)
    ).exists()


# --- Weights -------------------------------------------------------------------------------------


def weights_get() -> matching.Weights:
    row = MatchingWeights.objects.filter(pk=1).first()
    if row is None:
        return matching.Weights()
    return matching.Weights(row.specialty, row.topics, row.region_modality, row.availability)


@transaction.atomic
def weights_set(
    *, by: User, specialty: float, topics: float, region_modality: float, availability: float
) -> matching.Weights:
    check_programme_admin(by)
    try:
        weights = matching.Weights(specialty, topics, region_modality, availability)
    except (TypeError, ValueError) as exc:
        raise ValidationError(
            _("Weights must be numbers of zero or more, and at least one above zero.")
        ) from exc
    MatchingWeights.objects.update_or_create(pk=1, defaults={**weights.as_dict(), "updated_by": by})
    audit_record(action="mentoring.weights_set", actor=by, metadata=weights.as_dict())
    return weights


# --- Requests ------------------------------------------------------------------------------------


def _request_refusal(*, mentee: User, mentor: User) -> str | None:
    """Why ``mentee`` may not ask ``mentor`` now, as a message for them; None if they may."""
    from .selectors import mentee_snapshot, mentor_snapshot

    if mentor.pk == mentee.pk:
        return _("You cannot send a mentoring request to yourself.")
    if not is_verified_practitioner(mentor):
        return _("This member is not a verified practitioner and cannot mentor.")
    mentor_profile = MentorProfile.objects.filter(user=mentor).first()
    if mentor_profile is None or not mentor_profile.is_active:
        return _("This member does not offer mentoring at the moment.")
    mentee_profile = MenteeProfile.objects.filter(user=mentee).first()
    if mentee_profile is None:
        return _("Fill in your mentee profile before sending a request.")
    if Mentorship.objects.filter(mentee=mentee, status=Mentorship.Status.ACTIVE).exists():
        return _("You already have an active mentorship.")
    if MentorshipRequest.objects.filter(
        mentee=mentee, mentor=mentor, status=MentorshipRequest.Status.PENDING
    ).exists():
        return _("You have already sent this mentor a request; wait for the answer.")
    pending = MentorshipRequest.objects.filter(
        mentee=mentee, status=MentorshipRequest.Status.PENDING, expires_at__gt=timezone.now()
    ).count()
    if pending >= MAX_PENDING_REQUESTS:
        return _("You can have at most %(count)s requests waiting for an answer.") % {
            "count": MAX_PENDING_REQUESTS
        }
    codes = {
        reason.code
        for reason in matching.exclusion_reasons(
            mentee_snapshot(mentee_profile), mentor_snapshot(mentor_profile)
        )
    }
    if codes & {
        matching.filters.CONFLICT_DECLARED_BY_MENTEE,
        matching.filters.CONFLICT_DECLARED_BY_MENTOR,
    }:
        # Deliberately not saying who declared it.
        return _("You cannot be paired with this member: a conflict of interest was declared.")
    if matching.filters.NO_CAPACITY in codes:
        return _("This mentor has no places left.")
    if matching.filters.NOT_MORE_SENIOR in codes:
        return _("A mentor must be more senior than their mentee.")
    if matching.filters.NO_SHARED_LANGUAGE in codes:
        return _("You and this mentor have no language in common.")
    return None


@transaction.atomic
def request_send(
    *,
    mentee: User,
    mentor: User,
    message: str = "",
    cohort_run: CohortRun | None = None,
    now: dt.datetime | None = None,
) -> MentorshipRequest:
    check_verified_practitioner(mentee)
    now = now or timezone.now()
    refusal = _request_refusal(mentee=mentee, mentor=mentor)
    if refusal:
        raise ValidationError(refusal)
    request = MentorshipRequest.objects.create(
        mentee=mentee,
        mentor=mentor,
        message=message.strip()[:1000],
        created_at=now,
        expires_at=now + REQUEST_LIFETIME,
        cohort_run=cohort_run,
    )
    notification_create(
        user=mentor,
        kind="mentoring.request",
        title=_("New mentoring request from %(name)s") % {"name": mentee.display_name},
        url=reverse("mentoring:requests"),
    )
    return request


def _lock_pair(*, mentee_id: int, mentor_id: int) -> MentorProfile | None:
    """Row locks in one order everywhere — the mentee's profile, then the mentor's — so two
    mentors accepting the same mentee, or two mentees taking the same mentor, queue up instead
    of deadlocking. Returns the locked mentor profile."""
    MenteeProfile.objects.select_for_update().filter(user_id=mentee_id).first()
    return MentorProfile.objects.select_for_update().filter(user_id=mentor_id).first()


def _decidable(request_id: int, *, mentor: User, now: dt.datetime) -> MentorshipRequest:
    request = (
        MentorshipRequest.objects.select_for_update(of=("self",))
        .select_related("mentee", "mentor")
        .filter(pk=request_id)
        .first()
    )
    if request is None or request.mentor_id != mentor.pk:
        raise PermissionDenied(_("This request is not addressed to you."))
    if request.status in (MentorshipRequest.Status.PENDING, MentorshipRequest.Status.EXPIRED) and (
        request.is_expired(now)
    ):
        raise ValidationError(
            _("This request expired on %(date)s; the mentee can send a new one.")
            % {"date": date_format(timezone.localtime(request.expires_at), "SHORT_DATE_FORMAT")}
        )
    if request.status != MentorshipRequest.Status.PENDING:
        raise ValidationError(
            _("This request was already answered (%(status)s).")
            % {"status": request.get_status_display()}
        )
    return request


def _mentorship_start(
    *,
    mentor: User,
    mentee: User,
    request: MentorshipRequest | None = None,
    cohort_run: CohortRun | None = None,
    goals: str = "",
    now: dt.datetime,
) -> Mentorship:
    """Take a place of the mentor (row lock + check constraint) and start the mentorship."""
    profile = _lock_pair(mentee_id=mentee.pk, mentor_id=mentor.pk)
    if profile is None:
        raise ValidationError(_("This member does not offer mentoring."))
    if profile.active_mentees >= profile.capacity:
        raise ValidationError(_("This mentor has no places left."))
    if Mentorship.objects.filter(mentee=mentee, status=Mentorship.Status.ACTIVE).exists():
        raise ValidationError(_("This mentee already has an active mentorship."))
    try:
        # A savepoint: if the database refuses, the outer transaction stays usable (PostgreSQL).
        with transaction.atomic():
            MentorProfile.objects.filter(pk=profile.pk).update(
                active_mentees=F("active_mentees") + 1
            )
            mentorship = Mentorship.objects.create(
                mentor=mentor,
                mentee=mentee,
                request=request,
                cohort_run=cohort_run,
                goals=goals,
                starts_on=timezone.localdate(now),
                created_at=now,
            )
    except IntegrityError as exc:
        # Two constraints can refuse: the mentor's capacity, or a mentee accepted elsewhere
        # at the same moment. Say which.
        if Mentorship.objects.filter(mentee=mentee, status=Mentorship.Status.ACTIVE).exists():
            raise ValidationError(_("This mentee already has an active mentorship.")) from exc
        raise ValidationError(_("This mentor has no places left.")) from exc
    MenteeProfile.objects.filter(user=mentee).update(is_active=False)
    # The mentee's other requests are no longer needed.
    MentorshipRequest.objects.filter(
        mentee=mentee, status=MentorshipRequest.Status.PENDING
    ).exclude(pk=getattr(request, "pk", None)).update(
        status=MentorshipRequest.Status.WITHDRAWN, decided_at=now
    )
    return mentorship


def _expire_if_due(request_id: int, now: dt.datetime) -> None:
    # Its own transaction: the refusal that follows rolls back, the expiry must stay.
    MentorshipRequest.objects.filter(
        pk=request_id, status=MentorshipRequest.Status.PENDING, expires_at__lte=now
    ).update(status=MentorshipRequest.Status.EXPIRED)


def request_accept(*, request_id: int, mentor: User, now: dt.datetime | None = None) -> Mentorship:
    now = now or timezone.now()
    _expire_if_due(request_id, now)
    return _request_accept(request_id=request_id, mentor=mentor, now=now)


@transaction.atomic
def _request_accept(*, request_id: int, mentor: User, now: dt.datetime) -> Mentorship:
    check_verified_practitioner(mentor)
    # Lock order everywhere: mentee profile, mentor profile, then the request.
    mentee_id = (
        MentorshipRequest.objects.filter(pk=request_id).values_list("mentee_id", flat=True).first()
    )
    if mentee_id is not None:
        _lock_pair(mentee_id=mentee_id, mentor_id=mentor.pk)
    request = _decidable(request_id, mentor=mentor, now=now)
    if conflict_between(request.mentor_id, request.mentee_id):
        raise ValidationError(
            _("You cannot be paired with this member: a conflict of interest was declared.")
        )
    goals = MenteeProfile.objects.filter(user=request.mentee).values_list("goals", flat=True)
    mentorship = _mentorship_start(
        mentor=mentor,
        mentee=request.mentee,
        request=request,
        goals=(goals.first() or ""),
        now=now,
    )
    request.status = MentorshipRequest.Status.ACCEPTED
    request.decided_at = now
    request.save(update_fields=["status", "decided_at"])
    notification_create(
        user=request.mentee,
        kind="mentoring.accepted",
        title=_("%(name)s accepted to mentor you") % {"name": mentor.display_name},
        url=reverse("mentoring:mentorship", args=[mentorship.pk]),
    )
    mentor_index_refresh(user=mentor)
    return mentorship


def request_decline(
    *, request_id: int, mentor: User, reason: str = "", now: dt.datetime | None = None
) -> MentorshipRequest:
    now = now or timezone.now()
    _expire_if_due(request_id, now)
    return _request_decline(request_id=request_id, mentor=mentor, reason=reason, now=now)


@transaction.atomic
def _request_decline(
    *, request_id: int, mentor: User, reason: str, now: dt.datetime
) -> MentorshipRequest:
    request = _decidable(request_id, mentor=mentor, now=now)
    request.status = MentorshipRequest.Status.DECLINED
    request.decided_at = now
    request.decline_reason = reason.strip()[:300]
    request.save(update_fields=["status", "decided_at", "decline_reason"])
    notification_create(
        user=request.mentee,
        kind="mentoring.declined",
        title=_("%(name)s cannot mentor you at the moment") % {"name": mentor.display_name},
        url=reverse("mentoring:suggestions"),
    )
    return request


@transaction.atomic
def request_withdraw(*, request_id: int, mentee: User) -> MentorshipRequest:
    request = MentorshipRequest.objects.select_for_update().filter(pk=request_id).first()
    if request is None or request.mentee_id != mentee.pk:
        raise PermissionDenied(_("This is not one of your requests."))
    if request.status != MentorshipRequest.Status.PENDING:
        raise ValidationError(_("Only a pending request can be withdrawn."))
    request.status = MentorshipRequest.Status.WITHDRAWN
    request.decided_at = timezone.now()
    request.save(update_fields=["status", "decided_at"])
    return request


def requests_expire(*, now: dt.datetime | None = None) -> int:
    """Mark pending requests past their date as expired (idempotent); returns how many."""
    now = now or timezone.now()
    return MentorshipRequest.objects.filter(
        status=MentorshipRequest.Status.PENDING, expires_at__lte=now
    ).update(status=MentorshipRequest.Status.EXPIRED)


# --- Mentorships ---------------------------------------------------------------------------------


def _participant(mentorship: Mentorship, user: User) -> str:
    role = mentorship.role_of(user)
    if role is None:
        raise PermissionDenied(_("You are not part of this mentorship."))
    return role


@transaction.atomic
def agreement_update(
    *,
    mentorship: Mentorship,
    by: User,
    goals: str,
    rhythm: str,
    duration_weeks: int,
    starts_on: dt.date,
) -> Mentorship:
    _participant(mentorship, by)
    if not mentorship.is_active:
        raise ValidationError(_("Only an active mentorship's agreement can be changed."))
    if not MIN_DURATION_WEEKS <= duration_weeks <= MAX_DURATION_WEEKS:
        raise ValidationError(
            {
                "duration_weeks": _("A mentorship lasts from %(min)s to %(max)s weeks.")
                % {"min": MIN_DURATION_WEEKS, "max": MAX_DURATION_WEEKS}
            }
        )
    if rhythm not in Rhythm.values:
        raise ValidationError({"rhythm": _("Choose a meeting rhythm.")})
    mentorship.goals = goals.strip()
    mentorship.rhythm = rhythm
    mentorship.duration_weeks = duration_weeks
    mentorship.starts_on = starts_on
    mentorship.agreement_updated_at = timezone.now()
    mentorship.save()
    other = mentorship.mentee if by.pk == mentorship.mentor_id else mentorship.mentor
    notification_create(
        user=other,
        kind="mentoring.agreement",
        title=_("%(name)s updated your mentorship agreement") % {"name": by.display_name},
        url=reverse("mentoring:mentorship", args=[mentorship.pk]),
    )
    return mentorship


def _release_place(mentorship: Mentorship) -> None:
    MentorProfile.objects.filter(user_id=mentorship.mentor_id, active_mentees__gt=0).update(
        active_mentees=F("active_mentees") - 1
    )


@transaction.atomic
def mentorship_complete(
    *, mentorship: Mentorship, by: User, rating: int, goals_met: bool, comment: str = ""
) -> Mentorship:
    """Either side closes the mentorship, giving their feedback at the same time."""
    _participant(mentorship, by)
    _lock_pair(mentee_id=mentorship.mentee_id, mentor_id=mentorship.mentor_id)
    mentorship = Mentorship.objects.select_for_update().get(pk=mentorship.pk)
    if not mentorship.is_active:
        raise ValidationError(_("This mentorship is already closed."))
    mentorship.status = Mentorship.Status.COMPLETED
    mentorship.ended_at = timezone.now()
    mentorship.save(update_fields=["status", "ended_at"])
    _release_place(mentorship)
    feedback_give(mentorship=mentorship, by=by, rating=rating, goals_met=goals_met, comment=comment)
    other = mentorship.mentee if by.pk == mentorship.mentor_id else mentorship.mentor
    notification_create(
        user=other,
        kind="mentoring.completed",
        title=_("Your mentorship is complete: please give your feedback"),
        url=reverse("mentoring:mentorship", args=[mentorship.pk]),
    )
    mentor_index_refresh(user=mentorship.mentor)
    return mentorship


@transaction.atomic
def feedback_give(
    *, mentorship: Mentorship, by: User, rating: int, goals_met: bool, comment: str = ""
) -> MentorshipFeedback:
    _participant(mentorship, by)
    if mentorship.status != Mentorship.Status.COMPLETED:
        raise ValidationError(_("Feedback is given once the mentorship is complete."))
    if not 1 <= int(rating) <= 5:
        raise ValidationError({"rating": _("Choose a rating from 1 to 5.")})
    if MentorshipFeedback.objects.filter(mentorship=mentorship, author=by).exists():
        raise ValidationError(_("You have already given your feedback."))
    return MentorshipFeedback.objects.create(
        mentorship=mentorship, author=by, rating=rating, goals_met=goals_met, comment=comment[:2000]
    )


def fit_question_open(mentorship: Mentorship) -> bool:
    """The pairing-fit question is asked once the first session has been held."""
    return mentorship.sessions.filter(status=MentoringSession.Status.HELD).exists()


@transaction.atomic
def pairing_fit_answer(*, mentorship: Mentorship, by: User, answer: str) -> PairingFit:
    _participant(mentorship, by)
    if answer not in FitAnswer.values:
        raise ValidationError({"answer": _("Choose an answer.")})
    if not fit_question_open(mentorship):
        raise ValidationError(_("The pairing-fit question opens after your first session."))
    fit, _created = PairingFit.objects.update_or_create(
        mentorship=mentorship, author=by, defaults={"answer": answer}
    )
    return fit


@transaction.atomic
def rematch_request(*, mentorship: Mentorship, by: User) -> Mentorship:
    """After a poor fit, the mentee ends the pairing and goes back to looking for a mentor."""
    if _participant(mentorship, by) != "mentee":
        raise PermissionDenied(_("Only the mentee can ask for a new match."))
    if not PairingFit.objects.filter(
        mentorship=mentorship, author=by, answer=FitAnswer.POOR
    ).exists():
        raise ValidationError(_("A new match can be asked for after answering “poor fit”."))
    _lock_pair(mentee_id=mentorship.mentee_id, mentor_id=mentorship.mentor_id)
    mentorship = Mentorship.objects.select_for_update().get(pk=mentorship.pk)
    if not mentorship.is_active:
        raise ValidationError(_("This mentorship is already closed."))
    now = timezone.now()
    mentorship.status = Mentorship.Status.ENDED
    mentorship.ended_at = now
    mentorship.rematch_requested_at = now
    mentorship.save(update_fields=["status", "ended_at", "rematch_requested_at"])
    _release_place(mentorship)
    MenteeProfile.objects.filter(user=by).update(is_active=True)
    mentorship.sessions.filter(
        status__in=[MentoringSession.Status.PROPOSED, MentoringSession.Status.SCHEDULED]
    ).update(status=MentoringSession.Status.CANCELLED, cancelled_at=now)
    notification_create(
        user=mentorship.mentor,
        kind="mentoring.rematch",
        title=_("%(name)s asked for a new match; your mentorship has ended")
        % {"name": by.display_name},
        url=reverse("mentoring:index"),
    )
    mentor_index_refresh(user=mentorship.mentor)
    return mentorship


# --- Cohort matching -----------------------------------------------------------------------------


@transaction.atomic
def cohort_run_create(*, by: User, outcome: str = CohortRun.Outcome.REQUESTS) -> CohortRun:
    """Compute the optimal assignment of every unmatched mentee, as a draft to review."""
    from .selectors import cohort_candidates

    check_programme_admin(by)
    if outcome not in CohortRun.Outcome.values:
        raise ValidationError({"outcome": _("Choose what publishing does.")})
    mentees, mentors = cohort_candidates()
    weights = weights_get()
    pool = matching.MentorPool(mentors)
    assignment = matching.assign_cohort(mentees, pool, weights)
    greedy = matching.greedy_baseline(mentees, pool, weights)
    run = CohortRun.objects.create(
        created_by=by,
        outcome=outcome,
        weights=weights.as_dict(),
        total_score=assignment.total_score,
        greedy_total_score=greedy.total_score,
        unmatched=[
            {"mentee": u.mentee_id, "reason": [u.reason.code, dict(u.reason.params)]}
            for u in assignment.unmatched
        ],
    )
    CohortPair.objects.bulk_create(
        CohortPair(
            run=run,
            mentee_id=pair.mentee_id,
            mentor_id=pair.mentor_id,
            score=pair.score,
            reasons=[[r.code, dict(r.params)] for r in pair.reasons],
        )
        for pair in assignment.pairs
    )
    audit_record(
        action="mentoring.cohort_run",
        actor=by,
        target=run,
        target_repr=f"cohort #{run.pk}",
        metadata={"pairs": len(assignment.pairs), "unmatched": len(assignment.unmatched)},
    )
    return run


def _draft(run_id: int) -> CohortRun:
    run = CohortRun.objects.select_for_update().filter(pk=run_id).first()
    if run is None:
        raise ValidationError(_("No such cohort matching."))
    if run.status != CohortRun.Status.DRAFT:
        raise ValidationError(_("This cohort matching was already published or discarded."))
    return run


@transaction.atomic
def cohort_pair_include(*, by: User, run_id: int, pair_id: int, included: bool) -> CohortPair:
    check_programme_admin(by)
    run = _draft(run_id)
    pair = CohortPair.objects.filter(run=run, pk=pair_id).first()
    if pair is None:
        raise ValidationError(_("No such pair."))
    pair.included = included
    pair.save(update_fields=["included"])
    return pair


@dataclass
class PublishResult:
    created: int
    skipped: list[tuple[CohortPair, str]]


@transaction.atomic
def cohort_publish(*, by: User, run_id: int, now: dt.datetime | None = None) -> PublishResult:
    """Turn the reviewed pairs into requests (or mentorships); pairs that stopped being
    possible since the run (a place taken, a new conflict) are skipped with the reason."""
    check_programme_admin(by)
    now = now or timezone.now()
    run = _draft(run_id)
    created = 0
    skipped: list[tuple[CohortPair, str]] = []
    pairs = run.pairs.filter(included=True).select_related("mentee", "mentor").order_by("id")
    for pair in pairs:
        try:
            with transaction.atomic():
                if run.outcome == CohortRun.Outcome.MENTORSHIPS:
                    refusal = _request_refusal(mentee=pair.mentee, mentor=pair.mentor)
                    if refusal:
                        raise ValidationError(refusal)
                    mentorship = _mentorship_start(
                        mentor=pair.mentor, mentee=pair.mentee, cohort_run=run, now=now
                    )
                    for user in (pair.mentor, pair.mentee):
                        notification_create(
                            user=user,
                            kind="mentoring.cohort",
                            title=_("You have been matched for mentoring"),
                            url=reverse("mentoring:mentorship", args=[mentorship.pk]),
                        )
                else:
                    request_send(mentee=pair.mentee, mentor=pair.mentor, cohort_run=run, now=now)
                created += 1
        except ValidationError as exc:
            skipped.append((pair, " ".join(exc.messages)))
    run.status = CohortRun.Status.PUBLISHED
    run.published_at = now
    run.published_by = by
    run.save(update_fields=["status", "published_at", "published_by"])
    audit_record(
        action="mentoring.cohort_publish",
        actor=by,
        target=run,
        target_repr=f"cohort #{run.pk}",
        metadata={"created": created, "skipped": len(skipped)},
    )
    return PublishResult(created=created, skipped=skipped)


@transaction.atomic
def cohort_discard(*, by: User, run_id: int) -> CohortRun:
    check_programme_admin(by)
    run = _draft(run_id)
    run.status = CohortRun.Status.DISCARDED
    run.save(update_fields=["status"])
    return run


# --- Sessions ------------------------------------------------------------------------------------


def _hours_touched(starts_at: dt.datetime, ends_at: dt.datetime) -> set[tuple[int, int]]:
    """The (weekday, hour) slots of the programme's time zone a meeting touches."""
    start = timezone.localtime(starts_at)
    end = timezone.localtime(ends_at)
    touched = set()
    cursor = start.replace(minute=0, second=0, microsecond=0)
    while cursor < end:
        touched.add((cursor.weekday(), cursor.hour))
        cursor = timezone.localtime(cursor + dt.timedelta(hours=1))
    return touched


def _busy(user_ids: Sequence[int], starts_at, ends_at, exclude_session: int | None = None):
    """Sessions of these people (any mentorship) that overlap the interval."""
    return (
        MentoringSession.objects.filter(
            Q(mentorship__mentor_id__in=user_ids) | Q(mentorship__mentee_id__in=user_ids),
            status=MentoringSession.Status.SCHEDULED,
            starts_at__lt=ends_at,
            ends_at__gt=starts_at,
        )
        .exclude(pk=exclude_session)
        .exists()
    )


def slot_problem(
    *, mentorship: Mentorship, starts_at: dt.datetime, ends_at: dt.datetime, now: dt.datetime
) -> str | None:
    """Why a slot cannot be offered, or None. Shared by proposing and accepting."""
    if ends_at <= starts_at:
        return _("A session must end after it starts.")
    if starts_at <= now:
        return _("A session must be in the future.")
    if not MIN_SESSION <= ends_at - starts_at <= MAX_SESSION:
        return _("A session lasts from 30 minutes to 3 hours.")
    mentor_profile = MentorProfile.objects.filter(user_id=mentorship.mentor_id).first()
    mentee_profile = MenteeProfile.objects.filter(user_id=mentorship.mentee_id).first()
    mentor_slots = mentor_profile.slots() if mentor_profile else frozenset()
    mentee_slots = mentee_profile.slots() if mentee_profile else frozenset()
    touched = _hours_touched(starts_at, ends_at)
    if not touched <= mentor_slots:
        return _("This time is outside the mentor's weekly availability.")
    if not touched <= mentee_slots:
        return _("This time is outside the mentee's weekly availability.")
    if _busy([mentorship.mentor_id, mentorship.mentee_id], starts_at, ends_at):
        return _("One of you already has a session at this time.")
    return None


@transaction.atomic
def session_propose(
    *,
    mentorship: Mentorship,
    by: User,
    slots: Sequence[tuple[dt.datetime, dt.datetime]],
    agenda: Sequence[str] = (),
    now: dt.datetime | None = None,
) -> MentoringSession:
    """Offer one to five times for a session; the other participant accepts one."""
    _participant(mentorship, by)
    now = now or timezone.now()
    if not mentorship.is_active:
        raise ValidationError(_("Sessions are planned within an active mentorship."))
    if not slots:
        raise ValidationError(_("Propose at least one time."))
    if len(slots) > MAX_SLOTS:
        raise ValidationError(_("Propose at most %(count)s times.") % {"count": MAX_SLOTS})
    ordered = sorted(slots)
    for (_s1, e1), (s2, _e2) in itertools.pairwise(ordered):
        if s2 < e1:
            raise ValidationError(_("The times you propose overlap each other."))
    errors = []
    for starts_at, ends_at in ordered:
        problem = slot_problem(mentorship=mentorship, starts_at=starts_at, ends_at=ends_at, now=now)
        if problem:
            when = date_format(timezone.localtime(starts_at), "SHORT_DATETIME_FORMAT")
            errors.append(f"{when}: {problem}")
    if errors:
        raise ValidationError(errors)
    items = [item.strip()[:200] for item in agenda if item and item.strip()][:20]
    session = MentoringSession.objects.create(
        mentorship=mentorship,
        starts_at=ordered[0][0],
        ends_at=ordered[0][1],
        agenda=items,
        proposed_by=by,
        created_at=now,
    )
    SessionSlot.objects.bulk_create(
        SessionSlot(session=session, starts_at=s, ends_at=e) for s, e in ordered
    )
    other = mentorship.mentee if by.pk == mentorship.mentor_id else mentorship.mentor
    notification_create(
        user=other,
        kind="mentoring.session_proposed",
        title=_("%(name)s proposed times for a session") % {"name": by.display_name},
        url=reverse("mentoring:session", args=[session.pk]),
    )
    return session


@transaction.atomic
def session_accept(
    *, session_id: int, slot_id: int, by: User, now: dt.datetime | None = None
) -> MentoringSession:
    now = now or timezone.now()
    session = (
        MentoringSession.objects.select_for_update()
        .select_related("mentorship__mentor", "mentorship__mentee")
        .filter(pk=session_id)
        .first()
    )
    if session is None or not session.is_participant(by):
        raise PermissionDenied(_("You are not part of this session."))
    if session.status != MentoringSession.Status.PROPOSED:
        raise ValidationError(_("This session is not waiting for an answer."))
    if session.proposed_by_id == by.pk:
        raise ValidationError(_("The other participant chooses one of the times you proposed."))
    slot = session.slots.filter(pk=slot_id).first()
    if slot is None:
        raise ValidationError(_("Choose one of the proposed times."))
    problem = slot_problem(
        mentorship=session.mentorship, starts_at=slot.starts_at, ends_at=slot.ends_at, now=now
    )
    if problem:
        raise ValidationError(problem)
    session.starts_at, session.ends_at = slot.starts_at, slot.ends_at
    session.status = MentoringSession.Status.SCHEDULED
    session.scheduled_at = now
    session.save(update_fields=["starts_at", "ends_at", "status", "scheduled_at"])
    # Credit is designated once the time is fixed, before the session opens (never afterwards).
    from .room_services import session_activities_ensure  # the room module imports this one

    session_activities_ensure(session=session)
    notification_create(
        user=session.proposed_by or session.mentorship.mentor,
        kind="mentoring.session_scheduled",
        title=_("Session scheduled on %(date)s")
        % {"date": date_format(timezone.localtime(slot.starts_at), "SHORT_DATETIME_FORMAT")},
        url=reverse("mentoring:session", args=[session.pk]),
    )
    return session


@transaction.atomic
def session_cancel(*, session_id: int, by: User) -> MentoringSession:
    session = MentoringSession.objects.select_for_update().filter(pk=session_id).first()
    if session is None or not session.is_participant(by):
        raise PermissionDenied(_("You are not part of this session."))
    if session.status not in (MentoringSession.Status.PROPOSED, MentoringSession.Status.SCHEDULED):
        raise ValidationError(_("Only a planned session can be cancelled."))
    session.status = MentoringSession.Status.CANCELLED
    session.cancelled_at = timezone.now()
    session.save(update_fields=["status", "cancelled_at"])
    mentor, mentee = session.participants()
    other = mentee if by.pk == mentor.pk else mentor
    notification_create(
        user=other,
        kind="mentoring.session_cancelled",
        title=_("%(name)s cancelled a session") % {"name": by.display_name},
        url=reverse("mentoring:session", args=[session.pk]),
    )
    return session


def session_mark_held(*, session: MentoringSession, now: dt.datetime | None = None) -> bool:
    """A scheduled session took place (the room's attendance says so, or the demo). Idempotent;
    returns whether it changed anything."""
    now = now or timezone.now()
    updated = MentoringSession.objects.filter(
        pk=session.pk, status=MentoringSession.Status.SCHEDULED
    ).update(status=MentoringSession.Status.HELD, held_at=now)
    if not updated:
        return False
    session.status = MentoringSession.Status.HELD
    session.held_at = now
    held = MentoringSession.objects.filter(
        mentorship_id=session.mentorship_id, status=MentoringSession.Status.HELD
    ).count()
    if held == 1:
        # After the first session, both are asked how well the pairing fits.
        mentorship = Mentorship.objects.select_related("mentor", "mentee").get(
            pk=session.mentorship_id
        )
        for user in mentorship.participants():
            notification_create(
                user=user,
                kind="mentoring.fit_question",
                title=_("How well does your mentoring pair fit? Tell us after your first session"),
                url=reverse("mentoring:mentorship", args=[mentorship.pk]),
            )
    return True


REMINDERS = (("day", dt.timedelta(hours=24)), ("hour", dt.timedelta(hours=1)))


def reminders_send(*, now: dt.datetime | None = None) -> int:
    """In-app reminders 24 h and 1 h before each scheduled session. Idempotent: a reminder
    already sent (``SessionReminder``) is never sent again, whatever the number of runs."""
    now = now or timezone.now()
    sent = 0
    horizon = now + REMINDERS[0][1]
    sessions = MentoringSession.objects.filter(
        status=MentoringSession.Status.SCHEDULED, starts_at__gt=now, starts_at__lte=horizon
    ).select_related("mentorship__mentor__profile", "mentorship__mentee__profile")
    for session in sessions:
        # Only the closest reminder: a session 30 min away gets "hour", not "day" as well.
        kind = next(k for k, delta in reversed(REMINDERS) if session.starts_at <= now + delta)
        mentor, mentee = session.participants()
        for user, other in ((mentor, mentee), (mentee, mentor)):
            with transaction.atomic():
                _reminder, created = SessionReminder.objects.get_or_create(
                    session=session, user=user, kind=kind
                )
                if not created:
                    continue
                when = date_format(timezone.localtime(session.starts_at), "SHORT_DATETIME_FORMAT")
                notification_create(
                    user=user,
                    kind="mentoring.reminder",
                    title=_("Reminder: session with %(name)s on %(date)s")
                    % {"name": other.display_name, "date": when},
                    url=reverse("mentoring:session", args=[session.pk]),
                )
                sent += 1
    return sent


def calendar_feed_for(*, user: User) -> CalendarFeed:
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


def calendar_feed_renew(*, user: User) -> CalendarFeed:
    """A new secret URL; the old one stops working at once."""
    from .models import _new_token

    feed = calendar_feed_for(user=user)
    feed.token = _new_token()
    feed.save(update_fields=["token"])
    return feed


# --- Logbook -------------------------------------------------------------------------------------


@transaction.atomic
def logbook_entry_create(
    *,
    mentorship: Mentorship,
    by: User,
    skill: str,
    performed_on: dt.date,
    level: int,
    reflection: str = "",
    session: MentoringSession | None = None,
) -> LogbookEntry:
    if _participant(mentorship, by) != "mentee":
        raise PermissionDenied(_("The mentee records logbook entries; the mentor co-signs them."))
    if performed_on > timezone.localdate():
        raise ValidationError({"performed_on": _("The date cannot be in the future.")})
    if performed_on < mentorship.starts_on:
        raise ValidationError({"performed_on": _("The date must fall within the mentorship.")})
    if int(level) not in (1, 2, 3, 4):
        raise ValidationError({"level": _("Choose an entrustment level from 1 to 4.")})
    if session is not None and session.mentorship_id != mentorship.pk:
        raise ValidationError(_("This session belongs to another mentorship."))
    entry = LogbookEntry(
        mentorship=mentorship,
        session=session,
        skill=" ".join(skill.split())[:120],
        performed_on=performed_on,
        level=int(level),
        reflection=reflection.strip()[:1000],
    )
    entry.full_clean()
    entry.save()
    notification_create(
        user=mentorship.mentor,
        kind="mentoring.logbook",
        title=_("%(name)s added a logbook entry to co-sign") % {"name": by.display_name},
        url=reverse("mentoring:logbook", args=[mentorship.pk]),
    )
    return entry


@transaction.atomic
def logbook_entry_sign(
    *, entry_id: int, by: User, level: int | None = None, comment: str = ""
) -> LogbookEntry:
    """The mentor co-signs the entry as recorded, or corrects the level (with a comment)."""
    entry = (
        LogbookEntry.objects.select_for_update()
        .select_related("mentorship")
        .filter(pk=entry_id)
        .first()
    )
    if entry is None or entry.mentorship.mentor_id != by.pk:
        raise PermissionDenied(_("Only the mentor co-signs this logbook."))
    if entry.status != LogbookEntry.Status.PENDING:
        raise ValidationError(_("This entry is already signed."))
    level = entry.level if level in (None, "") else int(level)
    if level not in (1, 2, 3, 4):
        raise ValidationError({"level": _("Choose an entrustment level from 1 to 4.")})
    corrected = level != entry.level
    if corrected and not comment.strip():
        raise ValidationError({"comment": _("Say why you change the level.")})
    entry.mentor_level = level
    entry.mentor_comment = comment.strip()[:1000]
    entry.status = LogbookEntry.Status.CORRECTED if corrected else LogbookEntry.Status.COSIGNED
    entry.signed_at = timezone.now()
    entry.save(update_fields=["mentor_level", "mentor_comment", "status", "signed_at"])
    return entry
