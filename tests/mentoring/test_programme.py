"""The programme admin's dashboard and cohort matching (run, review, publish)."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.choices import CareerStage
from mentoring import services
from mentoring.models import (
    CohortPair,
    CohortRun,
    MentoringSession,
    MentorProfile,
    Mentorship,
    MentorshipRequest,
)

from .conftest import mentee_of, mentor_of, practitioner, queries_for

pytestmark = pytest.mark.django_db


def test_only_programme_admins_see_the_programme_pages(client, junior):
    client.force_login(junior)
    for name in ("programme", "cohorts", "programme_weights"):
        assert client.get(reverse(f"mentoring:{name}")).status_code == 403


def _held(mentorship, days_ago=3):
    start = timezone.now() - dt.timedelta(days=days_ago)
    return MentoringSession.objects.create(
        mentorship=mentorship,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
        status="held",
    )


def test_the_dashboard_shows_matched_unmatched_sessions_rematch_fit_and_feedback(
    client, programme_admin, active_mentorship, senior, junior
):
    waiting = practitioner(CareerStage.RESIDENT, name="Waiting")
    mentee_of(waiting)
    _held(active_mentorship)
    services.pairing_fit_answer(mentorship=active_mentorship, by=junior, answer="good")
    services.pairing_fit_answer(mentorship=active_mentorship, by=senior, answer="fair")
    # A second pair that ends with a re-match, and a third completed with feedback.
    other_mentee = practitioner(CareerStage.RESIDENT)
    mentee_of(other_mentee)
    ended = services.request_accept(
        request_id=services.request_send(mentee=other_mentee, mentor=senior).pk, mentor=senior
    )
    _held(ended)
    services.pairing_fit_answer(mentorship=ended, by=other_mentee, answer="poor")
    services.rematch_request(mentorship=ended, by=other_mentee)

    client.force_login(programme_admin)
    html = client.get(reverse("mentoring:programme")).content.decode()
    d = client.get(reverse("mentoring:programme")).context["d"]
    assert (d.mentees_matched, d.mentees_unmatched) == (1, 2)
    assert d.sessions_held == 2
    assert d.rematches == 1 and d.rematch_rate == 0.5
    assert dict(d.fit) == {"Good fit": 1, "Could be better": 1, "Poor fit": 1}
    assert "50.0 %" in html
    assert 'aria-labelledby="chart-matched-title chart-matched-desc"' in html
    assert "Mentees matched and unmatched (table)" in html
    assert "Waiting" in html  # listed among the mentees still looking


def test_the_dashboard_runs_a_fixed_number_of_queries(client, programme_admin):
    client.force_login(programme_admin)
    url = reverse("mentoring:programme")
    for _ in range(2):
        mentee_of(practitioner(CareerStage.RESIDENT))
    few = queries_for(client, url)
    for _ in range(5):
        mentee_of(practitioner(CareerStage.RESIDENT))
        mentor_of(practitioner(CareerStage.SENIOR))
    assert queries_for(client, url) == few


@pytest.fixture
def cohort(db):
    mentors = [practitioner(CareerStage.SENIOR, name=f"Mentor{n}") for n in range(2)]
    for mentor in mentors:
        mentor_of(mentor, capacity=1)
    mentees = [practitioner(CareerStage.RESIDENT, name=f"Mentee{n}") for n in range(3)]
    for mentee in mentees:
        mentee_of(mentee)
    return mentors, mentees


def test_cohort_matching_is_reviewed_then_published_as_requests(client, programme_admin, cohort):
    assert len(cohort[1]) == 3
    client.force_login(programme_admin)
    response = client.post(reverse("mentoring:cohorts"), {"outcome": "requests"})
    run = CohortRun.objects.get()
    assert response.url == reverse("mentoring:cohort", args=[run.pk])
    assert run.pairs.count() == 2  # two places for three mentees
    assert len(run.unmatched) == 1
    page = client.get(response.url).content.decode()
    assert "every eligible mentor&#x27;s places went to other mentees" in page
    assert "same specialty" in page

    # Leave one pair out, then publish: one request is sent, nothing else.
    left_out = run.pairs.first()
    client.post(reverse("mentoring:cohort_pair", args=[run.pk, left_out.pk]), {"included": "0"})
    client.post(reverse("mentoring:cohort_publish", args=[run.pk]))
    run.refresh_from_db()
    assert run.status == "published"
    sent = MentorshipRequest.objects.get()
    assert sent.cohort_run == run
    assert (sent.mentee_id, sent.mentor_id) != (left_out.mentee_id, left_out.mentor_id)
    # Published runs cannot be published again.
    response = client.post(reverse("mentoring:cohort_publish", args=[run.pk]), follow=True)
    assert "already published or discarded" in response.content.decode()
    assert MentorshipRequest.objects.count() == 1


def test_cohort_matching_can_start_mentorships_directly_and_never_exceeds_capacity(
    programme_admin, cohort
):
    assert len(cohort[1]) == 3
    run = services.cohort_run_create(by=programme_admin, outcome="mentorships")
    # A place is taken meanwhile: that pair is skipped with the reason, the other goes through.
    taken = run.pairs.first()
    MentorProfile.objects.filter(user_id=taken.mentor_id).update(active_mentees=1)
    result = services.cohort_publish(by=programme_admin, run_id=run.pk)
    assert result.created == 1
    assert [reason for _pair, reason in result.skipped] == ["This mentor has no places left."]
    assert Mentorship.objects.filter(cohort_run=run, status="active").count() == 1
    for profile in MentorProfile.objects.all():
        assert profile.active_mentees <= profile.capacity


def test_the_cohort_pages_run_a_fixed_number_of_queries(client, programme_admin, cohort):
    run = services.cohort_run_create(by=programme_admin)
    client.force_login(programme_admin)
    few = queries_for(client, reverse("mentoring:cohort", args=[run.pk]))
    for n in range(4):
        mentor_of(practitioner(CareerStage.SENIOR, name=f"Extra{n}"), capacity=1)
        mentee_of(practitioner(CareerStage.RESIDENT, name=f"Newcomer{n}"))
    bigger = services.cohort_run_create(by=programme_admin)
    assert CohortPair.objects.filter(run=bigger).count() == 6
    assert len(bigger.unmatched) == 1
    assert queries_for(client, reverse("mentoring:cohort", args=[bigger.pk])) == few
    assert queries_for(client, reverse("mentoring:cohorts")) <= 13
