"""Server time of the credits dashboard, transcript and CSV export for a member with 2,000
ledger entries, next to one with 10 (same query counts expected).

Run: ``.venv/bin/python benchmarks/credits.py [--entries 2000] [--runs 15]``. It builds a
throwaway SQLite database in a temporary directory (``DATABASE_URL`` is ignored), migrates it,
creates the data in bulk and times each page through ``django.test.Client``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TMP = tempfile.TemporaryDirectory(prefix="compagnon-bench-credits-")
os.environ.pop("DATABASE_URL", None)
os.environ.pop("REDIS_URL", None)
os.environ["SQLITE_PATH"] = str(Path(TMP.name) / "bench.sqlite3")
os.environ["MEDIA_ROOT"] = str(Path(TMP.name) / "media")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "compagnon.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

import datetime as dt  # noqa: E402
from decimal import Decimal  # noqa: E402

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.utils import timezone  # noqa: E402

PAGES = [
    ("dashboard", "/credits/"),
    ("transcript", "/credits/transcript/"),
    ("transcript, filtered", "/credits/transcript/?year={year}"),
    ("transcript CSV", "/credits/transcript.csv"),
]


def make_member(email: str, entries: int):
    from accounts.models import PractitionerProfile, User
    from credits import services
    from credits.models import Activity, Category, EntryKind, Framework, LedgerEntry

    user = User.objects.create_user(email=email, password="bench-password-123")
    PractitionerProfile.objects.create(
        user=user,
        display_name=email,
        profession="physician",
        specialty="general_practice",
        career_stage="senior",
        region="bretagne",
        rpps=f"{abs(hash(email)) % 10**11:011d}",
        verification_status="verified",
    )
    codes = ["certification-periodique", "dpc", "eaccme", "ama-pra-1"]
    frameworks = {f.code: f for f in Framework.objects.filter(code__in=codes)}
    categories = {c: list(Category.objects.filter(framework__code=c)) for c in codes}
    now = timezone.now()
    today = timezone.localdate()
    activities = Activity.objects.bulk_create(
        Activity(
            title=f"Activité {email} {i}",
            kind="course",
            provider="Compagnon",
            opens_at=now - dt.timedelta(days=2500),
            national_priority=i % 7 == 0,
        )
        for i in range(entries)
    )
    LedgerEntry.objects.bulk_create(
        LedgerEntry(
            user=user,
            framework=frameworks[codes[i % 4]],
            category=categories[codes[i % 4]][i % len(categories[codes[i % 4]])],
            activity=activity,
            kind=EntryKind.AWARD,
            amount=Decimal("1.5"),
            earned_on=today - dt.timedelta(days=(i * 3) % 2000),
            attestation="J'atteste avoir consacré ce temps à l'activité.",
            attested_at=now,
            source="course",
        )
        for i, activity in enumerate(activities)
    )
    for code in codes:
        services.user_framework_set(user=user, framework=frameworks[code])
    return user


def measure(client: Client, url: str, runs: int) -> tuple[list[float], int]:
    def get():
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
        assert response.status_code == 200, (url, response.status_code)

    get()  # warm-up (first request of a session, template loading)
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        get()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        get()
        times.append((time.perf_counter() - start) * 1000)
    return times, len(executed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--profile", action="store_true", help="print the slowest queries")
    args = parser.parse_args()

    setup_test_environment()
    settings.DEBUG = False
    call_command("migrate", verbosity=0)
    build_start = time.perf_counter()
    small = make_member("small@bench.test", 10)
    large = make_member("large@bench.test", args.entries)
    print(
        f"data: {args.entries} + 10 ledger entries built in "
        f"{time.perf_counter() - build_start:.1f} s (SQLite, {connection.vendor})"
    )
    year = timezone.localdate().year
    print(f"{'page':<22}{'entries':>8}{'queries':>9}{'median ms':>11}{'min ms':>9}{'max ms':>9}")
    medians = {}
    for label, url in PAGES:
        url = url.format(year=year)
        for user, count in ((small, 10), (large, args.entries)):
            client = Client(HTTP_ACCEPT_LANGUAGE="fr")
            client.force_login(user)
            times, queries = measure(client, url, args.runs)
            medians[(label, count)] = statistics.median(times)
            print(
                f"{label:<22}{count:>8}{queries:>9}{statistics.median(times):>11.1f}"
                f"{min(times):>9.1f}{max(times):>9.1f}"
            )
    print("ratio of medians, large / small:")
    for label, _url in PAGES:
        ratio = medians[(label, args.entries)] / medians[(label, 10)]
        print(f"  {label:<22}{ratio:>6.2f}x")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        TMP.cleanup()
