"""Cohort assignment: optimal against brute force, capacity, conflicts, unmatched mentees."""

import itertools
import math
import random

import pytest

from mentoring.matching import (
    MenteeProfile,
    MentorCandidate,
    MentorPool,
    Weights,
    assign_cohort,
    assignment,
    describe,
    evaluate,
    filters,
    greedy_baseline,
    is_eligible,
    weekly_hours,
)

SPECIALTY_AND_TOPICS = Weights(specialty=1, topics=1, region_modality=0, availability=0)


def mentor(id: int, **overrides) -> MentorCandidate:
    fields = {"career_stage": "senior", "specialty": "cardiology", "languages": {"fr"}}
    return MentorCandidate(id=id, **{**fields, **overrides})


def mentee(id: int, **overrides) -> MenteeProfile:
    fields = {"career_stage": "resident", "specialty": "cardiology", "languages": {"fr"}}
    return MenteeProfile(id=id, **{**fields, **overrides})


def random_instance(seed: int, mentees: int = 5, mentors: int = 3):
    """Small cohorts with every kind of obstacle: full mentors, conflicts, language gaps."""
    rng = random.Random(seed)
    specialties = ["cardiology", "vascular_medicine", "neurology", "orthodontics"]
    topics = ["ai", "telemedicine", "ethics"]

    def common() -> dict:
        return {
            "specialty": rng.choice(specialties),
            "topics": set(rng.sample(topics, rng.randint(0, 3))),
            "languages": set(rng.sample(["fr", "en"], rng.randint(1, 2))),
            "region": rng.choice(["IDF", "OCC"]),
            "modality": rng.choice(["remote", "in_person", "both"]),
            "availability": weekly_hours(0, rng.randint(8, 11), rng.randint(10, 14)),
        }

    mentor_list = [
        mentor(
            100 + k,
            **common(),
            career_stage=rng.choice(["junior", "senior", "senior"]),
            capacity_left=rng.randint(0, 2),
            conflicts={rng.randrange(mentees)} if rng.random() < 0.3 else set(),
        )
        for k in range(mentors)
    ]
    mentee_list = [
        mentee(
            k,
            **common(),
            career_stage=rng.choice(["student", "resident", "junior"]),
            conflicts={100 + rng.randrange(mentors)} if rng.random() < 0.3 else set(),
        )
        for k in range(mentees)
    ]
    weights = Weights(*(rng.uniform(0, 1) for _ in range(4)))
    return mentee_list, mentor_list, weights


def brute_force_best_total(mentees, mentors, weights) -> float:
    """Try every way of giving each mentee one mentor or none, within capacity."""
    scores = evaluate(mentees, MentorPool(mentors), weights)
    options = [[None, *(j for j, b in enumerate(mentors) if is_eligible(a, b))] for a in mentees]
    best = 0.0
    for choice in itertools.product(*options):
        taken = [j for j in choice if j is not None]
        if any(taken.count(j) > mentors[j].capacity_left for j in set(taken)):
            continue
        total = math.fsum(scores.scores[i, j] for i, j in enumerate(choice) if j is not None)
        best = max(best, total)
    return best


def check_valid(result, mentees, mentors) -> None:
    by_id = {b.id: b for b in mentors}
    people = {a.id: a for a in mentees}
    for mentor_id, load in result.mentor_load().items():
        assert load <= by_id[mentor_id].capacity_left
    for pair in result.pairs:
        assert is_eligible(people[pair.mentee_id], by_id[pair.mentor_id])
    matched = [pair.mentee_id for pair in result.pairs]
    assert len(matched) == len(set(matched))
    assert sorted(matched + [u.mentee_id for u in result.unmatched]) == sorted(people)
    assert result.total_score == pytest.approx(sum(pair.score for pair in result.pairs))


@pytest.mark.parametrize("seed", range(50))
def test_assignment_is_optimal_against_brute_force(seed):
    mentees, mentors, weights = random_instance(seed)
    result = assign_cohort(mentees, mentors, weights)
    check_valid(result, mentees, mentors)
    assert result.total_score == pytest.approx(brute_force_best_total(mentees, mentors, weights))


@pytest.mark.parametrize("seed", range(50))
def test_greedy_is_valid_and_never_beats_the_assignment(seed):
    mentees, mentors, weights = random_instance(seed)
    greedy = greedy_baseline(mentees, mentors, weights)
    check_valid(greedy, mentees, mentors)
    assert assign_cohort(mentees, mentors, weights).total_score >= greedy.total_score - 1e-9


@pytest.mark.parametrize("seed", range(5))
def test_larger_cohorts_respect_capacity_and_conflicts(seed):
    mentees, mentors, weights = random_instance(seed, mentees=60, mentors=20)
    result = assign_cohort(mentees, mentors, weights)
    check_valid(result, mentees, mentors)
    conflicts = {(a.id, m) for a in mentees for m in a.conflicts}
    conflicts |= {(a, b.id) for b in mentors for a in b.conflicts}
    assert not conflicts & {(p.mentee_id, p.mentor_id) for p in result.pairs}
    assert result.total_score >= greedy_baseline(mentees, mentors, weights).total_score - 1e-9


def test_the_assignment_gives_up_a_little_to_gain_more_where_greedy_does_not():
    # Ann fits Marc perfectly and Lise well; Bob fits only Marc. Greedy hands Marc to Ann.
    ann = mentee(1, topics={"ai"})
    bob = mentee(2, topics={"telemedicine"})
    marc = mentor(100, topics={"ai", "telemedicine"}, capacity_left=1)
    lise = mentor(101, specialty="vascular_medicine", topics={"ai"}, capacity_left=1)

    greedy = greedy_baseline([ann, bob], [marc, lise], SPECIALTY_AND_TOPICS)
    assert {(p.mentee_id, p.mentor_id, p.score) for p in greedy.pairs} == {
        (1, 100, 1.0),
        (2, 101, 0.25),
    }
    best = assign_cohort([ann, bob], [marc, lise], SPECIALTY_AND_TOPICS)
    assert {(p.mentee_id, p.mentor_id, p.score) for p in best.pairs} == {
        (1, 101, 0.75),
        (2, 100, 1.0),
    }
    assert best.total_score == 1.75 > greedy.total_score == 1.25


def test_capacity_is_shared_out_and_the_rest_are_told_why():
    mentees = [mentee(k) for k in range(1, 6)]
    result = assign_cohort(mentees, [mentor(100, capacity_left=3)], Weights())
    assert result.mentor_load() == {100: 3}
    assert len(result.unmatched) == 2
    for unmatched in result.unmatched:
        assert unmatched.reason == (assignment.ELIGIBLE_MENTORS_FULL, {"eligible_mentors": 1})


def test_a_mentee_without_any_eligible_mentor_is_unmatched_with_the_rules_that_excluded_them():
    mentors = [
        mentor(100, capacity_left=0),
        mentor(101, languages={"de"}),
        mentor(102, conflicts={1}),
    ]
    result = assign_cohort([mentee(1), mentee(2, career_stage="senior")], mentors, Weights())
    assert result.pairs == ()
    assert result.total_score == 0.0
    first, second = result.unmatched
    assert first.mentee_id == 1
    assert first.reason == (
        assignment.NO_ELIGIBLE_MENTOR,
        {
            "excluded": {
                filters.NO_CAPACITY: 1,
                filters.NO_SHARED_LANGUAGE: 1,
                filters.CONFLICT_DECLARED_BY_MENTOR: 1,
            }
        },
    )
    assert second.reason.params["excluded"][filters.NOT_MORE_SENIOR] == 3
    assert describe(first.reason) == "no eligible mentor"


def test_a_zero_score_pair_is_still_formed_when_a_place_is_free():
    only_specialty = Weights(specialty=1, topics=0, region_modality=0, availability=0)
    result = assign_cohort(
        [mentee(1, specialty="orthodontics")], [mentor(100, capacity_left=1)], only_specialty
    )
    assert [(p.mentee_id, p.mentor_id, p.score) for p in result.pairs] == [(1, 100, 0.0)]
    assert result.unmatched == ()


def test_pairs_carry_their_reasons():
    result = assign_cohort([mentee(1)], [mentor(100)], Weights())
    (pair,) = result.pairs
    assert pair.reasons[0] == ("same_specialty", {})
    assert pair.reasons[-1] == ("shared_languages", {"languages": ["fr"]})


def test_empty_cohorts():
    assert assign_cohort([], [mentor(100)], Weights()).pairs == ()
    result = assign_cohort([mentee(1)], [], Weights())
    assert [u.reason.code for u in result.unmatched] == [assignment.NO_ELIGIBLE_MENTOR]
    assert greedy_baseline([mentee(1)], [], Weights()).pairs == ()


def test_a_prebuilt_pool_is_accepted():
    mentees, mentors, weights = random_instance(7, mentees=10, mentors=4)
    assert assign_cohort(mentees, MentorPool(mentors), weights) == assign_cohort(
        mentees, mentors, weights
    )


def test_duplicate_mentee_ids_are_refused():
    with pytest.raises(ValueError):
        assign_cohort([mentee(1), mentee(1)], [mentor(100)], Weights())
