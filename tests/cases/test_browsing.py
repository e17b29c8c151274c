"""Browsing: published cases only, verified practitioners only; filters, activity order,
pagination."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from cases import services
from cases.models import Case, CaseStatus
from tests.cases.conftest import CLEAN_CASE, published_case

pytestmark = pytest.mark.usefixtures("english")


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse("cases:index"))
    assert response.status_code == 302 and "login" in response["Location"]


@pytest.mark.parametrize("persona", ["bob", "charlie"])
def test_members_who_are_not_verified_practitioners_are_refused(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    response = client.get(reverse("cases:index"))
    assert response.status_code == 403
    assert b"verified" in response.content


def test_only_published_cases_are_listed(client, alice, dora):
    published_case(dora, title="A published case")
    draft, _flags = services.case_save(author=dora, data={**CLEAN_CASE, "title": "A draft"})
    client.force_login(alice)
    page = client.get(reverse("cases:index")).content.decode()
    assert "A published case" in page and "A draft" not in page
    assert client.get(reverse("cases:detail", args=[draft.pk])).status_code == 404


def test_filters_by_specialty_tag_state_and_outcome(client, alice, dora):
    now = timezone.now()
    published_case(dora, title="Cardio open", specialty="cardiology", tags=",angina,")
    published_case(
        dora,
        title="Neuro solved",
        specialty="neurology",
        tags=",stroke,",
        solved=True,
        outcome_at=now,
        outcome_diagnosis="Stroke",
    )
    client.force_login(alice)
    url = reverse("cases:index")

    def titles(**params):
        page = client.get(url, params).content.decode()
        return {t for t in ("Cardio open", "Neuro solved") if t in page}

    assert titles() == {"Cardio open", "Neuro solved"}
    assert titles(specialty="neurology") == {"Neuro solved"}
    assert titles(tag="angina") == {"Cardio open"}
    assert titles(tag="ang") == set()  # a whole tag, not a substring
    assert titles(state="open") == {"Cardio open"}
    assert titles(state="solved") == {"Neuro solved"}
    assert titles(has_outcome="on") == {"Neuro solved"}


def test_most_recent_activity_first_and_paginated(client, alice, dora):
    now = timezone.now()
    for i in range(23):
        published_case(
            dora, title=f"Case number {i:02d}", last_activity_at=now - dt.timedelta(hours=i)
        )
    old = Case.objects.get(title="Case number 22")
    services.reply_create(author=alice, case=old, body="Bumping this one.")
    client.force_login(alice)
    first = client.get(reverse("cases:index")).content.decode()
    assert first.index("Case number 22") < first.index("Case number 00")
    assert "Page 1 of 2" in first
    second = client.get(reverse("cases:index"), {"page": 2}).content.decode()
    assert second.count("Case number") == 3


def test_the_author_sees_their_drafts_in_my_cases(client, alice):
    services.case_save(author=alice, data={**CLEAN_CASE, "title": "My draft"})
    client.force_login(alice)
    page = client.get(reverse("cases:mine")).content.decode()
    assert "My draft" in page and "Draft" in page


def test_the_case_page_has_the_live_discussion_hooks(client, alice, dora):
    case = published_case(dora)
    services.reply_create(author=alice, case=case, body="Hello.")
    client.force_login(alice)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert (
        f'<section id="replies" aria-labelledby="discussion-title" data-case-id="{case.pk}" '
        f'data-ws-path="/ws/cases/{case.pk}/"'
    ) in page
    assert '<p id="case-presence" aria-live="off"></p>' in page
    assert "cases/js/live.js" in page and "<script>" not in page
    assert case.status == CaseStatus.PUBLISHED
