"""Mentoring in the browser: find a mentor, request, accept, agree, schedule; pages accessible."""

import re

import pytest

from accounts.choices import CareerStage
from tests.e2e.conftest import serious_violations
from tests.factories import PASSWORD
from tests.mentoring.conftest import mentee_of, mentor_of, next_local, practitioner

pytestmark = pytest.mark.django_db(transaction=True)


def _login(page, live_server, user):
    page.context.clear_cookies()
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(f"{live_server.url}/")


def test_a_junior_finds_a_senior_who_accepts_and_they_schedule_a_session(page, axe, live_server):
    senior = practitioner(CareerStage.SENIOR, specialty="cardiology", name="Bernard")
    mentor_of(senior)
    junior = practitioner(CareerStage.JUNIOR, name="Ines")
    mentee_of(junior)

    _login(page, live_server, junior)
    page.goto("/mentoring/profile/mentee/")
    assert page.get_by_role("checkbox", name="Tuesday 18:00").is_checked()
    assert serious_violations(axe, page) == []

    page.goto("/mentoring/mentors/")
    assert page.get_by_text(re.compile("both speak English and French")).count() == 1
    assert serious_violations(axe, page) == []
    page.get_by_role("link", name="Bernard").click()
    page.get_by_label("Message to the mentor").fill("Hello, I would like your help.")
    page.get_by_role("button", name="Send the request").click()
    page.wait_for_url(f"{live_server.url}/mentoring/requests/")
    assert page.get_by_text("Request sent").count() == 1

    _login(page, live_server, senior)
    page.goto("/mentoring/requests/")
    assert serious_violations(axe, page) == []
    page.get_by_role("button", name="Accept").click()
    page.get_by_label("Duration (weeks)").fill("12")
    page.get_by_role("button", name="Save the agreement").click()
    assert page.get_by_role("heading", name="Mentoring Ines").count() == 1
    assert serious_violations(axe, page) == []

    page.get_by_role("link", name="Propose a session").click()
    start = next_local(1, 18)
    page.get_by_label("Date 1").fill(start.date().isoformat())
    page.get_by_label("Start 1").fill("18:00")
    page.get_by_label("End 1").fill("19:00")
    page.get_by_label("Agenda: one goal per line").fill("Review ECGs")
    page.get_by_role("button", name="Propose").click()
    assert page.get_by_text("Waiting for the other participant to choose.").count() == 1

    _login(page, live_server, junior)
    page.goto("/mentoring/")
    page.get_by_role("link", name=re.compile(str(start.year))).first.click()
    page.get_by_role("button", name="Accept this time").click()
    assert page.get_by_text("Session scheduled.").count() == 1
    assert page.get_by_role("link", name="Add to my calendar (.ics)").count() == 1
    assert serious_violations(axe, page) == []
    assert page.csp_errors == []


def _login_with_cookie(page, live_server, user):
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    page.context.clear_cookies()
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def test_the_logbook_and_programme_pages_are_accessible(page, axe, live_server):
    from accounts.choices import Role
    from mentoring import services
    from tests.factories import add_role, enable_totp

    senior = practitioner(CareerStage.SENIOR, specialty="cardiology", name="Bernard")
    mentor_of(senior)
    junior = practitioner(CareerStage.JUNIOR, name="Ines")
    mentee_of(junior)
    waiting = practitioner(CareerStage.RESIDENT, name="Rose")
    mentee_of(waiting)
    services.request_accept(
        request_id=services.request_send(mentee=junior, mentor=senior).pk, mentor=senior
    )
    admin = practitioner(CareerStage.SENIOR, name="Camille")
    add_role(admin, Role.PROGRAMME_ADMIN)
    enable_totp(admin)

    _login_with_cookie(page, live_server, junior)
    page.goto("/mentoring/")
    page.get_by_role("link", name="Mentored by Bernard").click()
    page.get_by_role("link", name="Logbook").click()
    page.get_by_label("Skill or procedure").fill("Shoulder ultrasound")
    page.get_by_label("2 — acts under direct supervision").check()
    page.get_by_role("button", name="Record").click()
    assert page.get_by_text("Entry recorded").count() == 1
    assert page.locator("svg[role=img] title").count() == 1
    assert serious_violations(axe, page) == []

    _login_with_cookie(page, live_server, senior)
    page.reload()
    page.get_by_label("Level you observed").select_option("2")
    page.get_by_role("button", name="Sign", exact=True).click()
    assert page.get_by_text("Co-signed").count() >= 1

    _login_with_cookie(page, live_server, admin)
    page.goto("/mentoring/programme/")
    assert page.get_by_role("heading", name="Mentoring programme").count() == 1
    assert serious_violations(axe, page) == []
    page.get_by_role("link", name="Cohort matching").click()
    page.get_by_role("button", name="Compute an assignment").click()
    assert page.get_by_role("heading", name="Cohort assignment").count() == 1
    assert serious_violations(axe, page) == []
    page.goto("/mentoring/programme/weights/")
    assert serious_violations(axe, page) == []
    assert page.csp_errors == []
