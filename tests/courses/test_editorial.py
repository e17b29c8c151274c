"""Editors' side: update notices, frozen designations, search, the report, the demo loader."""

import datetime as dt
from decimal import Decimal

import pytest

from accounts.choices import Role
from accounts.models import Notification
from courses import demo, selectors, services
from courses.models import (
    CourseDesignation,
    CoursePage,
    CourseUpdate,
    LessonPage,
    StudyDigestPage,
)
from credits.models import Activity, Category, Designation
from search.models import SearchEntry
from tests.courses import demo_fixture
from tests.courses.helpers import attest, complete_lessons, enrol, evaluate, pass_assessment
from tests.factories import ProfileFactory, UserFactory, add_role, enable_totp


def _complete(client, course, user):
    client.force_login(user)
    enrol(client, course)
    complete_lessons(client, course)
    pass_assessment(client, course)
    evaluate(client, course)


def test_a_substantive_update_tells_learners_who_completed_it(client, course, learner):
    _complete(client, course, learner)
    other = ProfileFactory().user
    client.force_login(other)
    enrol(client, course)  # enrolled, not completed: not told

    page = CoursePage.objects.get(pk=course.pk)
    page.substantive_change = True
    page.change_summary = "Lesson 2 now covers the 2026 HAS guidance."
    page.save_revision().publish()

    notes = Notification.objects.filter(kind="courses.updated")
    assert [n.user for n in notes] == [learner]
    assert notes[0].body == "Lesson 2 now covers the 2026 HAS guidance."
    assert notes[0].url == course.url
    page.refresh_from_db()
    assert not page.substantive_change and page.change_summary == ""
    assert not page.get_latest_revision_as_object().substantive_change  # next edit starts clear
    assert "Lesson 2 now covers" in client.get(course.url).content.decode()

    # A later, ordinary publish tells nobody.
    page.title = "AI: reading a risk score (2026)"
    page.save_revision().publish()
    assert Notification.objects.filter(kind="courses.updated").count() == 1
    assert CourseUpdate.objects.count() == 1


def test_a_substantive_change_needs_a_summary(course):
    page = CoursePage.objects.get(pk=course.pk)
    page.substantive_change = True
    with pytest.raises(Exception, match="Say what changed"):
        page.full_clean()


def test_designations_are_synced_to_credits_and_frozen_once_open(course, frameworks):
    activity = services.page_activity(course)
    assert activity is not None and activity.opens_at <= dt.datetime.now(dt.UTC)
    assert {d.framework.code: d.max_credits for d in activity.designations.all()} == {
        "certification-periodique": Decimal("2"),
        "dpc": Decimal("1.5"),
    }
    bloc1 = Category.objects.get(framework__code="certification-periodique", code="bloc-1")
    same = {(d.framework_id, d.category_id, d.max_credits) for d in activity.designations.all()}
    assert services.course_designations_frozen_reason(page=course, wanted=same) is None
    changed = {(frameworks["certification-periodique"].pk, bloc1.pk, Decimal("3"))}
    reason = services.course_designations_frozen_reason(page=course, wanted=changed)
    assert "frozen since the activity opened" in reason


def test_designations_follow_the_page_until_the_activity_opens(make_course, frameworks):
    later = dt.date.today() + dt.timedelta(days=30)
    course = make_course(release=later, expiry=later + dt.timedelta(days=300))
    page = CoursePage.objects.get(pk=course.pk)
    page.designations = [
        CourseDesignation(framework=d.framework, category=d.category, max_credits=Decimal("2"))
        for d in page.designations.all()
    ]
    page.save_revision().publish()
    activity = Activity.objects.get(source_type="courses.coursepage", source_id=str(course.pk))
    assert Designation.objects.get(activity=activity, framework__code="dpc").max_credits == 2


def test_the_editor_form_explains_frozen_designations(client, course, frameworks):
    editor = UserFactory(is_superuser=True, is_staff=True)
    add_role(editor, Role.COURSE_EDITOR)
    enable_totp(editor)
    client.force_login(editor)
    from courses.models.pages import CoursePageForm

    form_class = CoursePage.get_edit_handler().get_form_class()
    assert issubclass(form_class, CoursePageForm)


def test_publishing_indexes_course_lessons_and_digests_and_unpublishing_removes(
    course, make_digest
):
    digest = make_digest()
    lesson = LessonPage.objects.child_of(course).first()
    kinds = dict(SearchEntry.objects.filter(published=True).values_list("object_id", "kind"))
    assert kinds[str(course.pk)] == "course"
    assert kinds[str(lesson.pk)] == "lesson"
    assert kinds[str(digest.pk)] == "digest"
    entry = SearchEntry.objects.get(object_id=str(lesson.pk))
    assert "Right answer" not in entry.body  # knowledge-check answers are never indexed
    assert entry.language == "en" and "ai" in entry.topics
    course_entry = SearchEntry.objects.get(object_id=str(course.pk))
    assert "certification-periodique" in course_entry.frameworks
    lesson.unpublish()
    assert not SearchEntry.objects.get(object_id=str(lesson.pk)).published


def test_the_editor_report_counts_enrolments_completions_and_answers(client, course, learner):
    _complete(client, course, learner)
    attest(client, course)
    client.force_login(ProfileFactory().user)
    enrol(client, course)
    rows = {row.course.pk: row for row in selectors.course_report()}
    row = rows[course.pk]
    assert (row.enrolments, row.completions, row.credited, row.pass_rate) == (2, 1, 1, 100)
    assert row.relevance == 5
    assert row.practice_change == {"Yes, I intend to change my practice": 1}

    editor = UserFactory()
    add_role(editor, Role.COURSE_EDITOR)
    enable_totp(editor)
    client.force_login(editor)
    response = client.get(f"/cms/reports/courses/?course={course.pk}")
    assert response.status_code == 200
    html = response.content.decode()
    assert course.title in html and "100% (1/1)" in html
    assert "Check the calibration of scores" in html

    client.force_login(learner)
    assert client.get("/cms/reports/courses/").status_code in (302, 403)


def test_the_demo_loader_is_idempotent(db, frameworks):
    first = demo.seed(modules=[demo_fixture])
    again = demo.seed(modules=[demo_fixture])
    assert first == {"courses": 2, "digests": 2, "lessons": 6}
    assert again == {"courses": 0, "digests": 0, "lessons": 0}
    assert CoursePage.objects.live().count() == 2
    assert StudyDigestPage.objects.live().count() == 2
    assert LessonPage.objects.live().count() == 6
    for page in CoursePage.objects.all():
        assert page.get_latest_revision() is not None and page.live
    assert Activity.objects.filter(source_type="courses.coursepage").count() == 2


def test_the_real_demo_content_loads(db, frameworks):
    modules = demo.content_modules()
    demo.seed(modules=modules)
    expected = sum(len(getattr(m, "COURSES", [])) for m in modules)
    assert CoursePage.objects.values("code").distinct().count() == expected


@pytest.mark.django_db
def test_course_editors_may_edit_required_readings():
    from accounts.choices import Role
    from accounts.services import roles_ensure
    from tests.factories import UserFactory, add_role

    roles_ensure()
    editor = UserFactory()
    add_role(editor, Role.COURSE_EDITOR)
    editor = type(editor).objects.get(pk=editor.pk)  # fresh permission cache
    assert editor.has_perm("courses.change_requiredreading")
    assert editor.has_perm("courses.add_requiredreading")
