"""Every page of the case app renders for the people it is for, with labelled fields and no
inline script."""

import re

import pytest
from django.urls import reverse

from cases import services
from tests.cases.conftest import CLEAN_CASE, published_case

pytestmark = pytest.mark.usefixtures("english")


def _check(response, status=200):
    assert response.status_code == status, response.content[:500]
    html = response.content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)", html), "inline script"
    assert " style=" not in html
    return html


def test_author_pages(client, alice):
    client.force_login(alice)
    html = _check(client.get(reverse("cases:new")))
    assert "cases/js/gate.js" in html and 'name="age_band"' in html
    assert "birth_date" not in html and "date_of_birth" not in html
    case, _flags = services.case_save(
        author=alice, data={**CLEAN_CASE, "history": "Phone 06 12 34 56 78."}
    )
    html = _check(client.get(reverse("cases:edit", args=[case.pk])))
    assert 'id="flags"' in html and "<mark>06 12 34 56 78</mark>" in html
    assert 'name="consent_basis"' in html and "charter" in html.lower()
    _check(client.get(reverse("cases:mine")))
    _check(client.get(reverse("cases:retract", args=[case.pk])))


def test_reader_pages(client, alice, dora):
    case = published_case(dora, blind_differential=True)
    reply = services.reply_create(author=alice, case=case, body="Phone 06 12 34 56 78.")
    client.force_login(alice)
    html = _check(client.get(reverse("cases:detail", args=[case.pk])))
    assert 'id="differential"' in html and 'id="reply-form"' in html
    _check(client.get(reverse("cases:reply_edit", args=[reply.pk])))
    _check(client.get(reverse("cases:report", args=[case.pk])))
    _check(client.get(reverse("cases:index")))
    client.force_login(dora)
    html = _check(client.get(reverse("cases:detail", args=[case.pk])))
    assert "data-viewer-author" in html and 'id="outcome"' in html
    assert client.get(reverse("cases:reply_edit", args=[reply.pk])).status_code == 403


def test_moderator_pages(client, alice, moderator):
    case, _flags = services.case_save(author=alice, data=dict(CLEAN_CASE))
    case = services.case_submit(
        author=alice, case=case, consent_basis="consent", charter_accepted=True
    )
    client.force_login(moderator)
    _check(client.get(reverse("cases:moderation")))
    html = _check(client.get(reverse("cases:moderation_case", args=[case.pk])))
    assert 'value="approve"' in html and "Edit history" in html
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 302
