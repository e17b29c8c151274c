"""Throughput of a course page (and a lesson page) as a ratio to a bare Django view rendering a
fixed template, measured in the same run (target: course page >= 1/5 of the bare view).

Run: ``.venv/bin/python benchmarks/courses.py [--lessons 8] [--questions 12] [--runs 200]``.
It builds a throwaway SQLite database in a temporary directory (``DATABASE_URL`` is ignored),
migrates it, loads one course through the demo loader, enrols a learner with some progress
and requests every page through ``django.test.Client`` (full middleware stack, Wagtail routing).
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

TMP = tempfile.TemporaryDirectory(prefix="compagnon-bench-courses-")
os.environ.pop("DATABASE_URL", None)
os.environ.pop("REDIS_URL", None)
os.environ["SQLITE_PATH"] = str(Path(TMP.name) / "bench.sqlite3")
os.environ["MEDIA_ROOT"] = str(Path(TMP.name) / "media")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "compagnon.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.shortcuts import render  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings, setup_test_environment  # noqa: E402
from django.urls import include, path  # noqa: E402


def bare_view(request):
    """A bare Django view: no database read of its own, one fixed template (the site chrome
    and a static text), rendered with the same context processors as every page."""
    return render(request, "courses/index.html")


# The project's URLs plus the bare view, so both go through the same middleware stack.
urlpatterns = [path("bench/bare/", bare_view), path("", include("compagnon.urls"))]


def build(lessons: int, questions: int):
    from accounts.models import PractitionerProfile, User
    from courses import demo
    from credits import services as credits_services
    from tests.courses import demo_fixture

    credits_services.frameworks_ensure()
    catalogue, _library = demo.ensure_index_pages()
    course, _ = demo.load_course(
        catalogue,
        demo_fixture.course_data(lessons=lessons, questions=questions, languages=("fr",)),
        "fr",
    )
    user = User.objects.create_user(email="learner@bench.test", password="bench-password-123")
    PractitionerProfile.objects.create(
        user=user,
        display_name="Learner",
        profession="physician",
        specialty="general_practice",
        career_stage="junior",
        region="BRE",
        verification_status="verified",
    )
    return course, user


def measure(client: Client, url: str, runs: int) -> tuple[float, float, int]:
    """Requests per second over `runs` requests, median ms, and queries per request."""
    for _ in range(5):
        assert client.get(url).status_code == 200, url
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)
    times = []
    start = time.perf_counter()
    for _ in range(runs):
        t0 = time.perf_counter()
        client.get(url)
        times.append(time.perf_counter() - t0)
    total = time.perf_counter() - start
    return runs / total, statistics.median(times) * 1000, len(executed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lessons", type=int, default=8)
    parser.add_argument("--questions", type=int, default=12)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    setup_test_environment()
    settings.DEBUG = False
    call_command("migrate", verbosity=0)
    course, user = build(args.lessons, args.questions)
    from courses.models import LessonPage

    lessons = list(LessonPage.objects.child_of(course).order_by("path"))
    with override_settings(ROOT_URLCONF=__name__):
        anonymous = Client(HTTP_ACCEPT_LANGUAGE="fr")
        learner = Client(HTTP_ACCEPT_LANGUAGE="fr")
        learner.force_login(user)
        learner.post(course.url + "enrol/")
        for lesson in lessons[: len(lessons) // 2]:
            learner.post(lesson.url + "complete/")
        rows = [
            ("bare view", "anonymous", anonymous, "/bench/bare/"),
            ("course page", "anonymous", anonymous, course.url),
            ("bare view", "enrolled", learner, "/bench/bare/"),
            ("course page", "enrolled", learner, course.url),
            ("lesson page", "enrolled", learner, lessons[1].url),
            ("catalogue", "enrolled", learner, course.get_parent().url),
        ]
        print(
            f"course with {args.lessons} lessons, {args.questions} questions; "
            f"{args.runs} requests each (SQLite, {connection.vendor})"
        )
        print(f"{'page':<14}{'visitor':<11}{'req/s':>8}{'median ms':>11}{'queries':>9}{'ratio':>8}")
        bare: dict[str, float] = {}
        ratios: dict[str, float] = {}
        for label, visitor, client, url in rows:
            rate, median, queries = measure(client, url, args.runs)
            bare.setdefault(visitor, rate)
            ratios[f"{label}, {visitor}"] = rate / bare[visitor]
            print(
                f"{label:<14}{visitor:<11}{rate:>8.0f}{median:>11.2f}{queries:>9}"
                f"{rate / bare[visitor]:>8.2f}"
            )
    course_ratio = min(ratios["course page, anonymous"], ratios["course page, enrolled"])
    verdict = "meets" if course_ratio >= 0.2 else "misses"
    print(
        f"course page / bare view (same visitor, lower of the two) = {course_ratio:.2f} — "
        f"{verdict} the 1/5 target"
    )
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        TMP.cleanup()
