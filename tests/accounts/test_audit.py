"""The append-only audit log: what writes to it, that nothing rewrites it, and who reads it."""

import datetime as dt
import json
import time

import pyotp
import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from accounts.audit import audit_record, session_ref
from accounts.models import AuditEvent
from tests.factories import PASSWORD, ProfileFactory

pytestmark = pytest.mark.django_db

AUDIT_URL = "/moderation/audit/"
WRONG_PASSWORD = "Tr0ub4dor&3-not-hers"


@pytest.fixture(autouse=True)
def _english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture(autouse=True)
def _since_now(db):
    """The log is append-only and `flush` never empties it: rows left by transactional tests run
    earlier may be there. Every assertion below looks at events written after this point."""
    global BASELINE
    BASELINE = AuditEvent.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


BASELINE = 0


def new_events():
    return AuditEvent.objects.filter(pk__gt=BASELINE)


def sign_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def event_text(event: AuditEvent) -> str:
    """Every stored value of an event, as one string (to look for leaked secrets)."""
    values = [str(getattr(event, f.attname)) for f in AuditEvent._meta.concrete_fields]
    return " ".join(values) + json.dumps(event.metadata)


def assert_no_password_anywhere():
    for event in new_events():
        text = event_text(event)
        assert PASSWORD not in text
        assert WRONG_PASSWORD not in text


# --- What writes to the log --------------------------------------------------------------------


def test_it_records_a_sign_in_with_the_session(client, alice):
    sign_in(client, alice.email)

    event = new_events().get(action="auth.login")
    assert event.actor == alice
    assert event.actor_label == "alice@example.org"
    assert event.target_id == str(alice.pk)
    assert event.ip_address == "127.0.0.1"
    assert len(event.session_ref) == 16
    assert event.session_ref == session_ref(client.session.session_key)
    assert client.session.session_key not in event_text(event)  # a hash, never the key
    assert_no_password_anywhere()


def test_it_records_a_failed_sign_in_without_the_password(client, alice):
    sign_in(client, alice.email, WRONG_PASSWORD)

    event = new_events().get(action="auth.login_failed")
    assert event.actor is None
    assert event.actor_label == "alice@example.org"
    assert event.target_id == str(alice.pk)
    assert event.ip_address == "127.0.0.1"
    assert event.metadata == {"login": "alice@example.org"}
    assert event.session_ref == session_ref(client.session.session_key)
    assert_no_password_anywhere()


def test_it_ties_repeated_failed_sign_ins_to_the_browser_session(client, alice):
    sign_in(client, alice.email, WRONG_PASSWORD)
    sign_in(client, alice.email, WRONG_PASSWORD + "!")

    refs = set(
        new_events().filter(action="auth.login_failed").values_list("session_ref", flat=True)
    )
    assert refs == {session_ref(client.session.session_key)}
    assert "" not in refs


def test_it_records_a_failed_sign_in_for_an_unknown_address(client, db):
    sign_in(client, "nobody@example.org", WRONG_PASSWORD)

    event = new_events().get(action="auth.login_failed")
    assert event.actor_label == "nobody@example.org"
    assert event.target_id == ""
    assert_no_password_anywhere()


def test_it_records_a_second_factor_being_added(
    client, alice, monkeypatch, django_capture_on_commit_callbacks
):
    from allauth.mfa.totp.internal import auth as totp_auth

    counter = int(time.time()) // 30  # pinned: the code cannot expire between two lines
    monkeypatch.setattr(totp_auth, "yield_hotp_counters_from_time", lambda: iter([counter]))
    sign_in(client, alice.email)
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    secret = client.get(reverse("mfa_activate_totp")).context["form"].secret

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("mfa_activate_totp"), {"code": pyotp.TOTP(secret).at(counter * 30)}
        )

    assert response.status_code == 302
    event = new_events().get(action="mfa.added", metadata__type="totp")
    assert event.actor == alice
    assert event.session_ref == session_ref(client.session.session_key)
    assert secret not in event_text(event)
    assert_no_password_anywhere()


def test_it_records_verification_decisions_without_the_reason(
    client, moderator, bob, django_capture_on_commit_callbacks
):
    carol = ProfileFactory(user__email="carol@example.org").user
    client.force_login(moderator)
    reason = "The RPPS number belongs to someone else."

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("accounts:verification_detail", args=[bob.profile.pk]), {"decision": "approve"}
        )
        client.post(
            reverse("accounts:verification_detail", args=[carol.profile.pk]),
            {"decision": "reject", "reason": reason},
        )

    verified = new_events().get(action="profile.verified")
    rejected = new_events().get(action="profile.rejected")
    for event, profile in [(verified, bob.profile), (rejected, carol.profile)]:
        assert event.actor == moderator
        assert event.actor_label == "maud@example.org"
        assert event.target_type == "accounts.practitionerprofile"
        assert event.target_id == str(profile.pk)
        assert event.session_ref == session_ref(client.session.session_key)
        assert event.session_ref
    assert reason not in event_text(rejected)


# --- Nothing rewrites it -----------------------------------------------------------------------


@pytest.fixture
def event(alice):
    return audit_record(action="test.event", actor=alice, target=alice)


def test_it_refuses_to_save_an_existing_event_again(event):
    event.action = "test.rewritten"

    with pytest.raises(PermissionError):
        event.save()

    assert new_events().get(pk=event.pk).action == "test.event"


def test_it_refuses_to_delete_an_event(event):
    with pytest.raises(PermissionError):
        event.delete()

    assert AuditEvent.objects.filter(pk=event.pk).exists()


def test_it_refuses_bulk_update_and_delete(event):
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(pk=event.pk).update(action="test.rewritten")
    with pytest.raises(PermissionError):
        AuditEvent.objects.filter(pk=event.pk).delete()
    with pytest.raises(PermissionError):
        AuditEvent.objects.all().delete()

    assert new_events().get(pk=event.pk).action == "test.event"


def test_it_refuses_raw_sql_update_and_delete_in_the_database(event):
    table = AuditEvent._meta.db_table

    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"UPDATE {table} SET action = %s WHERE id = %s", ["x", event.pk])  # noqa: S608
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {table} WHERE id = %s", [event.pk])  # noqa: S608

    assert new_events().get(pk=event.pk).action == "test.event"


# --- Who reads it ------------------------------------------------------------------------------


@pytest.fixture
def some_events(alice, bob):
    old = timezone.now() - dt.timedelta(days=10)
    AuditEvent.objects.create(
        action="auth.login", actor=bob, actor_label=bob.email, occurred_at=old
    )
    audit_record(action="auth.login", actor=alice)
    audit_record(action="auth.login_failed", actor_label="alice@example.org")
    audit_record(action="profile.verified", actor=alice, target=bob.profile)
    return old


def listed(response):
    return [
        (e.action, e.actor_label) for e in response.context["page"].object_list if e.pk > BASELINE
    ]


def test_it_shows_the_log_to_moderators_newest_first(client, moderator, some_events):
    client.force_login(moderator)

    response = client.get(AUDIT_URL)

    assert response.status_code == 200
    rows = listed(response)
    assert rows[-1] == ("auth.login", "bob@example.org")  # the oldest, ten days ago
    assert ("profile.verified", "alice@example.org") in rows


def test_it_filters_the_log_by_action_actor_and_date(client, moderator, some_events):
    client.force_login(moderator)
    today = timezone.localdate()

    by_action = listed(client.get(AUDIT_URL, {"action": "auth.login_failed"}))
    assert by_action == [("auth.login_failed", "alice@example.org")]

    by_prefix = {action for action, _ in listed(client.get(AUDIT_URL, {"action": "profile."}))}
    assert by_prefix == {"profile.verified"}

    by_actor = listed(client.get(AUDIT_URL, {"actor": "BOB@"}))
    assert by_actor == [("auth.login", "bob@example.org")]

    since = client.get(AUDIT_URL, {"action": "auth.login", "since": today.isoformat()})
    assert ("auth.login", "bob@example.org") not in listed(since)
    assert ("auth.login", "alice@example.org") in listed(since)

    until = today - dt.timedelta(days=5)
    assert listed(client.get(AUDIT_URL, {"until": until.isoformat()})) == [
        ("auth.login", "bob@example.org")
    ]


def test_it_shows_a_message_when_no_event_matches(client, moderator, some_events):
    client.force_login(moderator)

    response = client.get(AUDIT_URL, {"action": "nothing.like.this"})

    assert listed(response) == []
    assert "No event matches these filters." in response.content.decode()


@pytest.mark.parametrize("persona", ["alice", "bob", "charlie"])
def test_it_refuses_the_log_to_non_moderators(client, request, persona):
    client.force_login(request.getfixturevalue(persona))

    assert client.get(AUDIT_URL).status_code == 403


def test_it_sends_anonymous_visitors_of_the_log_to_the_login(client):
    response = client.get(AUDIT_URL)

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_it_keeps_queries_constant_however_long_the_log(
    client, moderator, django_assert_max_num_queries
):
    client.force_login(moderator)
    for n in range(3):
        audit_record(action=f"test.{n}", actor=moderator)
    with django_assert_max_num_queries(16) as few:
        response = client.get(AUDIT_URL)
    assert len(response.context["page"].object_list) >= 3

    AuditEvent.objects.bulk_create(
        AuditEvent(action=f"test.bulk.{n}", actor=moderator, actor_label=moderator.email)
        for n in range(60)
    )
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(AUDIT_URL)
    assert len(response.context["page"].object_list) == 50
