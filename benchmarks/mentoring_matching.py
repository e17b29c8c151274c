"""Benchmark mentor matching: cohort assignment against a greedy baseline, and suggestion time.

Run: ``.venv/bin/python benchmarks/mentoring_matching.py`` (no Django settings, no database).
Synthetic data with a fixed seed: 2,000 mentees and 600 mentors (1–4 places each) for the
cohort, then one mentee among 5,000 mentors for suggestions. ``--seed`` changes the data.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mentoring.matching import (  # noqa: E402
    MenteeProfile,
    MentorCandidate,
    MentorPool,
    Weights,
    assign_cohort,
    greedy_baseline,
    suggest,
    weekly_hours,
)

SPECIALTIES = [
    "general_practice", "cardiology", "emergency_medicine", "anaesthesia", "intensive_care",
    "paediatrics", "obstetrics", "psychiatry", "radiology", "general_surgery", "orthopaedics",
    "neurology", "oncology", "internal_medicine", "general_nursing", "community_pharmacy",
    "midwifery", "physiotherapy", "dermatology", "public_health",
]  # fmt: skip
TOPICS = [
    "ai", "connected_devices", "telemedicine", "ethics", "research", "teaching",
    "leadership", "wellbeing", "ultrasound", "simulation",
]  # fmt: skip
REGIONS = ["IDF", "ARA", "NAQ", "OCC", "HDF", "GES", "PAC", "BRE", "NOR", "PDL", "CVL", "BFC"]
MODALITIES = ["remote", "in_person", "both"]


def _languages(rng: random.Random) -> set[str]:
    languages = {"fr"} if rng.random() < 0.9 else {rng.choice(["en", "es", "de"])}
    if rng.random() < 0.4:
        languages.add(rng.choice(["en", "es", "it", "ar", "pt"]))
    return languages


def _availability(rng: random.Random) -> frozenset[tuple[int, int]]:
    slots: set[tuple[int, int]] = set()
    for _ in range(rng.randint(1, 3)):
        start = rng.randint(7, 19)
        slots |= weekly_hours(rng.randrange(7), start, min(start + rng.randint(1, 4), 24))
    return frozenset(slots)


def make_mentors(rng: random.Random, count: int, first_id: int) -> list[MentorCandidate]:
    return [
        MentorCandidate(
            id=first_id + k,
            career_stage=rng.choice(["junior", "senior", "senior", "senior"]),
            specialty=rng.choice(SPECIALTIES),
            topics=frozenset(rng.sample(TOPICS, rng.randint(1, 4))),
            languages=frozenset(_languages(rng)),
            region=rng.choice(REGIONS),
            modality=rng.choice(MODALITIES),
            capacity_left=rng.randint(1, 4),
            availability=_availability(rng),
        )
        for k in range(count)
    ]


def make_mentees(rng: random.Random, count: int, first_id: int) -> list[MenteeProfile]:
    return [
        MenteeProfile(
            id=first_id + k,
            career_stage=rng.choice(["student", "resident", "resident", "junior"]),
            specialty=rng.choice(SPECIALTIES),
            topics=frozenset(rng.sample(TOPICS, rng.randint(1, 3))),
            languages=frozenset(_languages(rng)),
            region=rng.choice(REGIONS),
            modality=rng.choice(MODALITIES),
            availability=_availability(rng),
        )
        for k in range(count)
    ]


def add_conflicts(
    rng: random.Random, mentees: list[MenteeProfile], mentors: list[MentorCandidate]
) -> tuple[list[MenteeProfile], list[MentorCandidate]]:
    """About 3% of each side declares a conflict with someone on the other side."""

    def with_conflict[P: (MenteeProfile, MentorCandidate)](
        person: P, others: list[MenteeProfile] | list[MentorCandidate]
    ) -> P:
        if rng.random() >= 0.03:
            return person
        return dataclasses.replace(person, conflicts=frozenset({rng.choice(others).id}))

    return (
        [with_conflict(mentee, mentors) for mentee in mentees],
        [with_conflict(mentor, mentees) for mentor in mentors],
    )


def timed[T](function: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = function()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--runs", type=int, default=15, help="suggestion runs (median reported)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    weights = Weights()

    mentees, mentors = add_conflicts(
        rng, make_mentees(rng, 2000, first_id=1), make_mentors(rng, 600, first_id=100_000)
    )
    places = sum(mentor.capacity_left for mentor in mentors)
    print(f"== Cohort: {len(mentees):,} mentees, {len(mentors):,} mentors, {places:,} places")
    optimal, optimal_s = timed(lambda: assign_cohort(mentees, mentors, weights))
    greedy, greedy_s = timed(lambda: greedy_baseline(mentees, mentors, weights))
    for name, result, seconds in (
        ("optimal (linear_sum_assignment)", optimal, optimal_s),
        ("greedy baseline", greedy, greedy_s),
    ):
        matched = len(result.pairs)
        print(
            f"{name:<32} {seconds:7.2f} s   total score {result.total_score:9.2f}"
            f"   matched {matched:,}   mean score {result.total_score / max(matched, 1):.3f}"
        )
    ratio = optimal.total_score / greedy.total_score if greedy.total_score else float("inf")
    print(f"optimal / greedy total score: {ratio:.4f}   (target for optimal: under 10 s)")

    pool_mentors = make_mentors(rng, 5000, first_id=200_000)
    mentee = make_mentees(rng, 1, first_id=1)[0]
    cold: list[float] = []
    warm: list[float] = []
    pool = MentorPool(pool_mentors)
    for _ in range(args.runs):
        cold.append(timed(lambda: suggest(mentee, pool_mentors, weights))[1])
        warm.append(timed(lambda: suggest(mentee, pool, weights))[1])
    print(f"\n== Suggestions: 1 mentee among {len(pool_mentors):,} mentors, top 10")
    print(f"from a list of mentors (encodes them) median {statistics.median(cold) * 1000:7.1f} ms")
    print(f"from a prebuilt MentorPool          median {statistics.median(warm) * 1000:7.1f} ms")
    print(f"(median of {args.runs} runs; target well under 100 ms)")


if __name__ == "__main__":
    main()
