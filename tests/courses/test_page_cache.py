"""The anonymous course page is served from a cache, before Wagtail's routing; never stale,
never to a signed-in member, never once the page is unpublished, moved, restricted or expired."""

import datetime as dt

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from courses import selectors
from courses.models import CourseIndexPage

# A hit reads the Site and checks the page (live, not expired, same place, no restriction).
HIT_QUERIES = 2


@pytest.fixture
def primed(client, course):
    """The course page, seen once by an anonymous visitor: now in the cache."""
    first = client.get(course.url)
    assert first.status_code == 200
    return first


def test_it_serves_the_anonymous_page_from_the_cache(
    client, course, primed, django_assert_num_queries
):
    with django_assert_num_queries(HIT_QUERIES):
        again = client.get(course.url)

    assert again.status_code == 200
    assert again.content == primed.content
    assert again["Content-Type"] == primed["Content-Type"]
    assert again["Content-Language"] == primed["Content-Language"] == "en"
    assert set(again["Vary"].split(", ")) == set(primed["Vary"].split(", "))
    assert {"Accept-Language", "Cookie"} <= set(again["Vary"].split(", "))
    assert again["Content-Security-Policy"] == primed["Content-Security-Policy"]


def test_the_anonymous_page_holds_nothing_of_the_visitor(client, course, primed):
    html = primed.content.decode()

    assert "csrfmiddlewaretoken" not in html
    assert "nonce=" not in html
    assert "<script>" not in html and "<style" not in html and " style=" not in html
    assert "csrftoken" not in primed.cookies
    assert "Sign in to enrol" in html


def test_it_shows_a_published_change_at_once(client, course, primed):
    revision = course.get_latest_revision_as_object()
    revision.title = "Reading a risk score, revised"
    revision.save_revision().publish()

    html = client.get(course.url).content.decode()

    assert "Reading a risk score, revised" in html


def test_it_shows_a_new_lesson_at_once(client, course, primed):
    lesson = course.get_children().live().first().specific
    lesson.title = "A lesson renamed"
    lesson.save_revision().publish()

    assert "A lesson renamed" in client.get(course.url).content.decode()


def test_a_signed_in_member_never_gets_the_anonymous_page(client, course, primed, learner):
    client.force_login(learner)

    html = client.get(course.url).content.decode()

    assert "Enrol in this course" in html
    assert "Sign in to enrol" not in html
    assert learner.display_name in html


def test_an_unpublished_page_is_gone_at_once(client, course, primed):
    course.unpublish()

    assert client.get(course.url).status_code == 404


def test_it_checks_the_page_is_still_live_even_without_a_new_version(client, course, primed):
    # Whatever the signals did or did not do, a hit checks the row.
    Page.objects.filter(pk=course.pk).update(live=False)

    assert client.get(course.url).status_code == 404


def test_a_page_past_its_unpublishing_time_is_not_served_from_the_cache(
    client, course, primed, django_assert_max_num_queries
):
    Page.objects.filter(pk=course.pk).update(expire_at=timezone.now() - dt.timedelta(minutes=1))

    with django_assert_max_num_queries(30) as captured:
        client.get(course.url)

    assert len(captured) > HIT_QUERIES


def test_a_page_under_a_new_view_restriction_is_not_served_from_the_cache(client, course, primed):
    PageViewRestriction.objects.create(
        page=course.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )

    response = client.get(course.url)

    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_the_old_address_of_a_moved_page_is_gone(client, course, primed):
    catalogue = CourseIndexPage.objects.get()
    catalogue.slug = "training"
    catalogue.save_revision().publish()  # not a course: the content version stays

    assert client.get(course.url).status_code == 404
    course.refresh_from_db()
    assert course.url.startswith("/training/")
    assert client.get(course.url).status_code == 200


def test_the_credit_expiry_notice_appears_on_the_expiry_day(client, make_course, monkeypatch):
    today = timezone.localdate()
    course = make_course(
        code="expiring", release=today - dt.timedelta(days=10), expiry=today + dt.timedelta(days=1)
    )
    assert "Credit for this course ended" not in client.get(course.url).content.decode()

    monkeypatch.setattr(timezone, "localdate", lambda *args: today + dt.timedelta(days=1))

    assert "Credit for this course ended" in client.get(course.url).content.decode()


def test_each_language_has_its_own_copy(client, course, primed):
    client.cookies.pop("django_language")

    french = client.get(course.url, HTTP_ACCEPT_LANGUAGE="fr").content.decode()

    assert '<html lang="fr">' in french
    assert "Se connecter" in french
    assert '<html lang="en">' in client.get(course.url).content.decode()


def test_a_waiting_message_is_shown_not_the_cached_page(client, course, primed):
    request = RequestFactory().get("/")
    storage = CookieStorage(request)
    client.cookies[storage.cookie_name] = storage._encode(
        [Message(constants.SUCCESS, "A message for this visitor only.")]
    )

    html = client.get(course.url).content.decode()

    assert "A message for this visitor only." in html


def test_a_query_string_is_not_served_from_the_cache(
    client, course, primed, django_assert_max_num_queries
):
    with django_assert_max_num_queries(30) as captured:
        assert client.get(course.url + "?utm_source=mail").status_code == 200

    assert len(captured) > HIT_QUERIES


@pytest.mark.parametrize("where", ["assessment/", "lesson", "catalogue"])
def test_only_the_course_page_itself_is_cached(
    client, course, where, django_assert_max_num_queries
):
    if where == "lesson":
        url = course.get_children().live().first().url
    elif where == "catalogue":
        url = course.get_parent().url
    else:
        url = course.url + where
    first = client.get(url)

    with django_assert_max_num_queries(30) as captured:
        again = client.get(url)

    assert again.status_code == first.status_code
    assert len(captured) > HIT_QUERIES


def test_the_content_version_moves_again_when_the_publication_commits(
    db, django_capture_on_commit_callbacks
):
    before = selectors.content_version()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        selectors.content_version_bump()
    during = selectors.content_version()
    for callback in callbacks:
        callback()

    assert before < during < selectors.content_version()


def test_a_lost_version_never_comes_back_to_an_old_value():
    from django.core.cache import cache

    first = selectors.content_version()
    cache.delete(selectors.CONTENT_VERSION_KEY)

    assert selectors.content_version() > first
