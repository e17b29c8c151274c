"""The practitioner profile form at /accounts/profile/edit/."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from accounts.choices import CareerStage, Region, Role, VerificationStatus
from accounts.models import AuditEvent, PractitionerProfile

pytestmark = pytest.mark.django_db

EDIT_URL = "/accounts/profile/edit/"
RPPS_ERROR = "An RPPS number has exactly 11 digits (for example 10101234567)."


@pytest.fixture(autouse=True)
def _english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


def profile_data(**overrides):
    data = {
        "display_name": "Dr Charles Durand",
        "profession": "physician",
        "specialty": "cardiology",
        "career_stage": CareerStage.SENIOR,
        "first_practice_year": "2004",
        "rpps": "10101234567",
        "languages": ["fr", "de"],
        "region": Region.OCCITANIE,
        "bio": "Cardiologue libéral à Toulouse.",
    }
    data.update(overrides)
    return data


def test_it_serves_the_profile_form_at_the_documented_url(client, charlie):
    client.force_login(charlie)

    assert reverse("accounts:profile_edit") == EDIT_URL
    response = client.get(EDIT_URL)

    assert response.status_code == 200
    assert 'name="rpps"' in response.content.decode()


def test_it_sends_anonymous_visitors_to_the_login(client):
    response = client.get(EDIT_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


@pytest.mark.parametrize("bad_rpps", ["1010123456", "10101a34567", "RPPS-ABCDEFG"])
def test_it_explains_a_bad_rpps_and_keeps_what_was_typed(client, charlie, bad_rpps):
    client.force_login(charlie)

    response = client.post(EDIT_URL, profile_data(rpps=bad_rpps))

    assert response.status_code == 200
    html = response.content.decode()
    assert RPPS_ERROR in html
    assert response.context["form"].errors["rpps"] == [RPPS_ERROR]
    # Nothing typed is lost: the other answers are still in the form.
    assert 'value="Dr Charles Durand"' in html
    assert f'value="{bad_rpps}"' in html
    assert 'value="2004"' in html
    assert "Cardiologue libéral à Toulouse." in html
    assert 'value="cardiology" selected' in html
    assert 'value="de" checked' in html or ('value="de"' in html and "checked" in html)
    assert not PractitionerProfile.objects.filter(user=charlie).exists()


def test_it_lists_every_missing_required_field(client, charlie):
    client.force_login(charlie)

    response = client.post(EDIT_URL, {"bio": "Not much to say"})

    assert response.status_code == 200
    errors = response.context["form"].errors
    for field in ["display_name", "profession", "specialty", "career_stage", "region"]:
        assert field in errors, field
    assert errors["languages"] == ["Tick at least one language you practise in."]
    assert "Not much to say" in response.content.decode()
    assert not PractitionerProfile.objects.filter(user=charlie).exists()


def test_it_requires_the_rpps_for_a_practitioner_in_france(client, charlie):
    client.force_login(charlie)

    response = client.post(EDIT_URL, profile_data(rpps=""))

    assert response.status_code == 200
    assert (
        "Your RPPS number is required to verify you as a practitioner in France."
        in response.content.decode()
    )
    assert not PractitionerProfile.objects.filter(user=charlie).exists()


@pytest.mark.parametrize("typed", ["101 0123 4567", "101.01.23.45.67", " 10101234567 "])
def test_it_normalises_an_rpps_typed_with_spaces_or_dots(client, charlie, typed):
    client.force_login(charlie)

    response = client.post(EDIT_URL, profile_data(rpps=typed))

    assert response.status_code == 302, response.context["form"].errors
    assert PractitionerProfile.objects.get(user=charlie).rpps == "10101234567"


@pytest.mark.parametrize(
    "overrides",
    [
        {"career_stage": CareerStage.STUDENT, "first_practice_year": ""},
        {"region": Region.OUTSIDE_FRANCE},
    ],
    ids=["student", "outside-france"],
)
def test_it_does_not_require_the_rpps_for_students_or_outside_france(client, charlie, overrides):
    client.force_login(charlie)

    response = client.post(EDIT_URL, profile_data(rpps="", **overrides))

    assert response.status_code == 302, response.context["form"].errors
    profile = PractitionerProfile.objects.get(user=charlie)
    assert profile.rpps == ""
    assert profile.verification_status == VerificationStatus.PENDING


def test_it_sends_a_complete_profile_to_the_verification_queue(client, charlie):
    client.force_login(charlie)

    response = client.post(EDIT_URL, profile_data())

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    profile = PractitionerProfile.objects.get(user=charlie)
    assert profile.verification_status == VerificationStatus.PENDING
    assert profile.submitted_at is not None
    assert profile.languages == ["fr", "de"]
    page = client.get(response["Location"])
    assert "Awaiting verification" in page.content.decode()
    assert AuditEvent.objects.filter(action="profile.submitted", actor=charlie).count() == 1


def test_it_refuses_an_rpps_already_used_by_another_member(client, charlie, alice):
    client.force_login(charlie)

    response = client.post(EDIT_URL, profile_data(rpps=alice.profile.rpps))

    assert response.status_code == 200
    assert response.context["form"].errors == {
        "rpps": [
            "This RPPS number is already registered by another member. "
            "If it is yours, contact a moderator."
        ]
    }
    assert 'value="Dr Charles Durand"' in response.content.decode()
    assert not PractitionerProfile.objects.filter(user=charlie).exists()


def test_it_sends_a_verified_profile_back_to_pending_when_the_rpps_changes(client, alice):
    alice.groups.add(Group.objects.get_or_create(name=Role.PRACTITIONER)[0])
    client.force_login(alice)
    current = alice.profile

    response = client.post(
        EDIT_URL,
        profile_data(
            display_name=current.display_name,
            profession=current.profession,
            specialty=current.specialty,
            career_stage=current.career_stage,
            first_practice_year=str(current.first_practice_year),
            languages=current.languages,
            region=current.region,
            rpps="10109999999",
        ),
    )

    assert response.status_code == 302
    current.refresh_from_db()
    assert current.rpps == "10109999999"
    assert current.verification_status == VerificationStatus.PENDING
    assert not alice.groups.filter(name=Role.PRACTITIONER).exists()
    # The cases area closes until a moderator checks the new number.
    assert client.get("/cases/").status_code == 403


def test_it_keeps_a_verified_profile_verified_when_only_the_bio_changes(client, alice):
    client.force_login(alice)
    current = alice.profile

    response = client.post(
        EDIT_URL,
        profile_data(
            display_name=current.display_name,
            profession=current.profession,
            specialty=current.specialty,
            career_stage=current.career_stage,
            first_practice_year=str(current.first_practice_year),
            languages=current.languages,
            region=current.region,
            rpps=current.rpps,
            bio="Now also teaching.",
        ),
    )

    assert response.status_code == 302
    current.refresh_from_db()
    assert current.bio == "Now also teaching."
    assert current.verification_status == VerificationStatus.VERIFIED
