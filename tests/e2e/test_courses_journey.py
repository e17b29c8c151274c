"""The learner journey in the browser: enrol → lessons → assessment → evaluation → attestation →
certificate download → public verification, with axe scans and no CSP error."""

import re

import pytest
from pypdf import PdfReader

from accounts.choices import VerificationStatus
from courses import demo
from courses.models import AssessmentAttempt, LessonPage
from credits import services as credits_services
from credits.models import Certificate, LedgerEntry
from tests.courses import demo_fixture
from tests.e2e.conftest import serious_violations
from tests.factories import PASSWORD, ProfileFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_learner_takes_a_course_from_enrolment_to_a_verified_certificate(
    page, axe, live_server, tmp_path
):
    credits_services.frameworks_ensure()
    catalogue, _library = demo.ensure_index_pages()
    course, _ = demo.load_course(catalogue, demo_fixture.course_data(languages=("en",)), "en")
    alice = ProfileFactory(
        user__email="alice@example.org",
        user__first_name="Alice",
        user__last_name="Martin",
        verification_status=VerificationStatus.VERIFIED,
    ).user

    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(alice.email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(f"{live_server.url}/")

    page.goto("/courses/")
    assert serious_violations(axe, page) == []
    page.get_by_role("link", name=course.title).click()
    assert page.get_by_text("Disclosures:").count() == 1
    assert serious_violations(axe, page) == []
    page.get_by_role("button", name="Enrol in this course").click()
    page.get_by_role("link", name=re.compile("Start the first lesson")).click()

    lessons = list(LessonPage.objects.child_of(course).order_by("path"))
    assert page.get_by_role("heading", name=lessons[0].title).count() == 1
    assert serious_violations(axe, page) == []
    page.get_by_label("Wrong answer").check()
    page.get_by_role("button", name="Check my answer").click()
    assert page.get_by_text("Not quite.").count() == 1
    assert serious_violations(axe, page) == []
    for lesson in lessons:
        page.wait_for_url(re.compile(re.escape(lesson.url) + "(check/)?(#.*)?$"))
        page.get_by_role("button", name=re.compile("^Mark as done")).click()

    page.get_by_role("link", name=re.compile(r"take it \(2 attempts left\)")).click()
    page.get_by_role("button", name="Start the assessment").click()
    attempt = AssessmentAttempt.objects.get(enrolment__user=alice)
    for question in attempt.questions:
        for option in question["options"]:
            if option["correct"]:
                page.locator(f"#o-{option['id']}").check()
    assert serious_violations(axe, page) == []
    page.get_by_role("button", name="Submit my answers").click()
    assert page.get_by_text("4 of 4 correct (100%).").count() == 1

    page.get_by_role("link", name="Next: the evaluation").click()
    page.get_by_label("5 — very relevant").check()
    page.get_by_label("Balanced, free of commercial bias").check()
    page.get_by_label("Yes, I intend to change my practice").check()
    page.get_by_label("What will you change?").fill("Check calibration before trusting a score.")
    assert serious_violations(axe, page) == []
    page.get_by_role("button", name="Send my evaluation").click()

    page.get_by_role("link", name="attest your time and claim credit").click()
    page.get_by_label("Time you actually spent (hours)").fill("1.5")
    page.get_by_label("I attest that I spent this time on the activity myself.").check()
    assert serious_violations(axe, page) == []
    page.get_by_role("button", name="Attest and receive my certificate").click()

    certificate = Certificate.objects.get(user=alice)
    assert LedgerEntry.objects.filter(user=alice).count() == 2
    with page.expect_download() as download_info:
        page.get_by_role(
            "link", name=re.compile(f"Download certificate {certificate.code}")
        ).click()
    path = tmp_path / "certificate.pdf"
    download_info.value.save_as(path)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Alice Martin" in text and certificate.code in text

    page.get_by_role("link", name="Public verification page").click()
    page.wait_for_url(re.compile(rf"/verify/{certificate.code}/$"))
    assert page.get_by_text("Valid certificate.").count() == 1
    assert page.csp_errors == []
