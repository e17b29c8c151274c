import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import timezone
from pypdf import PdfReader

from accounts.choices import VerificationStatus
from credits import services
from credits.models import Category, Framework
from tests.e2e.conftest import serious_violations
from tests.factories import PASSWORD, ProfileFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_shows_dashboard_transcript_and_a_verifiable_certificate(
    page, axe, live_server, tmp_path
):
    services.frameworks_ensure()
    alice = ProfileFactory(
        user__email="alice@example.org",
        user__first_name="Alice",
        user__last_name="Martin",
        verification_status=VerificationStatus.VERIFIED,
    ).user
    framework = Framework.objects.get(code="certification-periodique")
    services.user_framework_set(user=alice, framework=framework, cycle_start=dt.date(2023, 1, 1))
    now = timezone.now()
    activity = services.activity_create(
        title="Objets connectés et télésurveillance",
        kind="course",
        provider="Compagnon",
        opens_at=now - dt.timedelta(days=30),
        expires_at=now + dt.timedelta(days=300),
        designations=[
            (framework, Category.objects.get(framework=framework, code="bloc-1"), Decimal("4"))
        ],
    )
    services.credit_award(
        user=alice, activity=activity, framework=framework, amount="3.5", attestation="J'atteste."
    )
    certificate = services.certificate_issue(user=alice, activity=activity)

    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(alice.email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(f"{live_server.url}/")

    page.goto("/credits/")
    assert page.get_by_role("heading", name="Certification périodique").count() == 1
    assert page.get_by_text(re.compile(r"Bloc 2.*0 of 2", re.S)).count() >= 1
    assert serious_violations(axe, page) == []

    page.goto("/credits/transcript/")
    assert page.get_by_text("Objets connectés et télésurveillance").count() >= 1
    assert page.locator("svg title").count() >= 1
    assert serious_violations(axe, page) == []

    page.goto("/credits/certificates/")
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(r"^PDF")).click()
    path = tmp_path / "certificate.pdf"
    download_info.value.save_as(path)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Alice Martin" in text and certificate.code in text

    page.get_by_role("link", name=certificate.code).click()
    page.wait_for_url(re.compile(rf"/verify/{certificate.code}/$"))
    assert page.get_by_text("Valid certificate.").count() == 1
    assert serious_violations(axe, page) == []
    assert page.csp_errors == []
