"""In the browser: the editor highlights identifiers as the author types and resolves them in
one click; the case pages pass an accessibility scan with no CSP error."""

import re

import pytest

from accounts.choices import VerificationStatus
from cases import services
from cases.models import Case
from tests.cases.conftest import published_case
from tests.e2e.conftest import serious_violations
from tests.factories import PASSWORD, ProfileFactory

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.e2e]


def _sign_in(page, live_server, user):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(f"{live_server.url}/")


def test_the_editor_flags_as_you_type_and_the_pages_are_accessible(page, axe, live_server):
    alice = ProfileFactory(
        user__email="alice@example.org", verification_status=VerificationStatus.VERIFIED
    ).user
    dora = ProfileFactory(
        user__email="dora@example.org", verification_status=VerificationStatus.VERIFIED
    ).user
    _sign_in(page, live_server, alice)

    page.goto("/cases/new/")
    page.get_by_label("Language").select_option("en")
    presentation = page.get_by_label("Presentation")
    presentation.fill("Chest pain. Call the family on 06 12 34 56 78 tonight.")
    live = page.locator("#id_presentation-gate")
    live.locator("mark", has_text="06 12 34 56 78").wait_for()
    assert serious_violations(axe, page) == []
    live.get_by_role("button", name=re.compile("Redact")).click()
    assert "06 12" not in presentation.input_value()
    assert "[PHONE]" in presentation.input_value()
    live.get_by_text("No identifier found.").wait_for()

    page.get_by_label("Title").fill("Chest pain at rest")
    page.get_by_label("Specialty").select_option("cardiology")
    page.get_by_label("Patient age band").select_option("60-64")
    page.get_by_label("Patient sex").select_option("male")
    page.get_by_label("Question to peers").fill("Which test first? Dr Martin Dubois disagrees.")
    page.get_by_role("button", name="Save the draft and check it").click()
    page.locator("#flags mark").first.wait_for()
    assert page.locator(".gate-error").count() == 0
    case = Case.objects.get(author=alice)
    assert case.flags.filter(resolution="", label="NAME").exists()
    assert serious_violations(axe, page) == []

    published = published_case(dora)
    services.reply_create(author=alice, case=published, body="A **stress test**.")
    page.goto(f"/cases/{published.pk}/")
    page.locator("#replies article").first.wait_for()
    assert serious_violations(axe, page) == []
    page.goto("/cases/")
    assert serious_violations(axe, page) == []
    assert page.csp_errors == []
