"""Reads of the ledger. A member only ever reads their own: every function takes the user whose
ledger it reads and filters on it; objects fetched by id check ownership or the moderator role.

Dashboard and transcript run a fixed number of queries whatever the size of the ledger.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.utils import timezone

from accounts.models import User
from accounts.permissions import can_moderate_credits, check_can_moderate_credits

from . import rules
from .certificates.codes import is_well_formed, normalise_code
from .models import (
    Category,
    Certificate,
    Designation,
    EntryKind,
    ExternalActivity,
    ExternalStatus,
    Framework,
    LedgerEntry,
    Requirement,
    UserFramework,
)


def frameworks_active() -> QuerySet[Framework]:
    return Framework.objects.filter(is_active=True)


def categories_active() -> QuerySet[Category]:
    return Category.objects.filter(framework__is_active=True).select_related("framework")


def user_frameworks(*, user: User) -> list[UserFramework]:
    return list(UserFramework.objects.filter(user=user).select_related("framework"))


def _framework_rules(
    frameworks: list[Framework], categories: list[Category], requirements: list[Requirement]
) -> dict[int, rules.FrameworkRules]:
    cats: dict[int, list[rules.CategoryRule]] = defaultdict(list)
    for category in categories:
        cats[category.framework_id].append(
            rules.CategoryRule(category.pk, category.code, category.name, category.cap_per_cycle)
        )
    reqs: dict[int, list[rules.RequirementRule]] = defaultdict(list)
    for requirement in requirements:
        reqs[requirement.framework_id].append(
            rules.RequirementRule(
                requirement.kind,
                requirement.category_id,
                requirement.min_count,
                requirement.min_credits,
            )
        )
    return {
        framework.pk: rules.FrameworkRules(
            id=framework.pk,
            code=framework.code,
            name=framework.name,
            step=framework.credit_step,
            unit_label=framework.unit_label,
            categories=tuple(cats[framework.pk]),
            requirements=tuple(reqs[framework.pk]),
        )
        for framework in frameworks
    }


def _standing_lines(rows) -> dict[int, list[rules.CreditLine]]:
    """Awards not revoked, per framework. `rows` hold both awards and revocations."""
    revoked = {row["revokes_id"] for row in rows if row["kind"] == EntryKind.REVOCATION}
    lines: dict[int, list[rules.CreditLine]] = defaultdict(list)
    for row in rows:
        if row["kind"] != EntryKind.AWARD or row["id"] in revoked:
            continue
        lines[row["framework_id"]].append(
            rules.CreditLine(
                category_id=row["category_id"],
                activity_id=row["activity_id"],
                amount=row["amount"],
                earned_on=row["earned_on"],
                national_priority=row["activity__national_priority"],
            )
        )
    return lines


@dataclass
class FrameworkDashboard:
    user_framework: UserFramework
    window: rules.CycleWindow
    rules: rules.FrameworkRules
    progress: list[rules.RequirementProgress]
    totals: list[rules.CategoryTotal]
    suggestions: list[rules.Suggestion] = field(default_factory=list)
    today: dt.date | None = None

    @property
    def framework(self) -> Framework:
        return self.user_framework.framework

    @property
    def missing(self) -> list[str]:
        return rules.missing(self.progress)

    @property
    def complete(self) -> bool:
        return all(row.met for row in self.progress)

    @property
    def counted_total(self) -> Decimal:
        return sum((total.counted for total in self.totals), rules.ZERO)

    @property
    def days_left(self) -> int:
        return self.window.days_left(self.today or timezone.localdate())

    @property
    def caps(self) -> list[rules.CategoryTotal]:
        return [total for total in self.totals if total.explanation]


def dashboard(*, user: User, today: dt.date | None = None) -> list[FrameworkDashboard]:
    """Per followed framework: current cycle, progress, gaps, deadline and suggestions.

    Five queries, whatever the number of entries.
    """
    today = today or timezone.localdate()
    followed = user_frameworks(user=user)
    if not followed:
        return []
    framework_ids = [uf.framework_id for uf in followed]
    frameworks = [uf.framework for uf in followed]
    by_framework = _framework_rules(
        frameworks,
        list(Category.objects.filter(framework_id__in=framework_ids)),
        list(Requirement.objects.filter(framework_id__in=framework_ids)),
    )
    windows = {
        uf.framework_id: rules.cycle_window(start=uf.cycle_start, years=uf.cycle_years, on=today)
        for uf in followed
    }
    in_cycle = Q(pk__in=[])
    for framework_id, window in windows.items():
        in_cycle |= Q(
            framework_id=framework_id,
            earned_on__gte=window.start,
            earned_on__lt=window.end,
        )
    rows = list(
        LedgerEntry.objects.filter(in_cycle, user=user).values(
            "id",
            "kind",
            "revokes_id",
            "framework_id",
            "category_id",
            "activity_id",
            "amount",
            "earned_on",
            "activity__national_priority",
        )
    )
    lines = _standing_lines(rows)
    candidates = _candidates(user=user, framework_ids=framework_ids)
    boards = []
    for uf in followed:
        framework_rules = by_framework[uf.framework_id]
        framework_lines = lines.get(uf.framework_id, [])
        progress = rules.requirement_progress(framework_rules, framework_lines)
        boards.append(
            FrameworkDashboard(
                user_framework=uf,
                window=windows[uf.framework_id],
                rules=framework_rules,
                progress=progress,
                totals=rules.category_totals(framework_rules, framework_lines),
                suggestions=rules.suggestions(
                    framework_rules,
                    progress,
                    candidates.get(uf.framework_id, []),
                    covered={line.category_id for line in framework_lines},
                ),
                today=today,
            )
        )
    return boards


def _candidates(*, user: User, framework_ids: list[int]) -> dict[int, list[rules.Candidate]]:
    """Designated activities open now that the member has no award for (one query)."""
    now = timezone.now()
    awarded = LedgerEntry.objects.filter(
        user=user,
        activity_id=OuterRef("activity_id"),
        framework_id=OuterRef("framework_id"),
        kind=EntryKind.AWARD,
    )
    designations = (
        Designation.objects.filter(
            framework_id__in=framework_ids,
            activity__opens_at__lte=now,
        )
        .exclude(activity__kind="external")
        .filter(Q(activity__expires_at__isnull=True) | Q(activity__expires_at__gt=now))
        .filter(~Exists(awarded))
        .select_related("activity")
        .order_by("activity__expires_at", "-activity__opens_at", "pk")[:300]
    )
    candidates: dict[int, list[rules.Candidate]] = defaultdict(list)
    for designation in designations:
        activity = designation.activity
        candidates[designation.framework_id].append(
            rules.Candidate(
                activity_id=activity.pk,
                title=activity.title,
                provider=activity.provider,
                category_id=designation.category_id,
                max_credits=designation.max_credits,
                national_priority=activity.national_priority,
                expires_at=activity.expires_at,
            )
        )
    return candidates


# --- Transcript ---------------------------------------------------------------------------------


@dataclass
class TranscriptFilters:
    framework_id: int | None = None
    category_id: int | None = None
    year: int | None = None
    source: str = ""


def ledger_entries(*, user: User, filters: TranscriptFilters | None = None) -> QuerySet:
    """The member's own entries, newest first, with what each needs to be shown."""
    filters = filters or TranscriptFilters()
    qs = LedgerEntry.objects.filter(user=user)
    if filters.framework_id:
        qs = qs.filter(framework_id=filters.framework_id)
    if filters.category_id:
        qs = qs.filter(category_id=filters.category_id)
    if filters.year:
        qs = qs.filter(earned_on__year=filters.year)
    if filters.source:
        qs = qs.filter(source=filters.source)
    return qs


def ledger_entries_display(*, user: User, filters: TranscriptFilters | None = None) -> QuerySet:
    return (
        ledger_entries(user=user, filters=filters)
        .select_related("framework", "category", "activity", "revokes", "revoked_by")
        .order_by("-earned_on", "-pk")
    )


def ledger_years(*, user: User) -> list[int]:
    # order_by(): the model's default ordering would make DISTINCT run over every row.
    return sorted(
        LedgerEntry.objects.filter(user=user)
        .order_by()
        .annotate(year=ExtractYear("earned_on"))
        .values_list("year", flat=True)
        .distinct(),
        reverse=True,
    )


@dataclass
class YearChart:
    framework: Framework
    chart: rules.Chart
    target: Decimal | None
    rows: list[tuple[int, Decimal]]


@dataclass
class TranscriptTotals:
    by_framework: list[dict]
    by_category: list[dict]
    by_year: list[dict]
    charts: list[YearChart]
    entry_count: int


def transcript_totals(*, user: User, filters: TranscriptFilters | None = None) -> TranscriptTotals:
    """Totals per framework, category and year, and one chart per framework (five queries)."""
    qs = ledger_entries(user=user, filters=filters).order_by()
    by_framework = list(
        qs.values("framework_id", "framework__name", "framework__unit_label")
        .annotate(total=Sum("amount"), entries=Count("pk"))
        .order_by("framework__order", "framework__name")
    )
    by_category = list(
        qs.values("framework__name", "category__name", "category__order", "framework__order")
        .annotate(total=Sum("amount"))
        .order_by("framework__order", "category__order", "category__name")
    )
    per_year_framework = list(
        qs.annotate(year=ExtractYear("earned_on"))
        .values("year", "framework_id")
        .annotate(total=Sum("amount"))
        .order_by("year")
    )
    years: dict[int, Decimal] = defaultdict(lambda: rules.ZERO)
    for row in per_year_framework:
        years[row["year"]] += row["total"]
    by_year = [{"year": year, "total": total} for year, total in sorted(years.items())]

    framework_ids = [row["framework_id"] for row in by_framework]
    frameworks = {f.pk: f for f in Framework.objects.filter(pk__in=framework_ids)}
    followed = {
        uf.framework_id: uf
        for uf in UserFramework.objects.filter(user=user, framework_id__in=framework_ids)
    }
    credit_targets = {
        r.framework_id: r.min_credits
        for r in Requirement.objects.filter(
            framework_id__in=framework_ids, kind="min_credits", category__isnull=True
        )
    }
    charts = []
    for framework_id in framework_ids:
        framework = frameworks[framework_id]
        uf = followed.get(framework_id)
        cycle = uf.cycle_years if uf else framework.cycle_years
        target = rules.yearly_target(min_credits=credit_targets.get(framework_id), years=cycle)
        totals = {
            row["year"]: row["total"]
            for row in per_year_framework
            if row["framework_id"] == framework_id
        }
        charts.append(
            YearChart(
                framework=framework,
                chart=rules.chart(totals, target=target),
                target=target,
                rows=sorted(totals.items()),
            )
        )
    return TranscriptTotals(
        by_framework=by_framework,
        by_category=by_category,
        by_year=by_year,
        charts=charts,
        entry_count=sum(row["entries"] for row in by_framework),
    )


# --- External credits ---------------------------------------------------------------------------


def external_credits_for(*, user: User) -> QuerySet[ExternalActivity]:
    return ExternalActivity.objects.filter(user=user).select_related("framework", "category")


def external_get_for(*, viewer: User, pk: int) -> ExternalActivity:
    """The declaration, for its author or a credits moderator; 404 for anyone else."""
    external = (
        ExternalActivity.objects.select_related("framework", "category", "user")
        .filter(pk=pk)
        .first()
    )
    if external is None or (external.user_id != viewer.pk and not can_moderate_credits(viewer)):
        raise Http404
    return external


def external_queue(*, moderator: User) -> QuerySet[ExternalActivity]:
    check_can_moderate_credits(moderator)
    return (
        ExternalActivity.objects.filter(status=ExternalStatus.SELF_DECLARED)
        .exclude(user=moderator)
        .select_related("framework", "category", "user", "user__profile")
        .order_by("created_at", "pk")
    )


def certificate_for_owner(*, user: User, code: str) -> Certificate:
    """A member's own certificate; anyone else gets a 404, never a hint it exists."""
    if not user.is_authenticated or not is_well_formed(code):
        raise Http404
    certificate = Certificate.objects.filter(user=user, code=normalise_code(code)).first()
    if certificate is None:
        raise Http404
    return certificate


def certificates_of(*, user: User) -> QuerySet[Certificate]:
    return Certificate.objects.filter(user=user).order_by("-issued_at")


def certificate_for_verification(code: str) -> Certificate | None:
    return Certificate.objects.filter(code=normalise_code(code)).first()
