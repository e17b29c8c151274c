"""Discussion: replies scanned and sanitised, held replies, endorsements, helpful marks,
outcome, blind differential, follows and notifications, edit history."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accounts.models import Notification
from cases import events, services
from cases.models import Case, CaseStatus, Reply, ReplyStatus, Revision
from tests.cases.conftest import CLEAN_CASE, published_case

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def sent(monkeypatch):
    """The events the services queue for the realtime layer."""
    calls = []
    monkeypatch.setattr(
        events, "event_send", lambda **kwargs: calls.append((kwargs["type"], kwargs["payload"]))
    )
    return calls


def test_a_clean_reply_is_visible_and_broadcast(alice, case, sent):
    reply = services.reply_create(author=alice, case=case, body="Start with a **stress test**.")
    assert reply.status == ReplyStatus.VISIBLE
    assert "<strong>stress test</strong>" in reply.html
    assert sent[-1][0] == "reply.created"
    assert sent[-1][1]["reply_id"] == reply.pk
    assert f'id="reply-{reply.pk}"' in sent[-1][1]["html"]()  # rendered per language


def test_a_reply_with_an_identifier_is_held_and_never_broadcast(alice, dora, case, sent, client):
    reply = services.reply_create(
        author=alice, case=case, body="Call me on 06 12 34 56 78 to discuss."
    )
    assert reply.status == ReplyStatus.HELD
    assert reply.held_spans[0]["label"] == "PHONE"
    assert sent == []
    assert not Notification.objects.filter(user=dora, kind="case.reply").exists()
    # Its author sees it held, with the way to fix it; others do not see it at all.
    client.force_login(alice)
    page = client.get(reverse("cases:detail", args=[case.pk]))
    assert b"06 12 34 56 78" in page.content and b"Held" in page.content
    client.force_login(dora)
    page = client.get(reverse("cases:detail", args=[case.pk]))
    assert b"06 12 34 56 78" not in page.content
    assert f'id="reply-{reply.pk}"'.encode() not in page.content


def test_fixing_a_held_reply_publishes_it(alice, case, sent):
    reply = services.reply_create(author=alice, case=case, body="Phone 06 12 34 56 78.")
    reply = services.reply_update(user=alice, reply=reply, body="Let us talk here instead.")
    assert reply.status == ReplyStatus.VISIBLE
    assert [t for t, _p in sent] == ["reply.created"]


def test_redacting_a_held_reply_replaces_the_flagged_words(alice, case):
    reply = services.reply_create(author=alice, case=case, body="Phone 06 12 34 56 78 please.")
    reply = services.reply_redact_held(user=alice, reply=reply)
    assert reply.status == ReplyStatus.VISIBLE
    assert "06 12" not in reply.body and "[PHONE]" in reply.body


def test_editing_a_visible_reply_into_an_identifier_hides_it_from_others(alice, case, sent):
    reply = services.reply_create(author=alice, case=case, body="Fine.")
    services.reply_update(user=alice, reply=reply, body="Email me: jean.dupont@mail.fr")
    assert sent[-1] == ("reply.hidden", {"reply_id": reply.pk})
    assert Reply.objects.get(pk=reply.pk).status == ReplyStatus.HELD


@pytest.mark.parametrize(
    "body",
    [
        "<script>alert('x')</script> hello",
        '<img src=x onerror="alert(1)"> hello',
        "[click](javascript:alert(1)) hello",
        '<a href="https://evil.example" onclick="x()">link</a> hello',
        "<iframe src='https://evil.example'></iframe> hello",
        "<style>body{display:none}</style> hello",
    ],
)
def test_script_and_html_in_a_reply_are_neutralised(alice, case, body):
    reply = services.reply_create(author=alice, case=case, body=body)
    elements = _elements(reply.html)
    assert {tag for tag, _attrs in elements} <= {"p", "a"}
    for _tag, attrs in elements:
        for name, value in attrs:
            assert not name.startswith("on")
            assert not (value or "").lower().startswith("javascript")
    assert "hello" in reply.html


def _elements(html: str) -> list:
    from html.parser import HTMLParser

    found = []

    class Collector(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, attrs))

    Collector().feed(html)
    return found


def test_safe_markdown_keeps_its_formatting(alice, case):
    reply = services.reply_create(
        author=alice, case=case, body="- *one*\n- `two`\n\n> quote\n\n[ref](https://has.fr)"
    )
    tags = {tag for tag, _attrs in _elements(reply.html)}
    assert {"ul", "li", "em", "code", "blockquote", "a"} <= tags
    assert 'rel="nofollow noopener noreferrer"' in reply.html


def test_the_reply_form_posts_and_redirects_without_javascript(client, alice, case):
    client.force_login(alice)
    response = client.post(reverse("cases:reply_create", args=[case.pk]), {"body": "I agree."})
    reply = Reply.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"/cases/{case.pk}/#reply-{reply.pk}")
    empty = client.post(reverse("cases:reply_create", args=[case.pk]), {"body": " "})
    # The case page again, with the error next to the form.
    assert empty.status_code == 400 and Reply.objects.count() == 1
    assert b"This field is required" in empty.content


def test_nobody_replies_to_an_unpublished_case(alice, dora):
    draft, _flags = services.case_save(author=dora, data=dict(CLEAN_CASE))
    with pytest.raises(Exception) as error:
        services.reply_create(author=alice, case=draft, body="Hello")
    assert error.type.__name__ == "Http404"


def test_endorsements_count_once_per_member_and_not_for_oneself(alice, dora, moderator, case, sent):
    reply = services.reply_create(author=alice, case=case, body="Consider a stress echo.")
    assert services.endorsement_set(user=dora, reply=reply, on=True) == 1
    assert services.endorsement_set(user=dora, reply=reply, on=True) == 1
    assert services.endorsement_set(user=moderator, reply=reply, on=True) == 2
    assert sent[-1] == ("endorsement.changed", {"reply_id": reply.pk, "count": 2})
    with pytest.raises(ValidationError):
        services.endorsement_set(user=alice, reply=reply, on=True)
    assert services.endorsement_set(user=dora, reply=reply, on=False) == 1


def test_only_the_case_author_marks_replies_helpful(alice, dora, moderator, case, sent):
    reply = services.reply_create(author=alice, case=case, body="Consider a stress echo.")
    with pytest.raises(PermissionDenied):
        services.reply_mark_helpful(user=moderator, reply=reply)
    services.reply_mark_helpful(user=dora, reply=reply)
    assert Reply.objects.get(pk=reply.pk).helpful
    assert sent[-1][0] == "reply.updated"
    note = Notification.objects.get(user=alice, kind="case.reply_helpful")
    assert case.title in note.title and "stress" not in note.title + note.body


def test_followers_are_notified_without_any_reply_text(alice, dora, moderator, case):
    services.follow_set(user=dora, case=case, on=True)
    services.follow_set(user=moderator, case=case, on=True)
    services.reply_create(author=alice, case=case, body="Secret clinical detail XYZ.")
    for user in (dora, moderator):
        note = Notification.objects.get(user=user, kind="case.reply")
        assert "XYZ" not in note.title + note.body
        assert note.url == reverse("cases:detail", args=[case.pk])
    assert not Notification.objects.filter(user=alice, kind="case.reply").exists()


def test_notifications_never_carry_unpublished_case_text(alice, moderator):
    draft, _flags = services.case_save(author=alice, data=dict(CLEAN_CASE))
    draft = services.case_submit(
        author=alice, case=draft, consent_basis="anonymised", charter_accepted=True
    )
    services.case_reject(moderator=moderator, case=draft, reason="Too identifying: the job.")
    for note in Notification.objects.filter(user=alice):
        text = note.title + note.body
        assert CLEAN_CASE["title"] not in text and "job" not in text


def test_the_outcome_is_scanned_and_marks_the_case_solved(dora, case, sent):
    with pytest.raises(ValidationError):
        services.outcome_post(
            user=dora, case=case, diagnosis="Angina", text="Seen by Dr Martin Dubois", solved=True
        )
    case = services.outcome_post(
        user=dora,
        case=case,
        diagnosis="Stable angina",
        text="Seen by Dr Martin Dubois; stent placed.",
        solved=True,
        redact=True,
    )
    assert case.solved and "Dubois" not in case.outcome_text
    assert sent[-1][0] == "case.updated"


def test_blind_differential_hides_others_until_you_enter_yours_then_shows_your_rank(
    client, alice, dora, moderator
):
    case = published_case(dora, blind_differential=True)
    services.differential_submit(user=moderator, case=case, items=["Pericarditis", "Angina"])
    client.force_login(alice)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "Pericarditis" not in page and "Record my differential" in page
    response = client.post(
        reverse("cases:differential", args=[case.pk]),
        {"item1": "Stable angina", "item2": "GERD"},
    )
    assert response.status_code == 302
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "Pericarditis" in page
    with pytest.raises(ValidationError):
        services.differential_submit(user=alice, case=case, items=["Again"])
    services.outcome_post(user=dora, case=case, diagnosis="Angina", text="", solved=True)
    page = client.get(reverse("cases:detail", args=[case.pk])).content.decode()
    assert "You ranked the confirmed diagnosis #1." in page
    assert "ranked #2" in page  # the moderator's list
    with pytest.raises(ValidationError):
        services.differential_submit(user=moderator, case=case, items=["Late"])


def test_diagnosis_rank_matches_loosely():
    items = ["Péricardite aiguë", "Syndrome coronarien aigu", "Embolie pulmonaire"]
    assert services.diagnosis_rank(items=items, diagnosis="embolie pulmonaire") == 3
    assert services.diagnosis_rank(items=items, diagnosis="pericardite aigue") == 1
    assert services.diagnosis_rank(items=items, diagnosis="Pneumothorax") is None


def test_reports_go_to_the_moderation_queue(client, alice, case, moderator):
    reply = services.reply_create(author=alice, case=case, body="Fine.")
    client.force_login(alice)
    response = client.post(
        reverse("cases:report", args=[case.pk]), {"reason": "A name in the text", "reply": ""}
    )
    assert response.status_code == 302
    services.report_create(user=alice, case=case, reply=reply, reason="Rude")
    client.force_login(moderator)
    queue = client.get(reverse("cases:moderation")).content.decode()
    assert "A name in the text" in queue and "Rude" in queue


def test_edit_history_is_for_moderators_only(client, alice, dora, moderator, case):
    reply = services.reply_create(author=alice, case=case, body="First version.")
    services.reply_update(user=alice, reply=reply, body="Second version.")
    assert Revision.objects.filter(reply=reply).count() == 2
    client.force_login(moderator)
    page = client.get(reverse("cases:moderation_case", args=[case.pk])).content.decode()
    assert "First version." in page and "Second version." in page
    client.force_login(dora)
    assert client.get(reverse("cases:moderation_case", args=[case.pk])).status_code == 403


def _replies(case, authors, n):
    for i in range(n):
        reply = services.reply_create(author=authors[i % 2], case=case, body=f"Reply {i}.")
        services.endorsement_set(user=authors[(i + 1) % 2], reply=reply, on=True)


def test_the_case_page_query_count_does_not_grow_with_replies(
    client, alice, dora, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    few = published_case(dora)
    many = published_case(dora, title="Another case")
    _replies(few, [alice, dora], 2)
    _replies(many, [alice, dora], 25)
    client.force_login(alice)
    client.get(reverse("cases:detail", args=[few.pk]))  # warm caches (sessions, roles)
    with CaptureQueriesContext(connection) as small:
        assert client.get(reverse("cases:detail", args=[few.pk])).status_code == 200
    with django_assert_num_queries(len(small.captured_queries)):
        response = client.get(reverse("cases:detail", args=[many.pk]))
    assert response.content.decode().count('<article id="reply-') == 25


def test_the_snapshot_lists_visible_replies_only(alice, dora, case):
    from cases.selectors import case_snapshot

    visible = services.reply_create(author=alice, case=case, body="Visible.")
    services.reply_create(author=alice, case=case, body="Phone 06 12 34 56 78.")
    snapshot = case_snapshot(user=dora, case_id=case.pk)
    assert snapshot["case"]["id"] == case.pk and snapshot["case"]["status"] == "published"
    assert [r["reply_id"] for r in snapshot["replies"]] == [visible.pk]
    assert "06 12" not in str(snapshot)


def test_case_status_is_published_for_published_case_helper(case):
    assert Case.objects.get(pk=case.pk).status == CaseStatus.PUBLISHED


def test_the_edit_history_keeps_no_identifier(alice, case):
    reply = services.reply_create(author=alice, case=case, body="Phone 06 12 34 56 78.")
    services.reply_update(user=alice, reply=reply, body="No phone here.")
    history = [r.data["body"] for r in Revision.objects.filter(reply=reply)]
    assert len(history) == 2
    assert not any("06 12" in body for body in history)


def test_a_double_submitted_reply_is_posted_once(client, alice, case, sent):
    client.force_login(alice)
    url = reverse("cases:reply_create", args=[case.pk])
    for _ in range(2):
        assert client.post(url, {"body": "Stress echo first."}).status_code == 302
    assert Reply.objects.filter(case=case, body="Stress echo first.").count() == 1
    assert [t for t, _p in sent] == ["reply.created"]
    # The same words later, or from someone else, are a new reply.
    services.reply_create(author=case.author, case=case, body="Stress echo first.")
    assert Reply.objects.filter(case=case, body="Stress echo first.").count() == 2


def test_a_refused_reply_keeps_what_was_typed(client, alice, case):
    client.force_login(alice)
    body = "x" * 8001
    response = client.post(reverse("cases:reply_create", args=[case.pk]), {"body": body})
    assert response.status_code == 400
    assert body in response.content.decode()
    assert not Reply.objects.filter(case=case, author=alice).exists()


def test_a_racing_second_differential_gets_a_message_not_an_error(alice, dora, monkeypatch):
    from cases.models import Differential

    case = published_case(dora, blind_differential=True)
    services.differential_submit(user=alice, case=case, items=["Angina"])
    # The other tab's existence check ran before the first one committed.
    real_filter = Differential.objects.filter

    class Missed:
        def exists(self):
            return False

    monkeypatch.setattr(
        Differential.objects, "filter", lambda **kw: Missed() if "user" in kw else real_filter(**kw)
    )
    with pytest.raises(ValidationError, match="already entered"):
        services.differential_submit(user=alice, case=case, items=["Pericarditis"])
    monkeypatch.undo()
    assert Differential.objects.get(case=case, user=alice).items == ["Angina"]
