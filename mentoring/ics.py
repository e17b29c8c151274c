"""iCalendar files: one session to download, and a member's personal feed.

Events carry the time, the other participant's display name and a link — never the agenda or
anything else a calendar provider should not read.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from accounts.models import User

from .models import MentoringSession

PRODID = "-//Compagnon//Mentoring//FR"


def _calendar(name: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    return calendar


def _event(session: MentoringSession, *, user: User, site_url: str) -> Event:
    mentor, mentee = session.participants()
    other = mentee if user.pk == mentor.pk else mentor
    event = Event()
    event.add("uid", f"mentoring-session-{session.pk}@compagnon")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("summary", _("Compagnonnage session with %(name)s") % {"name": other.display_name})
    url = f"{site_url}/mentoring/sessions/{session.pk}/"
    event.add("url", url)
    event.add("description", url)
    if session.status == MentoringSession.Status.CANCELLED:
        event.add("status", "CANCELLED")
    elif session.status == MentoringSession.Status.PROPOSED:
        event.add("status", "TENTATIVE")
    else:
        event.add("status", "CONFIRMED")
    event.add(
        "sequence", int(session.cancelled_at is not None) + int(session.scheduled_at is not None)
    )
    return event


def session_ics(session: MentoringSession, *, user: User, site_url: str) -> bytes:
    calendar = _calendar(_("Compagnon session"))
    calendar.add_component(_event(session, user=user, site_url=site_url))
    return calendar.to_ical()


def feed_ics(sessions: Iterable[MentoringSession], *, user: User, site_url: str) -> bytes:
    calendar = _calendar(_("Compagnon mentoring"))
    for session in sessions:
        calendar.add_component(_event(session, user=user, site_url=site_url))
    return calendar.to_ical()
