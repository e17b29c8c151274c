"""Reads of the mentoring programme that need a permission, and the engine's snapshots.

List pages run a fixed number of queries whatever the number of rows (asserted in tests).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from accounts.choices import VerificationStatus
from accounts.models import User

from . import matching
from .models import (
    CohortRun,
    Conflict,
    FitAnswer,
    LogbookEntry,
    MenteeProfile,
    MentoringSession,
    MentorProfile,
    Mentorship,
    MentorshipFeedback,
    MentorshipRequest,
    PairingFit,
)
from .permissions import check_programme_admin

VERIFIED = {
    "user__profile__verification_status": VerificationStatus.VERIFIED,
    "user__is_active": True,
}


# --- Engine snapshots ----------------------------------------------------------------------------


def _conflicts_of(user_ids: Iterable[int]) -> dict[int, frozenset[int]]:
    declared: dict[int, set[int]] = defaultdict(set)
    for by, other in Conflict.objects.filter(declared_by_id__in=list(user_ids)).values_list(
        "declared_by_id", "other_id"
    ):
        declared[by].add(other)
    return {user_id: frozenset(others) for user_id, others in declared.items()}


def mentor_snapshot(
    profile: MentorProfile, conflicts: frozenset[int] | None = None
) -> matching.MentorCandidate:
    practitioner = profile.user.profile
    if conflicts is None:
        conflicts = _conflicts_of([profile.user_id]).get(profile.user_id, frozenset())
    return matching.MentorCandidate(
        id=profile.user_id,
        career_stage=practitioner.career_stage,
        specialty=practitioner.specialty,
        topics=frozenset(profile.topics),
        languages=frozenset(languages_spoken(profile)),
        region=profile.region or practitioner.region,
        modality=profile.modality,
        capacity_left=profile.capacity - profile.active_mentees,
        availability=profile.slots(),
        conflicts=conflicts,
    )


def mentee_snapshot(
    profile: MenteeProfile, conflicts: frozenset[int] | None = None
) -> matching.MenteeProfile:
    practitioner = profile.user.profile
    if conflicts is None:
        conflicts = _conflicts_of([profile.user_id]).get(profile.user_id, frozenset())
    return matching.MenteeProfile(
        id=profile.user_id,
        career_stage=practitioner.career_stage,
        specialty=practitioner.specialty,
        topics=frozenset(profile.topics),
        languages=frozenset(languages_spoken(profile)),
        region=practitioner.region,
        modality=profile.modality,
        availability=profile.slots(),
        conflicts=conflicts,
    )


def languages_spoken(profile: MentorProfile | MenteeProfile) -> list[str]:
    """The languages a mentor or mentee works in: those of their mentoring profile, else those
    of their practitioner profile."""
    practitioner = getattr(profile.user, "profile", None)
    return profile.languages or (practitioner.languages if practitioner else [])


def mentor_profiles_open() -> QuerySet[MentorProfile]:
    """Mentors taking mentees: verified, active profile."""
    return MentorProfile.objects.filter(is_active=True, **VERIFIED).select_related("user__profile")


def mentor_candidates() -> tuple[list[MentorProfile], list[matching.MentorCandidate]]:
    profiles = list(mentor_profiles_open().order_by("user_id"))
    conflicts = _conflicts_of(p.user_id for p in profiles)
    return profiles, [mentor_snapshot(p, conflicts.get(p.user_id, frozenset())) for p in profiles]


def cohort_candidates() -> tuple[list[matching.MenteeProfile], list[matching.MentorCandidate]]:
    """Mentees still looking (verified, no active mentorship) and every open mentor."""
    active = Mentorship.objects.filter(mentee=OuterRef("user"), status=Mentorship.Status.ACTIVE)
    mentees = list(
        MenteeProfile.objects.filter(is_active=True, **VERIFIED)
        .exclude(Exists(active))
        .select_related("user__profile")
        .order_by("user_id")
    )
    conflicts = _conflicts_of(m.user_id for m in mentees)
    _profiles, mentors = mentor_candidates()
    return [mentee_snapshot(m, conflicts.get(m.user_id, frozenset())) for m in mentees], mentors


# --- Suggestions ---------------------------------------------------------------------------------


@dataclass
class SuggestionRow:
    profile: MentorProfile
    score: float
    reasons: str
    components: dict[str, float]

    @property
    def percent(self) -> int:
        return round(self.score * 100)


@dataclass
class Suggestions:
    rows: list[SuggestionRow]
    excluded: dict[str, int]  # code -> how many mentors that rule left out
    considered: int
    pending_mentor_ids: set[int] = field(default_factory=set)

    @property
    def excluded_text(self) -> list[tuple[str, int]]:
        return [(matching.describe((code, {})), count) for code, count in self.excluded.items()]


def suggestions_for(
    *,
    user: User,
    topic: str = "",
    language: str = "",
    modality: str = "",
    limit: int = 20,
) -> Suggestions | None:
    """Ranked mentors for the user's mentee profile (None if they have none yet)."""
    mentee_profile = MenteeProfile.objects.select_related("user__profile").filter(user=user).first()
    if mentee_profile is None:
        return None
    mentee = mentee_snapshot(mentee_profile)
    profiles, candidates = mentor_candidates()
    # Mentors the mentee left after a poor fit are not suggested again.
    left = set(
        Mentorship.objects.filter(mentee=user, rematch_requested_at__isnull=False).values_list(
            "mentor_id", flat=True
        )
    )
    keep = [
        i
        for i, (p, c) in enumerate(zip(profiles, candidates, strict=True))
        if c.id not in left
        and (not topic or topic in c.topics)
        and (not language or language in c.languages)
        and (not modality or p.modality in (modality, "both"))
    ]
    profiles = [profiles[i] for i in keep]
    candidates = [candidates[i] for i in keep]
    by_id = {p.user_id: p for p in profiles}
    ranked = matching.suggest(mentee, candidates, weights_current(), limit=limit)
    rows = [
        SuggestionRow(
            profile=by_id[s.mentor_id],
            score=s.score,
            reasons=matching.describe_all(s.reasons),
            components=dict(s.components),
        )
        for s in ranked
    ]
    excluded = {}
    if len(rows) < len(candidates):
        excluded = matching.exclusion_summary(mentee, candidates)
    pending = set(
        MentorshipRequest.objects.filter(
            mentee=user, status=MentorshipRequest.Status.PENDING, expires_at__gt=timezone.now()
        ).values_list("mentor_id", flat=True)
    )
    return Suggestions(
        rows=rows, excluded=excluded, considered=len(candidates), pending_mentor_ids=pending
    )


def weights_current() -> matching.Weights:
    from .services import weights_get

    return weights_get()


def mentor_public_get(*, mentor_id: int) -> MentorProfile:
    profile = mentor_profiles_open().filter(user_id=mentor_id).first()
    if profile is None:
        raise Http404("No such mentor.")
    return profile


# --- Requests, mentorships, sessions -------------------------------------------------------------


def requests_received(*, user: User) -> list[MentorshipRequest]:
    return list(
        MentorshipRequest.objects.filter(mentor=user, status=MentorshipRequest.Status.PENDING)
        .select_related("mentee__profile")
        .order_by("created_at")
    )


def requests_sent(*, user: User) -> list[MentorshipRequest]:
    return list(
        MentorshipRequest.objects.filter(mentee=user)
        .select_related("mentor__profile")
        .order_by("-created_at")[:50]
    )


def mentorships_of(*, user: User) -> list[Mentorship]:
    return list(
        Mentorship.objects.filter(Q(mentor=user) | Q(mentee=user))
        .select_related("mentor__profile", "mentee__profile")
        .order_by("status", "-created_at")
    )


def mentorship_get_for_user(*, pk: int, user: User) -> Mentorship:
    """The only way in: participants see their mentorship, nobody else (404, not 403)."""
    mentorship = (
        Mentorship.objects.select_related("mentor__profile", "mentee__profile")
        .filter(pk=pk)
        .first()
    )
    if mentorship is None or not mentorship.is_participant(user):
        raise Http404("No such mentorship.")
    return mentorship


def session_get_for_user(*, pk: int, user: User) -> MentoringSession:
    session = (
        MentoringSession.objects.select_related(
            "mentorship__mentor__profile", "mentorship__mentee__profile"
        )
        .filter(pk=pk)
        .first()
    )
    if session is None or not session.is_participant(user):
        raise Http404("No such session.")
    return session


def sessions_of(*, user: User, since: dt.datetime | None = None) -> QuerySet[MentoringSession]:
    qs = MentoringSession.objects.filter(
        Q(mentorship__mentor=user) | Q(mentorship__mentee=user)
    ).select_related("mentorship__mentor__profile", "mentorship__mentee__profile")
    if since is not None:
        qs = qs.filter(ends_at__gte=since)
    return qs.order_by("starts_at")


def sessions_upcoming(*, user: User) -> list[MentoringSession]:
    return list(
        sessions_of(user=user, since=timezone.now()).filter(
            status__in=[MentoringSession.Status.PROPOSED, MentoringSession.Status.SCHEDULED]
        )[:20]
    )


# --- Logbook -------------------------------------------------------------------------------------


@dataclass
class SkillProgress:
    skill: str
    points: list[tuple[dt.date, int, bool]]  # (date, effective level, signed)

    @property
    def latest(self) -> int:
        return self.points[-1][1]


def logbook_progress(entries: Iterable[LogbookEntry]) -> list[SkillProgress]:
    by_skill: dict[str, list[LogbookEntry]] = defaultdict(list)
    for entry in entries:
        by_skill[entry.skill.strip().lower()].append(entry)
    progress = []
    for _key, items in sorted(by_skill.items()):
        items.sort(key=lambda e: (e.performed_on, e.pk))
        progress.append(
            SkillProgress(
                skill=items[-1].skill,
                points=[
                    (e.performed_on, e.effective_level, e.status != LogbookEntry.Status.PENDING)
                    for e in items
                ],
            )
        )
    return progress


def logbook_entries(*, mentorship: Mentorship) -> list[LogbookEntry]:
    return list(mentorship.logbook_entries.order_by("-performed_on", "-id"))


# --- Programme dashboard -------------------------------------------------------------------------


@dataclass
class Dashboard:
    mentees_total: int
    mentees_matched: int
    mentees_unmatched: int
    mentors_total: int
    places_left: int
    mentorships: dict[str, int]
    sessions_held: int
    sessions_by_month: list[tuple[str, int]]
    rematch_rate: float
    rematches: int
    fit: list[tuple[str, int]]
    ratings: list[tuple[str, int]]
    average_rating: float | None
    goals_met_rate: float | None
    pending_requests: int
    unmatched_mentees: list[MenteeProfile]


def _month_start(day: dt.date, back: int) -> dt.date:
    year, month = divmod(day.year * 12 + day.month - 1 - back, 12)
    return dt.date(year, month + 1, 1)


def dashboard(*, user: User, months: int = 6) -> Dashboard:
    """Programme figures in a fixed number of queries."""
    check_programme_admin(user)
    active = Mentorship.objects.filter(mentee=OuterRef("user"), status=Mentorship.Status.ACTIVE)
    ever = Mentorship.objects.filter(mentee=OuterRef("user"))
    mentees = (
        MenteeProfile.objects.filter(**VERIFIED)
        .annotate(matched=Exists(active), ever=Exists(ever))
        .select_related("user__profile")
    )
    mentee_rows = list(mentees)
    matched = [m for m in mentee_rows if m.matched]
    unmatched = [m for m in mentee_rows if not m.matched and m.is_active]

    mentor_rows = list(
        MentorProfile.objects.filter(**VERIFIED).values("capacity", "active_mentees", "is_active")
    )
    places = sum(max(r["capacity"] - r["active_mentees"], 0) for r in mentor_rows if r["is_active"])

    statuses = dict(
        Mentorship.objects.values_list("status").annotate(n=Count("id")).values_list("status", "n")
    )
    total_mentorships = sum(statuses.values())
    rematches = Mentorship.objects.filter(rematch_requested_at__isnull=False).count()

    today = timezone.localdate()
    first = _month_start(today, months - 1)
    held_dates = MentoringSession.objects.filter(status=MentoringSession.Status.HELD).values_list(
        "starts_at", flat=True
    )
    per_month: Counter[str] = Counter()
    held_total = 0
    for starts_at in held_dates:
        held_total += 1
        local = timezone.localtime(starts_at).date()
        if local >= first:
            per_month[f"{local.year}-{local.month:02d}"] += 1
    months_list = []
    for back in range(months - 1, -1, -1):
        start = _month_start(today, back)
        key = f"{start.year}-{start.month:02d}"
        months_list.append((key, per_month.get(key, 0)))

    fit_counts = Counter(PairingFit.objects.values_list("answer", flat=True))
    fit = [(str(label), fit_counts.get(code, 0)) for code, label in FitAnswer.choices]
    feedback = list(MentorshipFeedback.objects.values_list("rating", "goals_met"))
    rating_counts = Counter(r for r, _g in feedback)
    ratings = [(str(n), rating_counts.get(n, 0)) for n in range(1, 6)]
    average = round(sum(r for r, _g in feedback) / len(feedback), 2) if feedback else None
    goals_met = round(sum(1 for _r, g in feedback if g) / len(feedback), 2) if feedback else None
    pending = MentorshipRequest.objects.filter(
        status=MentorshipRequest.Status.PENDING, expires_at__gt=timezone.now()
    ).count()

    return Dashboard(
        mentees_total=len(mentee_rows),
        mentees_matched=len(matched),
        mentees_unmatched=len(unmatched),
        mentors_total=sum(1 for r in mentor_rows if r["is_active"]),
        places_left=places,
        mentorships=statuses,
        sessions_held=held_total,
        sessions_by_month=months_list,
        rematch_rate=round(rematches / total_mentorships, 3) if total_mentorships else 0.0,
        rematches=rematches,
        fit=fit,
        ratings=ratings,
        average_rating=average,
        goals_met_rate=goals_met,
        pending_requests=pending,
        unmatched_mentees=unmatched[:50],
    )


def cohort_runs(*, user: User) -> list[CohortRun]:
    check_programme_admin(user)
    return list(CohortRun.objects.annotate(pair_count=Count("pairs"))[:20])


def cohort_run_get(*, user: User, pk: int) -> CohortRun:
    check_programme_admin(user)
    run = CohortRun.objects.filter(pk=pk).first()
    if run is None:
        raise Http404("No such cohort matching.")
    return run


def users_by_id(ids: Iterable[int]) -> dict[int, User]:
    return {u.pk: u for u in User.objects.filter(pk__in=list(ids)).select_related("profile")}
