import pytest
from django.utils import translation

from accounts.choices import VerificationStatus
from courses import demo
from credits import services as credits_services
from tests.courses import demo_fixture
from tests.factories import ProfileFactory


@pytest.fixture(autouse=True)
def _english(client, settings):
    """Pages and messages are asserted in English; the site's default language is French."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def frameworks(db):
    credits_services.frameworks_ensure()
    from credits.models import Framework

    return {f.code: f for f in Framework.objects.all()}


@pytest.fixture
def index_pages(frameworks):
    return demo.ensure_index_pages()


@pytest.fixture
def make_course(index_pages):
    """A published course (one language) built through the demo loader."""

    def make(language="en", **kwargs):
        kwargs.setdefault("languages", (language,))
        data = demo_fixture.course_data(**kwargs)
        page, _created = demo.load_course(index_pages[0], data, language)
        return page

    return make


@pytest.fixture
def course(make_course):
    return make_course()


@pytest.fixture
def make_digest(index_pages):
    def make(language="en", code="obermeyer-2019"):
        page, _created = demo.load_digest(index_pages[1], demo_fixture.digest_data(code), language)
        return page

    return make


@pytest.fixture
def learner(db):
    return ProfileFactory(
        user__email="ines@example.org",
        user__first_name="Inès",
        user__last_name="Moreau",
        verification_status=VerificationStatus.VERIFIED,
    ).user
