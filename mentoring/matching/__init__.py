"""Mentor–mentee matching: hard filters, a weighted score with reasons, ranked suggestions and
an optimal cohort assignment.

Pure Python + numpy/scipy over plain frozen dataclasses: the mentoring app converts its models
into ``MentorCandidate``/``MenteeProfile`` snapshots and calls ``suggest`` or ``assign_cohort``.
Only ``explain.describe`` (rendering reasons as sentences) imports Django, and lazily.
"""

from .assignment import assign_cohort, greedy_baseline
from .explain import describe, describe_all
from .filters import exclusion_reasons, exclusion_summary, is_eligible
from .scoring import MentorPool, analyse_pair, evaluate, score_pair, suggest
from .types import (
    CAREER_STAGES,
    Assignment,
    MenteeProfile,
    MentorCandidate,
    Modality,
    Pair,
    Reason,
    Suggestion,
    Unmatched,
    Weights,
    weekly_hours,
)

__all__ = [
    "CAREER_STAGES",
    "Assignment",
    "MenteeProfile",
    "MentorCandidate",
    "MentorPool",
    "Modality",
    "Pair",
    "Reason",
    "Suggestion",
    "Unmatched",
    "Weights",
    "analyse_pair",
    "assign_cohort",
    "describe",
    "describe_all",
    "evaluate",
    "exclusion_reasons",
    "exclusion_summary",
    "greedy_baseline",
    "is_eligible",
    "score_pair",
    "suggest",
    "weekly_hours",
]
