"""The demo programme: idempotent, and the demo junior can find and ask the demo senior."""

import io

import pytest
from django.urls import reverse

from accounts import demo as accounts_demo
from accounts.models import User
from credits.models import LedgerEntry
from mentoring import demo
from mentoring.models import (
    LogbookEntry,
    MentoringSession,
    Mentorship,
    MentorshipRequest,
)

pytestmark = pytest.mark.django_db


def _counts():
    return (
        Mentorship.objects.count(),
        MentoringSession.objects.count(),
        LogbookEntry.objects.count(),
        MentorshipRequest.objects.filter(status="pending").count(),
        LedgerEntry.objects.count(),
    )


def test_the_demo_seed_is_idempotent_and_complete(client):
    accounts_demo.seed()
    out = io.StringIO()
    demo.seed(stdout=out)
    first = _counts()
    demo.seed()
    assert _counts() == first
    assert "mentoring:" in out.getvalue()

    active = Mentorship.objects.get(status="active")
    assert active.mentor.email.startswith("senior@")
    assert active.sessions.filter(status="held").count() == 2
    assert active.sessions.filter(status="scheduled").count() == 1
    assert active.logbook_entries.filter(status="pending").exists()
    assert active.logbook_entries.exclude(status="pending").exists()
    assert Mentorship.objects.filter(status="completed").count() == 1
    assert MentorshipRequest.objects.filter(status="pending").count() == 2
    # Credit for the held sessions, to both participants.
    assert LedgerEntry.objects.filter(user=active.mentee).exists()
    assert LedgerEntry.objects.filter(user=active.mentor).exists()


def test_the_demo_junior_finds_and_requests_the_demo_senior(client):
    accounts_demo.seed()
    demo.seed()
    junior = User.objects.get(email=accounts_demo.demo_email("junior"))
    senior = User.objects.get(email=accounts_demo.demo_email("senior"))
    client.force_login(junior)
    page = client.get(reverse("mentoring:suggestions")).content.decode()
    assert senior.display_name in page
    response = client.post(reverse("mentoring:mentor_detail", args=[senior.pk]), {"message": "Hi"})
    assert response.status_code == 302
    assert MentorshipRequest.objects.filter(mentee=junior, mentor=senior, status="pending").exists()
