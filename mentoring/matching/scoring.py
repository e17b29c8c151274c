"""Weighted score of an eligible pairing, its reasons, and ranked suggestions for one mentee.

Two paths compute the same numbers:

* ``analyse_pair`` works on one pair in plain Python and also produces the reasons shown to
  people; it is the readable definition of the score.
* ``evaluate`` works on many mentees against a ``MentorPool`` with numpy, for ranking thousands
  of mentors and for cohort assignment. It repeats the scalar arithmetic operation for operation
  (same constants, same order), so both give bit-identical floats; the tests check this.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from . import filters
from .types import (
    HOURS_PER_WEEK,
    STAGE_RANK,
    MenteeProfile,
    MentorCandidate,
    Modality,
    Reason,
    Suggestion,
    Weights,
    slot_index,
    unique_ids,
)

BoolArray = npt.NDArray[np.bool_]
FloatArray = npt.NDArray[np.float64]
Number = float | FloatArray

# Shared availability stops adding to the score at this many hours a week: a pair who can meet
# for three hours has all the room a fortnightly session needs; more is not a better match.
AVAILABILITY_FULL_HOURS = 3.0
RELATED_SPECIALTY_SCORE = 0.5
# A mentor who can meet, but not in the way the mentee prefers, is a workable second best.
OTHER_MODALITY_SCORE = 0.5

# Families of specialties close enough for a mentor from one to guide a mentee from another
# through most practical questions (same settings, same kind of patients, same techniques).
SPECIALTY_FAMILIES: Mapping[str, tuple[str, ...]] = {
    "surgery": (
        "general_surgery",
        "orthopaedics",
        "vascular_surgery",
        "thoracic_surgery",
        "paediatric_surgery",
        "plastic_surgery",
        "maxillofacial",
        "neurosurgery",
        "urology",
        "ent",
        "ophthalmology",
    ),
    "acute_care": ("anaesthesia", "intensive_care", "emergency_medicine"),
    "medicine": (
        "internal_medicine",
        "cardiology",
        "vascular_medicine",
        "endocrinology",
        "gastroenterology",
        "haematology",
        "infectious_diseases",
        "nephrology",
        "neurology",
        "oncology",
        "pulmonology",
        "rheumatology",
        "dermatology",
        "allergology",
        "geriatrics",
    ),
    "primary_care": ("general_practice", "occupational_medicine", "public_health"),
    "diagnostics": (
        "radiology",
        "nuclear_medicine",
        "pathology",
        "medical_biology",
        "medical_genetics",
    ),
    "women_and_children": ("obstetrics", "medical_gynaecology", "midwifery", "paediatrics"),
    "mental_health": ("psychiatry", "child_psychiatry"),
    "pharmacy": ("community_pharmacy", "hospital_pharmacy"),
    "nursing": ("general_nursing", "advanced_practice_nursing"),
    "dentistry": ("dental_surgery", "orthodontics"),
    "rehabilitation": ("rehabilitation", "physiotherapy"),
}
FAMILY_OF: Mapping[str, str] = {
    specialty: family for family, members in SPECIALTY_FAMILIES.items() for specialty in members
}
_FAMILY_CODE: Mapping[str, int] = {family: code for code, family in enumerate(SPECIALTY_FAMILIES)}

# Reason codes for eligible pairs, in the order they are listed.
SAME_SPECIALTY = "same_specialty"
RELATED_SPECIALTY = "related_specialty"
SHARED_TOPICS = "shared_topics"
MEETS_IN_PERSON = "meets_in_person"
MEETS_REMOTELY = "meets_remotely"
MEETS_REMOTELY_NOT_IN_PERSON = "meets_remotely_not_in_person"
MEETS_IN_PERSON_NOT_REMOTELY = "meets_in_person_not_remotely"
NO_COMMON_MODALITY = "no_common_modality"
SHARED_AVAILABILITY_HOURS = "shared_availability_hours"
SHARED_LANGUAGES = "shared_languages"

COMPONENTS: tuple[str, ...] = ("specialty", "topics", "region_modality", "availability")


def combine(
    weights: Weights,
    specialty: Number,
    topics: Number,
    region_modality: Number,
    availability: Number,
) -> Number:
    """Weighted mean of the components; works on floats and on numpy arrays alike.

    Both scoring paths call this one expression so their results cannot diverge.
    """
    return (
        weights.specialty * specialty
        + weights.topics * topics
        + weights.region_modality * region_modality
        + weights.availability * availability
    ) / weights.total


# --- One pair, plain Python ---------------------------------------------------------------------


def _modality_fit(mentee: MenteeProfile, mentor: MentorCandidate) -> tuple[float, Reason]:
    # Remote works from anywhere; meeting in person needs both in the same (known) region.
    remote_ok = mentor.modality.allows_remote
    in_person_ok = (
        mentor.modality.allows_in_person and bool(mentee.region) and mentee.region == mentor.region
    )
    in_person = Reason(MEETS_IN_PERSON, {"region": mentor.region})
    if mentee.modality is Modality.IN_PERSON:
        if in_person_ok:
            return 1.0, in_person
        if remote_ok:
            return OTHER_MODALITY_SCORE, Reason(MEETS_REMOTELY_NOT_IN_PERSON, {})
    elif mentee.modality is Modality.REMOTE:
        if remote_ok:
            return 1.0, Reason(MEETS_REMOTELY, {})
        if in_person_ok:
            return OTHER_MODALITY_SCORE, Reason(
                MEETS_IN_PERSON_NOT_REMOTELY, dict(in_person.params)
            )
    else:
        if in_person_ok:
            return 1.0, in_person
        if remote_ok:
            return 1.0, Reason(MEETS_REMOTELY, {})
    return 0.0, Reason(NO_COMMON_MODALITY, {})


def analyse_pair(
    mentee: MenteeProfile, mentor: MentorCandidate
) -> tuple[dict[str, float], tuple[Reason, ...]]:
    """Score components in [0, 1] and the reasons behind them, for a pair past the filters."""
    reasons: list[Reason] = []

    if mentee.specialty == mentor.specialty:
        specialty = 1.0
        reasons.append(Reason(SAME_SPECIALTY, {}))
    elif FAMILY_OF.get(mentee.specialty) and (
        FAMILY_OF.get(mentee.specialty) == FAMILY_OF.get(mentor.specialty)
    ):
        specialty = RELATED_SPECIALTY_SCORE
        reasons.append(Reason(RELATED_SPECIALTY, {"specialty": mentor.specialty}))
    else:
        specialty = 0.0

    # Coverage of the mentee's topics rather than Jaccard: a mentor with many interests is not
    # a worse match for covering everything the mentee asked about.
    shared_topics = mentee.topics & mentor.topics
    topics = len(shared_topics) / len(mentee.topics) if mentee.topics else 0.0
    if shared_topics:
        reasons.append(Reason(SHARED_TOPICS, {"topics": sorted(shared_topics)}))

    region_modality, modality_reason = _modality_fit(mentee, mentor)
    reasons.append(modality_reason)

    hours = len(mentee.availability & mentor.availability)
    availability = min(hours, AVAILABILITY_FULL_HOURS) / AVAILABILITY_FULL_HOURS
    if hours:
        reasons.append(Reason(SHARED_AVAILABILITY_HOURS, {"hours": hours}))

    shared_languages = mentee.languages & mentor.languages
    if shared_languages:
        reasons.append(Reason(SHARED_LANGUAGES, {"languages": sorted(shared_languages)}))

    components = {
        "specialty": specialty,
        "topics": topics,
        "region_modality": region_modality,
        "availability": availability,
    }
    return components, tuple(reasons)


def score_pair(mentee: MenteeProfile, mentor: MentorCandidate, weights: Weights) -> float:
    """The score in [0, 1] of a pair, ignoring the hard filters (see ``filters``)."""
    components, _ = analyse_pair(mentee, mentor)
    return float(combine(weights, *(components[name] for name in COMPONENTS)))


# --- Many pairs, numpy --------------------------------------------------------------------------


def _vocabulary(values: Sequence[str]) -> dict[str, int]:
    vocabulary: dict[str, int] = {}
    for value in values:
        if value and value not in vocabulary:
            vocabulary[value] = len(vocabulary)
    return vocabulary


def _indicator(
    rows: Sequence[frozenset[str]], vocabulary: Mapping[str, int]
) -> npt.NDArray[np.float32]:
    """A 0/1 matrix (one row per set, one column per known value) ready for a matrix product.

    float32 because BLAS multiplies floats, not ints, and counts this small stay exact.
    """
    matrix = np.zeros((len(rows), max(len(vocabulary), 1)), dtype=np.float32)
    row_index = [i for i, values in enumerate(rows) for value in values if value in vocabulary]
    col_index = [vocabulary[value] for values in rows for value in values if value in vocabulary]
    matrix[row_index, col_index] = 1.0
    return matrix


def _availability_matrix(rows: Sequence[frozenset[tuple[int, int]]]) -> npt.NDArray[np.float32]:
    matrix = np.zeros((len(rows), HOURS_PER_WEEK), dtype=np.float32)
    row_index = [i for i, slots in enumerate(rows) for _ in slots]
    col_index = [slot_index(slot) for slots in rows for slot in slots]
    matrix[row_index, col_index] = 1.0
    return matrix


def _codes(values: Sequence[str], vocabulary: Mapping[str, int]) -> npt.NDArray[np.int32]:
    # -1 marks an unknown or empty value, which never equals anything.
    return np.array([vocabulary.get(value, -1) if value else -1 for value in values], np.int32)


def _family_codes(specialties: Sequence[str]) -> npt.NDArray[np.int32]:
    return np.array([_FAMILY_CODE.get(FAMILY_OF.get(s, ""), -1) for s in specialties], np.int32)


class MentorPool:
    """Mentors encoded once as arrays, so ranking or assigning against them is vectorised.

    Build one per request (or cache it while mentor data is unchanged) and pass it to
    ``suggest`` or ``evaluate``; passing a plain list of mentors builds one on the fly.
    """

    def __init__(self, mentors: Sequence[MentorCandidate]) -> None:
        unique_ids(mentors, "mentor")
        self.mentors: tuple[MentorCandidate, ...] = tuple(mentors)
        self.index: dict[int, int] = {mentor.id: j for j, mentor in enumerate(self.mentors)}
        self.ids = np.array([m.id for m in self.mentors], dtype=np.int64)
        self.rank = np.array([STAGE_RANK[m.career_stage] for m in self.mentors], dtype=np.int8)
        self.capacity = np.array([m.capacity_left for m in self.mentors], dtype=np.int64)

        self.specialty_vocabulary = _vocabulary([m.specialty for m in self.mentors])
        self.specialty = _codes([m.specialty for m in self.mentors], self.specialty_vocabulary)
        self.family = _family_codes([m.specialty for m in self.mentors])
        self.region_vocabulary = _vocabulary([m.region for m in self.mentors])
        self.region = _codes([m.region for m in self.mentors], self.region_vocabulary)
        self.remote = np.array([m.modality.allows_remote for m in self.mentors], dtype=bool)
        self.in_person = np.array([m.modality.allows_in_person for m in self.mentors], dtype=bool)

        self.language_vocabulary = _vocabulary([lang for m in self.mentors for lang in m.languages])
        self.languages = _indicator([m.languages for m in self.mentors], self.language_vocabulary)
        self.topic_vocabulary = _vocabulary([topic for m in self.mentors for topic in m.topics])
        self.topics = _indicator([m.topics for m in self.mentors], self.topic_vocabulary)
        self.availability = _availability_matrix([m.availability for m in self.mentors])
        # Few mentors declare conflicts: keep just those instead of a dense matrix.
        self.conflicts: tuple[tuple[int, frozenset[int]], ...] = tuple(
            (j, m.conflicts) for j, m in enumerate(self.mentors) if m.conflicts
        )

    def __len__(self) -> int:
        return len(self.mentors)


@dataclass(frozen=True)
class Evaluation:
    """Scores and filter results of every (mentee, mentor) pair: rows mentees, columns mentors."""

    scores: FloatArray
    eligible: BoolArray
    # One boolean matrix per exclusion code (broadcast views where a rule depends on one side).
    exclusions: Mapping[str, BoolArray]

    def exclusion_counts(self, row: int) -> dict[str, int]:
        """Like ``filters.exclusion_summary`` for the mentee in ``row``."""
        counts = {code: int(mask[row].sum()) for code, mask in self.exclusions.items()}
        return {code: counts[code] for code in filters.EXCLUSION_CODES if counts[code]}


def evaluate(mentees: Sequence[MenteeProfile], pool: MentorPool, weights: Weights) -> Evaluation:
    """Score and filter every mentee against every mentor of ``pool`` at once."""
    m, n = len(mentees), len(pool)
    shape = (m, n)

    # Hard filters, mirroring filters.exclusion_reasons.
    same_person = np.zeros(shape, dtype=bool)
    conflict_mentee = np.zeros(shape, dtype=bool)
    conflict_mentor = np.zeros(shape, dtype=bool)
    for i, mentee in enumerate(mentees):
        if (j := pool.index.get(mentee.id)) is not None:
            same_person[i, j] = True
        for other in mentee.conflicts:
            if (j := pool.index.get(other)) is not None:
                conflict_mentee[i, j] = True
    if pool.conflicts:
        rows_of_id: dict[int, list[int]] = {}
        for i, mentee in enumerate(mentees):
            rows_of_id.setdefault(mentee.id, []).append(i)
        for j, conflicts in pool.conflicts:
            for other in conflicts:
                for i in rows_of_id.get(other, ()):
                    conflict_mentor[i, j] = True

    mentee_rank = np.array([STAGE_RANK[x.career_stage] for x in mentees], dtype=np.int8)
    not_senior = pool.rank[None, :] <= mentee_rank[:, None]
    no_capacity = np.broadcast_to(pool.capacity[None, :] <= 0, shape)
    mentee_languages = _indicator([x.languages for x in mentees], pool.language_vocabulary)
    no_language = (mentee_languages @ pool.languages.T) == 0

    exclusions = {
        filters.SAME_PERSON: same_person,
        filters.NO_CAPACITY: no_capacity,
        filters.NOT_MORE_SENIOR: not_senior,
        filters.NO_SHARED_LANGUAGE: no_language,
        filters.CONFLICT_DECLARED_BY_MENTEE: conflict_mentee,
        filters.CONFLICT_DECLARED_BY_MENTOR: conflict_mentor,
    }
    eligible = ~(same_person | no_capacity | not_senior | no_language | conflict_mentee)
    eligible &= ~conflict_mentor

    # Components, mirroring analyse_pair.
    mentee_specialty = _codes([x.specialty for x in mentees], pool.specialty_vocabulary)
    mentee_family = _family_codes([x.specialty for x in mentees])
    same_specialty = (mentee_specialty[:, None] == pool.specialty[None, :]) & (
        mentee_specialty[:, None] >= 0
    )
    same_family = (mentee_family[:, None] == pool.family[None, :]) & (mentee_family[:, None] >= 0)
    specialty = np.where(same_specialty, 1.0, np.where(same_family, RELATED_SPECIALTY_SCORE, 0.0))

    mentee_topics = _indicator([x.topics for x in mentees], pool.topic_vocabulary)
    shared_topics = (mentee_topics @ pool.topics.T).astype(np.float64)
    topic_counts = np.array([max(len(x.topics), 1) for x in mentees], dtype=np.float64)
    topics = shared_topics / topic_counts[:, None]

    mentee_region = _codes([x.region for x in mentees], pool.region_vocabulary)
    same_region = (mentee_region[:, None] == pool.region[None, :]) & (mentee_region[:, None] >= 0)
    in_person_ok = pool.in_person[None, :] & same_region
    remote_ok = np.broadcast_to(pool.remote[None, :], shape)
    preference = np.array([x.modality for x in mentees], dtype=object)
    wants_in_person = (preference == Modality.IN_PERSON)[:, None]
    wants_remote = (preference == Modality.REMOTE)[:, None]
    preferred_ok = np.where(
        wants_in_person, in_person_ok, np.where(wants_remote, remote_ok, in_person_ok | remote_ok)
    )
    other_ok = np.where(wants_in_person, remote_ok, np.where(wants_remote, in_person_ok, False))
    region_modality = np.where(preferred_ok, 1.0, np.where(other_ok, OTHER_MODALITY_SCORE, 0.0))

    mentee_availability = _availability_matrix([x.availability for x in mentees])
    hours = (mentee_availability @ pool.availability.T).astype(np.float64)
    availability = np.minimum(hours, AVAILABILITY_FULL_HOURS) / AVAILABILITY_FULL_HOURS

    scores = combine(weights, specialty, topics, region_modality, availability)
    return Evaluation(scores=scores, eligible=eligible, exclusions=exclusions)


def suggest(
    mentee: MenteeProfile,
    mentors: Sequence[MentorCandidate] | MentorPool,
    weights: Weights,
    limit: int | None = 10,
) -> list[Suggestion]:
    """Eligible mentors for ``mentee``, best first, with the reasons for each.

    Equal scores are ordered by mentor id so the same data always gives the same list
    (pagination and tests depend on it). An empty list means every mentor was filtered out:
    ``filters.exclusion_summary`` says why.
    """
    if limit is not None and limit < 0:
        raise ValueError("limit must be >= 0")
    pool = mentors if isinstance(mentors, MentorPool) else MentorPool(mentors)
    evaluation = evaluate([mentee], pool, weights)
    candidates = np.flatnonzero(evaluation.eligible[0])
    scores = evaluation.scores[0, candidates]
    # lexsort sorts by the last key first: score descending, then id ascending.
    order = candidates[np.lexsort((pool.ids[candidates], -scores))]
    if limit is not None:
        order = order[:limit]

    suggestions = []
    for j in order:
        mentor = pool.mentors[j]
        components, reasons = analyse_pair(mentee, mentor)
        suggestions.append(
            Suggestion(
                mentor_id=mentor.id,
                score=float(evaluation.scores[0, j]),
                reasons=reasons,
                components=components,
            )
        )
    return suggestions
