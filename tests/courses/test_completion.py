"""Evaluation and attestation gates, one award under double submission, expiry, language
versions, unverified learners and the certificate."""

import datetime as dt

import pytest

from accounts.choices import VerificationStatus
from courses import services
from courses.models import CourseEvaluation, Enrolment
from credits.models import Certificate, LedgerEntry
from tests.courses.helpers import (
    attest,
    complete_lessons,
    enrol,
    evaluate,
    follow_messages,
    pass_assessment,
)
from tests.factories import ProfileFactory


def _through_assessment(client, course, user):
    client.force_login(user)
    enrol(client, course)
    complete_lessons(client, course)
    pass_assessment(client, course)


def test_it_refuses_the_evaluation_before_the_assessment_is_passed(client, course, learner):
    client.force_login(learner)
    enrol(client, course)
    html = follow_messages(client, evaluate(client, course))
    assert "Pass the final assessment before the evaluation." in html
    assert not CourseEvaluation.objects.exists()


def test_it_refuses_credit_before_the_evaluation(client, course, learner):
    _through_assessment(client, course, learner)
    html = follow_messages(client, attest(client, course))
    assert "Answer the evaluation before claiming credit." in html
    assert not LedgerEntry.objects.exists()


def test_evaluation_asks_for_the_intended_change(client, course, learner):
    _through_assessment(client, course, learner)
    response = client.post(
        course.url + "evaluation/",
        {"relevance": "4", "balance": "commercial_bias", "practice_change": "yes"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Describe the change you intend to make." in html
    assert "Tell us where you saw a bias" in html
    assert not CourseEvaluation.objects.exists()


def test_it_awards_credit_once_and_issues_one_certificate(client, course, learner):
    _through_assessment(client, course, learner)
    html = follow_messages(client, evaluate(client, course))
    assert "Last step: attest the time you spent" in html
    # More than the designated maximum (2 h): refused, nothing awarded.
    response = attest(client, course, hours="2.5")
    assert response.status_code == 400
    assert "At most 2 hours can be claimed" in response.content.decode()
    response = attest(client, course, hours="1.1")
    assert "quarter hours" in response.content.decode()
    assert not LedgerEntry.objects.exists()

    html = follow_messages(client, attest(client, course, hours="1.75"))
    assert "Your credit is recorded and your certificate" in html
    html = follow_messages(client, attest(client, course, hours="1.75"))  # double submission
    assert "already recorded; nothing changed" in html
    entries = {e.framework.code: e.amount for e in LedgerEntry.objects.filter(user=learner)}
    # Each framework receives the time claimed, up to its own maximum.
    assert entries == {"certification-periodique": 1.75, "dpc": 1.5}
    certificate = Certificate.objects.get(user=learner)
    assert Enrolment.objects.get(user=learner).certificate == certificate
    html = client.get(course.url).content.decode()
    assert f"Download certificate {certificate.code}" in html
    assert client.get(f"/credits/certificates/{certificate.code}.pdf").status_code == 200
    assert "Valid certificate." in client.get(f"/verify/{certificate.code}/").content.decode()


def test_concurrent_attestation_calls_award_once(course, learner, client):
    _through_assessment(client, course, learner)
    evaluate(client, course)
    first = services.attestation_submit(user=learner, course=course, hours="1", attest=True)
    second = services.attestation_submit(user=learner, course=course, hours="2", attest=True)
    assert first.created and not second.created
    assert first.certificate == second.certificate
    assert LedgerEntry.objects.filter(user=learner).count() == 2


def test_an_expired_course_is_readable_and_awards_nothing(client, make_course, learner):
    today = dt.date.today()
    course = make_course(
        release=today - dt.timedelta(days=400), expiry=today - dt.timedelta(days=1)
    )
    html = client.get(course.url).content.decode()
    assert "You can still read it, but no credit is awarded." in html
    _through_assessment(client, course, learner)
    evaluate(client, course)
    html = client.get(course.url).content.decode()
    assert "course completed, no credit awarded" in html
    html = follow_messages(client, attest(client, course))
    assert "no credit is awarded" in html
    assert not LedgerEntry.objects.exists()
    assert Enrolment.objects.get(user=learner).completed_at is not None


def test_credit_for_a_course_code_is_awarded_once_across_languages(client, make_course, learner):
    english = make_course("en")
    french = make_course("fr")
    assert "Également disponible en français" in client.get(english.url).content.decode()
    _through_assessment(client, english, learner)
    evaluate(client, english)
    attest(client, english)
    _through_assessment(client, french, learner)
    evaluate(client, french)
    html = follow_messages(client, attest(client, french))
    assert "You already received credit for this course in its English version" in html
    assert LedgerEntry.objects.filter(user=learner).count() == 2  # the English award only


def test_an_unverified_learner_can_learn_but_not_claim_credit(client, course):
    pending = ProfileFactory(verification_status=VerificationStatus.PENDING).user
    _through_assessment(client, course, pending)
    evaluate(client, course)
    html = follow_messages(client, attest(client, course))
    assert "reserved for practitioners whose profile has been verified" in html
    assert not LedgerEntry.objects.exists()


@pytest.mark.parametrize("hours", ["0", "-1", "abc", ""])
def test_it_refuses_nonsense_hours(client, course, learner, hours):
    _through_assessment(client, course, learner)
    evaluate(client, course)
    response = attest(client, course, hours=hours)
    assert response.status_code == 400
    assert not LedgerEntry.objects.exists()
