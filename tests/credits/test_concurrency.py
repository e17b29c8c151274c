"""Concurrent awards for the same activity give one ledger entry (PostgreSQL, real threads)."""

import threading
from decimal import Decimal

import pytest
from django.db import connection, connections

from accounts.models import AuditEvent
from credits import services
from credits.models import LedgerEntry

THREADS = 8


@pytest.mark.django_db(transaction=True)
def test_it_awards_once_under_concurrent_requests(alice, frameworks, make_activity):
    if connection.vendor != "postgresql":
        pytest.skip("Needs PostgreSQL: SQLite serialises writers, so no real race can happen.")
    activity = make_activity([("certification-periodique", "bloc-1", "3")])
    framework = frameworks["certification-periodique"]
    barrier = threading.Barrier(THREADS)
    results, errors = [], []

    def claim():
        try:
            barrier.wait(timeout=10)
            results.append(
                services.credit_award(
                    user=alice,
                    activity=activity,
                    framework=framework,
                    amount=Decimal("2.5"),
                    attestation="I attest the time spent.",
                )
            )
        except Exception as exc:
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=claim) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert len(results) == THREADS
    assert sum(result.created for result in results) == 1
    assert len({result.entry.pk for result in results}) == 1
    assert LedgerEntry.objects.filter(user=alice, activity=activity).count() == 1
    assert AuditEvent.objects.filter(action="credits.award").count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_database_refuses_a_second_award_even_without_the_service(
    alice, frameworks, make_activity
):
    """The unique constraint is the last lock (on every database)."""
    from django.db import IntegrityError, transaction
    from django.utils import timezone

    activity = make_activity()
    framework = frameworks["certification-periodique"]
    entry = services.credit_award(
        user=alice, activity=activity, framework=framework, amount="1", attestation="x"
    ).entry
    with pytest.raises(IntegrityError), transaction.atomic():
        LedgerEntry.objects.create(
            user=alice,
            framework=framework,
            category=entry.category,
            activity=activity,
            amount=Decimal("1"),
            earned_on=timezone.localdate(),
        )
    assert LedgerEntry.objects.count() == 1
