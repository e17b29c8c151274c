"""Cycle arithmetic, caps, gap analysis, suggestions and chart geometry: pure functions.

They take plain data (dataclasses built by the selectors in a fixed number of queries) and touch
no database, so they are unit-tested directly and cost nothing per ledger entry beyond a loop.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

ZERO = Decimal("0")

# Requirement kinds as stored in `Requirement.kind` (strings: this module imports no model).
MIN_ACTIONS = "min_actions"
MIN_TOTAL_ACTIONS = "min_total_actions"
MIN_DISTINCT_CATEGORIES = "min_distinct_categories"
MIN_NATIONAL_PRIORITY = "min_national_priority"
MIN_CREDITS = "min_credits"


# --- Amounts ------------------------------------------------------------------------------------


def is_multiple_of(amount: Decimal, step: Decimal) -> bool:
    return step > 0 and (amount % step) == 0


def fmt(value: Decimal | int) -> str:
    """Credits as people write them: 2, 1.5, 0.25 (localised separator)."""
    if isinstance(value, int):
        return str(value)
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return number_format(Decimal(text)) if "." in text else text


# --- Cycles -------------------------------------------------------------------------------------


def add_years(day: dt.date, years: int) -> dt.date:
    """Same day `years` later; 29 February falls back to the 28th in a common year."""
    year = day.year + years
    if day.month == 2 and day.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return day.replace(year=year)


@dataclass(frozen=True)
class CycleWindow:
    start: dt.date  # first day, inclusive
    end: dt.date  # first day of the next cycle, exclusive
    years: int

    @property
    def deadline(self) -> dt.date:
        """Last day on which an action still counts for this cycle."""
        return self.end - dt.timedelta(days=1)

    def contains(self, day: dt.date) -> bool:
        return self.start <= day < self.end

    def days_left(self, today: dt.date) -> int:
        return max(0, (self.end - today).days)


def cycle_window(*, start: dt.date, years: int, on: dt.date) -> CycleWindow:
    """The cycle containing `on`, cycles running back to back from `start`.

    Before `start`, the first cycle is returned: actions planned now count for it.
    """
    if years < 1:
        raise ValueError("A cycle lasts at least one year.")
    if on < start:
        return CycleWindow(start, add_years(start, years), years)
    k = (on.year - start.year) // years
    begin = add_years(start, k * years)
    if begin > on:
        k -= 1
    elif add_years(start, (k + 1) * years) <= on:
        k += 1
    begin = add_years(start, k * years)
    return CycleWindow(begin, add_years(start, (k + 1) * years), years)


def cycle_years(
    *, base_years: int, alt_years: int | None, alt_condition: str, in_practice_2023: bool
) -> int:
    """Certification périodique: 6 years, 9 for those in practice on 1 January 2023."""
    if alt_years and alt_condition == "in_practice_2023" and in_practice_2023:
        return alt_years
    return base_years


# --- Rules and ledger lines as plain data ------------------------------------------------


@dataclass(frozen=True)
class CategoryRule:
    id: int
    code: str
    name: str
    cap: Decimal | None = None


@dataclass(frozen=True)
class RequirementRule:
    kind: str
    category_id: int | None = None
    min_count: int | None = None
    min_credits: Decimal | None = None


@dataclass(frozen=True)
class FrameworkRules:
    id: int
    code: str
    name: str
    step: Decimal
    unit_label: str
    categories: tuple[CategoryRule, ...]
    requirements: tuple[RequirementRule, ...]

    def category(self, category_id: int | None) -> CategoryRule | None:
        for category in self.categories:
            if category.id == category_id:
                return category
        return None


@dataclass(frozen=True)
class CreditLine:
    """One award still standing (its revocation, if any, already netted out)."""

    category_id: int
    activity_id: int
    amount: Decimal
    earned_on: dt.date
    national_priority: bool = False


# --- Caps ---------------------------------------------------------------------------------------


def capped(raw: Decimal, cap: Decimal | None) -> Decimal:
    return raw if cap is None else min(raw, cap)


def cap_explanation(raw: Decimal, cap: Decimal | None) -> str:
    if cap is None or raw <= cap:
        return ""
    return _("capped: %(counted)s of %(total)s counted") % {
        "counted": fmt(cap),
        "total": fmt(raw),
    }


def counted_for_award(*, prior: Decimal, amount: Decimal, cap: Decimal | None) -> Decimal:
    """How much of a new award counts, given what the category already holds this cycle."""
    if cap is None:
        return amount
    return max(ZERO, min(amount, cap - prior))


@dataclass
class CategoryTotal:
    category: CategoryRule
    raw: Decimal = ZERO
    actions: int = 0

    @property
    def counted(self) -> Decimal:
        return capped(self.raw, self.category.cap)

    @property
    def explanation(self) -> str:
        return cap_explanation(self.raw, self.category.cap)


def category_totals(rules: FrameworkRules, lines: Iterable[CreditLine]) -> list[CategoryTotal]:
    totals = {category.id: CategoryTotal(category) for category in rules.categories}
    activities: dict[int, set[int]] = defaultdict(set)
    for line in lines:
        total = totals.get(line.category_id)
        if total is None:
            continue
        total.raw += line.amount
        activities[line.category_id].add(line.activity_id)
    for category_id, ids in activities.items():
        totals[category_id].actions = len(ids)
    return list(totals.values())


# --- Gap analysis -------------------------------------------------------------------------------


@dataclass
class RequirementProgress:
    kind: str
    label: str
    have: Decimal | int
    need: Decimal | int
    category_id: int | None = None
    unit: str = ""

    @property
    def met(self) -> bool:
        return self.have >= self.need

    @property
    def percent(self) -> int:
        if not self.need:
            return 100
        return min(100, int(Decimal(self.have) * 100 / Decimal(self.need)))

    @property
    def text(self) -> str:
        return _("%(label)s: %(have)s of %(need)s %(unit)s") % {
            "label": self.label,
            "have": fmt(self.have),
            "need": fmt(self.need),
            "unit": self.unit,
        }


def _actions_word(count: int) -> str:
    from django.utils.translation import ngettext

    return ngettext("action", "actions", count)


def requirement_progress(
    rules: FrameworkRules, lines: Sequence[CreditLine]
) -> list[RequirementProgress]:
    """Progress against each requirement; a per-category requirement expands to one row each."""
    totals = {total.category.id: total for total in category_totals(rules, lines)}
    all_activities = {line.activity_id for line in lines}
    priority_activities = {line.activity_id for line in lines if line.national_priority}
    progress: list[RequirementProgress] = []
    for requirement in rules.requirements:
        kind = requirement.kind
        need_count = requirement.min_count or 0
        if kind == MIN_ACTIONS:
            categories = (
                [rules.category(requirement.category_id)]
                if requirement.category_id
                else list(rules.categories)
            )
            for category in categories:
                if category is None:
                    continue
                progress.append(
                    RequirementProgress(
                        kind=kind,
                        label=category.name,
                        have=totals[category.id].actions,
                        need=need_count,
                        category_id=category.id,
                        unit=_actions_word(need_count),
                    )
                )
        elif kind == MIN_TOTAL_ACTIONS:
            progress.append(
                RequirementProgress(
                    kind=kind,
                    label=_("Actions in the cycle"),
                    have=len(all_activities),
                    need=need_count,
                    unit=_actions_word(need_count),
                )
            )
        elif kind == MIN_DISTINCT_CATEGORIES:
            progress.append(
                RequirementProgress(
                    kind=kind,
                    label=_("Different types of action"),
                    have=sum(1 for total in totals.values() if total.actions),
                    need=need_count,
                    unit=_("types"),
                )
            )
        elif kind == MIN_NATIONAL_PRIORITY:
            progress.append(
                RequirementProgress(
                    kind=kind,
                    label=_("Actions on a national priority"),
                    have=len(priority_activities),
                    need=need_count,
                    unit=_actions_word(need_count),
                )
            )
        elif kind == MIN_CREDITS:
            need = requirement.min_credits or ZERO
            if requirement.category_id:
                category = rules.category(requirement.category_id)
                have = totals[category.id].counted if category else ZERO
                label = category.name if category else rules.name
            else:
                have = sum((total.counted for total in totals.values()), ZERO)
                label = _("Credits in the cycle")
            progress.append(
                RequirementProgress(
                    kind=kind,
                    label=label,
                    have=have,
                    need=need,
                    category_id=requirement.category_id,
                    unit=rules.unit_label,
                )
            )
    return progress


def missing(progress: Iterable[RequirementProgress]) -> list[str]:
    """What is still missing, in words: "Bloc 3 — …: 1 of 2 actions"."""
    return [row.text for row in progress if not row.met]


# --- Suggestions --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A designated, open activity the member has not been credited for yet."""

    activity_id: int
    title: str
    provider: str
    category_id: int
    max_credits: Decimal
    national_priority: bool = False
    expires_at: dt.datetime | None = None


@dataclass
class Suggestion:
    candidate: Candidate
    fills: list[str] = field(default_factory=list)


def suggestions(
    rules: FrameworkRules,
    progress: Sequence[RequirementProgress],
    candidates: Iterable[Candidate],
    *,
    covered: Iterable[int] = (),
    limit: int = 3,
) -> list[Suggestion]:
    """Activities that would fill a gap, those filling the most gaps first.

    `covered`: categories that already hold an action (a "different types" gap needs another).
    """
    gaps = [row for row in progress if not row.met]
    if not gaps:
        return []
    covered = set(covered)
    picked: list[Suggestion] = []
    for candidate in candidates:
        fills = []
        for row in gaps:
            if row.kind in {MIN_ACTIONS, MIN_CREDITS} and row.category_id is not None:
                if row.category_id == candidate.category_id:
                    fills.append(row.label)
            elif row.kind in {MIN_TOTAL_ACTIONS, MIN_CREDITS}:
                fills.append(row.label)
            elif row.kind == MIN_DISTINCT_CATEGORIES:
                if candidate.category_id not in covered:
                    fills.append(row.label)
            elif row.kind == MIN_NATIONAL_PRIORITY and candidate.national_priority:
                fills.append(row.label)
        if fills:
            picked.append(Suggestion(candidate, fills))
    picked.sort(key=lambda s: -len(s.fills))
    return picked[:limit]


# --- Chart --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bar:
    year: int
    value: Decimal
    x: int
    y: int
    width: int
    height: int
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot_top: int
    plot_bottom: int
    bars: tuple[Bar, ...]
    target: Decimal | None
    target_y: int | None
    axis_max: Decimal
    ticks: tuple[tuple[int, str], ...]


def yearly_target(*, min_credits: Decimal | None, years: int) -> Decimal | None:
    """A credit requirement per cycle, spread evenly over its years."""
    if not min_credits or years < 1:
        return None
    return (min_credits / years).quantize(Decimal("0.01"), rounding=ROUND_DOWN)


def chart(
    totals_by_year: dict[int, Decimal],
    *,
    target: Decimal | None = None,
    width: int = 640,
    height: int = 240,
) -> Chart:
    """Bar geometry for credits per year, with an optional yearly target line."""
    years = sorted(totals_by_year)
    if years:
        years = list(range(years[0], years[-1] + 1))
    left, right, top, bottom = 48, 12, 12, 28
    plot_height = height - top - bottom
    highest = max([totals_by_year.get(y, ZERO) for y in years] + [target or ZERO, Decimal(1)])
    axis_max = Decimal(int(highest * Decimal("1.1")) + 1)
    slot = (width - left - right) // max(1, len(years))
    bars = []
    for index, year in enumerate(years):
        value = max(ZERO, totals_by_year.get(year, ZERO))
        bar_height = int(value * plot_height / axis_max)
        bars.append(
            Bar(
                year=year,
                value=value,
                x=left + index * slot + slot // 6,
                y=top + plot_height - bar_height,
                width=max(4, slot - slot // 3),
                height=bar_height,
                label=fmt(value),
            )
        )
    target_y = None if target is None else top + plot_height - int(target * plot_height / axis_max)
    ticks = tuple(
        (top + plot_height - int(axis_max * i / 4 * plot_height / axis_max), fmt(axis_max * i / 4))
        for i in range(5)
    )
    return Chart(
        width, height, top, top + plot_height, tuple(bars), target, target_y, axis_max, ticks
    )
