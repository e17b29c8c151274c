"""The mentor and the mentee in one session room, in two browsers: chat, shared notes and the
agenda update live on the other side. The camera is never started here.

Runs on Daphne (`asgi_live_server`): the real session cookie, Origin check, consumer and
mentoring/static/mentoring/js/room.js.
"""

import re
import time

import pytest
from django.test import Client
from playwright.sync_api import expect

from tests.e2e.conftest import serious_violations
from tests.mentoring.test_room_support import make_session, marc, maya, mentorship  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)


def open_room(browser, server, user, session):
    session_client = Client()
    session_client.force_login(user)
    context = browser.new_context(base_url=server.url, locale="en-GB")
    context.set_default_timeout(10_000)
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": session_client.cookies["sessionid"].value,
                "url": server.url,
            },
            {"name": "django_language", "value": "en", "url": server.url},
        ]
    )
    page = context.new_page()
    page.problems = []
    page.on("console", lambda msg: page.problems.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    page.goto(f"/mentoring/sessions/{session.pk}/room/")
    expect(page.locator("#room")).to_have_attribute("data-live", "online")
    return page


def test_two_participants_chat_and_share_notes_live(asgi_live_server, browser, axe, mentorship):  # noqa: F811
    session = make_session(mentorship)
    mentor, mentee = session.participants()
    mentees_page = open_room(browser, asgi_live_server, mentee, session)
    mentors_page = open_room(browser, asgi_live_server, mentor, session)
    try:
        for page in (mentees_page, mentors_page):
            expect(page.locator(f"#room-presence li[data-user='{mentor.pk}']")).to_contain_text(
                "in the room"
            )
            expect(page.locator(f"#room-presence li[data-user='{mentee.pk}']")).to_contain_text(
                "in the room"
            )
        expect(
            mentees_page.locator(f"#room-presence li[data-user='{mentor.pk}']")
        ).not_to_contain_text("not in the room")
        mentees_page.evaluate("window.notReloaded = true")
        # No call yet: only the button that starts one (the camera is never started here).
        expect(mentees_page.get_by_role("button", name="Start audio and video")).to_be_visible()
        for name in ("Answer the call", "Mute microphone", "Hang up"):
            expect(mentees_page.get_by_role("button", name=name)).to_be_hidden()

        # Chat, from the keyboard.
        mentees_page.get_by_label("Your message").fill("Bonjour, shall we start with the ECGs?")
        mentees_page.get_by_label("Your message").press("Enter")
        expect(mentors_page.locator("#room-chat-log li")).to_contain_text(
            ["shall we start with the ECGs?"]
        )
        expect(mentees_page.locator("#room-chat-log li")).to_have_count(1)

        # Shared notes: the mentor types, the mentee sees them appear.
        mentors_page.get_by_label("Notes you both edit (no patient data)").fill(
            "QT interval: check drugs first."
        )
        expect(mentees_page.locator("#room-notes-text")).to_have_value(
            "QT interval: check drugs first."
        )
        expect(mentees_page.locator("#room-notes-state")).to_contain_text("version 1")

        # The mentee edits on top of that version; the mentor sees it.
        notes = mentees_page.locator("#room-notes-text")
        notes.press("End")
        notes.press_sequentially(" Then the ST segment.")
        expect(mentors_page.locator("#room-notes-text")).to_have_value(
            "QT interval: check drugs first. Then the ST segment."
        )

        # The agenda checklist.
        mentors_page.get_by_label("Review the ECG cases").check()
        expect(mentees_page.get_by_label("Review the ECG cases")).to_be_checked()

        # Both edit the same version at once: the first edit wins, the other is refused; that
        # page shows the current notes and keeps its own text aside, nothing is lost.
        mentees_page.locator("#room-notes-text").fill("The mentee's version")
        mentors_page.locator("#room-notes-text").fill("The mentor's version")
        conflict = {
            page: page.locator("#room-notes-conflict") for page in (mentees_page, mentors_page)
        }
        deadline = time.monotonic() + 10
        while not any(c.is_visible() for c in conflict.values()) and time.monotonic() < deadline:
            time.sleep(0.1)
        losers = [page for page, c in conflict.items() if c.is_visible()]
        assert len(losers) == 1
        loser = losers[0]
        winner = mentors_page if loser is mentees_page else mentees_page
        winning_text = winner.locator("#room-notes-text").input_value()
        expect(loser.locator("#room-notes-text")).to_have_value(winning_text)
        expect(loser.locator("#room-notes-rejected")).not_to_have_value(winning_text)
        # The refusal is announced; the winner's update may arrive just after and be announced too.
        expect(loser.locator("#room-notes-state")).to_contain_text(
            re.compile(r"changed in the meantime|Updated by")
        )

        assert mentees_page.evaluate("window.notReloaded") is True
        assert serious_violations(axe, mentees_page) == []
        assert mentees_page.problems == [] and mentors_page.problems == []

        # Leaving the room is announced to the other participant.
        mentees_page.get_by_role("link", name="After the session").click()
        expect(mentees_page.get_by_role("heading", name="Session attendance")).to_be_visible()
        expect(mentors_page.locator(f"#room-presence li[data-user='{mentee.pk}']")).to_contain_text(
            "not in the room"
        )
        assert serious_violations(axe, mentees_page) == []
        assert mentees_page.problems == []
    finally:
        mentees_page.context.close()
        mentors_page.context.close()
