"""Gap analysis, caps, suggestions and chart geometry: pure functions, no database."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import translation

from credits import rules

CP = rules.FrameworkRules(
    id=1,
    code="certification-periodique",
    name="Certification périodique",
    step=Decimal("0.25"),
    unit_label="heures",
    categories=tuple(rules.CategoryRule(i, f"bloc-{i}", f"Bloc {i}") for i in (1, 2, 3, 4)),
    requirements=(rules.RequirementRule("min_actions", None, 2),),
)
DPC = rules.FrameworkRules(
    id=2,
    code="dpc",
    name="DPC",
    step=Decimal("0.25"),
    unit_label="heures",
    categories=(
        rules.CategoryRule(11, "formation-continue", "Formation continue"),
        rules.CategoryRule(12, "epp", "EPP"),
        rules.CategoryRule(13, "gestion-des-risques", "Gestion des risques"),
    ),
    requirements=(
        rules.RequirementRule("min_total_actions", None, 2),
        rules.RequirementRule("min_distinct_categories", None, 2),
        rules.RequirementRule("min_national_priority", None, 1),
    ),
)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def line(category, activity, amount="1", priority=False):
    return rules.CreditLine(category, activity, Decimal(amount), dt.date(2025, 1, 1), priority)


def test_it_says_what_is_missing_per_bloc():
    lines = [line(1, 1), line(1, 2), line(2, 3), line(2, 4), line(3, 5)]
    progress = rules.requirement_progress(CP, lines)
    assert [(row.label, row.have, row.met) for row in progress] == [
        ("Bloc 1", 2, True),
        ("Bloc 2", 2, True),
        ("Bloc 3", 1, False),
        ("Bloc 4", 0, False),
    ]
    assert rules.missing(progress) == ["Bloc 3: 1 of 2 actions", "Bloc 4: 0 of 2 actions"]
    assert progress[2].percent == 50


def test_the_same_activity_counts_as_one_action():
    progress = rules.requirement_progress(CP, [line(1, 1), line(1, 1)])
    assert progress[0].have == 1


def test_dpc_needs_two_types_and_a_national_priority():
    progress = rules.requirement_progress(DPC, [line(11, 1), line(11, 2)])
    assert rules.missing(progress) == [
        "Different types of action: 1 of 2 types",
        "Actions on a national priority: 0 of 1 action",
    ]
    done = rules.requirement_progress(DPC, [line(11, 1), line(12, 2, priority=True)])
    assert rules.missing(done) == []


def test_min_credits_counts_after_caps():
    framework = rules.FrameworkRules(
        3,
        "ama-pra-2",
        "AMA 2",
        Decimal("0.25"),
        "credits",
        (rules.CategoryRule(21, "teaching", "Teaching", Decimal("20")),),
        (rules.RequirementRule("min_credits", None, None, Decimal("30")),),
    )
    progress = rules.requirement_progress(framework, [line(21, 1, "12"), line(21, 2, "12")])
    assert progress[0].have == Decimal("20")
    assert rules.missing(progress) == ["Credits in the cycle: 20 of 30 credits"]
    totals = rules.category_totals(framework, [line(21, 1, "12"), line(21, 2, "12")])
    assert totals[0].explanation == "capped: 20 of 24 counted"


def test_counted_for_award():
    cap = Decimal("20")
    assert rules.counted_for_award(prior=Decimal("16"), amount=Decimal("8"), cap=cap) == 4
    assert rules.counted_for_award(prior=Decimal("24"), amount=Decimal("8"), cap=cap) == 0
    assert rules.counted_for_award(prior=Decimal("0"), amount=Decimal("8"), cap=None) == 8


def candidate(activity, category, priority=False):
    return rules.Candidate(activity, f"A{activity}", "Compagnon", category, Decimal("2"), priority)


def test_it_suggests_activities_that_fill_a_gap():
    lines = [line(1, 1), line(1, 2), line(2, 3), line(2, 4), line(3, 5)]
    progress = rules.requirement_progress(CP, lines)
    picked = rules.suggestions(CP, progress, [candidate(10, 1), candidate(11, 4), candidate(12, 3)])
    assert [(s.candidate.activity_id, s.fills) for s in picked] == [
        (11, ["Bloc 4"]),
        (12, ["Bloc 3"]),
    ]


def test_dpc_suggestions_prefer_what_fills_most_gaps():
    lines = [line(11, 1)]
    progress = rules.requirement_progress(DPC, lines)
    picked = rules.suggestions(
        DPC,
        progress,
        [candidate(20, 11), candidate(21, 12), candidate(22, 13, priority=True)],
        covered={11},
    )
    assert [s.candidate.activity_id for s in picked] == [22, 21, 20]
    assert len(picked[0].fills) == 3


def test_no_gap_no_suggestion():
    lines = [line(c, c * 10 + i) for c in (1, 2, 3, 4) for i in (1, 2)]
    progress = rules.requirement_progress(CP, lines)
    assert rules.suggestions(CP, progress, [candidate(99, 1)]) == []


def test_chart_geometry_and_target():
    chart = rules.chart({2023: Decimal("10"), 2025: Decimal("30")}, target=Decimal("20"))
    assert [bar.year for bar in chart.bars] == [2023, 2024, 2025]  # gaps shown as empty years
    assert chart.bars[1].height == 0
    assert chart.bars[2].height > chart.bars[0].height
    assert chart.plot_top <= chart.target_y <= chart.plot_bottom
    assert rules.yearly_target(min_credits=Decimal("250"), years=5) == Decimal("50")
    assert rules.yearly_target(min_credits=None, years=5) is None
