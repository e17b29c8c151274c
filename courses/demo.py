"""Demo courses and study digests for `seed_demo`: idempotent, development only.

Creates the catalogue (/courses/) and the evidence library (/evidence/) under the home page, then
loads every module of `courses.demo_content` (format: see that package). Each language version
becomes its own page, published with a revision like an editor would; a page that already exists
(same code and language) is left as it is, so re-running never duplicates anything.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import uuid
from decimal import Decimal
from types import ModuleType

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from compagnon.models import HomePage
from credits import services as credits_services
from credits.models import Category, Framework

from .models import (
    CourseDesignation,
    CourseFaculty,
    CourseIndexPage,
    CoursePage,
    DigestDesignation,
    LessonPage,
    RequiredReading,
    StudyDigestIndexPage,
    StudyDigestPage,
)

CATALOGUE = {
    "title": "Formations",
    "slug": "courses",
    "intro": "Des formations pratiques au numérique en santé : intelligence artificielle, "
    "dispositifs connectés, dialogue avec les patients, protection des données. Chaque "
    "formation terminée donne des crédits de formation continue.",
    "intro_en": "Practical training in digital health: artificial intelligence, connected "
    "devices, talking with patients, data protection. Every completed course earns "
    "continuing-education credit.",
}
LIBRARY = {
    "title": "Bibliothèque de preuves",
    "slug": "evidence",
    "intro": "Des synthèses structurées d'études cliniques, avec un court questionnaire de "
    "compréhension : la lecture compte comme formation continue.",
    "intro_en": "Structured summaries of clinical studies, each with a short comprehension "
    "check: reading counts as continuing education.",
}


def _date(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


def _publish(page) -> None:
    page.save_revision().publish()


def _child_slug(parent, wanted: str) -> str:
    slug = slugify(wanted)[:70] or "page"
    taken = set(parent.get_children().values_list("slug", flat=True))
    candidate, n = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{n}"
        n += 1
    return candidate


def ensure_index_pages() -> tuple[CourseIndexPage | None, StudyDigestIndexPage | None]:
    home = HomePage.objects.first()
    if home is None:
        return None, None
    result = []
    for model, data in ((CourseIndexPage, CATALOGUE), (StudyDigestIndexPage, LIBRARY)):
        page = model.objects.first()
        if page is None:
            page = model(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                intro_en=data["intro_en"],
            )
            home.add_child(instance=page)
            _publish(page)
            home.refresh_from_db()
        result.append(page)
    return result[0], result[1]


def _designations(rows, model):
    frameworks = {f.code: f for f in Framework.objects.all()}
    items = []
    for row in rows:
        framework = frameworks[row["framework"]]
        category = Category.objects.get(framework=framework, code=row["category"])
        items.append(
            model(framework=framework, category=category, max_credits=Decimal(row["max_credits"]))
        )
    return items


def _id() -> str:
    return str(uuid.uuid4())


def _items(values) -> list[dict]:
    """ListBlock items in Wagtail's stored format, with ids: question and option ids must stay
    the same every time the page is loaded."""
    return [{"type": "item", "value": value, "id": _id()} for value in values]


def _questions(rows) -> list[dict]:
    return [
        {
            "type": "question",
            "id": _id(),
            "value": {
                "text": q["text"],
                "multiple": bool(q.get("multiple")),
                "options": _items(
                    {"text": o["text"], "correct": bool(o.get("correct"))} for o in q["options"]
                ),
                "explanation": q.get("explanation", ""),
            },
        }
        for q in rows
    ]


def _body(blocks) -> list[dict]:
    body = []
    for kind, value in blocks:
        if kind == "knowledge_check":
            value = {
                "question": value["question"],
                "options": _items(
                    {
                        "text": o["text"],
                        "correct": bool(o.get("correct")),
                        "feedback": o.get("feedback", ""),
                    }
                    for o in value["options"]
                ),
            }
        elif kind == "patient_conversation":
            value = {
                "situation": value.get("situation", ""),
                "say": _items(value.get("say", [])),
                "avoid": _items(value.get("avoid", [])),
            }
        body.append({"type": kind, "value": value, "id": _id()})
    return body


def load_course(catalogue: CourseIndexPage, data: dict, language: str) -> tuple[CoursePage, bool]:
    existing = CoursePage.objects.filter(code=data["code"], language=language).first()
    if existing is not None:
        return existing, False
    text = data["translations"][language]
    page = CoursePage(
        title=text["title"],
        slug=_child_slug(catalogue, text["title"]),
        code=data["code"],
        language=language,
        summary=text["summary"],
        audience=text["audience"],
        objectives="\n".join(text["objectives"]),
        topics=list(data.get("topics", [])),
        professions=list(data.get("professions", [])),
        estimated_minutes=data["estimated_minutes"],
        release_date=_date(data["release_date"]),
        last_review_date=_date(data["last_review_date"]),
        expiry_date=_date(data["expiry_date"]),
        pass_mark=data.get("pass_mark", 75),
        max_attempts=data.get("max_attempts", 3),
        national_priority=bool(data.get("national_priority", False)),
        assessment=_questions(text["assessment"]),
    )
    page.faculty = [
        CourseFaculty(
            name=person["name"],
            credentials=person.get("credentials", ""),
            role=person.get(f"role_{language}", ""),
            disclosures=person.get(f"disclosures_{language}", ""),
        )
        for person in data.get("faculty", [])
    ]
    page.designations = _designations(data.get("designations", []), CourseDesignation)
    catalogue.add_child(instance=page)
    _publish(page)
    for lesson_data in text["lessons"]:
        lesson = LessonPage(
            title=lesson_data["title"],
            slug=_child_slug(page, lesson_data["title"]),
            summary=lesson_data.get("summary", ""),
            estimated_minutes=lesson_data.get("estimated_minutes", 20),
            body=_body(lesson_data["body"]),
        )
        page.add_child(instance=lesson)
        _publish(lesson)
        page.refresh_from_db()
    catalogue.refresh_from_db()
    return page, True


def load_digest(library: StudyDigestIndexPage, data: dict, language: str):
    existing = StudyDigestPage.objects.filter(code=data["code"], language=language).first()
    if existing is not None:
        return existing, False
    text = data["translations"][language]
    release = timezone.localdate() - dt.timedelta(days=7)
    page = StudyDigestPage(
        title=text["title"],
        slug=_child_slug(library, text["title"]),
        code=data["code"],
        language=language,
        citation=text["citation"],
        doi=data.get("doi", ""),
        publication_status=data.get("publication_status", "published"),
        publication_year=data["publication_year"],
        topics=list(data.get("topics", [])),
        design=text["design"],
        population=text["population"],
        intervention=text["intervention"],
        comparator=text.get("comparator", ""),
        outcomes=text["outcomes"],
        results=text["results"],
        limitations=text["limitations"],
        practice_points=text["practice_points"],
        estimated_minutes=data.get("estimated_minutes", 30),
        release_date=release,
        expiry_date=release.replace(year=release.year + 3),
        comprehension_check=_questions(text["check"]),
    )
    page.designations = _designations(data.get("designations", []), DigestDesignation)
    library.add_child(instance=page)
    _publish(page)
    library.refresh_from_db()
    return page, True


def content_modules() -> list[ModuleType]:
    from . import demo_content

    return [
        importlib.import_module(f"{demo_content.__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(demo_content.__path__), key=lambda i: i.name)
        if not info.name.startswith("_")
    ]


@transaction.atomic
def seed(stdout=None, modules: list[ModuleType] | None = None) -> dict[str, int]:
    credits_services.frameworks_ensure()
    catalogue, library = ensure_index_pages()
    counts = {"courses": 0, "digests": 0, "lessons": 0}
    if catalogue is None or library is None:
        return counts
    modules = content_modules() if modules is None else modules
    first_digest = None
    for module in modules:
        for data in getattr(module, "COURSES", []):
            for language in ("fr", "en"):
                if language not in data["translations"]:
                    continue
                _page, created = load_course(catalogue, data, language)
                counts["courses"] += created
                if created:
                    counts["lessons"] += len(data["translations"][language]["lessons"])
        for data in getattr(module, "DIGESTS", []):
            first_digest = first_digest or data["code"]
            for language in ("fr", "en"):
                if language in data["translations"]:
                    _page, created = load_digest(library, data, language)
                    counts["digests"] += created
    if first_digest:
        framework = Framework.objects.filter(code="certification-periodique").first()
        if framework is not None:
            RequiredReading.objects.get_or_create(
                framework=framework,
                digest_code=first_digest,
                defaults={"note": "Lecture recommandée (exemple de démonstration)."},
            )
    if stdout is not None:
        stdout.write(
            f"  courses: {counts['courses']} new course pages, {counts['lessons']} lessons, "
            f"{counts['digests']} new digest pages "
            f"({CoursePage.objects.count()} courses, {StudyDigestPage.objects.count()} digests)"
        )
    return counts
