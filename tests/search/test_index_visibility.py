"""Who may find what: pages under a Wagtail view restriction and lessons of an unpublished course
stay out of the (public) index, by signal and by `search_index --reindex`; a mentor's entry
carries the language the mentor speaks, and the language facet filters on it."""

import html

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction

from accounts.choices import Role, VerificationStatus
from courses import demo
from courses.models import CourseIndexPage, CoursePage, LessonPage
from credits import services as credits_services
from mentoring.services import mentor_profile_save
from search.models import SearchEntry
from search.selectors import search
from tests.courses import demo_fixture
from tests.factories import ProfileFactory, UserFactory, add_role, enable_totp

pytestmark = pytest.mark.django_db

COURSE_QUERY = "reading risk score"
COURSE_TITLES = [
    "AI: reading a risk score",
    "Lesson 1: reading a risk score",
    "Lesson 2: reading a risk score",
    "Lesson 3: reading a risk score",
]
LESSON_TITLES = COURSE_TITLES[1:]


def titles(results) -> list[str]:
    return sorted(
        html.unescape(str(hit.title).replace("<mark>", "").replace("</mark>", ""))
        for hit in results.hits
    )


def found(query: str, user=None, **filters) -> list[str]:
    return titles(search(user=user or AnonymousUser(), query=query, filters=filters))


def indexed(page: Page) -> bool:
    return SearchEntry.objects.filter(object_id=str(page.pk), published=True).exists()


@pytest.fixture(autouse=True)
def _database_search(settings, tmp_path):
    settings.ELASTICSEARCH_URL = ""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def catalogue(db):
    credits_services.frameworks_ensure()
    catalogue, _library = demo.ensure_index_pages()
    return catalogue


@pytest.fixture
def course(catalogue) -> CoursePage:
    """A published English course with three lessons, through the demo loader."""
    page, _ = demo.load_course(catalogue, demo_fixture.course_data(languages=("en",)), "en")
    return page


@pytest.fixture
def digest(catalogue):
    _catalogue, library = demo.ensure_index_pages()
    page, _ = demo.load_digest(library, demo_fixture.digest_data(), "en")
    return page


@pytest.fixture
def editor(client):
    user = UserFactory(is_superuser=True, is_staff=True)
    add_role(user, Role.COURSE_EDITOR)
    enable_totp(user)
    client.force_login(user)
    return user


def lessons(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(course).order_by("path"))


# --- 1. View restrictions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "restriction",
    [
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "s3cret"},
        {"restriction_type": PageViewRestriction.LOGIN},
        {"restriction_type": PageViewRestriction.GROUPS},
    ],
    ids=["password", "login", "groups"],
)
def test_it_takes_a_restricted_course_and_its_lessons_out_of_search(course, alice, restriction):
    assert found(COURSE_QUERY) == COURSE_TITLES

    PageViewRestriction.objects.create(page=course, **restriction)

    assert found(COURSE_QUERY) == []
    assert found(COURSE_QUERY, user=alice) == []  # not members' search either
    assert not any(indexed(page) for page in [course, *lessons(course)])


def test_it_takes_out_everything_under_a_restricted_ancestor_and_nothing_else(course, digest):
    PageViewRestriction.objects.create(
        page=course.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )

    assert found(COURSE_QUERY) == []
    assert found("algorithmic bias") == ["Algorithmic bias"]  # the digest library is open


def test_a_restricted_lesson_leaves_alone(course):
    second = lessons(course)[1]

    PageViewRestriction.objects.create(page=second, restriction_type=PageViewRestriction.LOGIN)

    assert found(COURSE_QUERY) == [t for t in COURSE_TITLES if t != second.title]


def test_lifting_the_restriction_brings_the_pages_back(course):
    restriction = PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.LOGIN
    )
    lessons(course)[2].unpublish()
    assert found(COURSE_QUERY) == []

    restriction.delete()

    assert found(COURSE_QUERY) == COURSE_TITLES[:3]  # not the lesson unpublished meanwhile


def test_republishing_a_restricted_course_does_not_index_it(course):
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)

    revision = course.get_latest_revision_as_object()
    revision.title = "AI: reading a risk score, revised"
    revision.save_revision().publish()
    lessons(course)[0].save_revision().publish()

    assert found(COURSE_QUERY) == []


def test_setting_and_lifting_privacy_in_the_admin_updates_search(client, editor, course):
    url = f"/cms/pages/{course.pk}/privacy/"
    group = Group.objects.create(name="Pilot site")

    response = client.post(url, {"restriction_type": "groups", "groups": [group.pk]})

    assert response.status_code == 200 and response.json()["step"] == "set_privacy_done"
    assert found(COURSE_QUERY) == []

    client.post(url, {"restriction_type": "none"})

    assert not PageViewRestriction.objects.exists()
    assert found(COURSE_QUERY) == COURSE_TITLES


def test_moving_a_course_under_a_restricted_page_takes_it_out(course):
    home = course.get_parent().get_parent()
    private = home.add_child(instance=CourseIndexPage(title="Pilot courses", slug="pilot"))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    course.move(private, pos="last-child")

    assert found(COURSE_QUERY) == []


def test_deleting_a_restricted_page_leaves_no_entry(course):
    PageViewRestriction.objects.create(page=course, restriction_type=PageViewRestriction.LOGIN)
    pages = [course, *lessons(course)]

    Page.objects.get(pk=course.pk).delete()

    assert not SearchEntry.objects.filter(
        object_id__in=[str(p.pk) for p in pages], published=True
    ).exists()


def test_reindex_leaves_out_restricted_pages(course, digest, capsys):
    # Restricted behind the signals' back (no save() signal): only the re-feed can notice.
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=course, restriction_type=PageViewRestriction.LOGIN)]
    )
    assert found(COURSE_QUERY) == COURSE_TITLES

    call_command("search_index", "--reindex")
    assert found(COURSE_QUERY) == []

    SearchEntry.objects.all().delete()
    call_command("search_index", "--reindex")

    assert found(COURSE_QUERY) == []
    assert found("algorithmic bias") == ["Algorithmic bias"]
    assert capsys.readouterr().out.splitlines()[-2].startswith("1 objects indexed")  # the digest
    assert SearchEntry.objects.filter(published=True).count() == 1


# --- 2. Lessons follow their course -----------------------------------------------------------


def test_unpublishing_a_course_takes_its_lessons_out_and_republishing_brings_them_back(course):
    lessons(course)[1].unpublish()

    CoursePage.objects.get(pk=course.pk).unpublish()  # the course alone: its lessons stay live

    assert all(lesson.live for lesson in lessons(course)[::2])
    assert found(COURSE_QUERY) == []
    assert not any(indexed(lesson) for lesson in lessons(course))

    CoursePage.objects.get(pk=course.pk).get_latest_revision().publish()

    assert found(COURSE_QUERY) == [COURSE_TITLES[0], COURSE_TITLES[1], COURSE_TITLES[3]]


def test_deleting_a_course_takes_its_lessons_out(course):
    pages = [course, *lessons(course)]

    CoursePage.objects.get(pk=course.pk).delete()

    assert found(COURSE_QUERY) == []
    assert not SearchEntry.objects.filter(
        object_id__in=[str(p.pk) for p in pages], published=True
    ).exists()


def test_a_lesson_published_under_an_unpublished_course_is_not_indexed(course):
    CoursePage.objects.get(pk=course.pk).unpublish()

    lessons(course)[0].save_revision().publish()

    assert found(COURSE_QUERY) == []


def test_reindex_leaves_out_lessons_of_a_course_that_is_not_live(course):
    # Unpublished behind the signals' back: only the re-feed can notice.
    CoursePage.objects.filter(pk=course.pk).update(live=False)
    assert found(COURSE_QUERY) == COURSE_TITLES

    call_command("search_index", "--reindex")

    assert found(COURSE_QUERY) == []
    assert SearchEntry.objects.filter(published=True).count() == 0


# --- 3. Mentors' languages --------------------------------------------------------------------


def _mentor(name: str, languages, practitioner_languages=("fr", "en")):
    user = ProfileFactory(
        display_name=name,
        verification_status=VerificationStatus.VERIFIED,
        languages=list(practitioner_languages),
    ).user
    mentor_profile_save(user=user, headline="Mentor in heart failure", languages=languages)
    return user


def _language(user) -> str:
    return SearchEntry.objects.get(kind="mentor", object_id=str(user.mentor_profile.pk)).language


def test_a_mentor_entry_carries_the_language_the_mentor_speaks():
    english = _mentor("Dr Ann English", ["en"])
    bilingual = _mentor("Dr Bea Bilingue", ["fr", "en"])
    spanish = _mentor("Dr Carmen Español", ["es"])
    unset = _mentor("Dr Dan Unset", [], practitioner_languages=["en", "de"])

    assert _language(english) == "en"
    assert _language(bilingual) == "fr"  # one value: French when spoken (see MentorDocument)
    assert _language(spanish) == "fr"  # no search language fits: the platform's
    assert _language(unset) == "en"  # the practitioner's languages, as matching uses


def test_a_mentor_changing_languages_moves_in_the_language_facet(alice):
    mentor = _mentor("Dr Ann English", ["en"])
    assert found("heart failure", user=alice, language=["en"]) == ["Dr Ann English"]

    mentor_profile_save(user=mentor, headline="Mentor in heart failure", languages=["fr"])

    assert found("heart failure", user=alice, language=["en"]) == []
    assert found("heart failure", user=alice, language=["fr"]) == ["Dr Ann English"]


def test_the_language_facet_counts_and_filters_mentors(client, alice):
    _mentor("Dr Ann English", ["en"])
    _mentor("Dr Bea Bilingue", ["fr", "en"])
    _mentor("Dr Carla Française", ["fr"])
    client.force_login(alice)

    results = search(user=alice, query="heart failure")
    counts = {v.value: v.count for v in results.facets["language"]}
    response = client.get("/search/", {"q": "heart failure", "language": "en"})

    assert counts == {"fr": 2, "en": 1}
    page = html.unescape(response.content.decode())
    assert "Dr Ann English" in page and "Dr Bea Bilingue" not in page
