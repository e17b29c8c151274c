"""Fixtures for the case tests: English pages, private image storage in a temporary folder,
and cases built through the services."""

from __future__ import annotations

import pytest
from django.utils import timezone

from accounts.choices import VerificationStatus
from cases.models import Case, CaseStatus
from tests.e2e.conftest import axe, browser, chromium_path, page  # noqa: F401 — browser fixtures
from tests.factories import ProfileFactory


@pytest.fixture(autouse=True)
def _case_images(settings, tmp_path):
    settings.CASES_IMAGE_ROOT = tmp_path / "case-images"


@pytest.fixture
def english(client):
    """Pages and messages are asserted in English; the site's default language is French."""
    from django.utils import translation

    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def dora(db):
    """Dora is another verified practitioner who answers cases."""
    return ProfileFactory(
        user__email="dora@example.org",
        user__first_name="Dora",
        verification_status=VerificationStatus.VERIFIED,
    ).user


CLEAN_CASE = {
    "language": "en",
    "specialty": "cardiology",
    "age_band": "60-64",
    "sex": "male",
    "title": "Exertional chest pain with a normal ECG",
    "context": "Seen in general practice for a routine visit.",
    "presentation": "Chest tightness on exertion for three weeks, relieved by rest.",
    "history": "Smoker, treated hypertension, father had a myocardial infarction.",
    "examination": "BP 150/90, heart sounds normal, no murmur.",
    "investigations": "Resting ECG normal. LDL 1.9 g/L.",
    "management": "Aspirin started, referral requested.",
    "question": "Which test would you order first?",
    "tags": "angina, prevention",
}


def published_case(author, **fields) -> Case:
    """A published case created directly (its clean text passes the model's gate)."""
    now = timezone.now()
    values = {
        **{k: v for k, v in CLEAN_CASE.items() if k != "tags"},
        "tags": ",angina,prevention,",
        "author": author,
        "status": CaseStatus.PUBLISHED,
        "published_at": now,
        "consent_basis": "anonymised",
        "attested_at": now,
    }
    values.update(fields)
    return Case.objects.create(**values)


@pytest.fixture
def case(dora):
    return published_case(dora)
