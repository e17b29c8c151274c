"""Plain value types of the matching engine.

Nothing here imports Django: the mentoring app turns its models into these snapshots, and the
engine, its tests and its benchmark run without settings or a database.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

# Least to most senior. A copy of accounts.choices.CareerStage's order, kept here so the engine
# stays importable without Django; tests/mentoring/test_matching.py fails if the two drift apart.
CAREER_STAGES: tuple[str, ...] = ("student", "resident", "junior", "senior")
STAGE_RANK: Mapping[str, int] = {stage: rank for rank, stage in enumerate(CAREER_STAGES)}

HOURS_PER_WEEK = 7 * 24

Slot = tuple[int, int]
"""One hour of a week: (weekday, hour) with Monday = 0 and hour 0–23, in the programme's time."""


class Modality(StrEnum):
    REMOTE = "remote"
    IN_PERSON = "in_person"
    BOTH = "both"

    @property
    def allows_remote(self) -> bool:
        return self is not Modality.IN_PERSON

    @property
    def allows_in_person(self) -> bool:
        return self is not Modality.REMOTE


class Reason(NamedTuple):
    """A machine-readable explanation: a stable code plus the values a sentence needs.

    Kept structured (not a sentence) so the page renders it in the reader's language
    (see ``explain.describe``) and so tests can compare reasons exactly.
    """

    code: str
    params: Mapping[str, Any]


def weekly_hours(weekday: int, start_hour: int, end_hour: int) -> frozenset[Slot]:
    """The hourly slots of ``weekday`` from ``start_hour`` up to, not including, ``end_hour``."""
    return frozenset((weekday, hour) for hour in range(start_hour, end_hour))


def slot_index(slot: Slot) -> int:
    weekday, hour = slot
    return weekday * 24 + hour


def _check_slots(slots: frozenset[Slot], owner: str) -> None:
    for slot in slots:
        if (
            not isinstance(slot, tuple)
            or len(slot) != 2
            or not all(isinstance(part, int) for part in slot)
            or not 0 <= slot[0] < 7
            or not 0 <= slot[1] < 24
        ):
            raise ValueError(f"{owner}: availability slot {slot!r} is not (weekday 0-6, hour 0-23)")


def _check_stage(stage: str, owner: str) -> None:
    if stage not in STAGE_RANK:
        raise ValueError(f"{owner}: unknown career stage {stage!r}")


def _freeze(instance: object, *names: str) -> None:
    # Callers naturally pass sets or lists; freezing them here keeps the dataclass truly
    # immutable (and hashable) without making every caller write frozenset(...).
    for name in names:
        object.__setattr__(instance, name, frozenset(getattr(instance, name)))


@dataclass(frozen=True, slots=True)
class MentorCandidate:
    id: int
    career_stage: str
    specialty: str
    topics: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    region: str = ""
    modality: Modality = Modality.BOTH
    # Places left now (capacity minus active mentorships); zero or less means full.
    capacity_left: int = 1
    availability: frozenset[Slot] = frozenset()
    # User ids this mentor must not be paired with (e.g. people they supervise or evaluate).
    conflicts: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        _freeze(self, "topics", "languages", "availability", "conflicts")
        object.__setattr__(self, "modality", Modality(self.modality))
        _check_stage(self.career_stage, f"mentor {self.id}")
        _check_slots(self.availability, f"mentor {self.id}")
        if isinstance(self.capacity_left, bool) or not isinstance(self.capacity_left, int):
            raise TypeError(f"mentor {self.id}: capacity_left must be an int")


@dataclass(frozen=True, slots=True)
class MenteeProfile:
    id: int
    career_stage: str
    specialty: str
    topics: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    region: str = ""
    modality: Modality = Modality.BOTH  # the mentee's preference, not a hard requirement
    availability: frozenset[Slot] = frozenset()
    conflicts: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        _freeze(self, "topics", "languages", "availability", "conflicts")
        object.__setattr__(self, "modality", Modality(self.modality))
        _check_stage(self.career_stage, f"mentee {self.id}")
        _check_slots(self.availability, f"mentee {self.id}")


@dataclass(frozen=True, slots=True)
class Weights:
    """Relative importance of each score component, edited by a programme admin.

    Only ratios matter: the score divides by the sum, so (2, 2, 1, 1) equals (0.4, 0.4, 0.2, 0.2).
    """

    specialty: float = 0.35
    topics: float = 0.30
    region_modality: float = 0.15
    availability: float = 0.20

    def __post_init__(self) -> None:
        values = self.as_dict()
        for name, value in values.items():
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise TypeError(f"weight {name!r} must be a number")
            # NaN slips through "< 0" and would poison every score, so reject it explicitly.
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"weight {name!r} must be a finite number >= 0, not {value!r}")
        if not any(values.values()):
            raise ValueError("at least one weight must be above zero")

    def as_dict(self) -> dict[str, float]:
        return {
            "specialty": self.specialty,
            "topics": self.topics,
            "region_modality": self.region_modality,
            "availability": self.availability,
        }

    @property
    def total(self) -> float:
        return self.specialty + self.topics + self.region_modality + self.availability


@dataclass(frozen=True, slots=True)
class Suggestion:
    mentor_id: int
    score: float
    reasons: tuple[Reason, ...]
    # Each component in [0, 1] before weighting, for an admin who wants to see the arithmetic.
    components: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Pair:
    mentee_id: int
    mentor_id: int
    score: float
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class Unmatched:
    mentee_id: int
    reason: Reason


@dataclass(frozen=True, slots=True)
class Assignment:
    pairs: tuple[Pair, ...]
    unmatched: tuple[Unmatched, ...]
    total_score: float

    def mentor_load(self) -> dict[int, int]:
        """How many mentees each mentor received."""
        load: dict[int, int] = {}
        for pair in self.pairs:
            load[pair.mentor_id] = load.get(pair.mentor_id, 0) + 1
        return load


def unique_ids(items: Iterable[MentorCandidate] | Iterable[MenteeProfile], kind: str) -> None:
    seen: set[int] = set()
    for item in items:
        if item.id in seen:
            raise ValueError(f"{kind} id {item.id} appears twice")
        seen.add(item.id)
