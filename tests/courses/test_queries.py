"""Course and lesson pages: the query count does not grow with lessons, questions or enrolments."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.models import LessonPage
from tests.courses.helpers import complete_lessons, enrol
from tests.factories import ProfileFactory


def _count(client, url) -> int:
    client.get(url)  # warm caches (site root paths, content types)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _setup(client, make_course, learner, *, code, lessons, questions, others):
    course = make_course(code=code, lessons=lessons, questions=questions)
    for _ in range(others):
        user = ProfileFactory().user
        client.force_login(user)
        enrol(client, course)
    client.force_login(learner)
    enrol(client, course)
    complete_lessons(client, course, count=2)
    return course


@pytest.mark.parametrize("page", ["course", "lesson", "assessment", "catalogue"])
def test_page_queries_do_not_grow(client, make_course, learner, django_assert_num_queries, page):
    small = _setup(client, make_course, learner, code="small", lessons=3, questions=4, others=1)
    large = _setup(client, make_course, learner, code="large", lessons=9, questions=16, others=6)

    def url(course):
        if page == "lesson":
            return LessonPage.objects.child_of(course).order_by("path")[1].url
        if page == "assessment":
            return course.url + "assessment/"
        if page == "catalogue":
            return course.get_parent().url
        return course.url

    expected = _count(client, url(small))
    large_url = url(large)
    client.get(large_url)
    with django_assert_num_queries(expected):
        assert client.get(large_url).status_code == 200
