"""Demo mentoring programme for `seed_demo`: idempotent, development only.

Everything goes through the services (profiles, requests, acceptance, agreement, logbook,
attestation and credit) except the past sessions themselves, which the services rightly refuse
to schedule in the past.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from accounts.demo import DEMO_DOMAIN
from accounts.models import User

from . import services
from .models import (
    LogbookEntry,
    MenteeProfile,
    MentoringSession,
    MentorProfile,
    Mentorship,
    MentorshipRequest,
    PairingFit,
)


def _week(*ranges: tuple[int, int, int]) -> list[list[int]]:
    return [[day, hour] for day, start, end in ranges for hour in range(start, end)]


# local part: headline, topics, capacity, modality, availability
MENTORS = {
    "senior": (
        "Cardiologue, télésurveillance et objets connectés en pratique",
        ["connected_devices", "remote_monitoring", "telemedicine", "ai"],
        3,
        "both",
        _week((1, 18, 21), (3, 12, 14), (5, 9, 12)),
    ),
    "geriatrician": (
        "Gériatrie, télémédecine en EHPAD",
        ["telemedicine", "patient_communication"],
        2,
        "remote",
        _week((0, 17, 19), (2, 17, 19)),
    ),
    "nurse": (
        "Infirmière, éducation thérapeutique et télésoin",
        ["telemedicine", "patient_communication", "connected_devices"],
        2,
        "both",
        _week((1, 13, 15), (4, 13, 15)),
    ),
    "pharmacist": (
        "Pharmacie d'officine, données de santé et cybersécurité",
        ["data_protection", "cybersecurity", "ai"],
        2,
        "remote",
        _week((0, 20, 22), (3, 20, 22)),
    ),
    "physio": (
        "Kinésithérapie, rééducation connectée",
        ["connected_devices", "remote_monitoring"],
        1,
        "in_person",
        _week(
            (2, 12, 14),
        ),
    ),
}

# local part: goals, topics, modality, availability
MENTEES = {
    "junior": (
        "Intégrer la télésurveillance des patients insuffisants cardiaques dans ma pratique "
        "de médecine générale ; savoir en parler avec les patients.",
        ["remote_monitoring", "connected_devices", "telemedicine"],
        "remote",
        _week((1, 19, 21), (2, 18, 20), (3, 12, 13)),
    ),
    "resident": (
        "Échographie clinique aux urgences et outils d'aide à la décision.",
        ["ai", "connected_devices"],
        "both",
        _week((1, 18, 20), (5, 9, 11)),
    ),
    "ipa": (
        "Mettre en place un suivi à distance de patients chroniques.",
        ["telemedicine", "remote_monitoring"],
        "remote",
        _week(
            (1, 13, 15),
        ),
    ),
    "midwife": (
        "Téléconsultation en suivi de grossesse.",
        ["telemedicine", "patient_communication"],
        "remote",
        _week(
            (0, 17, 19),
        ),
    ),
    "dentist": (
        "Sécurité des données au cabinet et outils numériques.",
        ["data_protection", "cybersecurity"],
        "remote",
        _week(
            (3, 12, 14),
        ),
    ),
}

LOGBOOK = [
    # skill, days ago, level, mentor level (None: waiting), comment
    ("Échographie FAST", 30, 1, 1, ""),
    ("Échographie FAST", 16, 2, 2, ""),
    (
        "Échographie FAST",
        3,
        3,
        2,
        "Très bien, mais encore sous supervision directe pour le Morison.",
    ),
    ("Lecture d'un ECG transmis par objet connecté", 20, 2, 2, ""),
    ("Lecture d'un ECG transmis par objet connecté", 4, 3, None, ""),
]


def _users() -> dict[str, User]:
    return {
        u.email.split("@")[0]: u
        for u in User.objects.filter(email__endswith=f"@{DEMO_DOMAIN}").select_related("profile")
    }


def _profiles(users: dict[str, User]) -> None:
    for local, (headline, topics, capacity, modality, availability) in MENTORS.items():
        user = users.get(local)
        if user is None:
            continue
        existing = MentorProfile.objects.filter(user=user).first()
        services.mentor_profile_save(
            user=user,
            headline=headline,
            topics=topics,
            languages=user.profile.languages,
            region=user.profile.region,
            modality=modality,
            # Never below the mentees already taken (a rerun after the demo flow was played).
            capacity=max(capacity, existing.active_mentees if existing else 0),
            availability=availability,
        )
    for local, (goals, topics, modality, availability) in MENTEES.items():
        user = users.get(local)
        if user is None or MenteeProfile.objects.filter(user=user).exists():
            continue
        services.mentee_profile_save(
            user=user,
            goals=goals,
            topics=topics,
            languages=user.profile.languages,
            modality=modality,
            availability=availability,
        )


def _mentorship(mentor: User, mentee: User, now: dt.datetime) -> Mentorship | None:
    existing = Mentorship.objects.filter(mentor=mentor, mentee=mentee).first()
    if existing is not None:
        return existing
    if Mentorship.objects.filter(mentee=mentee, status=Mentorship.Status.ACTIVE).exists():
        return None
    request = MentorshipRequest.objects.filter(
        mentor=mentor, mentee=mentee, status=MentorshipRequest.Status.PENDING
    ).first()
    if request is None:
        request = services.request_send(
            mentee=mentee,
            mentor=mentor,
            message="Bonjour, votre expérience m'intéresserait beaucoup.",
            now=now - dt.timedelta(days=1),
        )
    return services.request_accept(request_id=request.pk, mentor=mentor, now=now)


def _past_session(mentorship: Mentorship, starts_at: dt.datetime, agenda: list[str]) -> None:
    """A session that took place: presence in the room, both attest, credit is awarded."""
    ends_at = starts_at + dt.timedelta(hours=1)
    session = MentoringSession.objects.create(
        mentorship=mentorship,
        starts_at=starts_at,
        ends_at=ends_at,
        status=MentoringSession.Status.SCHEDULED,
        agenda=agenda,
        proposed_by=mentorship.mentor,
        created_at=starts_at - dt.timedelta(days=7),
        scheduled_at=starts_at - dt.timedelta(days=6),
    )
    try:
        from . import room_services
        from .room_models import PresenceSpan
    except ImportError:  # the live room is not there: the session is simply held
        services.session_mark_held(session=session, now=ends_at)
        return
    for user in (mentorship.mentor, mentorship.mentee):
        PresenceSpan.objects.create(
            session=session,
            user=user,
            channel_name="demo",
            started_at=starts_at + dt.timedelta(minutes=2),
            last_seen_at=ends_at - dt.timedelta(minutes=4),
            ended_at=ends_at - dt.timedelta(minutes=4),
        )
    attested_at = ends_at + dt.timedelta(minutes=20)
    for user in (mentorship.mentor, mentorship.mentee):
        room_services.session_attest(user=user, session=session, now=attested_at)
    services.session_mark_held(session=session, now=ends_at)


def _next_weekday(today: dt.date, weekday: int) -> dt.date:
    return today + dt.timedelta(days=(weekday - today.weekday()) % 7 or 7)


def _active_pair(users: dict[str, User], now: dt.datetime) -> int:
    senior, resident = users.get("senior"), users.get("resident")
    if senior is None or resident is None:
        return 0
    mentorship = _mentorship(senior, resident, now)
    if mentorship is None or not mentorship.is_active:
        return 0
    today = timezone.localdate(now)
    if not mentorship.agreement_updated_at:
        services.agreement_update(
            mentorship=mentorship,
            by=senior,
            goals=MENTEES["resident"][0],
            rhythm="fortnightly",
            duration_weeks=12,
            starts_on=today - dt.timedelta(weeks=5),
        )
    created = 0
    if not mentorship.sessions.exists():
        tz = timezone.get_current_timezone()
        for weeks_ago, agenda in (
            (4, ["Faire le point sur les objectifs", "Échographie FAST : repères"]),
            (2, ["Revoir trois ECG transmis", "Plan pour la suite"]),
        ):
            day = _next_weekday(today - dt.timedelta(weeks=weeks_ago + 1), 1)
            starts_at = dt.datetime.combine(day, dt.time(18, 0), tzinfo=tz)
            _past_session(mentorship, starts_at, agenda)
            created += 1
        # An upcoming session, proposed by the mentor and accepted by the mentee.
        day = _next_weekday(today, 1)
        starts_at = dt.datetime.combine(day, dt.time(18, 0), tzinfo=tz)
        session = services.session_propose(
            mentorship=mentorship,
            by=senior,
            slots=[(starts_at, starts_at + dt.timedelta(hours=1))],
            agenda=["Échographie : cas de la semaine", "Objectifs du mois"],
            now=now,
        )
        services.session_accept(
            session_id=session.pk, slot_id=session.slots.get().pk, by=resident, now=now
        )
        for user in (senior, resident):
            PairingFit.objects.get_or_create(
                mentorship=mentorship, author=user, defaults={"answer": "good"}
            )
    if not LogbookEntry.objects.filter(mentorship=mentorship).exists():
        for skill, days_ago, level, mentor_level, comment in LOGBOOK:
            entry = services.logbook_entry_create(
                mentorship=mentorship,
                by=resident,
                skill=skill,
                performed_on=today - dt.timedelta(days=days_ago),
                level=level,
            )
            if mentor_level is not None:
                services.logbook_entry_sign(
                    entry_id=entry.pk, by=senior, level=mentor_level, comment=comment
                )
    return created


def _completed_pair(users: dict[str, User], now: dt.datetime) -> None:
    mentor, mentee = users.get("geriatrician"), users.get("midwife")
    if mentor is None or mentee is None:
        return
    mentorship = _mentorship(mentor, mentee, now - dt.timedelta(weeks=10))
    if mentorship is None or not mentorship.is_active:
        return
    mentorship = services.mentorship_complete(
        mentorship=mentorship,
        by=mentee,
        rating=5,
        goals_met=True,
        comment="Des échanges très concrets.",
    )
    services.feedback_give(mentorship=mentorship, by=mentor, rating=4, goals_met=True)


def _pending_requests(users: dict[str, User], now: dt.datetime) -> int:
    created = 0
    for mentee_local, mentor_local, message in (
        ("ipa", "nurse", "Bonjour, j'aimerais être accompagné pour le télésoin."),
        ("dentist", "senior", "Bonjour, vos conseils sur les outils numériques m'aideraient."),
    ):
        mentee, mentor = users.get(mentee_local), users.get(mentor_local)
        if mentee is None or mentor is None:
            continue
        if (
            MentorshipRequest.objects.filter(
                mentee=mentee,
                mentor=mentor,
                status=MentorshipRequest.Status.PENDING,
                expires_at__gt=now,
            ).exists()
            or Mentorship.objects.filter(mentee=mentee, status="active").exists()
        ):
            continue
        services.requests_expire(now=now)
        services.request_send(mentee=mentee, mentor=mentor, message=message, now=now)
        created += 1
    return created


@transaction.atomic
def seed(stdout=None) -> None:
    users = _users()
    if "senior" not in users or "junior" not in users:
        return
    now = timezone.now()
    _profiles(users)
    sessions = _active_pair(users, now)
    _completed_pair(users, now)
    requests = _pending_requests(users, now)
    if stdout is not None:
        stdout.write(
            f"  mentoring: {len(MENTORS)} mentors, {len(MENTEES)} mentees, "
            f"{sessions} past sessions and {requests} requests created"
        )
