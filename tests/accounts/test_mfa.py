"""Two-factor authentication (allauth.mfa, TOTP + recovery codes) and where it is required."""

import time

import pyotp
import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse

from accounts.choices import Role
from tests.factories import PASSWORD, ProfileFactory, UserFactory, add_role, enable_totp

pytestmark = pytest.mark.django_db

TOTP_PERIOD = 30


@pytest.fixture(autouse=True)
def _english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def totp_counter(monkeypatch):
    """Pin allauth's TOTP clock to one period, so a test never straddles a code change."""
    from allauth.mfa.totp.internal import auth as totp_auth

    counter = int(time.time()) // TOTP_PERIOD
    monkeypatch.setattr(totp_auth, "yield_hotp_counters_from_time", lambda: iter([counter]))
    return counter


@pytest.fixture
def code_for(totp_counter):
    def code(secret: str, offset: int = 0) -> str:
        return pyotp.TOTP(secret).at((totp_counter + offset) * TOTP_PERIOD)

    return code


@pytest.fixture
def editor(db):
    """Eve edits courses in Wagtail; she has not set up a second factor yet."""
    user = ProfileFactory(user__email="eve@example.org", user__first_name="Eve").user
    return add_role(user, Role.COURSE_EDITOR)


@pytest.fixture
def staff(db):
    """Sam is Django staff (no MFA yet)."""
    return UserFactory(email="sam@example.org", first_name="Sam", is_staff=True, is_superuser=True)


def sign_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def sign_in_with_totp(client, user, code):
    response = sign_in(client, user.email)
    assert response["Location"] == reverse("mfa_authenticate")
    return client.post(reverse("mfa_authenticate"), {"code": code})


def reauthenticate(client, password=PASSWORD):
    """allauth asks for the password again before any change to the second factor."""
    response = client.post(reverse("account_reauthenticate"), {"password": password})
    assert response.status_code == 302, response.content.decode()


def signed_in_user_id(client):
    value = client.session.get("_auth_user_id")
    return int(value) if value else None


def test_it_enrols_totp_through_the_allauth_pages(client, alice, code_for):
    sign_in(client, alice.email)
    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 302
    assert page["Location"].startswith(reverse("account_reauthenticate"))
    reauthenticate(client)

    page = client.get(reverse("mfa_activate_totp"))
    assert page.status_code == 200
    secret = page.context["form"].secret
    assert secret in page.content.decode()

    wrong = client.post(reverse("mfa_activate_totp"), {"code": code_for(secret, offset=5)})
    assert wrong.status_code == 200
    assert "Incorrect code." in wrong.content.decode()
    assert not Authenticator.objects.filter(user=alice).exists()

    response = client.post(reverse("mfa_activate_totp"), {"code": code_for(secret)})
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_view_recovery_codes")
    types = set(Authenticator.objects.filter(user=alice).values_list("type", flat=True))
    assert types == {Authenticator.Type.TOTP, Authenticator.Type.RECOVERY_CODES}


def test_it_refuses_to_replay_the_enrolment_code_at_login(client, alice, code_for):
    sign_in(client, alice.email)
    reauthenticate(client)
    secret = client.get(reverse("mfa_activate_totp")).context["form"].secret
    code = code_for(secret)
    assert client.post(reverse("mfa_activate_totp"), {"code": code}).status_code == 302
    client.logout()

    response = sign_in_with_totp(client, alice, code)

    assert "Incorrect code." in response.content.decode()
    assert signed_in_user_id(client) is None


def test_it_asks_for_the_totp_code_at_login_once_enrolled(client, alice, code_for):
    secret = enable_totp(alice)

    response = sign_in(client, alice.email)

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert signed_in_user_id(client) is None

    response = client.post(reverse("mfa_authenticate"), {"code": code_for(secret)})
    assert response.status_code == 302
    assert signed_in_user_id(client) == alice.pk


def test_it_rejects_a_wrong_totp_code(client, alice, code_for):
    secret = enable_totp(alice)

    response = sign_in_with_totp(client, alice, code_for(secret, offset=-3))

    assert response.status_code == 200
    assert "Incorrect code." in response.content.decode()
    assert signed_in_user_id(client) is None


def test_it_rejects_a_totp_code_used_twice(client, alice, code_for):
    secret = enable_totp(alice)
    code = code_for(secret)
    sign_in_with_totp(client, alice, code)
    assert signed_in_user_id(client) == alice.pk
    client.logout()

    # Same period, same code: valid by the clock, refused because it was already used.
    response = sign_in_with_totp(client, alice, code)

    assert response.status_code == 200
    assert "Incorrect code." in response.content.decode()
    assert signed_in_user_id(client) is None


def test_it_accepts_a_recovery_code_once(client, alice):
    enable_totp(alice)
    recovery = Authenticator.objects.get(user=alice, type=Authenticator.Type.RECOVERY_CODES)
    code = recovery.wrap().get_unused_codes()[0]

    response = sign_in_with_totp(client, alice, code)
    assert response.status_code == 302
    assert signed_in_user_id(client) == alice.pk
    client.logout()

    response = sign_in_with_totp(client, alice, code)
    assert response.status_code == 200
    assert signed_in_user_id(client) is None


def test_it_sends_anonymous_visitors_of_the_django_admin_to_the_allauth_login(client):
    response = client.get("/django-admin/", follow=True)

    final_url, _status = response.redirect_chain[-1]
    assert final_url == "/accounts/login/?next=%2Fdjango-admin%2F"
    assert response.status_code == 200
    assert response.resolver_match.url_name == "account_login"


def test_it_sends_staff_without_mfa_from_the_django_admin_to_totp_setup(client, staff):
    sign_in(client, staff.email)
    assert signed_in_user_id(client) == staff.pk

    response = client.get("/django-admin/")

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_it_lets_staff_into_the_django_admin_after_passing_totp(client, staff, code_for):
    secret = enable_totp(staff)
    sign_in_with_totp(client, staff, code_for(secret))

    response = client.get("/django-admin/")

    assert response.status_code == 200
    assert "Compagnon" in response.content.decode()  # admin.site.site_header


def test_it_sends_an_editor_without_mfa_from_wagtail_to_totp_setup(client, editor):
    sign_in(client, editor.email)

    response = client.get("/cms/")

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_it_lets_an_editor_into_wagtail_after_enrolling_and_passing_totp(
    client, editor, code_for, totp_counter, monkeypatch
):
    sign_in(client, editor.email)
    reauthenticate(client)
    page = client.get(reverse("mfa_activate_totp"))
    secret = page.context["form"].secret
    client.post(reverse("mfa_activate_totp"), {"code": code_for(secret)})
    assert client.get("/cms/").status_code == 200
    client.logout()

    response = sign_in(client, editor.email)
    assert response["Location"] == reverse("mfa_authenticate")
    assert client.get("/cms/").status_code == 302  # not signed in until the code is given
    # The enrolment code is spent; the next time window brings a fresh one.
    from allauth.mfa.totp.internal import auth as totp_auth

    monkeypatch.setattr(
        totp_auth, "yield_hotp_counters_from_time", lambda: iter([totp_counter + 1])
    )
    client.post(reverse("mfa_authenticate"), {"code": code_for(secret, offset=1)})

    assert client.get("/cms/").status_code == 200


def test_it_lets_an_editor_into_wagtail_with_totp(client, editor, code_for):
    secret = enable_totp(editor)
    sign_in_with_totp(client, editor, code_for(secret))

    response = client.get("/cms/")

    assert response.status_code == 200


def test_it_sends_a_moderator_without_mfa_from_moderation_to_totp_setup(client, bob):
    add_role(bob, Role.MODERATOR)
    sign_in(client, bob.email)

    response = client.get(reverse("accounts:verification_queue"))

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


def test_it_does_not_let_a_moderator_delete_their_totp(client, moderator, code_for):
    sign_in_with_totp(client, moderator, code_for(moderator.totp_secret))
    reauthenticate(client)

    response = client.post(reverse("mfa_deactivate_totp"))

    assert response.status_code == 200
    assert "You cannot deactivate two-factor authentication." in response.content.decode()
    assert Authenticator.objects.filter(user=moderator, type=Authenticator.Type.TOTP).exists()


def test_it_lets_a_member_whose_role_does_not_require_it_delete_their_totp(client, alice, code_for):
    secret = enable_totp(alice)
    sign_in_with_totp(client, alice, code_for(secret))
    reauthenticate(client)

    response = client.post(reverse("mfa_deactivate_totp"))

    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=alice, type=Authenticator.Type.TOTP).exists()


@pytest.mark.parametrize("url", ["/django-admin/", "/cms/", "/moderation/audit/"])
def test_it_sends_a_moderator_without_mfa_from_every_privileged_area_to_totp_setup(
    client, bob, url
):
    add_role(bob, Role.MODERATOR)
    bob.is_staff = True
    bob.save()
    sign_in(client, bob.email)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
