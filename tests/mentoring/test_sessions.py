"""Scheduling within both availabilities, the .ics file, the calendar feed and reminders."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from accounts.models import Notification
from mentoring import services
from mentoring.models import CalendarFeed, MentoringSession, SessionReminder

from .conftest import next_local

pytestmark = pytest.mark.django_db


def _propose(client, mentorship, *slots, agenda=""):
    data = {"agenda": agenda}
    for n, (start, end) in enumerate(slots, start=1):
        data[f"date_{n}"] = start.date().isoformat()
        data[f"start_{n}"] = start.strftime("%H:%M")
        data[f"end_{n}"] = end.strftime("%H:%M")
    return client.post(reverse("mentoring:session_propose", args=[mentorship.pk]), data)


def test_it_proposes_times_within_both_availabilities_and_the_other_accepts_one(
    client, active_mentorship, senior, junior
):
    tuesday = next_local(1, 18)
    thursday = next_local(3, 12, 30)
    client.force_login(senior)
    response = _propose(
        client,
        active_mentorship,
        (tuesday, tuesday + dt.timedelta(hours=1)),
        (thursday, thursday + dt.timedelta(hours=1)),
        agenda="Review ECGs\nPlan",
    )
    session = MentoringSession.objects.get()
    assert response.url == reverse("mentoring:session", args=[session.pk])
    assert session.status == "proposed"
    assert session.agenda == ["Review ECGs", "Plan"]
    assert session.slots.count() == 2
    assert Notification.objects.filter(user=junior, kind="mentoring.session_proposed").exists()

    # The proposer cannot pick; the other participant does.
    second = session.slots.order_by("starts_at")[1]
    client.post(reverse("mentoring:session_accept", args=[session.pk]), {"slot": second.pk})
    session.refresh_from_db()
    assert session.status == "proposed"
    client.force_login(junior)
    client.post(reverse("mentoring:session_accept", args=[session.pk]), {"slot": second.pk})
    session.refresh_from_db()
    assert session.status == "scheduled"
    assert session.starts_at == thursday


def test_a_time_outside_either_availability_is_refused(client, active_mentorship, senior):
    monday = next_local(0, 10)
    client.force_login(senior)
    response = _propose(client, active_mentorship, (monday, monday + dt.timedelta(hours=1)))
    assert response.status_code == 200
    assert "outside the mentor&#x27;s weekly availability" in response.content.decode()
    # The hour after the shared window (Tuesday 21:00) is outside too.
    late = next_local(1, 20, 30)
    response = _propose(client, active_mentorship, (late, late + dt.timedelta(hours=1)))
    assert "weekly availability" in response.content.decode()
    assert not MentoringSession.objects.exists()


def test_overlapping_times_are_refused(client, active_mentorship, senior):
    start = next_local(1, 18)
    client.force_login(senior)
    response = _propose(
        client,
        active_mentorship,
        (start, start + dt.timedelta(hours=1)),
        (start + dt.timedelta(minutes=30), start + dt.timedelta(minutes=90)),
    )
    assert "overlap each other" in response.content.decode()
    assert not MentoringSession.objects.exists()


def test_a_time_that_clashes_with_a_scheduled_session_is_refused(active_mentorship, senior, junior):
    start = next_local(1, 18)
    session = services.session_propose(
        mentorship=active_mentorship, by=senior, slots=[(start, start + dt.timedelta(hours=1))]
    )
    services.session_accept(session_id=session.pk, slot_id=session.slots.get().pk, by=junior)
    with pytest.raises(Exception, match="already has a session at this time"):
        services.session_propose(
            mentorship=active_mentorship,
            by=junior,
            slots=[(start + dt.timedelta(minutes=30), start + dt.timedelta(minutes=90))],
        )


def test_a_past_or_too_long_time_is_refused(active_mentorship, senior):
    past = timezone.now() - dt.timedelta(days=1)
    with pytest.raises(Exception, match="in the future"):
        services.session_propose(
            mentorship=active_mentorship, by=senior, slots=[(past, past + dt.timedelta(hours=1))]
        )
    start = next_local(1, 18)
    with pytest.raises(Exception, match="30 minutes to 3 hours"):
        services.session_propose(
            mentorship=active_mentorship, by=senior, slots=[(start, start + dt.timedelta(hours=4))]
        )


@pytest.fixture
def scheduled(active_mentorship, senior, junior):
    start = next_local(1, 18)
    session = services.session_propose(
        mentorship=active_mentorship,
        by=senior,
        slots=[(start, start + dt.timedelta(hours=1))],
        agenda=["A private agenda item"],
    )
    return services.session_accept(session_id=session.pk, slot_id=session.slots.get().pk, by=junior)


def test_the_ics_file_describes_the_session_without_its_agenda(client, scheduled, junior, senior):
    client.force_login(junior)
    response = client.get(reverse("mentoring:session_ics", args=[scheduled.pk]))
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert event["uid"] == f"mentoring-session-{scheduled.pk}@compagnon"
    assert event.decoded("dtstart") == scheduled.starts_at
    assert event.decoded("dtend") == scheduled.ends_at
    assert str(event["summary"]) == f"Compagnonnage session with {senior.display_name}"
    assert str(event["status"]) == "CONFIRMED"
    assert f"/mentoring/sessions/{scheduled.pk}/" in str(event["url"])
    assert b"private agenda" not in response.content


def test_a_third_member_cannot_download_the_ics(client, scheduled, outsider):
    client.force_login(outsider)
    assert client.get(reverse("mentoring:session_ics", args=[scheduled.pk])).status_code == 404


def test_the_calendar_feed_works_with_its_secret_token_only(client, scheduled, junior):
    client.force_login(junior)
    page = client.get(reverse("mentoring:calendar")).content.decode()
    feed = CalendarFeed.objects.get(user=junior)
    assert feed.token in page
    client.logout()
    url = reverse("mentoring:calendar_feed", args=[feed.token])
    response = client.get(url)
    assert response.status_code == 200
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [e["uid"] for e in events] == [f"mentoring-session-{scheduled.pk}@compagnon"]
    assert client.get(reverse("mentoring:calendar_feed", args=["wrong"])).status_code == 404

    client.force_login(junior)
    client.post(reverse("mentoring:calendar"))
    client.logout()
    assert client.get(url).status_code == 404  # the old address no longer works


def test_cancelled_sessions_show_as_cancelled_in_the_feed(client, scheduled, senior, junior):
    client.force_login(senior)
    client.post(reverse("mentoring:session_cancel", args=[scheduled.pk]))
    feed = services.calendar_feed_for(user=junior)
    response = client.get(reverse("mentoring:calendar_feed", args=[feed.token]))
    (event,) = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["status"]) == "CANCELLED"


def test_reminders_are_sent_once_whatever_the_number_of_runs(
    scheduled, senior, junior, monkeypatch
):
    day_before = scheduled.starts_at - dt.timedelta(hours=20)
    monkeypatch.setattr(timezone, "now", lambda: day_before)
    call_command("mentoring_reminders", stdout=io.StringIO())
    call_command("mentoring_reminders", stdout=io.StringIO())
    assert SessionReminder.objects.filter(kind="day").count() == 2
    reminders = Notification.objects.filter(kind="mentoring.reminder")
    assert sorted(reminders.values_list("user_id", flat=True)) == sorted([senior.pk, junior.pk])
    assert "A private agenda item" not in " ".join(reminders.values_list("title", flat=True))

    hour_before = scheduled.starts_at - dt.timedelta(minutes=50)
    monkeypatch.setattr(timezone, "now", lambda: hour_before)
    call_command("mentoring_reminders", stdout=io.StringIO())
    call_command("mentoring_reminders", stdout=io.StringIO())
    assert Notification.objects.filter(kind="mentoring.reminder").count() == 4


def test_the_index_page_lists_upcoming_sessions(client, scheduled, junior):
    client.force_login(junior)
    page = client.get(reverse("mentoring:index")).content.decode()
    assert reverse("mentoring:session", args=[scheduled.pk]) in page
