"""Joining and signing in, through the pages a visitor uses (allauth + our charter form)."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.models import CharterAcceptance, User
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(client):
    # Messages are asserted in English; French rendering is covered in tests/test_i18n_pages.py.
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


NEW_PASSWORD = "a-long-and-unusual-passphrase-42"


def signup_data(**overrides):
    data = {
        "first_name": "Denise",
        "last_name": "Lefebvre",
        "email": "denise@example.org",
        "password1": NEW_PASSWORD,
        "password2": NEW_PASSWORD,
        "accept_charter": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def sign_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def is_signed_in(client) -> bool:
    return "_auth_user_id" in client.session


def confirmation_link(message) -> str:
    match = re.search(r"https?://testserver(/accounts/confirm-email/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


def test_it_sends_a_verification_email_on_signup(client):
    response = client.post(reverse("account_signup"), signup_data())

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["denise@example.org"]
    assert confirmation_link(mail.outbox[0])
    user = User.objects.get(email="denise@example.org")
    assert (user.first_name, user.last_name) == ("Denise", "Lefebvre")
    assert not EmailAddress.objects.get(user=user).verified


def test_it_refuses_login_before_the_email_is_confirmed(client):
    client.post(reverse("account_signup"), signup_data())
    client.logout()

    response = sign_in(client, "denise@example.org", NEW_PASSWORD)

    # Mandatory verification: allauth shows "verification sent" instead of signing in.
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert not is_signed_in(client)


def test_it_confirms_the_email_through_the_link_then_lets_the_member_in(client):
    client.post(reverse("account_signup"), signup_data())
    link = confirmation_link(mail.outbox[0])

    # Confirmation needs a POST (ACCOUNT_CONFIRM_EMAIL_ON_GET is False): a GET changes nothing.
    page = client.get(link)
    assert page.status_code == 200
    assert not EmailAddress.objects.get(email="denise@example.org").verified

    response = client.post(link)
    assert response.status_code == 302
    assert EmailAddress.objects.get(email="denise@example.org").verified

    client.logout()
    response = sign_in(client, "denise@example.org", NEW_PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    assert is_signed_in(client)
    assert int(client.session["_auth_user_id"]) == User.objects.get(email="denise@example.org").pk


def test_it_records_the_charter_version_and_time_at_signup(client):
    before = timezone.now()

    client.post(reverse("account_signup"), signup_data())

    acceptance = CharterAcceptance.objects.get(user__email="denise@example.org")
    assert acceptance.version == settings.CHARTER_VERSION
    assert before <= acceptance.accepted_at <= timezone.now()


def test_it_refuses_signup_without_the_charter_and_keeps_what_was_typed(client):
    response = client.post(reverse("account_signup"), signup_data(accept_charter=None))

    assert response.status_code == 200
    assert "You must accept the charter to join Compagnon." in response.content.decode()
    html = response.content.decode()
    assert 'value="denise@example.org"' in html
    assert 'value="Denise"' in html
    assert 'value="Lefebvre"' in html
    assert not User.objects.filter(email="denise@example.org").exists()
    assert not CharterAcceptance.objects.exists()
    assert mail.outbox == []


def test_it_signs_a_verified_member_in(client, alice):
    response = sign_in(client, "alice@example.org")

    assert response.status_code == 302
    assert is_signed_in(client)
    assert int(client.session["_auth_user_id"]) == alice.pk


def test_it_refuses_a_wrong_password_with_a_message(client, alice):
    response = sign_in(client, "alice@example.org", "not-the-password")

    assert response.status_code == 200
    assert "The email address and/or password you specified are not correct." in (
        response.content.decode()
    )
    assert not is_signed_in(client)


def test_it_blocks_repeated_failed_logins(client, alice):
    # ACCOUNT_RATE_LIMITS["login_failed"] = "10/m/ip,5/5m/key": five tries per account.
    for _attempt in range(5):
        response = sign_in(client, "alice@example.org", "not-the-password")
        assert "Too many failed login attempts" not in response.content.decode()

    response = sign_in(client, "alice@example.org", "not-the-password")
    assert response.status_code == 200
    assert "Too many failed login attempts" in response.content.decode()

    # Even the right password is refused while the account is locked.
    response = sign_in(client, "alice@example.org")
    assert "Too many failed login attempts" in response.content.decode()
    assert not is_signed_in(client)
