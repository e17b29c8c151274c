"""Hard filters: rules a pairing must pass before it is scored at all.

Each failed rule is reported as a ``Reason`` so a mentee with no suggestion can be told why
("no mentor has a place left", "no mentor speaks your language"…).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .types import STAGE_RANK, MenteeProfile, MentorCandidate, Reason

SAME_PERSON = "same_person"
NO_CAPACITY = "no_capacity"
NOT_MORE_SENIOR = "mentor_not_more_senior"
NO_SHARED_LANGUAGE = "no_shared_language"
CONFLICT_DECLARED_BY_MENTEE = "conflict_declared_by_mentee"
CONFLICT_DECLARED_BY_MENTOR = "conflict_declared_by_mentor"

# The order in which exclusions are reported, shared by the scalar and vectorised paths.
EXCLUSION_CODES: tuple[str, ...] = (
    SAME_PERSON,
    NO_CAPACITY,
    NOT_MORE_SENIOR,
    NO_SHARED_LANGUAGE,
    CONFLICT_DECLARED_BY_MENTEE,
    CONFLICT_DECLARED_BY_MENTOR,
)


def exclusion_reasons(mentee: MenteeProfile, mentor: MentorCandidate) -> tuple[Reason, ...]:
    """Every hard rule the pair breaks, in ``EXCLUSION_CODES`` order; empty means eligible."""
    broken: list[Reason] = []
    if mentee.id == mentor.id:
        broken.append(Reason(SAME_PERSON, {}))
    if mentor.capacity_left <= 0:
        broken.append(Reason(NO_CAPACITY, {}))
    if STAGE_RANK[mentor.career_stage] <= STAGE_RANK[mentee.career_stage]:
        broken.append(
            Reason(
                NOT_MORE_SENIOR,
                {"mentor_stage": mentor.career_stage, "mentee_stage": mentee.career_stage},
            )
        )
    if not mentee.languages & mentor.languages:
        broken.append(Reason(NO_SHARED_LANGUAGE, {}))
    # Conflicts are checked both ways: either person's declaration is enough to forbid the pair,
    # and the other side must not be able to override it.
    if mentor.id in mentee.conflicts:
        broken.append(Reason(CONFLICT_DECLARED_BY_MENTEE, {}))
    if mentee.id in mentor.conflicts:
        broken.append(Reason(CONFLICT_DECLARED_BY_MENTOR, {}))
    return tuple(broken)


def is_eligible(mentee: MenteeProfile, mentor: MentorCandidate) -> bool:
    return not exclusion_reasons(mentee, mentor)


def exclusion_summary(mentee: MenteeProfile, mentors: Iterable[MentorCandidate]) -> dict[str, int]:
    """How many mentors each rule excluded, for a "no suggestions because…" message.

    A mentor breaking two rules counts under both, so the numbers can add up to more than the
    number of mentors; codes that excluded nobody are left out.
    """
    counts: Counter[str] = Counter()
    for mentor in mentors:
        counts.update(reason.code for reason in exclusion_reasons(mentee, mentor))
    return {code: counts[code] for code in EXCLUSION_CODES if counts[code]}
