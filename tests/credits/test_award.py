import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from accounts.models import AuditEvent
from credits import services
from credits.models import Designation, EntryKind, LedgerEntry

pytestmark = pytest.mark.django_db


def ledger_snapshot():
    return list(LedgerEntry.objects.order_by("pk").values_list("pk", "kind", "amount"))


def test_it_awards_credit_and_audits_it(alice, make_activity, award):
    activity = make_activity()
    result = award(alice, activity, amount="2.25")
    assert result.created
    entry = result.entry
    assert entry.amount == Decimal("2.25")
    assert entry.kind == EntryKind.AWARD
    assert entry.category.code == "bloc-1"
    assert entry.earned_on == timezone.localdate()
    assert entry.attested_at is not None
    assert result.counted == Decimal("2.25")
    event = AuditEvent.objects.get(action="credits.award", target_id=str(entry.pk))
    assert event.actor == alice
    assert event.metadata["amount"] == "2.25"
    assert "attest" not in str(event.metadata)


def test_it_is_idempotent_sequentially(alice, make_activity, award):
    activity = make_activity()
    first = award(alice, activity, amount="2")
    second = award(alice, activity, amount="3")
    assert not second.created
    assert second.entry.pk == first.entry.pk
    assert "Already awarded" in second.explanation
    assert LedgerEntry.objects.count() == 1
    assert AuditEvent.objects.filter(action="credits.award").count() == 1


def test_it_awards_once_per_framework(alice, make_activity, award):
    activity = make_activity(
        [("certification-periodique", "bloc-1", "3"), ("dpc", "formation-continue", "3")]
    )
    award(alice, activity, "certification-periodique", "3")
    award(alice, activity, "dpc", "2")
    assert LedgerEntry.objects.filter(user=alice).count() == 2


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("0.3", "steps of 0.25"),
        ("-1", "more than zero"),
        ("0", "more than zero"),
        ("3.25", "At most 3 credits"),
        ("abc", "Enter a number"),
        ("NaN", "Enter a number"),
    ],
)
def test_it_refuses_bad_amounts_and_keeps_the_ledger(alice, make_activity, award, amount, message):
    activity = make_activity()
    award(alice, make_activity(title="other"), amount="1")  # something already saved
    before = ledger_snapshot()
    with pytest.raises(ValidationError) as exc:
        award(alice, activity, amount=amount)
    assert message in " ".join(exc.value.messages)
    assert ledger_snapshot() == before


def test_eaccme_counts_in_half_credits(alice, make_activity, award):
    activity = make_activity([("eaccme", "elearning", "2")])
    with pytest.raises(ValidationError, match=r"steps of 0\.5"):
        award(alice, activity, "eaccme", "1.25")
    assert award(alice, activity, "eaccme", "1.5").created


def test_it_refuses_an_undesignated_framework(alice, make_activity, award):
    activity = make_activity()
    with pytest.raises(ValidationError, match="not designated for DPC"):
        award(alice, activity, "dpc", "1")
    assert not LedgerEntry.objects.exists()


def test_it_refuses_an_expired_activity(alice, make_activity, award):
    activity = make_activity(opens_days_ago=400, expires_in_days=None)
    activity.expires_at = timezone.now() - dt.timedelta(days=1)
    activity.save()
    with pytest.raises(ValidationError, match="stopped on"):
        award(alice, activity)
    assert not LedgerEntry.objects.exists()


def test_it_refuses_an_activity_not_open_yet(alice, make_activity, award):
    activity = make_activity(opens_days_ago=-3)
    with pytest.raises(ValidationError, match="not open yet"):
        award(alice, activity)


def test_it_refuses_future_dates_and_empty_attestations(alice, make_activity, award):
    activity = make_activity()
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="future"):
        award(alice, activity, earned_on=tomorrow)
    with pytest.raises(ValidationError, match="Attest"):
        award(alice, activity, attestation="  ")
    assert not LedgerEntry.objects.exists()


def test_only_verified_practitioners_earn_credit(bob, charlie, make_activity, award):
    activity = make_activity()
    for user in (bob, charlie):
        with pytest.raises(PermissionDenied):
            award(user, activity)
    assert not LedgerEntry.objects.exists()


def test_the_ledger_is_append_only(alice, make_activity, award):
    entry = award(alice, make_activity()).entry
    entry.amount = Decimal("3")
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        LedgerEntry.objects.filter(pk=entry.pk).update(amount=3)
    with pytest.raises(PermissionError):
        LedgerEntry.objects.all().delete()


def test_revocation_is_a_new_entry(alice, moderator, make_activity, award):
    entry = award(alice, make_activity(), amount="2").entry
    revocation = services.credit_revoke(entry=entry, by=moderator, reason="Accreditation lapsed")
    assert revocation.kind == EntryKind.REVOCATION
    assert revocation.amount == Decimal("-2")
    assert revocation.revokes == entry
    assert LedgerEntry.objects.count() == 2
    entry.refresh_from_db()
    assert entry.amount == Decimal("2")
    assert AuditEvent.objects.filter(action="credits.revoke").count() == 1
    with pytest.raises(ValidationError, match="already been revoked"):
        services.credit_revoke(entry=entry, by=moderator, reason="again")
    with pytest.raises(ValidationError, match="Only an award"):
        services.credit_revoke(entry=revocation, by=moderator, reason="again")
    assert LedgerEntry.objects.count() == 2


def test_the_system_may_revoke_and_members_may_not(alice, bob, make_activity, award):
    entry = award(alice, make_activity()).entry
    with pytest.raises(PermissionDenied):
        services.credit_revoke(entry=entry, by=alice, reason="mine")
    with pytest.raises(ValidationError, match="reason"):
        services.credit_revoke(entry=entry, by=None, reason="")
    services.credit_revoke(entry=entry, by=None, reason="Course withdrawn")
    event = AuditEvent.objects.get(action="credits.revoke")
    assert event.actor_label == "system"


def test_a_second_award_after_revocation_returns_the_revoked_one(
    alice, moderator, make_activity, award
):
    activity = make_activity()
    entry = award(alice, activity).entry
    services.credit_revoke(entry=entry, by=moderator, reason="Withdrawn")
    again = award(alice, activity)
    assert not again.created
    assert LedgerEntry.objects.count() == 2


def test_caps_are_applied_and_explained(alice, make_activity, award, frameworks):
    # AMA PRA Category 2 caps teaching at 30 credits per cycle.
    services.user_framework_set(user=alice, framework=frameworks["ama-pra-2"])
    results = [
        award(
            alice,
            make_activity([("ama-pra-2", "teaching", "12")], title=f"T{i}"),
            "ama-pra-2",
            "12",
        )
        for i in range(2)
    ]
    assert [r.counted for r in results] == [Decimal("12"), Decimal("12")]
    third = award(
        alice, make_activity([("ama-pra-2", "teaching", "12")], title="T3"), "ama-pra-2", "12"
    )
    assert third.counted == Decimal("6")
    assert third.explanation == "capped: 30 of 36 counted"
    # The ledger keeps what was earned; only the count is capped.
    assert third.entry.amount == Decimal("12")


def test_designation_cannot_change_once_it_awarded(alice, moderator, make_activity, award, cat):
    activity = make_activity(opens_days_ago=-10)
    designation = Designation.objects.get(activity=activity)
    # Before it opens and before any award, a designation may change.
    services.designation_set(
        activity=activity,
        framework=designation.framework,
        category=cat("certification-periodique", "bloc-2"),
        max_credits=Decimal("4"),
        by=moderator,
    )
    activity.opens_at = timezone.now() - dt.timedelta(days=1)
    activity.save()
    with pytest.raises(ValidationError, match="before the activity opens"):
        services.designation_set(
            activity=activity,
            framework=designation.framework,
            category=cat("certification-periodique", "bloc-2"),
            max_credits=Decimal("5"),
        )
    award(alice, activity, amount="4")
    designation.refresh_from_db()
    designation.max_credits = Decimal("6")
    with pytest.raises(ValidationError, match="already awarded"):
        designation.save()
    with pytest.raises(ValidationError, match="already awarded"):
        services.designation_set(
            activity=activity,
            framework=designation.framework,
            category=designation.category,
            max_credits=Decimal("6"),
        )
    designation.refresh_from_db()
    assert designation.max_credits == Decimal("4")


def test_designation_checks_category_and_step(make_activity, frameworks, cat):
    activity = make_activity(opens_days_ago=-10)
    with pytest.raises(ValidationError, match="does not belong"):
        services.designation_set(
            activity=activity,
            framework=frameworks["dpc"],
            category=cat("certification-periodique", "bloc-1"),
            max_credits=Decimal("1"),
        )
    with pytest.raises(ValidationError, match=r"steps of 0\.5"):
        services.designation_set(
            activity=activity,
            framework=frameworks["eaccme"],
            category=cat("eaccme", "live"),
            max_credits=Decimal("1.25"),
        )
