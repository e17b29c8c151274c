"""Requests: sending, refusals, acceptance, decline, expiry; the mentorship that follows."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.choices import CareerStage
from accounts.models import Notification
from mentoring import services
from mentoring.models import (
    MentoringSession,
    MentorProfile,
    Mentorship,
    MentorshipFeedback,
    MentorshipRequest,
)

from .conftest import mentee_of, mentor_of, practitioner, queries_for

pytestmark = pytest.mark.django_db


def test_it_sends_a_request_from_the_mentor_page_and_notifies_the_mentor(client, senior, junior):
    client.force_login(junior)
    response = client.post(
        reverse("mentoring:mentor_detail", args=[senior.pk]), {"message": "Hello"}
    )
    assert response.status_code == 302
    request = MentorshipRequest.objects.get()
    assert (request.mentee, request.mentor, request.status) == (junior, senior, "pending")
    assert request.expires_at - request.created_at == dt.timedelta(days=7)
    assert Notification.objects.filter(user=senior, kind="mentoring.request").exists()


def _refusal(client, mentee, mentor_id):
    client.force_login(mentee)
    response = client.post(reverse("mentoring:mentor_detail", args=[mentor_id]), {"message": ""})
    assert response.status_code == 200
    assert not MentorshipRequest.objects.exists()
    return response.content.decode()


def test_it_refuses_a_request_to_oneself(client, senior):
    mentee_of(senior)
    assert "cannot send a mentoring request to yourself" in _refusal(client, senior, senior.pk)


def test_it_refuses_a_request_to_a_full_mentor(client, senior, junior):
    MentorProfile.objects.filter(user=senior).update(capacity=1, active_mentees=1)
    assert "no places left" in _refusal(client, junior, senior.pk)


def test_it_refuses_a_request_across_a_declared_conflict_either_way(client, senior, junior):
    services.conflict_declare(user=senior, other=junior)
    html = _refusal(client, junior, senior.pk)
    assert "a conflict of interest was declared" in html
    # Who declared it is never said.
    assert "declared by" not in html


def test_it_refuses_a_request_to_a_non_verified_member(client, junior):
    pending = practitioner(CareerStage.SENIOR, verified=False)
    from mentoring.models import MentorProfile as MP

    MP.objects.create(user=pending, languages=["fr"], availability=[])
    # Not a mentor anyone can find: the page itself is 404, and the service refuses too.
    client.force_login(junior)
    assert client.get(reverse("mentoring:mentor_detail", args=[pending.pk])).status_code == 404
    with pytest.raises(ValidationError, match="not a verified practitioner"):
        services.request_send(mentee=junior, mentor=pending)


def test_it_refuses_a_mentor_who_is_not_more_senior(junior):
    peer = practitioner(CareerStage.JUNIOR)
    mentor_of(peer)
    with pytest.raises(ValidationError, match="more senior"):
        services.request_send(mentee=junior, mentor=peer)


def test_it_refuses_a_second_pending_request_to_the_same_mentor(senior, junior):
    services.request_send(mentee=junior, mentor=senior)
    with pytest.raises(ValidationError, match="already sent"):
        services.request_send(mentee=junior, mentor=senior)


def test_accepting_starts_a_mentorship_and_takes_a_place(client, senior, junior):
    request = services.request_send(mentee=junior, mentor=senior)
    client.force_login(senior)
    response = client.post(reverse("mentoring:request_accept", args=[request.pk]))
    mentorship = Mentorship.objects.get()
    assert response.url == reverse("mentoring:agreement", args=[mentorship.pk])
    assert mentorship.status == "active"
    assert mentorship.goals == "Learn remote monitoring"
    assert MentorProfile.objects.get(user=senior).active_mentees == 1
    request.refresh_from_db()
    assert request.status == "accepted"
    assert Notification.objects.filter(user=junior, kind="mentoring.accepted").exists()


def test_only_the_addressed_mentor_can_accept(client, senior, junior, outsider):
    request = services.request_send(mentee=junior, mentor=senior)
    client.force_login(outsider)
    response = client.post(reverse("mentoring:request_accept", args=[request.pk]))
    assert response.status_code == 403
    assert not Mentorship.objects.exists()


def test_declining_keeps_the_place_and_tells_the_mentee(client, senior, junior):
    request = services.request_send(mentee=junior, mentor=senior)
    client.force_login(senior)
    client.post(reverse("mentoring:request_decline", args=[request.pk]), {"reason": "Too busy"})
    request.refresh_from_db()
    assert (request.status, request.decline_reason) == ("declined", "Too busy")
    assert MentorProfile.objects.get(user=senior).active_mentees == 0
    assert Notification.objects.filter(user=junior, kind="mentoring.declined").exists()


def test_accepting_an_expired_request_is_refused_with_the_date(client, senior, junior):
    sent = timezone.now() - dt.timedelta(days=8)
    request = services.request_send(mentee=junior, mentor=senior, now=sent)
    client.force_login(senior)
    response = client.post(reverse("mentoring:request_accept", args=[request.pk]), follow=True)
    assert "This request expired on" in response.content.decode()
    request.refresh_from_db()
    assert request.status == "expired"
    assert not Mentorship.objects.exists()
    assert MentorProfile.objects.get(user=senior).active_mentees == 0


def test_requests_expire_after_seven_days_and_the_sweep_is_idempotent(senior, junior):
    now = timezone.now()
    request = services.request_send(mentee=junior, mentor=senior, now=now)
    assert services.requests_expire(now=now + dt.timedelta(days=6, hours=23)) == 0
    assert services.requests_expire(now=now + dt.timedelta(days=7)) == 1
    assert services.requests_expire(now=now + dt.timedelta(days=8)) == 0
    request.refresh_from_db()
    assert request.status == "expired"
    # The mentee may ask again.
    services.request_send(mentee=junior, mentor=senior, now=now + dt.timedelta(days=8))


def test_withdrawing_a_request(client, senior, junior):
    request = services.request_send(mentee=junior, mentor=senior)
    client.force_login(junior)
    client.post(reverse("mentoring:request_withdraw", args=[request.pk]))
    request.refresh_from_db()
    assert request.status == "withdrawn"


def test_the_requests_page_runs_a_fixed_number_of_queries(
    client, senior, django_assert_max_num_queries
):
    MentorProfile.objects.filter(user=senior).update(capacity=20)
    client.force_login(senior)
    url = reverse("mentoring:requests")

    def add_requests(count):
        for _ in range(count):
            mentee = practitioner(CareerStage.JUNIOR)
            mentee_of(mentee)
            services.request_send(mentee=mentee, mentor=senior)

    add_requests(2)
    few = queries_for(client, url)
    add_requests(4)
    with django_assert_max_num_queries(few):
        response = client.get(url)
    assert response.content.decode().count("/accept/") == 6
    assert few <= 13


def test_the_agreement_duration_must_be_4_to_24_weeks(client, active_mentorship, junior):
    client.force_login(junior)
    url = reverse("mentoring:agreement", args=[active_mentorship.pk])
    data = {"goals": "x", "rhythm": "weekly", "duration_weeks": 30, "starts_on": "2026-01-05"}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "less than or equal to 24" in response.content.decode()
    data["duration_weeks"] = 8
    assert client.post(url, data).status_code == 302
    active_mentorship.refresh_from_db()
    assert active_mentorship.duration_weeks == 8
    assert active_mentorship.ends_on == dt.date(2026, 3, 2)


def test_a_third_member_cannot_see_a_mentorship(client, active_mentorship, outsider):
    client.force_login(outsider)
    url = reverse("mentoring:mentorship", args=[active_mentorship.pk])
    assert client.get(url).status_code == 404


def test_completion_takes_feedback_from_both_and_frees_the_place(
    client, active_mentorship, senior, junior
):
    client.force_login(junior)
    url = reverse("mentoring:complete", args=[active_mentorship.pk])
    client.post(url, {"rating": 5, "goals_met": "on", "comment": "Great"})
    active_mentorship.refresh_from_db()
    assert active_mentorship.status == "completed"
    assert MentorProfile.objects.get(user=senior).active_mentees == 0
    client.force_login(senior)
    client.post(url, {"rating": 4})
    assert sorted(MentorshipFeedback.objects.values_list("rating", flat=True)) == [4, 5]
    # Once is enough.
    response = client.post(url, {"rating": 3}, follow=True)
    assert "already given your feedback" in response.content.decode()


def _held_session(mentorship):
    start = timezone.now() - dt.timedelta(days=2)
    return MentoringSession.objects.create(
        mentorship=mentorship,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
        status=MentoringSession.Status.HELD,
    )


def test_the_fit_question_opens_after_the_first_session(client, active_mentorship, junior):
    client.force_login(junior)
    url = reverse("mentoring:fit", args=[active_mentorship.pk])
    response = client.post(url, {"answer": "poor"}, follow=True)
    assert "opens after your first session" in response.content.decode()
    _held_session(active_mentorship)
    client.post(url, {"answer": "poor"})
    page = client.get(reverse("mentoring:mentorship", args=[active_mentorship.pk])).content
    assert b"Ask for a new match" in page


def test_a_poor_fit_lets_the_mentee_ask_for_a_new_match(client, active_mentorship, senior, junior):
    _held_session(active_mentorship)
    client.force_login(junior)
    rematch = reverse("mentoring:rematch", args=[active_mentorship.pk])
    client.post(rematch)
    active_mentorship.refresh_from_db()
    assert active_mentorship.status == "active"  # no poor fit answered yet: refused
    client.post(reverse("mentoring:fit", args=[active_mentorship.pk]), {"answer": "poor"})
    response = client.post(rematch)
    assert response.url == reverse("mentoring:suggestions")
    active_mentorship.refresh_from_db()
    assert active_mentorship.status == "ended"
    assert active_mentorship.rematch_requested_at is not None
    assert MentorProfile.objects.get(user=senior).active_mentees == 0
    # The previous mentor is not suggested again.
    page = client.get(reverse("mentoring:suggestions")).content.decode()
    assert senior.display_name not in page


def test_only_the_mentee_can_ask_for_a_new_match(active_mentorship, senior):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.rematch_request(mentorship=active_mentorship, by=senior)


def test_the_mentor_page_says_a_request_is_waiting(client, senior, junior):
    services.request_send(mentee=junior, mentor=senior)
    client.force_login(junior)
    page = client.get(reverse("mentoring:mentor_detail", args=[senior.pk])).content.decode()
    assert "the mentor has until" in page
    assert "Send the request" not in page


def test_the_first_session_held_asks_both_about_the_pairing_fit(active_mentorship, senior, junior):
    start = timezone.now() - dt.timedelta(days=2)
    sessions = [
        MentoringSession.objects.create(
            mentorship=active_mentorship,
            starts_at=start + dt.timedelta(hours=3 * n),
            ends_at=start + dt.timedelta(hours=3 * n + 1),
            status="scheduled",
        )
        for n in range(2)
    ]
    assert services.session_mark_held(session=sessions[0])
    assert not services.session_mark_held(session=sessions[0])  # idempotent
    services.session_mark_held(session=sessions[1])
    asked = Notification.objects.filter(kind="mentoring.fit_question")
    assert sorted(asked.values_list("user_id", flat=True)) == sorted([senior.pk, junior.pk])
