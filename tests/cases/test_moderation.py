"""Moderation: first-time authors and overridden flags wait for a moderator, who approves or
rejects with a reason recorded in the audit log; only moderators can."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accounts.models import AuditEvent, Notification
from cases import services
from cases.models import CaseStatus
from tests.cases.conftest import CLEAN_CASE

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def in_review(alice):
    case, _flags = services.case_save(author=alice, data=dict(CLEAN_CASE))
    return services.case_submit(
        author=alice, case=case, consent_basis="consent", charter_accepted=True
    )


def test_a_first_case_waits_in_the_queue(client, moderator, in_review):
    assert in_review.status == CaseStatus.IN_REVIEW
    note = Notification.objects.get(user=moderator, kind="case.in_review")
    assert in_review.title not in note.title + note.body
    client.force_login(moderator)
    page = client.get(reverse("cases:moderation")).content.decode()
    assert in_review.title in page and "First case of this author" in page


def test_the_moderator_approves_and_it_is_audited(client, in_review, moderator, alice):
    client.force_login(moderator)
    response = client.post(
        reverse("cases:moderation_case", args=[in_review.pk]),
        {"decision": "approve", "reason": "Looks anonymous."},
    )
    assert response.status_code == 302
    in_review.refresh_from_db()
    assert in_review.status == CaseStatus.PUBLISHED and in_review.decided_by == moderator
    event = AuditEvent.objects.get(action="case.approved")
    assert event.actor == moderator and event.metadata["reason"] == "Looks anonymous."
    assert Notification.objects.filter(user=alice, kind="case.approved").exists()


def test_rejecting_needs_a_reason_which_is_audited_and_shown_to_the_author(
    client, in_review, moderator, alice
):
    client.force_login(moderator)
    url = reverse("cases:moderation_case", args=[in_review.pk])
    response = client.post(url, {"decision": "reject", "reason": ""})
    assert response.status_code == 400
    in_review.refresh_from_db()
    assert in_review.status == CaseStatus.IN_REVIEW
    client.post(url, {"decision": "reject", "reason": "The profession makes it identifying."})
    in_review.refresh_from_db()
    assert in_review.status == CaseStatus.REJECTED
    event = AuditEvent.objects.get(action="case.rejected")
    assert event.metadata["reason"] == "The profession makes it identifying."
    client.force_login(alice)
    page = client.get(reverse("cases:edit", args=[in_review.pk])).content.decode()
    assert "The profession makes it identifying." in page
    # The author can fix it and submit again.
    services.case_save(author=alice, case=in_review, data={"context": "Seen in practice."})
    case = services.case_submit(
        author=alice, case=in_review, consent_basis="consent", charter_accepted=True
    )
    assert case.status == CaseStatus.IN_REVIEW


def test_only_moderators_decide(client, in_review, dora):
    with pytest.raises(PermissionDenied):
        services.case_approve(moderator=dora, case=in_review)
    client.force_login(dora)
    assert client.get(reverse("cases:moderation")).status_code == 403
    response = client.post(
        reverse("cases:moderation_case", args=[in_review.pk]), {"decision": "approve"}
    )
    assert response.status_code == 403
    in_review.refresh_from_db()
    assert in_review.status == CaseStatus.IN_REVIEW


def test_a_moderator_does_not_approve_their_own_case(moderator):
    case, _flags = services.case_save(author=moderator, data=dict(CLEAN_CASE))
    case = services.case_submit(
        author=moderator, case=case, consent_basis="consent", charter_accepted=True
    )
    with pytest.raises(PermissionDenied):
        services.case_approve(moderator=moderator, case=case)


def test_a_case_in_review_is_hidden_from_other_practitioners(client, in_review, dora):
    client.force_login(dora)
    assert client.get(reverse("cases:detail", args=[in_review.pk])).status_code == 404


def test_approving_twice_is_refused(in_review, moderator):
    services.case_approve(moderator=moderator, case=in_review)
    with pytest.raises(ValidationError):
        services.case_approve(moderator=moderator, case=in_review)


def test_a_report_can_hide_the_reply(client, moderator, alice, dora):
    from tests.cases.conftest import published_case

    case = published_case(dora)
    reply = services.reply_create(author=alice, case=case, body="Off-topic rant.")
    report = services.report_create(user=dora, case=case, reply=reply, reason="Off-topic")
    client.force_login(moderator)
    response = client.post(
        reverse("cases:report_decide", args=[report.pk]),
        {"action": "hide_reply", "reason": "Off-topic"},
    )
    assert response.status_code == 302
    reply.refresh_from_db()
    assert reply.status == "hidden"
    assert AuditEvent.objects.filter(action="case.report_decided").exists()


def test_the_moderator_approves_without_giving_a_reason(client, in_review, moderator):
    client.force_login(moderator)
    url = reverse("cases:moderation_case", args=[in_review.pk])
    page = client.get(url).content.decode()
    # The reason box must not block "Approve" in the browser (no `required` attribute).
    assert 'name="reason"' in page and " required" not in page.split('name="reason"')[1][:80]
    response = client.post(url, {"decision": "approve", "reason": ""})
    assert response.status_code == 302
    in_review.refresh_from_db()
    assert in_review.status == CaseStatus.PUBLISHED


def test_the_review_page_names_fields_and_identifier_types_in_words(client, alice, moderator):
    data = {**CLEAN_CASE, "presentation": "Seen by Dr Jean Martin for chest pain on exertion."}
    case, flags = services.case_save(author=alice, data=data)
    flag = next(f for f in flags if f.label == "NAME")
    services.flag_resolve(user=alice, flag=flag, resolution="not_identifier", reason="Eponym")
    services.case_submit(author=alice, case=case, consent_basis="consent", charter_accepted=True)
    client.force_login(moderator)
    page = client.get(reverse("cases:moderation_case", args=[case.pk])).content.decode()
    assert "<td>Presentation</td><td>Name</td>" in page


def test_a_moderator_does_not_read_a_draft_that_was_never_submitted(client, alice, moderator):
    data = {**CLEAN_CASE, "presentation": "Mr John Smith, phone 06 12 34 56 78, chest pain."}
    draft, _flags = services.case_save(author=alice, data=data)
    client.force_login(moderator)
    response = client.get(reverse("cases:moderation_case", args=[draft.pk]))
    assert response.status_code == 404
    assert b"06 12" not in response.content
    assert client.get(reverse("cases:detail", args=[draft.pk])).status_code in (302, 404)
    assert b"06 12" not in client.get(reverse("cases:detail", args=[draft.pk]), follow=True).content


def test_the_review_page_query_count_does_not_grow_with_the_history(
    client, in_review, moderator, alice, dora, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from cases.models import Revision

    url = reverse("cases:moderation_case", args=[in_review.pk])
    client.force_login(moderator)
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        assert client.get(url).status_code == 200
    for editor in [alice, dora, moderator] * 5:
        Revision.objects.create(case=in_review, editor=editor, data={"title": "x"})
    with django_assert_num_queries(len(few.captured_queries)):
        assert client.get(url).status_code == 200
