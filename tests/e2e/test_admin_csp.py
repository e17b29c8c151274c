import re

import pyotp
import pytest

from accounts.choices import Role, VerificationStatus
from tests.factories import PASSWORD, ProfileFactory, add_role, enable_totp

pytestmark = pytest.mark.django_db(transaction=True)


def test_it_opens_wagtail_admin_after_mfa_without_csp_errors(page, live_server):
    editor = ProfileFactory(
        user__email="editor@example.org", verification_status=VerificationStatus.VERIFIED
    ).user
    add_role(editor, Role.COURSE_EDITOR)
    secret = enable_totp(editor)

    # Wagtail releases its editing session with a beacon when the page unloads; on a live
    # server that races the test's database flush, and the test does not need it.
    page.route(re.compile(r".*/cms/editing-sessions/.*"), lambda route: route.abort())
    page.goto("/cms/")
    page.wait_for_url(re.compile(r"/accounts/login/"))
    page.get_by_label("Email").fill(editor.email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(re.compile(r"/accounts/2fa/authenticate/"))
    page.get_by_label(re.compile("Authenticator code|Code")).fill(pyotp.TOTP(secret).now())
    page.get_by_role("button", name=re.compile("Sign In|Confirm")).click()
    page.wait_for_url(re.compile(r"/cms/$"))
    assert page.get_by_role("heading", name=re.compile("Compagnon")).count() >= 1

    # The page editor runs the heaviest admin scripts (StreamField, preview panel).
    page.goto("/cms/pages/")
    page.get_by_role("link", name=re.compile("Compagnon")).first.click()
    page.wait_for_load_state("networkidle")
    assert page.csp_errors == []
