import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from credits import services
from credits.models import ActivityKind, Category, Framework


@pytest.fixture
def frameworks(db):
    """The real frameworks (transactional tests flush the ones migration 0002 created)."""
    services.frameworks_ensure()
    return {f.code: f for f in Framework.objects.all()}


@pytest.fixture
def cat(frameworks):
    def get(framework_code: str, code: str) -> Category:
        return Category.objects.get(framework__code=framework_code, code=code)

    return get


@pytest.fixture
def make_activity(frameworks, cat):
    """An open activity designated for the given frameworks: [(framework, category, max)]."""

    def make(
        designations=(("certification-periodique", "bloc-1", "3"),),
        *,
        title="IA et aide au diagnostic",
        opens_days_ago=30,
        expires_in_days=365,
        national_priority=False,
        kind=ActivityKind.COURSE,
    ):
        now = timezone.now()
        return services.activity_create(
            title=title,
            kind=kind,
            provider="Compagnon",
            opens_at=now - dt.timedelta(days=opens_days_ago),
            expires_at=now + dt.timedelta(days=expires_in_days) if expires_in_days else None,
            national_priority=national_priority,
            designations=[(frameworks[f], cat(f, c), Decimal(m)) for f, c, m in designations],
        )

    return make


@pytest.fixture
def award(frameworks):
    def do(user, activity, framework_code="certification-periodique", amount="1", **kwargs):
        kwargs.setdefault("attestation", "I attest the time spent.")
        return services.credit_award(
            user=user,
            activity=activity,
            framework=frameworks[framework_code],
            amount=amount,
            **kwargs,
        )

    return do


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted in English (numbers then read 0.25, not 0,25)."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def client(client, settings):
    """Pages in English, like the assertions."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Evidence files go to a temporary folder, never to var/media."""
    settings.MEDIA_ROOT = tmp_path / "media"
