import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _english():
    """Explanations are asserted in English; the site's default language is French."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _english_pages(request):
    """Pages too: the test client asks for English when a test uses it."""
    if "client" in request.fixturenames:
        request.getfixturevalue("client").defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


# --- Fixtures of the mentoring programme tests (profiles, requests, sessions, logbook) --------
import datetime as dt  # noqa: E402

from django.utils import timezone  # noqa: E402

from accounts.choices import CareerStage, Role, VerificationStatus  # noqa: E402
from tests.factories import ProfileFactory, add_role, enable_totp  # noqa: E402

EVENINGS = [[1, 18], [1, 19], [1, 20], [3, 12], [3, 13]]  # Tuesday 18–21, Thursday 12–14


def practitioner(
    stage=CareerStage.JUNIOR,
    *,
    specialty="general_practice",
    languages=("fr", "en"),
    region="BRE",
    name=None,
    verified=True,
):
    kwargs = {}
    if name:
        kwargs["display_name"] = name
        kwargs["user__first_name"] = name
    return ProfileFactory(
        verification_status=(
            VerificationStatus.VERIFIED if verified else VerificationStatus.PENDING
        ),
        career_stage=stage,
        specialty=specialty,
        languages=list(languages),
        region=region,
        **kwargs,
    ).user


def mentor_of(user, **overrides):
    from mentoring.services import mentor_profile_save

    values = {
        "topics": ["ai", "telemedicine"],
        "languages": list(user.profile.languages),
        "region": user.profile.region,
        "modality": "both",
        "capacity": 2,
        "availability": EVENINGS,
    }
    values.update(overrides)
    return mentor_profile_save(user=user, **values)


def mentee_of(user, **overrides):
    from mentoring.services import mentee_profile_save

    values = {
        "goals": "Learn remote monitoring",
        "topics": ["ai", "telemedicine"],
        "languages": list(user.profile.languages),
        "modality": "both",
        "availability": EVENINGS,
    }
    values.update(overrides)
    return mentee_profile_save(user=user, **values)


def next_local(weekday: int, hour: int, minute: int = 0, weeks: int = 1) -> dt.datetime:
    """A future time in the programme's time zone on ``weekday`` at ``hour``."""
    tz = timezone.get_current_timezone()
    today = timezone.localdate()
    day = today + dt.timedelta(days=(weekday - today.weekday()) % 7 + 7 * weeks)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=tz)


@pytest.fixture
def senior(db):
    """Bernard mentors: a senior cardiologist with two places."""
    user = practitioner(CareerStage.SENIOR, specialty="cardiology", name="Bernard")
    mentor_of(user)
    return user


@pytest.fixture
def junior(db):
    """Inès is a junior GP looking for a mentor."""
    user = practitioner(CareerStage.JUNIOR, name="Ines")
    mentee_of(user)
    return user


@pytest.fixture
def outsider(db):
    """Olivier is verified but has nothing to do with the pair."""
    return practitioner(CareerStage.SENIOR, name="Olivier")


@pytest.fixture
def active_mentorship(senior, junior):
    from mentoring.services import request_accept, request_send

    request = request_send(mentee=junior, mentor=senior)
    return request_accept(request_id=request.pk, mentor=senior)


@pytest.fixture
def programme_admin(db):
    user = practitioner(CareerStage.SENIOR, name="Camille")
    add_role(user, Role.PROGRAMME_ADMIN)
    enable_totp(user)
    return user


def queries_for(client, url: str) -> int:
    """How many queries one GET of ``url`` runs."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm up: the first request after a login also updates the session
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context)
