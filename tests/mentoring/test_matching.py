"""Matching engine: hard filters, scores and their reasons, suggestions, and their wording."""

import dataclasses
import math
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from django.utils import translation

from accounts.choices import CAREER_STAGE_ORDER
from mentoring.matching import (
    CAREER_STAGES,
    MenteeProfile,
    MentorCandidate,
    MentorPool,
    Modality,
    Reason,
    Weights,
    analyse_pair,
    assignment,
    describe,
    describe_all,
    evaluate,
    exclusion_reasons,
    exclusion_summary,
    filters,
    is_eligible,
    score_pair,
    scoring,
    suggest,
    weekly_hours,
)

# Only the specialty counts, so a test can read a score off one attribute.
SPECIALTY_ONLY = Weights(specialty=1, topics=0, region_modality=0, availability=0)


def mentor(**overrides) -> MentorCandidate:
    fields = {
        "id": 100,
        "career_stage": "senior",
        "specialty": "cardiology",
        "topics": {"ai", "telemedicine"},
        "languages": {"fr", "en"},
        "region": "IDF",
        "modality": "both",
        "capacity_left": 2,
        "availability": weekly_hours(1, 18, 21),
    }
    return MentorCandidate(**{**fields, **overrides})


def mentee(**overrides) -> MenteeProfile:
    fields = {
        "id": 1,
        "career_stage": "resident",
        "specialty": "cardiology",
        "topics": {"ai", "telemedicine"},
        "languages": {"en"},
        "region": "IDF",
        "modality": "in_person",
        "availability": weekly_hours(1, 17, 22),
    }
    return MenteeProfile(**{**fields, **overrides})


def codes(reasons) -> list[str]:
    return [reason.code for reason in reasons]


# --- Types -------------------------------------------------------------------------------------


def test_career_stage_order_matches_accounts_choices():
    assert {stage: rank for rank, stage in enumerate(CAREER_STAGES)} == CAREER_STAGE_ORDER


def test_profiles_freeze_collections_and_coerce_modality():
    person = mentor(topics=["ai", "ai"], modality="remote", conflicts=[7])
    assert person.topics == frozenset({"ai"})
    assert person.conflicts == frozenset({7})
    assert person.modality is Modality.REMOTE
    with pytest.raises(dataclasses.FrozenInstanceError):
        person.capacity_left = 5  # type: ignore[misc]


@pytest.mark.parametrize(
    ("factory", "overrides"),
    [
        (mentor, {"career_stage": "professor"}),
        (mentee, {"career_stage": ""}),
        (mentor, {"availability": {(7, 10)}}),
        (mentee, {"availability": {(0, 24)}}),
        (mentee, {"availability": {"monday"}}),
        (mentor, {"modality": "by_pigeon"}),
    ],
)
def test_invalid_profiles_are_refused(factory, overrides):
    with pytest.raises(ValueError):
        factory(**overrides)


def test_capacity_must_be_an_int():
    with pytest.raises(TypeError):
        mentor(capacity_left=1.5)


@pytest.mark.parametrize(
    "values",
    [
        {"specialty": -0.1},
        {"topics": math.nan},
        {"availability": math.inf},
        {"specialty": 0, "topics": 0, "region_modality": 0, "availability": 0},
    ],
)
def test_weights_must_be_finite_non_negative_and_not_all_zero(values):
    with pytest.raises(ValueError):
        Weights(**values)


def test_weights_refuse_non_numbers():
    with pytest.raises(TypeError):
        Weights(specialty=True)
    with pytest.raises(TypeError):
        Weights(specialty="1")  # type: ignore[arg-type]


def test_only_weight_ratios_matter():
    a, b = mentee(topics={"ai", "ethics"}), mentor(specialty="neurology")
    assert score_pair(a, b, Weights(2, 2, 1, 1)) == pytest.approx(
        score_pair(a, b, Weights(0.4, 0.4, 0.2, 0.2))
    )


# --- Hard filters ------------------------------------------------------------------------------


def test_a_suitable_pair_passes_every_filter():
    assert exclusion_reasons(mentee(), mentor()) == ()
    assert is_eligible(mentee(), mentor())


@pytest.mark.parametrize(
    ("mentee_overrides", "mentor_overrides", "code"),
    [
        ({"id": 100}, {}, filters.SAME_PERSON),
        ({}, {"capacity_left": 0}, filters.NO_CAPACITY),
        ({}, {"capacity_left": -1}, filters.NO_CAPACITY),
        ({"career_stage": "senior"}, {}, filters.NOT_MORE_SENIOR),
        ({"career_stage": "junior"}, {"career_stage": "junior"}, filters.NOT_MORE_SENIOR),
        ({}, {"career_stage": "student"}, filters.NOT_MORE_SENIOR),
        ({"languages": {"de"}}, {}, filters.NO_SHARED_LANGUAGE),
        ({"languages": set()}, {}, filters.NO_SHARED_LANGUAGE),
        ({"conflicts": {100}}, {}, filters.CONFLICT_DECLARED_BY_MENTEE),
        ({}, {"conflicts": {1}}, filters.CONFLICT_DECLARED_BY_MENTOR),
    ],
)
def test_each_hard_rule_excludes_the_pair_with_its_reason(mentee_overrides, mentor_overrides, code):
    reasons = exclusion_reasons(mentee(**mentee_overrides), mentor(**mentor_overrides))
    assert codes(reasons) == [code]
    assert not is_eligible(mentee(**mentee_overrides), mentor(**mentor_overrides))


def test_the_seniority_reason_names_both_stages():
    (reason,) = exclusion_reasons(mentee(career_stage="senior"), mentor())
    assert reason == (filters.NOT_MORE_SENIOR, {"mentor_stage": "senior", "mentee_stage": "senior"})


def test_a_conflict_with_someone_else_does_not_exclude():
    assert is_eligible(mentee(conflicts={999}), mentor(conflicts={998}))


def test_every_broken_rule_is_reported_in_a_fixed_order():
    reasons = exclusion_reasons(
        mentee(career_stage="senior", languages={"de"}, conflicts={100}),
        mentor(capacity_left=0, conflicts={1}),
    )
    assert codes(reasons) == [
        filters.NO_CAPACITY,
        filters.NOT_MORE_SENIOR,
        filters.NO_SHARED_LANGUAGE,
        filters.CONFLICT_DECLARED_BY_MENTEE,
        filters.CONFLICT_DECLARED_BY_MENTOR,
    ]


def test_exclusion_summary_counts_mentors_per_rule():
    mentors = [
        mentor(id=100, capacity_left=0),
        mentor(id=101, capacity_left=0, languages={"de"}),
        mentor(id=102, languages={"de"}),
        mentor(id=103),
    ]
    assert exclusion_summary(mentee(), mentors) == {
        filters.NO_CAPACITY: 2,
        filters.NO_SHARED_LANGUAGE: 2,
    }


# --- Scores and reasons ------------------------------------------------------------------------


def test_a_perfect_pair_scores_one_with_every_reason():
    components, reasons = analyse_pair(mentee(), mentor())
    assert components == {
        "specialty": 1.0,
        "topics": 1.0,
        "region_modality": 1.0,
        "availability": 1.0,
    }
    assert reasons == (
        ("same_specialty", {}),
        ("shared_topics", {"topics": ["ai", "telemedicine"]}),
        ("meets_in_person", {"region": "IDF"}),
        ("shared_availability_hours", {"hours": 3}),
        ("shared_languages", {"languages": ["en"]}),
    )
    assert score_pair(mentee(), mentor(), Weights()) == 1.0


def test_a_related_specialty_scores_half():
    components, reasons = analyse_pair(mentee(), mentor(specialty="vascular_medicine"))
    assert components["specialty"] == 0.5
    assert reasons[0] == ("related_specialty", {"specialty": "vascular_medicine"})


def test_an_unrelated_specialty_scores_nothing_and_says_nothing():
    components, reasons = analyse_pair(mentee(), mentor(specialty="orthodontics"))
    assert components["specialty"] == 0.0
    assert "same_specialty" not in codes(reasons)
    assert "related_specialty" not in codes(reasons)
    assert score_pair(mentee(), mentor(specialty="orthodontics"), SPECIALTY_ONLY) == 0.0


def test_other_specialty_is_in_no_family():
    components, _ = analyse_pair(mentee(specialty="other"), mentor(specialty="orthodontics"))
    assert components["specialty"] == 0.0


def test_topic_score_is_the_share_of_the_mentees_topics_covered():
    components, reasons = analyse_pair(
        mentee(topics={"ai", "ethics", "research", "telemedicine"}),
        mentor(topics={"ai", "telemedicine", "wellbeing", "teaching", "ultrasound"}),
    )
    assert components["topics"] == 0.5
    assert ("shared_topics", {"topics": ["ai", "telemedicine"]}) in reasons


def test_no_topics_no_topic_score():
    components, reasons = analyse_pair(mentee(topics=set()), mentor())
    assert components["topics"] == 0.0
    assert "shared_topics" not in codes(reasons)


@pytest.mark.parametrize(
    ("preference", "offer", "mentor_region", "score", "reason"),
    [
        ("in_person", "both", "IDF", 1.0, ("meets_in_person", {"region": "IDF"})),
        ("in_person", "in_person", "IDF", 1.0, ("meets_in_person", {"region": "IDF"})),
        ("in_person", "both", "OCC", 0.5, ("meets_remotely_not_in_person", {})),
        ("in_person", "remote", "IDF", 0.5, ("meets_remotely_not_in_person", {})),
        ("in_person", "in_person", "OCC", 0.0, ("no_common_modality", {})),
        ("remote", "remote", "OCC", 1.0, ("meets_remotely", {})),
        ("remote", "both", "OCC", 1.0, ("meets_remotely", {})),
        ("remote", "in_person", "IDF", 0.5, ("meets_in_person_not_remotely", {"region": "IDF"})),
        ("remote", "in_person", "OCC", 0.0, ("no_common_modality", {})),
        ("both", "both", "IDF", 1.0, ("meets_in_person", {"region": "IDF"})),
        ("both", "remote", "OCC", 1.0, ("meets_remotely", {})),
        ("both", "in_person", "OCC", 0.0, ("no_common_modality", {})),
    ],
)
def test_region_and_modality(preference, offer, mentor_region, score, reason):
    components, reasons = analyse_pair(
        mentee(modality=preference), mentor(modality=offer, region=mentor_region)
    )
    assert components["region_modality"] == score
    assert reasons[2] == reason


def test_an_unknown_region_never_counts_as_the_same_region():
    components, _ = analyse_pair(
        mentee(region="", modality="in_person"), mentor(region="", modality="in_person")
    )
    assert components["region_modality"] == 0.0


@pytest.mark.parametrize(
    ("mentor_hours", "hours", "score"),
    [((18, 19), 1, 1 / 3), ((18, 20), 2, 2 / 3), ((18, 21), 3, 1.0), ((12, 23), 5, 1.0)],
)
def test_availability_counts_shared_hours_and_saturates_at_three(mentor_hours, hours, score):
    components, reasons = analyse_pair(
        mentee(), mentor(availability=weekly_hours(1, *mentor_hours))
    )
    assert components["availability"] == pytest.approx(score)
    assert ("shared_availability_hours", {"hours": hours}) in reasons


def test_availability_on_different_days_does_not_overlap():
    components, reasons = analyse_pair(mentee(), mentor(availability=weekly_hours(2, 17, 22)))
    assert components["availability"] == 0.0
    assert "shared_availability_hours" not in codes(reasons)


def test_all_shared_languages_are_listed_sorted():
    _, reasons = analyse_pair(mentee(languages={"fr", "en", "es"}), mentor())
    assert reasons[-1] == ("shared_languages", {"languages": ["en", "fr"]})


def test_the_score_is_the_weighted_mean_of_the_components():
    a = mentee(topics={"ai", "ethics"}, modality="remote", availability=weekly_hours(1, 20, 22))
    b = mentor(specialty="vascular_medicine", modality="in_person")
    # specialty 0.5, topics 0.5, region_modality 0.5 (in person instead of remote), hours 1/3
    weights = Weights(specialty=4, topics=3, region_modality=2, availability=1)
    expected = (4 * 0.5 + 3 * 0.5 + 2 * 0.5 + 1 * (1 / 3)) / 10
    assert score_pair(a, b, weights) == pytest.approx(expected)


def random_people(rng: random.Random, mentees: int, mentors: int):
    specialties = ["cardiology", "vascular_medicine", "neurology", "orthopaedics", "other"]
    topics = ["ai", "telemedicine", "ethics", "research"]
    regions = ["IDF", "OCC", ""]

    def common(person_id: int) -> dict:
        return {
            "id": person_id,
            "specialty": rng.choice(specialties),
            "topics": set(rng.sample(topics, rng.randint(0, 3))),
            "languages": set(rng.sample(["fr", "en", "de"], rng.randint(0, 2))),
            "region": rng.choice(regions),
            "modality": rng.choice(list(Modality)),
            "availability": weekly_hours(rng.randrange(2), rng.randint(8, 12), rng.randint(10, 16)),
        }

    # Ids overlap on purpose (0..n) so "same person" and conflicts in both directions occur.
    mentor_list = [
        MentorCandidate(
            **common(k),
            career_stage=rng.choice(CAREER_STAGES[1:]),
            capacity_left=rng.randint(-1, 3),
            conflicts=set(rng.sample(range(mentees), rng.randint(0, 1))),
        )
        for k in range(mentors)
    ]
    mentee_list = [
        MenteeProfile(
            **common(k),
            career_stage=rng.choice(CAREER_STAGES[:3]),
            conflicts=set(rng.sample(range(mentors), rng.randint(0, 1))),
        )
        for k in range(mentees)
    ]
    return mentee_list, mentor_list


@pytest.mark.parametrize("seed", range(10))
def test_vectorised_evaluation_equals_the_pair_by_pair_definition(seed):
    rng = random.Random(seed)
    mentees, mentors = random_people(rng, 12, 15)
    weights = Weights(*(rng.uniform(0, 2) for _ in range(4)))
    result = evaluate(mentees, MentorPool(mentors), weights)
    for i, a in enumerate(mentees):
        for j, b in enumerate(mentors):
            # Bit-identical, not approximately equal: ranking ties depend on it.
            assert result.scores[i, j] == score_pair(a, b, weights)
            assert result.eligible[i, j] == is_eligible(a, b)
        assert result.exclusion_counts(i) == exclusion_summary(a, mentors)
    assert np.all((result.scores >= 0) & (result.scores <= 1))


# --- Suggestions -------------------------------------------------------------------------------


def test_suggestions_are_ranked_best_first_and_skip_ineligible_mentors():
    mentors = [
        mentor(id=10, specialty="orthodontics"),
        mentor(id=11, capacity_left=0),
        mentor(id=12),
        mentor(id=13, specialty="vascular_medicine"),
        mentor(id=14, conflicts={1}),
    ]
    suggestions = suggest(mentee(), mentors, SPECIALTY_ONLY)
    assert [(s.mentor_id, s.score) for s in suggestions] == [(12, 1.0), (13, 0.5), (10, 0.0)]
    assert suggestions[0].reasons == analyse_pair(mentee(), mentors[2])[1]
    assert suggestions[0].components["specialty"] == 1.0


def test_equal_scores_are_ordered_by_mentor_id():
    mentors = [mentor(id=k) for k in (30, 5, 17, 8)]
    suggestions = suggest(mentee(), mentors, Weights())
    assert [s.mentor_id for s in suggestions] == [5, 8, 17, 30]


def test_limit_keeps_the_best():
    mentors = [mentor(id=k, specialty="orthodontics") for k in range(20, 30)] + [mentor(id=99)]
    suggestions = suggest(mentee(), mentors, SPECIALTY_ONLY, limit=3)
    assert [s.mentor_id for s in suggestions] == [99, 20, 21]
    assert len(suggest(mentee(), mentors, SPECIALTY_ONLY, limit=None)) == 11
    assert suggest(mentee(), mentors, SPECIALTY_ONLY, limit=0) == []
    with pytest.raises(ValueError):
        suggest(mentee(), mentors, SPECIALTY_ONLY, limit=-1)


def test_no_suggestion_when_everyone_is_filtered_out_and_the_summary_says_why():
    mentors = [mentor(id=10, capacity_left=0), mentor(id=11, languages={"de"})]
    assert suggest(mentee(), mentors, Weights()) == []
    assert suggest(mentee(), [], Weights()) == []
    assert exclusion_summary(mentee(), mentors) == {
        filters.NO_CAPACITY: 1,
        filters.NO_SHARED_LANGUAGE: 1,
    }


def test_a_prebuilt_pool_gives_the_same_suggestions():
    mentees, mentors = random_people(random.Random(3), 1, 40)
    assert suggest(mentees[0], MentorPool(mentors), Weights()) == suggest(
        mentees[0], mentors, Weights()
    )


def test_a_pool_refuses_duplicate_mentor_ids():
    with pytest.raises(ValueError):
        MentorPool([mentor(id=1), mentor(id=1)])


# --- Wording -----------------------------------------------------------------------------------


def test_describe_renders_the_example_from_the_brief():
    reasons = [
        Reason("same_specialty", {}),
        Reason("shared_availability_hours", {"hours": 3}),
        Reason("shared_languages", {"languages": ["en"]}),
    ]
    with translation.override("en"):
        assert describe_all(reasons) == (
            "same specialty, 3 hours of shared availability, both speak English"
        )


@pytest.mark.parametrize(
    ("reason", "text"),
    [
        (("shared_availability_hours", {"hours": 1}), "1 hour of shared availability"),
        (("shared_languages", {"languages": ["en", "fr"]}), "both speak English and French"),
        (
            ("shared_languages", {"languages": ["de", "en", "fr"]}),
            "both speak German, English and French",
        ),
        (
            ("related_specialty", {"specialty": "vascular_medicine"}),
            "related specialty (Vascular medicine)",
        ),
        (
            ("shared_topics", {"topics": ["ai", "connected_devices", "point_of_care"]}),
            "shared interests: artificial intelligence, connected devices, point of care",
        ),
        (("meets_in_person", {"region": "IDF"}), "can meet in person in Île-de-France"),
        (("meets_remotely", {}), "can meet remotely"),
        (("no_capacity", {}), "no places left"),
        (("conflict_declared_by_mentor", {}), "a declared conflict of interest"),
    ],
)
def test_describe_in_english(reason, text):
    with translation.override("en"):
        assert describe(reason) == text


def test_every_reason_code_the_engine_emits_has_a_description():
    params = {
        "related_specialty": {"specialty": "cardiology"},
        "shared_topics": {"topics": ["ai"]},
        "meets_in_person": {"region": "OCC"},
        "meets_in_person_not_remotely": {"region": "OCC"},
        "shared_availability_hours": {"hours": 2},
        "shared_languages": {"languages": ["fr"]},
        "eligible_mentors_full": {"eligible_mentors": 2},
        "no_eligible_mentor": {"excluded": {"no_capacity": 3}},
    }
    emitted = [
        value
        for module in (scoring, filters, assignment)
        for name, value in vars(module).items()
        if name.isupper() and isinstance(value, str) and value.islower() and "_" in value
    ]
    assert len(emitted) >= 18
    with translation.override("en"):
        for code in emitted:
            text = describe(Reason(code, params.get(code, {})))
            assert text
            assert code not in text


def test_describe_refuses_an_unknown_code():
    with pytest.raises(ValueError):
        describe(Reason("charisma", {}))


def test_describe_runs_in_french():
    reasons = [("same_specialty", {}), ("shared_languages", {"languages": ["en"]})]
    with translation.override("fr"):
        text = describe_all(reasons)
    assert text == "même spécialité, langues en commun\xa0: Anglais"


def test_describe_accepts_injected_translation_functions():
    def bracket(message: str) -> str:
        return f"[{message}]"

    def bracket_plural(singular: str, plural: str, count: int) -> str:
        return bracket(singular if count == 1 else plural)

    assert describe(("same_specialty", {}), bracket, bracket_plural) == "[same specialty]"
    assert describe(("shared_availability_hours", {"hours": 2}), bracket, bracket_plural) == (
        "[2 hours of shared availability]"
    )


def test_the_engine_imports_without_django():
    # The benchmark and any worker process use the engine without settings; keep it that way.
    code = "import sys, mentoring.matching; sys.exit('django' in sys.modules)"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
