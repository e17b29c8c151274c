"""A search with facets in the browser: French accents and stemming, highlights, facets in the
URL, pagination, the header box's suggestions by keyboard, permissions, axe and CSP."""

import re

import pytest
from django.contrib.auth.models import Group

from search.services import search_entry_upsert
from tests.e2e.conftest import serious_violations
from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db(transaction=True)

COURSE = "Télésurveillance de l'insuffisance cardiaque"
CASE = "Cas : décompensation d'une insuffisance cardiaque sous télésurveillance"
QUERY = "télésurveillance insuffisance cardiaque"


def index(title, **fields):
    obj = Group.objects.create(name=f"stand-in {Group.objects.count()}")
    values = {"kind": "course", "body": "", "language": "fr", "visibility": "public"}
    search_entry_upsert(obj=obj, title=title, url=f"/stand-in/{obj.pk}/", **{**values, **fields})


@pytest.fixture
def catalogue(settings):
    settings.ELASTICSEARCH_URL = ""
    index(
        COURSE,
        body="Suivi à domicile des patients insuffisants cardiaques télésurveillés.",
        specialty="cardiology",
        topics=["remote_monitoring"],
        frameworks=["dpc"],
    )
    index(
        "Remote monitoring in heart failure: a randomised trial",
        kind="digest",
        language="en",
        body="Telemonitoring reduced admissions for heart failure.",
        topics=["remote_monitoring", "evidence"],
    )
    index(
        CASE,
        kind="case",
        visibility="verified_only",
        body="Patient de 70 ans, alerte de poids transmise par la balance connectée.",
        topics=["remote_monitoring"],
    )
    index(
        "Dr Claire Martin, cardiologue",
        kind="mentor",
        body="Accompagne les jeunes praticiens en télésurveillance.",
    )
    index("AI sepsis score", kind="digest", language="en", topics=["ai"])
    for n in range(21):  # enough study digests for a second page
        index(
            f"Synthèse n°{n + 1} : télésurveillance et insuffisance cardiaque",
            kind="digest",
            body="Lecture critique d'un essai randomisé.",
            topics=["evidence"],
        )


def sign_in(page, live_server, email):
    page.goto("/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label(re.compile(r"^Password:?$")).fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(f"{live_server.url}/")


def result_titles(page):
    return page.locator(".result-title").all_inner_texts()


def test_an_anonymous_visitor_never_sees_the_case(page, live_server, catalogue):
    page.goto(f"/search/?q={QUERY}")

    assert COURSE in result_titles(page)
    assert page.get_by_text("décompensation").count() == 0
    assert page.get_by_role("checkbox", name=re.compile(r"^Clinical case")).count() == 0

    page.locator("#header-q").fill("décompens")
    page.wait_for_timeout(600)  # the suggestions' debounce and fetch
    assert page.get_by_role("option").count() == 0
    assert page.csp_errors == []


def test_a_verified_practitioner_searches_with_facets(page, axe, live_server, catalogue, alice):
    sign_in(page, live_server, alice.email)

    # The search page, in French with accents and stemming.
    page.goto("/search/")
    page.get_by_label("Search courses, studies, cases and mentors").fill(QUERY)
    page.get_by_label("Search courses, studies, cases and mentors").press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=t%C3%A9l%C3%A9surveillance"))
    # Both database backends find the 23 entries that share these words (stemming may differ).
    assert page.get_by_text(re.compile(r"^1–20 of 2\d results$")).count() == 1
    assert page.locator(".result-title mark").count() >= 20
    assert page.locator(".result-snippet mark").count() >= 1
    assert page.get_by_role("checkbox", name="Clinical case (1)").count() == 1
    assert page.get_by_role("checkbox", name="Remote monitoring (2)").count() == 1
    assert serious_violations(axe, page) == []

    # Pagination keeps the query.
    page.get_by_role("link", name="Next").click()
    page.wait_for_url(re.compile(r"page=2"))
    assert page.get_by_text(re.compile(r"^21–2\d of 2\d results$")).count() == 1
    assert len(result_titles(page)) == 3

    # A facet narrows the results, and its state is in the URL.
    page.get_by_role("checkbox", name=re.compile(r"^Course \(")).check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"kind=course"))
    assert result_titles(page) == [COURSE]
    assert page.locator(".result-title mark").first.inner_text() == "Télésurveillance"
    assert page.get_by_role("checkbox", name=re.compile(r"^Course \(")).is_checked()
    page.get_by_role("checkbox", name=re.compile(r"^Clinical case")).check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"kind=course&kind=case|kind=case&kind=course"))
    assert sorted(result_titles(page)) == sorted([COURSE, CASE])

    # Accents fold: the same search without them finds the same course.
    page.goto("/search/?q=telesurveillance+insuffisance+cardiaque&kind=course")
    assert result_titles(page) == [COURSE]

    # The header search box suggests titles; the keyboard picks one.
    box = page.locator("#header-q")
    box.fill("décompens")
    page.get_by_role("listbox", name="Suggestions").wait_for()
    assert page.get_by_role("option").all_inner_texts() == [CASE]  # Alice may see cases
    assert box.get_attribute("aria-expanded") == "true"
    assert serious_violations(axe, page) == []
    box.fill("Télésurveillance de l")
    page.get_by_role("option", name=COURSE).wait_for()
    # SQLite matches the whole prefix; PostgreSQL drops the stop words, so may offer more titles.
    options = page.get_by_role("option").all_inner_texts()
    assert COURSE in options
    for _ in range(options.index(COURSE) + 1):
        box.press("ArrowDown")
    assert page.get_by_role("option", name=COURSE).get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search/\?q=T%C3%A9l%C3%A9surveillance"))
    assert result_titles(page)[0] == COURSE
    box = page.locator("#header-q")
    box.fill("sepsis")
    page.get_by_role("option").first.wait_for()
    box.press("Escape")
    assert page.get_by_role("listbox", name="Suggestions").is_hidden()

    assert page.csp_errors == []
