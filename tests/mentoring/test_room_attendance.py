# ruff: noqa: F811  (fixtures imported from test_room_support)
"""Attendance measured from presence, attestation by both, compagnonnage credit, and the pages
of the room and of attendance (reflective note, shared summary)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.models import AuditEvent
from credits.models import Activity, Framework, LedgerEntry
from credits.services import user_framework_set
from mentoring import room_services
from mentoring.models import MentoringSession
from mentoring.room_models import PresenceSpan, SessionAttestation, SessionReflection
from tests.mentoring.test_room_support import (  # noqa: F401 (fixtures)
    frameworks,
    make_session,
    marc,
    maya,
    mentorship,
    session,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english_client(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


def span(session, user, start: dt.datetime, minutes: float, *, ended=True, channel="c"):
    end = start + dt.timedelta(minutes=minutes)
    return PresenceSpan.objects.create(
        session=session,
        user=user,
        channel_name=channel,
        started_at=start,
        last_seen_at=end,
        ended_at=end if ended else None,
    )


def met(session, mentor, mentee, minutes: float, *, start=None):
    """Both in the room together for `minutes`, from the session's start."""
    start = start or session.starts_at
    span(session, mentor, start, minutes)
    span(session, mentee, start, minutes)


# --- Arithmetic ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "hours"),
    [(0, "0"), (14, "0"), (15, "0.25"), (44, "0.5"), (59, "0.75"), (60, "1"), (89, "1.25")],
)
def test_joint_minutes_round_down_to_the_quarter_hour(minutes, hours):
    assert room_services.hours_from_minutes(minutes) == Decimal(hours)


def test_it_counts_only_the_time_both_were_present(session, marc, maya):
    t0 = session.starts_at
    span(session, marc, t0, 50)  # Marc 0–50
    span(session, maya, t0 + dt.timedelta(minutes=10), 30)  # Maya 10–40
    span(session, maya, t0 + dt.timedelta(minutes=45), 30)  # Maya 45–75
    # Maya opened a second tab 20–35: her time is a union, not a sum.
    span(session, maya, t0 + dt.timedelta(minutes=20), 15, channel="tab2")

    attendance = room_services.attendance_measure(session=session)

    assert attendance.joint_minutes == 35  # 10–40 and 45–50
    assert attendance.hours == Decimal("0.5")


def test_a_span_without_heartbeats_stops_counting_after_the_timeout(session, marc, maya):
    t0 = session.starts_at
    span(session, marc, t0, 60)
    # Maya's laptop slept: her socket was never closed and her last ping was at minute 5.
    span(session, maya, t0, 5, ended=False)

    attendance = room_services.attendance_measure(session=session, now=t0 + dt.timedelta(hours=1))

    timeout = room_services.presence_timeout()
    assert attendance.joint_minutes == int(
        (dt.timedelta(minutes=5) + timeout).total_seconds() // 60
    )
    assert attendance.present == []


# --- Attestation and credit ---------------------------------------------------------------------


def test_attesting_a_session_without_joint_time_is_refused(client, session, marc, maya):
    span(session, maya, session.starts_at, 30)  # Marc never came
    client.force_login(maya)
    unticked = client.post(f"/mentoring/sessions/{session.pk}/attest/", {})
    assert unticked.status_code == 400
    assert "Tick the box to attest" in unticked.content.decode()

    response = client.post(f"/mentoring/sessions/{session.pk}/attest/", {"confirm": "yes"})

    assert response.status_code == 400
    assert "No joint time was measured for this session" in response.content.decode()
    assert not SessionAttestation.objects.exists()


def test_attesting_a_future_or_cancelled_session_is_refused(mentorship, marc, maya):
    future = make_session(mentorship, starts_in=dt.timedelta(days=2))
    with pytest.raises(ValidationError, match="has not started yet"):
        room_services.session_attest(user=maya, session=future)

    cancelled = make_session(mentorship, status=MentoringSession.Status.CANCELLED)
    met(cancelled, marc, maya, 30)
    with pytest.raises(ValidationError, match="was not held"):
        room_services.session_attest(user=maya, session=cancelled)
    assert not SessionAttestation.objects.exists()


def test_attesting_while_still_in_the_room_is_refused(session, marc, maya):
    met(session, marc, maya, 30, start=timezone.now() - dt.timedelta(minutes=30))
    PresenceSpan.objects.filter(user=marc).update(ended_at=None, last_seen_at=timezone.now())

    with pytest.raises(ValidationError, match="still going on"):
        room_services.session_attest(user=maya, session=session)


def test_both_attest_and_each_gets_compagnonnage_credit_once(
    client, django_capture_on_commit_callbacks, frameworks, session, marc, maya
):
    met(session, marc, maya, 70)  # 1 h 10 → 1.00 credit
    client.force_login(maya)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/mentoring/sessions/{session.pk}/attest/", {"confirm": "yes"})

    assert response.status_code == 302
    assert SessionAttestation.objects.get(user=maya).joint_minutes == 70
    assert AuditEvent.objects.filter(action="mentoring.session_attested", actor=maya).exists()
    session.refresh_from_db()
    assert session.status == MentoringSession.Status.HELD  # measured together and attested
    assert not LedgerEntry.objects.exists()  # Marc has not attested yet
    assert marc.notifications.filter(kind="mentoring.attest").count() == 1

    client.force_login(marc)
    client.post(f"/mentoring/sessions/{session.pk}/attest/", {"confirm": "yes"})

    awarded = {
        (e.user_id, e.framework.code, e.category.code, e.amount)
        for e in LedgerEntry.objects.select_related("framework", "category")
    }
    assert awarded == {
        (maya.pk, "certification-periodique", "bloc-1", Decimal("1.00")),
        (maya.pk, "dpc", "formation-continue", Decimal("1.00")),
        (maya.pk, "ama-pra-2", "self-directed", Decimal("1.00")),
        (marc.pk, "certification-periodique", "bloc-2", Decimal("1.00")),
        (marc.pk, "ama-pra-2", "teaching", Decimal("1.00")),
    }
    session.refresh_from_db()
    assert session.status == MentoringSession.Status.HELD
    page = client.get(f"/mentoring/sessions/{session.pk}/attendance/").content.decode()
    assert "Bloc 2" in page

    # Idempotent: attesting again or awarding again changes nothing.
    client.post(f"/mentoring/sessions/{session.pk}/attest/", {"confirm": "yes"})
    results = room_services.session_credit_award(session=session)
    assert results and not any(result.created for result in results)
    assert LedgerEntry.objects.count() == 5
    assert Activity.objects.filter(source_id__startswith=f"{session.pk}:").count() == 2


def test_credit_is_capped_by_the_scheduled_length_and_follows_chosen_frameworks(
    frameworks, mentorship, marc, maya
):
    one_hour = make_session(mentorship, starts_in=dt.timedelta(hours=-4), hours=1)
    met(one_hour, marc, maya, 150)  # they overran: 2 h 30 together
    user_framework_set(user=maya, framework=Framework.objects.get(code="dpc"))

    room_services.session_attest(user=marc, session=one_hour)
    result = room_services.session_attest(user=maya, session=one_hour)

    mine = LedgerEntry.objects.filter(user=maya).select_related("framework")
    assert [(e.framework.code, e.amount) for e in mine] == [("dpc", Decimal("1.00"))]
    assert not result.waiting_for_peer


def test_a_third_practitioner_cannot_attest_or_read_the_attendance(client, session, alice):
    client.force_login(alice)

    for url in ("attendance/", "room/"):
        response = client.get(f"/mentoring/sessions/{session.pk}/{url}")
        assert response.status_code == 403
        assert "Only the mentor and the mentee of this session" in response.content.decode()
    response = client.post(f"/mentoring/sessions/{session.pk}/attest/", {"confirm": "yes"})
    assert response.status_code == 403
    assert not SessionAttestation.objects.exists()


# --- Pages --------------------------------------------------------------------------------------


def test_the_room_page_is_for_the_two_participants(client, session, marc, maya):
    client.force_login(maya)

    response = client.get(f"/mentoring/sessions/{session.pk}/room/")

    assert response.status_code == 200
    html = response.content.decode()
    assert f'data-ws-path="/ws/mentoring/sessions/{session.pk}/"' in html
    assert "mentoring/js/room.js" in html
    assert "<script>" not in html  # strict CSP: no inline script
    assert 'role="log"' in html and 'aria-live="polite"' in html
    assert client.get("/mentoring/sessions/999999/room/").status_code == 404


def test_anonymous_visitors_are_sent_to_the_login(client, session):
    response = client.get(f"/mentoring/sessions/{session.pk}/room/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_reflective_note_is_private_to_the_mentee(client, session, marc, maya):
    client.force_login(maya)
    response = client.post(
        f"/mentoring/sessions/{session.pk}/reflection/",
        {"reflection-text": "I should ask earlier about QT drugs."},
    )
    assert response.status_code == 302
    assert (
        "ask earlier about QT"
        in client.get(f"/mentoring/sessions/{session.pk}/attendance/").content.decode()
    )

    client.force_login(marc)
    page = client.get(f"/mentoring/sessions/{session.pk}/attendance/").content.decode()
    assert "ask earlier about QT" not in page
    assert "reflection-text" not in page  # no form for the mentor
    response = client.post(
        f"/mentoring/sessions/{session.pk}/reflection/", {"reflection-text": "Overwrite"}
    )
    assert response.status_code == 403
    assert SessionReflection.objects.get().text == "I should ask earlier about QT drugs."


def test_the_summary_is_shared_and_too_long_text_is_refused(client, session, marc, maya):
    client.force_login(marc)
    client.post(f"/mentoring/sessions/{session.pk}/summary/", {"summary-text": "Reviewed 3 ECGs."})
    client.force_login(maya)
    page = client.get(f"/mentoring/sessions/{session.pk}/attendance/").content.decode()
    assert "Reviewed 3 ECGs." in page

    response = client.post(
        f"/mentoring/sessions/{session.pk}/summary/", {"summary-text": "x" * 6000}
    )

    assert response.status_code == 400
    assert "Ensure this value has at most 5000 characters" in response.content.decode()
    assert session.summary.text == "Reviewed 3 ECGs."  # nothing lost


# --- Query counts -------------------------------------------------------------------------------


def test_the_snapshot_costs_the_same_with_a_long_chat_history(
    django_assert_num_queries, session, marc, maya
):
    room_services.chat_post(session=session, user=maya, body="first")
    session = room_services.MentoringSession.objects.select_related(
        "mentorship__mentor__profile", "mentorship__mentee__profile"
    ).get(pk=session.pk)
    with django_assert_num_queries(5) as few:  # savepoint, state, chat, presence, release
        room_services.room_snapshot(session=session, user=maya)
    for n in range(80):
        room_services.chat_post(session=session, user=marc if n % 2 else maya, body=f"m{n}")

    with django_assert_num_queries(len(few.captured_queries)):
        snapshot = room_services.room_snapshot(session=session, user=maya)

    assert len(snapshot["chat"]) == room_services.CHAT_HISTORY
    assert snapshot["chat"][-1]["body"] == "m79"


def test_the_room_and_attendance_pages_have_a_bounded_query_count(
    client, django_assert_max_num_queries, frameworks, session, marc, maya
):
    met(session, marc, maya, 30)
    client.force_login(maya)

    with django_assert_max_num_queries(12):
        assert client.get(f"/mentoring/sessions/{session.pk}/room/").status_code == 200
    with django_assert_max_num_queries(18):
        assert client.get(f"/mentoring/sessions/{session.pk}/attendance/").status_code == 200


def test_the_room_of_a_cancelled_session_says_why_it_is_closed(client, mentorship, maya):
    cancelled = make_session(mentorship, status=MentoringSession.Status.CANCELLED)
    client.force_login(maya)

    response = client.get(f"/mentoring/sessions/{cancelled.pk}/room/")

    assert response.status_code == 403
    assert "This session is not scheduled (it is cancelled)" in response.content.decode()
