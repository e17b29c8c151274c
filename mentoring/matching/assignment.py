"""Matching a whole cohort at once: an optimal assignment, and a greedy one to compare with.

The optimum maximises the total score of the pairs formed. It is a rectangular assignment
problem solved by ``scipy.optimize.linear_sum_assignment``:

* rows are mentees; columns are mentor *places* (a mentor with three places left appears as
  three identical columns), so no mentor can receive more mentees than places;
* ineligible pairs cost ``inf``, which the solver treats as forbidden;
* one extra zero-cost "stays unmatched" column per mentee: without them the solver would have
  to place every mentee, failing outright when places run short and, otherwise, lowering good
  pairs to squeeze in poor ones. With them, leaving someone unmatched is an option weighed like
  any other, so the result is exactly the maximum total score.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from .scoring import Evaluation, MentorPool, analyse_pair, evaluate
from .types import (
    Assignment,
    MenteeProfile,
    MentorCandidate,
    Pair,
    Reason,
    Unmatched,
    Weights,
    unique_ids,
)

NO_ELIGIBLE_MENTOR = "no_eligible_mentor"
ELIGIBLE_MENTORS_FULL = "eligible_mentors_full"


def _prepare(
    mentees: Sequence[MenteeProfile],
    mentors: Sequence[MentorCandidate] | MentorPool,
    weights: Weights,
) -> tuple[MentorPool, Evaluation]:
    unique_ids(mentees, "mentee")
    pool = mentors if isinstance(mentors, MentorPool) else MentorPool(mentors)
    return pool, evaluate(mentees, pool, weights)


def _result(
    mentees: Sequence[MenteeProfile],
    pool: MentorPool,
    evaluation: Evaluation,
    chosen: Mapping[int, int],
) -> Assignment:
    """Turn {mentee row: mentor column} into pairs with reasons, and explain everyone left out."""
    pairs: list[Pair] = []
    unmatched: list[Unmatched] = []
    for i, mentee in enumerate(mentees):
        j = chosen.get(i)
        if j is not None:
            mentor = pool.mentors[j]
            _, reasons = analyse_pair(mentee, mentor)
            pairs.append(Pair(mentee.id, mentor.id, float(evaluation.scores[i, j]), reasons))
            continue
        eligible = int(evaluation.eligible[i].sum())
        if eligible:
            reason = Reason(ELIGIBLE_MENTORS_FULL, {"eligible_mentors": eligible})
        else:
            reason = Reason(NO_ELIGIBLE_MENTOR, {"excluded": evaluation.exclusion_counts(i)})
        unmatched.append(Unmatched(mentee.id, reason))
    total = math.fsum(pair.score for pair in pairs)
    return Assignment(pairs=tuple(pairs), unmatched=tuple(unmatched), total_score=total)


def assign_cohort(
    mentees: Sequence[MenteeProfile],
    mentors: Sequence[MentorCandidate] | MentorPool,
    weights: Weights,
) -> Assignment:
    """The assignment of mentees to mentors with the highest total score.

    Capacity is never exceeded and ineligible pairs are never formed. Mentees left unmatched
    carry a reason: no eligible mentor at all, or every eligible mentor's places went elsewhere.
    """
    pool, evaluation = _prepare(mentees, mentors, weights)
    places = np.clip(pool.capacity, 0, None)

    # Shrink the problem before the cubic solver sees it: mentees nobody can take and mentors
    # nobody can have add nothing; a mentor never needs more places than there are mentees.
    rows = np.flatnonzero(evaluation.eligible.any(axis=1))
    cols = np.flatnonzero(evaluation.eligible[rows].any(axis=0))
    place_mentor = np.repeat(cols, np.minimum(places[cols], len(rows)))

    chosen: dict[int, int] = {}
    if len(rows) and len(place_mentor):
        eligible = evaluation.eligible[np.ix_(rows, place_mentor)]
        cost = np.where(eligible, -evaluation.scores[np.ix_(rows, place_mentor)], np.inf)
        cost = np.hstack([cost, np.zeros((len(rows), len(rows)))])
        row_ind, col_ind = linear_sum_assignment(cost)
        for r, c in zip(row_ind, col_ind, strict=True):
            if c < len(place_mentor):
                chosen[int(rows[r])] = int(place_mentor[c])

    # A zero-score pair ties with "unmatched", so the solver may leave such a mentee out while a
    # place is free. Filling those places keeps the total and matches more people.
    remaining = places.copy()
    for j in chosen.values():
        remaining[j] -= 1
    for i in rows:
        if int(i) not in chosen:
            free = np.flatnonzero(evaluation.eligible[i] & (remaining > 0))
            if len(free):
                j = int(free[np.argmin(pool.ids[free])])
                chosen[int(i)] = j
                remaining[j] -= 1

    return _result(mentees, pool, evaluation, chosen)


def greedy_baseline(
    mentees: Sequence[MenteeProfile],
    mentors: Sequence[MentorCandidate] | MentorPool,
    weights: Weights,
) -> Assignment:
    """Repeatedly take the best remaining eligible pair: the obvious method, for comparison.

    Ties go to the lower mentee id, then the lower mentor id, so the result is reproducible.
    """
    pool, evaluation = _prepare(mentees, mentors, weights)
    remaining = np.clip(pool.capacity, 0, None).tolist()
    rows, cols = np.nonzero(evaluation.eligible)
    mentee_ids = np.array([mentee.id for mentee in mentees], dtype=np.int64)
    order = np.lexsort((pool.ids[cols], mentee_ids[rows], -evaluation.scores[rows, cols]))

    chosen: dict[int, int] = {}
    places_left = sum(remaining)
    for i, j in zip(rows[order].tolist(), cols[order].tolist(), strict=True):
        if len(chosen) == len(mentees) or places_left == 0:
            break
        if i not in chosen and remaining[j] > 0:
            chosen[i] = j
            remaining[j] -= 1
            places_left -= 1
    return _result(mentees, pool, evaluation, chosen)
