"""Mentor capacity is never exceeded: a check constraint, and row locks for concurrent accepts."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import translation

from accounts.choices import CareerStage
from mentoring import services
from mentoring.models import MentorProfile, Mentorship

from .conftest import mentee_of, mentor_of, practitioner


@pytest.mark.django_db
def test_the_database_refuses_more_mentees_than_places(senior):
    with pytest.raises(IntegrityError), transaction.atomic():
        MentorProfile.objects.filter(user=senior).update(active_mentees=3)


@pytest.mark.django_db
def test_accepting_beyond_capacity_is_refused(senior):
    MentorProfile.objects.filter(user=senior).update(capacity=1)
    requests = []
    for _ in range(2):
        mentee = practitioner(CareerStage.JUNIOR)
        mentee_of(mentee)
        requests.append(services.request_send(mentee=mentee, mentor=senior))
    services.request_accept(request_id=requests[0].pk, mentor=senior)
    with pytest.raises(ValidationError, match="no places left"):
        services.request_accept(request_id=requests[1].pk, mentor=senior)
    assert Mentorship.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_accepts_never_exceed_capacity():
    if connection.vendor != "postgresql":
        pytest.skip(
            "SQLite serialises every write on one database lock, so there is no real "
            "concurrency to test; this runs on PostgreSQL (DATABASE_URL)."
        )
    mentor = practitioner(CareerStage.SENIOR)
    mentor_of(mentor, capacity=2)
    request_ids = []
    for _ in range(8):
        mentee = practitioner(CareerStage.JUNIOR)
        mentee_of(mentee)
        request_ids.append(services.request_send(mentee=mentee, mentor=mentor).pk)
    barrier = threading.Barrier(len(request_ids))

    def accept(request_id: int) -> str:
        try:
            barrier.wait(timeout=10)
            services.request_accept(request_id=request_id, mentor=mentor)
            return "accepted"
        except ValidationError:
            return "refused"
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=len(request_ids)) as pool:
        results = list(pool.map(accept, request_ids))

    assert results.count("accepted") == 2
    assert results.count("refused") == 6
    assert Mentorship.objects.filter(mentor=mentor, status="active").count() == 2
    assert MentorProfile.objects.get(user=mentor).active_mentees == 2


@pytest.mark.django_db(transaction=True)
def test_two_mentors_accepting_the_same_mentee_at_once_make_one_mentorship():
    if connection.vendor != "postgresql":
        pytest.skip(
            "SQLite serialises every write on one database lock, so there is no real "
            "concurrency to test; this runs on PostgreSQL (DATABASE_URL)."
        )
    mentee = practitioner(CareerStage.JUNIOR)
    mentee_of(mentee)
    pairs = []
    for _ in range(2):
        mentor = practitioner(CareerStage.SENIOR)
        mentor_of(mentor)
        pairs.append((services.request_send(mentee=mentee, mentor=mentor).pk, mentor))
    barrier = threading.Barrier(2)

    def accept(pair) -> str:
        request_id, mentor = pair
        try:
            barrier.wait(timeout=10)
            # A thread starts in the default language; the messages are compared in English.
            with translation.override("en"):
                services.request_accept(request_id=request_id, mentor=mentor)
            return "accepted"
        except ValidationError as exc:
            return " ".join(exc.messages)
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(accept, pairs))

    assert results.count("accepted") == 1
    (refusal,) = [r for r in results if r != "accepted"]
    assert refusal in {
        "This mentee already has an active mentorship.",
        "This request was already answered (Withdrawn).",
    }
    assert Mentorship.objects.filter(mentee=mentee, status="active").count() == 1
    assert sum(p.active_mentees for p in MentorProfile.objects.all()) == 1
