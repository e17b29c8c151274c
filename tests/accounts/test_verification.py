"""Moderators verify practitioner profiles at /moderation/verification/."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from accounts import services
from accounts.choices import Role, VerificationStatus
from accounts.models import Notification, PractitionerProfile
from tests.factories import ProfileFactory, add_role

pytestmark = pytest.mark.django_db

QUEUE_URL = "/moderation/verification/"


@pytest.fixture(autouse=True)
def _english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


def detail_url(profile):
    return reverse("accounts:verification_detail", args=[profile.pk])


@pytest.fixture
def as_moderator(client, moderator):
    client.force_login(moderator)
    return client


def test_it_shows_pending_profiles_to_a_moderator(as_moderator, bob, alice):
    assert reverse("accounts:verification_queue") == QUEUE_URL

    response = as_moderator.get(QUEUE_URL)

    assert response.status_code == 200
    listed = list(response.context["page"].object_list)
    assert listed == [bob.profile]
    assert detail_url(bob.profile) in response.content.decode()
    assert detail_url(alice.profile) not in response.content.decode()


@pytest.mark.parametrize("persona", ["alice", "bob", "charlie"])
def test_it_refuses_the_queue_to_non_moderators(client, persona, request):
    user = request.getfixturevalue(persona)
    client.force_login(user)

    assert client.get(QUEUE_URL).status_code == 403
    assert client.get(detail_url(ProfileFactory())).status_code == 403


def test_it_sends_anonymous_visitors_to_the_login(client):
    response = client.get(QUEUE_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_it_keeps_queries_constant_however_long_the_queue(
    as_moderator, django_assert_max_num_queries
):
    ProfileFactory.create_batch(3)
    with django_assert_max_num_queries(16) as few:
        response = as_moderator.get(QUEUE_URL)
    assert len(response.context["page"].object_list) == 3

    ProfileFactory.create_batch(22)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = as_moderator.get(QUEUE_URL)
    assert len(response.context["page"].object_list) == 25


def test_it_verifies_a_profile_and_tells_the_practitioner(
    as_moderator, moderator, bob, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = as_moderator.post(detail_url(bob.profile), {"decision": "approve"})

    assert response.status_code == 302
    assert response["Location"] == QUEUE_URL
    profile = PractitionerProfile.objects.get(user=bob)
    assert profile.verification_status == VerificationStatus.VERIFIED
    assert profile.verified_by == moderator
    assert profile.verified_at is not None
    assert bob.groups.filter(name=Role.PRACTITIONER).exists()
    notification = Notification.objects.get(user=bob)
    assert notification.kind == "profile.decision"
    assert notification.url == reverse("accounts:profile")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["bob@example.org"]
    assert mail.outbox[0].subject.startswith("[Compagnon] ")
    # Bob's next request reaches the cases area.
    as_moderator.force_login(bob)
    assert as_moderator.get("/cases/").status_code == 200


def test_it_requires_a_reason_to_refuse(as_moderator, bob, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = as_moderator.post(detail_url(bob.profile), {"decision": "reject", "reason": " "})

    assert response.status_code == 400
    assert "Give the practitioner a reason, so they can correct it." in response.content.decode()
    profile = PractitionerProfile.objects.get(user=bob)
    assert profile.verification_status == VerificationStatus.PENDING
    assert profile.rejection_reason == ""
    assert not Notification.objects.filter(user=bob).exists()
    assert mail.outbox == []


def test_it_refuses_a_profile_with_a_reason_the_practitioner_receives(
    as_moderator, bob, django_capture_on_commit_callbacks
):
    reason = "The RPPS number does not match the annuaire santé entry for this name."

    with django_capture_on_commit_callbacks(execute=True):
        response = as_moderator.post(
            detail_url(bob.profile), {"decision": "reject", "reason": reason}
        )

    assert response.status_code == 302
    profile = PractitionerProfile.objects.get(user=bob)
    assert profile.verification_status == VerificationStatus.REJECTED
    assert profile.rejection_reason == reason
    assert not bob.groups.filter(name=Role.PRACTITIONER).exists()
    assert reason in Notification.objects.get(user=bob).body
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["bob@example.org"]
    assert reason in mail.outbox[0].body
    # Bob sees the reason on his profile page.
    as_moderator.force_login(bob)
    assert reason in as_moderator.get(reverse("accounts:profile")).content.decode()


def test_it_does_not_let_a_moderator_verify_their_own_profile(
    as_moderator, moderator, django_capture_on_commit_callbacks
):
    PractitionerProfile.objects.filter(user=moderator).update(
        verification_status=VerificationStatus.PENDING
    )

    assert moderator.profile not in as_moderator.get(QUEUE_URL).context["page"].object_list
    with django_capture_on_commit_callbacks(execute=True):
        response = as_moderator.post(detail_url(moderator.profile), {"decision": "approve"})

    assert response.status_code == 400
    assert "Moderators cannot verify their own profile." in response.content.decode()
    profile = PractitionerProfile.objects.get(user=moderator)
    assert profile.verification_status == VerificationStatus.PENDING
    assert mail.outbox == []


def test_it_refuses_to_approve_a_profile_that_is_not_pending(as_moderator, alice, charlie):
    incomplete = ProfileFactory(verification_status=VerificationStatus.INCOMPLETE)

    response = as_moderator.post(detail_url(incomplete), {"decision": "approve"})

    assert response.status_code == 400
    incomplete.refresh_from_db()
    assert incomplete.verification_status == VerificationStatus.INCOMPLETE


def test_it_checks_the_moderator_role_in_the_service_itself(alice, bob):
    with pytest.raises(PermissionDenied):
        services.profile_verify(moderator=alice, profile=bob.profile)
    with pytest.raises(PermissionDenied):
        services.profile_reject(moderator=alice, profile=bob.profile, reason="no")

    assert PractitionerProfile.objects.get(user=bob).verification_status == "pending"


def test_it_checks_mfa_in_the_service_itself(alice, bob):
    add_role(alice, Role.MODERATOR)  # a moderator who has not enrolled TOTP

    with pytest.raises(PermissionDenied):
        services.profile_verify(moderator=alice, profile=bob.profile)

    assert PractitionerProfile.objects.get(user=bob).verification_status == "pending"
