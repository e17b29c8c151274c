"""Wagtail page tests: where each page type may live, and that each one renders and previews."""

from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from accounts.choices import Role
from compagnon.models import HomePage
from courses import demo
from courses.models import (
    CourseIndexPage,
    CoursePage,
    LessonPage,
    StudyDigestIndexPage,
    StudyDigestPage,
)
from credits import services as credits_services
from tests.courses import demo_fixture
from tests.factories import UserFactory, add_role, enable_totp, ensure_site_tree


class CoursePagesTests(WagtailPageTestCase):
    def setUp(self):
        translation.activate("en")
        ensure_site_tree()
        credits_services.frameworks_ensure()
        self.catalogue, self.library = demo.ensure_index_pages()
        self.course, _ = demo.load_course(
            self.catalogue, demo_fixture.course_data(languages=("en",)), "en"
        )
        self.lesson = LessonPage.objects.child_of(self.course).first()
        self.digest, _ = demo.load_digest(self.library, demo_fixture.digest_data(), "en")
        self.editor = UserFactory(email="editor@example.org", is_superuser=True, is_staff=True)
        add_role(self.editor, Role.COURSE_EDITOR)
        enable_totp(self.editor)

    def tearDown(self):
        translation.deactivate()

    def test_it_puts_each_page_type_in_its_place(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage})
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage})
        self.assertAllowedSubpageTypes(LessonPage, set())
        self.assertAllowedParentPageTypes(StudyDigestIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(StudyDigestIndexPage, {StudyDigestPage})
        self.assertAllowedParentPageTypes(StudyDigestPage, {StudyDigestIndexPage})

    def test_it_allows_creating_courses_only_in_the_catalogue(self):
        self.assertCanCreateAt(CourseIndexPage, CoursePage)
        self.assertCanCreateAt(CoursePage, LessonPage)
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(Page, LessonPage)
        self.assertCanCreateAt(StudyDigestIndexPage, StudyDigestPage)
        # One catalogue and one library per site.
        self.assertFalse(CourseIndexPage.can_create_at(HomePage.objects.first()))

    def test_it_renders_every_page(self):
        for page in (self.catalogue, self.course, self.lesson, self.library, self.digest):
            self.assertPageIsRenderable(page)

    def test_it_previews_course_lesson_and_digest_in_the_editor(self):
        # StreamField editors are built by JavaScript, so the form cannot be scraped from the
        # edit view for assertPageIsPreviewable; Wagtail's own preview request renders instead.
        for page in (self.course, self.lesson, self.digest):
            response = page.make_preview_request()
            self.assertEqual(response.status_code, 200, page)
            self.assertContains(response, page.title)

    def test_it_shows_a_lesson_in_preview_even_to_an_editor_not_enrolled(self):
        response = self.lesson.make_preview_request()
        # The dummy preview request carries no language: assert on markup, not on words.
        self.assertContains(response, 'class="knowledge-check"')
        self.assertContains(response, 'class="lesson-body"')

    def test_it_opens_the_editors_for_course_editors(self):
        self.client.force_login(self.editor)
        for page in (self.course, self.lesson, self.digest):
            response = self.client.get(f"/cms/pages/{page.pk}/edit/")
            self.assertEqual(response.status_code, 200, page)
