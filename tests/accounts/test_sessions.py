"""A member sees where they are signed in and can sign out elsewhere (allauth.usersessions)."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db

SESSIONS_URL = "/accounts/sessions/"


def signed_in_client(user, user_agent: str) -> Client:
    browser = Client(HTTP_USER_AGENT=user_agent, HTTP_ACCEPT_LANGUAGE="en")
    response = browser.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302
    return browser


def is_signed_in(browser: Client) -> bool:
    return browser.get(reverse("accounts:profile")).status_code == 200


def test_it_lists_the_members_sessions(alice, bob):
    laptop = signed_in_client(alice, "Firefox on the practice laptop")
    signed_in_client(alice, "Safari on the phone")
    signed_in_client(bob, "Bob's browser")

    assert reverse("usersessions_list") == SESSIONS_URL
    response = laptop.get(SESSIONS_URL)

    assert response.status_code == 200
    sessions = response.context["sessions"]
    assert len(sessions) == 2
    assert {s.user_id for s in sessions} == {alice.pk}
    html = response.content.decode()
    assert "Firefox on the practice laptop" in html
    assert "Safari on the phone" in html
    assert "Bob" not in html


def test_it_signs_the_member_out_everywhere_else(alice):
    laptop = signed_in_client(alice, "Firefox on the practice laptop")
    phone = signed_in_client(alice, "Safari on the phone")
    assert is_signed_in(phone)

    response = laptop.post(SESSIONS_URL)

    assert response.status_code == 302
    assert not is_signed_in(phone)
    assert is_signed_in(laptop)
    assert len(laptop.get(SESSIONS_URL).context["sessions"]) == 1


def test_it_sends_anonymous_visitors_to_the_login(client):
    response = client.get(SESSIONS_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
