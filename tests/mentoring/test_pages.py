"""Every mentoring page renders for the people it is for (and only them)."""

import datetime as dt

import pytest
from django.urls import reverse

from mentoring import services

from .conftest import next_local

pytestmark = pytest.mark.django_db


@pytest.fixture
def planned(active_mentorship, senior):
    start = next_local(1, 18)
    return services.session_propose(
        mentorship=active_mentorship, by=senior, slots=[(start, start + dt.timedelta(hours=1))]
    )


def test_the_pages_of_a_pair_render(client, active_mentorship, planned, senior, junior):
    for user in (senior, junior):
        client.force_login(user)
        for name, args in (
            ("index", []),
            ("mentor_profile", []),
            ("mentee_profile", []),
            ("conflicts", []),
            ("requests", []),
            ("calendar", []),
            ("mentor_detail", [senior.pk]),
            ("mentorship", [active_mentorship.pk]),
            ("agreement", [active_mentorship.pk]),
            ("session_propose", [active_mentorship.pk]),
            ("logbook", [active_mentorship.pk]),
            ("session", [planned.pk]),
        ):
            response = client.get(reverse(f"mentoring:{name}", args=args))
            assert response.status_code == 200, (name, user)
    page = client.get(reverse("mentoring:session", args=[planned.pk])).content.decode()
    assert "Accept this time" in page  # the junior chooses the senior's proposal


def test_a_third_member_gets_404_on_the_pair_pages(client, active_mentorship, planned, outsider):
    client.force_login(outsider)
    for name, pk in (
        ("mentorship", active_mentorship.pk),
        ("agreement", active_mentorship.pk),
        ("session_propose", active_mentorship.pk),
        ("session", planned.pk),
    ):
        assert client.get(reverse(f"mentoring:{name}", args=[pk])).status_code == 404


def test_unverified_members_are_kept_out(client, bob):
    client.force_login(bob)
    assert client.get(reverse("mentoring:suggestions")).status_code == 403
    assert client.get(reverse("mentoring:mentor_profile")).status_code == 403


def test_the_overview_runs_a_fixed_number_of_queries(client, senior):
    from accounts.choices import CareerStage
    from mentoring.models import MentorProfile

    from .conftest import mentee_of, practitioner, queries_for

    MentorProfile.objects.filter(user=senior).update(capacity=10)

    def add_mentees(count):
        for _ in range(count):
            mentee = practitioner(CareerStage.JUNIOR)
            mentee_of(mentee)
            request = services.request_send(mentee=mentee, mentor=senior)
            services.request_accept(request_id=request.pk, mentor=senior)

    client.force_login(senior)
    add_mentees(1)
    few = queries_for(client, reverse("mentoring:index"))
    add_mentees(4)
    assert queries_for(client, reverse("mentoring:index")) == few
