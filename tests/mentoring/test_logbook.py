"""The co-signed logbook: the mentee records, the mentor co-signs or corrects; chart and PDF."""

import datetime as dt
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from mentoring import services
from mentoring.models import LogbookEntry

from .conftest import queries_for

pytestmark = pytest.mark.django_db


def _record(client, mentorship, skill="Shoulder ultrasound", level=2, days_ago=1):
    return client.post(
        reverse("mentoring:logbook", args=[mentorship.pk]),
        {
            "skill": skill,
            "performed_on": (timezone.localdate() - dt.timedelta(days=days_ago)).isoformat(),
            "level": level,
            "reflection": "",
        },
    )


@pytest.fixture
def started(active_mentorship):
    active_mentorship.starts_on = timezone.localdate() - dt.timedelta(days=60)
    active_mentorship.save()
    return active_mentorship


def test_the_mentee_records_and_the_mentor_cosigns(client, started, junior, senior):
    client.force_login(junior)
    assert _record(client, started).status_code == 302
    entry = LogbookEntry.objects.get()
    assert (entry.status, entry.level, entry.mentor_level) == ("pending", 2, None)

    client.force_login(senior)
    client.post(reverse("mentoring:logbook_sign", args=[started.pk, entry.pk]), {"level": 2})
    entry.refresh_from_db()
    assert (entry.status, entry.mentor_level, entry.effective_level) == ("cosigned", 2, 2)


def test_the_mentor_corrects_the_level_with_a_comment(client, started, junior, senior):
    client.force_login(junior)
    _record(client, started, level=4)
    entry = LogbookEntry.objects.get()
    client.force_login(senior)
    url = reverse("mentoring:logbook_sign", args=[started.pk, entry.pk])
    response = client.post(url, {"level": 3}, follow=True)
    assert "Say why you change the level" in response.content.decode()
    entry.refresh_from_db()
    assert entry.status == "pending"
    client.post(url, {"level": 3, "comment": "Still needs supervision nearby"})
    entry.refresh_from_db()
    assert (entry.status, entry.level, entry.mentor_level, entry.effective_level) == (
        "corrected",
        4,
        3,
        3,
    )
    # Signed once only.
    response = client.post(url, {"level": 2}, follow=True)
    assert "already signed" in response.content.decode()


def test_the_mentee_cannot_sign_and_the_mentor_cannot_record(client, started, junior, senior):
    client.force_login(junior)
    _record(client, started)
    entry = LogbookEntry.objects.get()
    client.post(reverse("mentoring:logbook_sign", args=[started.pk, entry.pk]), {"level": 4})
    entry.refresh_from_db()
    assert entry.status == "pending"
    client.force_login(senior)
    page = client.get(reverse("mentoring:logbook", args=[started.pk])).content.decode()
    assert "Record an act or procedure" not in page
    with pytest.raises(Exception, match="mentee records"):
        services.logbook_entry_create(
            mentorship=started, by=senior, skill="x", performed_on=timezone.localdate(), level=1
        )


def test_a_future_date_is_refused_and_nothing_is_saved(client, started, junior):
    client.force_login(junior)
    response = _record(client, started, days_ago=-3)
    assert response.status_code == 200
    assert "cannot be in the future" in response.content.decode()
    assert not LogbookEntry.objects.exists()


def test_a_third_member_sees_nothing(client, started, outsider):
    client.force_login(outsider)
    assert client.get(reverse("mentoring:logbook", args=[started.pk])).status_code == 404
    assert client.get(reverse("mentoring:logbook_pdf", args=[started.pk])).status_code == 404


def test_the_progression_chart_has_a_text_alternative(client, started, junior, senior):
    client.force_login(junior)
    for days_ago, level in ((20, 1), (10, 2), (2, 3)):
        _record(client, started, skill="Chest drain", level=level, days_ago=days_ago)
    first = LogbookEntry.objects.order_by("performed_on").first()
    services.logbook_entry_sign(entry_id=first.pk, by=senior)
    page = client.get(reverse("mentoring:logbook", args=[started.pk])).content.decode()
    assert '<svg role="img"' in page
    assert "Chest drain: entrustment level over time" in page
    assert "<polyline points=" in page
    day = (timezone.localdate() - dt.timedelta(days=2)).isoformat()
    assert f"{day}: 3" in page  # in the <desc>
    assert "Chest drain (table)" in page
    assert "latest level 3" in page


def test_the_logbook_page_runs_a_fixed_number_of_queries(client, started, junior):
    client.force_login(junior)
    url = reverse("mentoring:logbook", args=[started.pk])
    for n in range(2):
        _record(client, started, skill=f"Skill {n}")
    few = queries_for(client, url)
    for n in range(6):
        _record(client, started, skill=f"Skill {n}", days_ago=n + 2)
    assert queries_for(client, url) == few


def test_the_logbook_exports_as_pdf(client, started, junior, senior):
    client.force_login(junior)
    _record(client, started, skill="Lumbar puncture", level=2)
    client.force_login(senior)
    response = client.get(reverse("mentoring:logbook_pdf", args=[started.pk]))
    assert response["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(response.content)).pages[0].extract_text()
    assert "Lumbar puncture" in text
    assert "Compagnonnage logbook" in text


def test_an_entry_can_name_the_session_it_happened_in(client, started, junior, outsider):
    from mentoring.models import MentoringSession

    start = timezone.now() - dt.timedelta(days=3)
    held = MentoringSession.objects.create(
        mentorship=started, starts_at=start, ends_at=start + dt.timedelta(hours=1), status="held"
    )
    client.force_login(junior)
    client.post(
        reverse("mentoring:logbook", args=[started.pk]),
        {
            "skill": "Suturing",
            "performed_on": timezone.localdate().isoformat(),
            "level": 2,
            "session": held.pk,
        },
    )
    assert LogbookEntry.objects.get().session == held
