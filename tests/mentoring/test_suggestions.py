"""Profiles, ranked suggestions with their reasons, the weights, and the mentor search entry."""

import pytest
from django.urls import reverse

from accounts.choices import CareerStage, VerificationStatus
from mentoring import services
from mentoring.models import MatchingWeights, MentorProfile
from search.models import SearchEntry

from .conftest import EVENINGS, mentor_of, practitioner, queries_for

pytestmark = pytest.mark.django_db


def _ranked_names(html: str, *names: str) -> list[str]:
    return sorted((n for n in names if n in html), key=html.index)


def test_it_saves_the_profiles_through_the_forms(client):
    user = practitioner(CareerStage.SENIOR, name="Paul")
    client.force_login(user)
    response = client.post(
        reverse("mentoring:mentor_profile"),
        {
            "is_active": "on",
            "headline": "Telemedicine",
            "topics": ["ai"],
            "languages": ["fr"],
            "region": "BRE",
            "modality": "remote",
            "capacity": 3,
            "availability": ["1-18", "1-19"],
        },
    )
    assert response.status_code == 302
    profile = MentorProfile.objects.get(user=user)
    assert (profile.capacity, profile.modality, profile.availability) == (
        3,
        "remote",
        [[1, 18], [1, 19]],
    )
    page = client.get(reverse("mentoring:mentor_profile")).content.decode()
    assert 'value="1-18" id="id_availability_1_18" checked' in page


def test_capacity_cannot_go_below_the_current_mentees(client, active_mentorship, senior):
    client.force_login(senior)
    response = client.post(
        reverse("mentoring:mentor_profile"),
        {"languages": ["fr"], "region": "BRE", "modality": "both", "capacity": 0},
    )
    assert response.status_code == 200
    assert "capacity cannot go below" in response.content.decode()
    assert MentorProfile.objects.get(user=senior).capacity == 2


def test_suggestions_are_ranked_with_reasons_and_hard_filters(client, junior):
    best = practitioner(CareerStage.SENIOR, name="Zoe")  # same specialty, topics, hours
    mentor_of(best)
    other = practitioner(CareerStage.SENIOR, specialty="radiology", name="Yann")
    mentor_of(other, topics=[], availability=[[6, 9]])
    full = practitioner(CareerStage.SENIOR, name="Xavier")
    mentor_of(full)
    MentorProfile.objects.filter(user=full).update(capacity=1, active_mentees=1)
    conflicted = practitioner(CareerStage.SENIOR, name="Wanda")
    mentor_of(conflicted)
    services.conflict_declare(user=junior, other=conflicted)
    peer = practitioner(CareerStage.JUNIOR, name="Victor")
    mentor_of(peer)
    german = practitioner(CareerStage.SENIOR, languages=("de",), name="Ulrich")
    mentor_of(german)
    unverified = practitioner(CareerStage.SENIOR, name="Theo", verified=False)
    MentorProfile.objects.create(user=unverified, languages=["fr"])

    client.force_login(junior)
    html = client.get(reverse("mentoring:suggestions")).content.decode()
    names = ("Zoe", "Yann", "Xavier", "Wanda", "Victor", "Ulrich", "Theo")
    assert _ranked_names(html, *names) == ["Zoe", "Yann"]
    assert (
        "same specialty, shared interests: artificial intelligence, telemedicine, can meet "
        "in person in Bretagne, 5 hours of shared availability, both speak English and French"
    ) in html
    assert "Match: 100%" in html
    # Why the others are missing, without naming them or who declared a conflict.
    assert "no places left: 1" in html
    assert "a declared conflict of interest: 1" in html
    assert "not more senior than the mentee: 1" in html
    assert "no language in common: 1" in html


def test_suggestions_can_be_filtered(client, junior):
    remote = practitioner(CareerStage.SENIOR, name="Rachid")
    mentor_of(remote, modality="remote", topics=["ethics"])
    local = practitioner(CareerStage.SENIOR, name="Lucas")
    mentor_of(local, modality="in_person", topics=["ai"])
    client.force_login(junior)
    url = reverse("mentoring:suggestions")
    assert _ranked_names(
        client.get(url, {"modality": "remote"}).content.decode(), "Rachid", "Lucas"
    ) == ["Rachid"]
    assert _ranked_names(client.get(url, {"topic": "ai"}).content.decode(), "Rachid", "Lucas") == [
        "Lucas"
    ]


def test_a_member_without_mentee_profile_is_sent_to_fill_it(client, outsider):
    client.force_login(outsider)
    response = client.get(reverse("mentoring:suggestions"))
    assert response.url == reverse("mentoring:mentee_profile")


def test_the_suggestion_page_runs_a_fixed_number_of_queries(client, junior):
    client.force_login(junior)
    for n in range(2):
        mentor_of(practitioner(CareerStage.SENIOR, name=f"Few{n}"))
    few = queries_for(client, reverse("mentoring:suggestions"))
    for n in range(6):
        mentor_of(practitioner(CareerStage.SENIOR, name=f"Many{n}"))
    assert queries_for(client, reverse("mentoring:suggestions")) == few
    assert few <= 18


def test_a_programme_admin_adjusts_the_weights_and_the_ranking_follows(
    client, junior, programme_admin
):
    # Same specialty, no shared hour vs. other specialty, many shared hours.
    specialist = practitioner(CareerStage.SENIOR, name="Specialist")
    mentor_of(specialist, availability=[[6, 9]], topics=[])
    available = practitioner(CareerStage.SENIOR, specialty="radiology", name="Available")
    mentor_of(available, availability=EVENINGS, topics=[])
    client.force_login(junior)
    url = reverse("mentoring:suggestions")
    html = client.get(url).content.decode()
    assert _ranked_names(html, "Specialist", "Available") == ["Specialist", "Available"]

    client.force_login(programme_admin)
    weights_url = reverse("mentoring:programme_weights")
    response = client.post(
        weights_url, {"specialty": 0.1, "topics": 0, "region_modality": 0, "availability": 1}
    )
    assert response.status_code == 302
    assert MatchingWeights.objects.get().availability == 1

    client.force_login(junior)
    html = client.get(url).content.decode()
    assert _ranked_names(html, "Specialist", "Available") == ["Available", "Specialist"]


def test_weights_refuse_all_zero_and_non_admins(client, junior, programme_admin):
    client.force_login(junior)
    url = reverse("mentoring:programme_weights")
    assert client.get(url).status_code == 403
    client.force_login(programme_admin)
    response = client.post(
        url, {"specialty": 0, "topics": 0, "region_modality": 0, "availability": 0}
    )
    assert "At least one weight must be above zero" in response.content.decode()
    assert not MatchingWeights.objects.exists()


def test_an_active_mentor_is_indexed_with_public_fields_only(senior):
    entry = SearchEntry.objects.get(kind="mentor")
    assert entry.published and entry.visibility == "verified_only"
    assert entry.title == senior.display_name
    assert "Artificial intelligence" in entry.body
    assert entry.url == reverse("mentoring:mentor_detail", args=[senior.pk])
    # Availability and capacity are not in the index.
    assert "18" not in entry.body


def test_a_mentor_who_stops_mentoring_leaves_search(senior):
    mentor_of(senior, is_active=False)
    assert not SearchEntry.objects.filter(kind="mentor", published=True).exists()
    mentor_of(senior, is_active=True)
    assert SearchEntry.objects.filter(kind="mentor", published=True).exists()


def test_a_mentor_who_loses_verification_leaves_search(senior):
    profile = senior.profile
    profile.verification_status = VerificationStatus.REJECTED
    profile.save()
    assert not SearchEntry.objects.filter(kind="mentor", published=True).exists()


def test_conflicts_are_declared_by_email_and_removed(client, junior, senior):
    client.force_login(junior)
    url = reverse("mentoring:conflicts")
    response = client.post(url, {"email": "nobody@example.org"})
    assert "No verified member has this email address" in response.content.decode()
    client.post(url, {"email": senior.email})
    conflict = junior.declared_conflicts.get()
    assert conflict.other == senior
    client.post(reverse("mentoring:conflict_remove", args=[conflict.pk]))
    assert not junior.declared_conflicts.exists()
