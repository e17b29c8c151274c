import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from credits import services
from credits.models import Activity, Category, EntryKind, LedgerEntry

pytestmark = pytest.mark.django_db


def fill_ledger(user, n, frameworks):
    """`n` entries across frameworks, categories and years (bulk: this is about reads)."""
    codes = ["certification-periodique", "dpc", "eaccme"]
    categories = {c: list(Category.objects.filter(framework__code=c)) for c in codes}
    now = timezone.now()
    activities = Activity.objects.bulk_create(
        Activity(
            title=f"Activity {i}",
            kind="course",
            provider="Compagnon",
            opens_at=now - dt.timedelta(days=2000),
            national_priority=i % 7 == 0,
        )
        for i in range(n)
    )
    today = timezone.localdate()
    entries = []
    for i, activity in enumerate(activities):
        code = codes[i % 3]
        entries.append(
            LedgerEntry(
                user=user,
                framework=frameworks[code],
                category=categories[code][i % len(categories[code])],
                activity=activity,
                kind=EntryKind.AWARD,
                amount=Decimal("1.5"),
                earned_on=today - dt.timedelta(days=(i * 3) % 1400),
                attestation="I attest.",
                attested_at=now,
                source="course",
            )
        )
    LedgerEntry.objects.bulk_create(entries)
    for code in codes:
        services.user_framework_set(user=user, framework=frameworks[code])


def queries_for(client, url):
    client.get(url)  # the first request of a session records it (allauth usersessions)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_pages_need_a_sign_in(client):
    for url in [
        "/credits/",
        "/credits/transcript/",
        "/credits/transcript.csv",
        "/credits/external/",
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]


def test_the_dashboard_shows_progress_gaps_deadline_and_suggestions(
    client, alice, frameworks, make_activity, award
):
    services.user_framework_set(
        user=alice, framework=frameworks["certification-periodique"], in_practice_2023=True
    )
    award(alice, make_activity([("certification-periodique", "bloc-3", "2")], title="A"))
    make_activity([("certification-periodique", "bloc-4", "2")], title="Prendre soin de soi")
    client.force_login(alice)
    page = client.get("/credits/").content.decode()
    assert "Bloc 3 — Améliorer la relation avec ses patients: 1 of 2 actions" in page
    assert "Dec. 31, 2031" in page  # 9-year cycle from 1 January 2023
    assert "Prendre soin de soi" in page
    assert '<progress max="100" value="50"' in page


def test_my_frameworks_form(client, alice, frameworks):
    client.force_login(alice)
    dpc = frameworks["dpc"]
    bad = client.post("/credits/frameworks/", {"framework": dpc.pk, "cycle_start": "1890-01-01"})
    assert bad.status_code == 400
    assert "between 2000 and next year" in bad.content.decode()
    assert not alice.credit_frameworks.exists()
    ok = client.post("/credits/frameworks/", {"framework": dpc.pk, "cycle_start": "2026-01-01"})
    assert ok.status_code == 302
    assert alice.credit_frameworks.get().cycle_start == dt.date(2026, 1, 1)
    client.post("/credits/frameworks/", {"framework": dpc.pk, "action": "remove"})
    assert not alice.credit_frameworks.exists()


def test_no_one_sees_another_members_ledger(client, alice, moderator, make_activity, award):
    award(alice, make_activity(title="Alice's secret course"), amount="2")
    client.force_login(moderator)
    for url in ["/credits/", "/credits/transcript/"]:
        assert "Alice&#x27;s secret course" not in client.get(url).content.decode()
    body = b"".join(client.get("/credits/transcript.csv").streaming_content).decode()
    assert "secret" not in body
    assert len(body.strip().splitlines()) == 1  # the header alone


def test_no_one_downloads_another_members_evidence(client, alice, frameworks, cat):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from tests.factories import ProfileFactory

    external = services.external_credit_declare(
        user=alice,
        title="X",
        provider="Y",
        earned_on=timezone.localdate(),
        framework=frameworks["dpc"],
        category=cat("dpc", "epp"),
        amount="1",
        evidence=SimpleUploadedFile("a.pdf", b"%PDF-1.4"),
    )
    other = ProfileFactory(verification_status="verified").user
    client.force_login(other)
    assert client.get(f"/credits/external/{external.pk}/evidence/").status_code == 404


def test_transcript_filters_totals_chart_and_csv(
    client, alice, moderator, frameworks, make_activity, award
):
    a = award(alice, make_activity(title="Course A"), amount="2", earned_on=dt.date(2025, 3, 1))
    award(
        alice,
        make_activity([("dpc", "epp", "4")], title="Audit B"),
        "dpc",
        "3.75",
        earned_on=dt.date(2026, 2, 1),
    )
    services.credit_revoke(entry=a.entry, by=moderator, reason="Accreditation lapsed")
    client.force_login(alice)
    page = client.get("/credits/transcript/").content.decode()
    assert "Course A" in page and "Audit B" in page and "Revoked" in page
    assert "<svg" in page and "<title" in page and "<desc" in page
    assert "credits per year (table)" in page

    dpc_only = client.get(f"/credits/transcript/?framework={frameworks['dpc'].pk}")
    assert "Course A" not in dpc_only.content.decode()
    by_year = client.get("/credits/transcript/?year=2025").content.decode()
    assert "Audit B" not in by_year and "Course A" in by_year

    response = client.get("/credits/transcript.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [(r["kind"], r["amount"], r["activity"]) for r in rows] == [
        ("award", "3.75", "Audit B"),
        ("revocation", "-2.00", "Course A"),
        ("award", "2.00", "Course A"),
    ]
    assert rows[2]["revoked"] == "yes"
    assert rows[1]["revokes_entry_id"] == str(a.entry.pk)
    assert rows[0]["earned_on"] == "2026-02-01"
    filtered = client.get("/credits/transcript.csv?source=course&year=2026")
    assert (
        len(list(csv.DictReader(io.StringIO(b"".join(filtered.streaming_content).decode())))) == 1
    )


def test_csv_cells_cannot_become_formulas(client, alice, make_activity, award):
    award(alice, make_activity(), attestation='=HYPERLINK("http://x")')
    client.force_login(alice)
    body = b"".join(client.get("/credits/transcript.csv").streaming_content).decode()
    assert "'=HYPERLINK" in body


@pytest.mark.parametrize("url", ["/credits/", "/credits/transcript/", "/credits/transcript.csv"])
def test_query_counts_do_not_grow_with_the_ledger(client, alice, frameworks, url):
    from tests.factories import ProfileFactory

    small = alice
    large = ProfileFactory(verification_status="verified").user
    fill_ledger(small, 10, frameworks)
    fill_ledger(large, 2000, frameworks)
    assert LedgerEntry.objects.filter(user=large).count() == 2000

    client.force_login(small)
    queries_small = queries_for(client, url)
    client.force_login(large)
    queries_large = queries_for(client, url)
    assert queries_small == queries_large
    assert queries_large <= 23  # 10 of them are the site (session, user, nav…)


def test_dashboard_and_transcript_query_budget(
    client, alice, frameworks, django_assert_max_num_queries
):
    fill_ledger(alice, 2000, frameworks)
    client.force_login(alice)
    client.get("/credits/")  # the first request of a session records it (allauth usersessions)
    # 16 for the ledger, 3 for "My learning" (enrolments, digest readings, required readings).
    with django_assert_max_num_queries(19):
        assert client.get("/credits/").status_code == 200
    with django_assert_max_num_queries(23):
        assert client.get("/credits/transcript/?page=3").status_code == 200


def test_the_year_filter_lists_each_year_once(alice, frameworks):
    from credits import selectors

    fill_ledger(alice, 30, frameworks)
    years = selectors.ledger_years(user=alice)
    assert years == sorted(set(years), reverse=True)
    assert len(years) <= 5
