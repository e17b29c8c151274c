import re

import pytest
from django.core import mail

from accounts.models import CharterAcceptance, User
from tests.e2e.conftest import serious_violations

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "Une-phrase-de-passe-solide-2026"


def test_it_signs_up_confirms_logs_in_and_passes_axe(page, axe, live_server):
    # Home page, anonymous: accessible, no CSP violation.
    page.goto("/")
    assert page.locator("h1").count() == 1
    assert serious_violations(axe, page) == []

    # Sign up.
    page.goto("/accounts/signup/")
    assert serious_violations(axe, page) == []
    page.get_by_label("First name").fill("Inès")
    page.get_by_label("Last name").fill("Testeur")
    page.get_by_label("Email").fill("ines@example.org")
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_label("Password (again)").fill(PASSWORD)
    page.get_by_label("I have read and accept the Compagnon charter.").check()
    page.get_by_role("button", name="Create my account").click()
    page.wait_for_url(re.compile(r"/accounts/confirm-email/"))

    user = User.objects.get(email="ines@example.org")
    assert CharterAcceptance.objects.filter(user=user).exists()

    # Confirm the address with the link from the email.
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    page.goto(link.replace(re.match(r"https?://[^/]+", link).group(0), live_server.url))
    page.get_by_role("button", name="Confirm").click()

    # Log in.
    page.goto("/accounts/login/")
    assert serious_violations(axe, page) == []
    page.get_by_label("Email").fill("ines@example.org")
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(f"{live_server.url}/")
    assert page.locator(".account-menu summary", has_text="Inès").count() == 1

    # Profile: empty, then the form; both accessible.
    page.goto("/accounts/profile/")
    assert serious_violations(axe, page) == []
    page.get_by_role("link", name="Complete my profile").click()
    assert serious_violations(axe, page) == []

    # Fill the profile with a wrong RPPS: a clear error, what was typed is kept.
    page.get_by_label("Display name").fill("Dr Inès T.")
    page.get_by_label("Profession").select_option("physician")
    page.get_by_label("Specialty").select_option("general_practice")
    page.get_by_label("Career stage").select_option("junior")
    page.get_by_label("RPPS number").fill("12345")
    page.get_by_label("French").check()
    page.get_by_label("Region").select_option("BRE")
    page.get_by_role("button", name="Save").click()
    assert page.get_by_text("exactly 11 digits").count() >= 1
    assert page.get_by_label("Display name").input_value() == "Dr Inès T."
    assert serious_violations(axe, page) == []

    page.get_by_label("RPPS number").fill("101 0000 0042")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(f"{live_server.url}/accounts/profile/")
    assert page.get_by_text("Awaiting verification").count() >= 1
    assert page.csp_errors == []
