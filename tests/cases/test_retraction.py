"""Retraction by the author or a moderator: text and images deleted, replies hidden,
notifications purged, search entry removed."""

import io

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from accounts.models import AuditEvent, Notification
from cases import events, services
from cases.models import Case, CaseImage, CaseStatus, Reply, ReplyStatus
from search.models import SearchEntry
from tests.cases.conftest import CLEAN_CASE

pytestmark = pytest.mark.usefixtures("english")


def _png() -> SimpleUploadedFile:
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, format="PNG")
    return SimpleUploadedFile("x.png", out.getvalue(), content_type="image/png")


@pytest.fixture
def live_case(alice, dora, moderator, django_capture_on_commit_callbacks, settings):
    case, _flags = services.case_save(author=dora, data=dict(CLEAN_CASE))
    services.image_add(author=dora, case=case, upload=_png(), caption="ECG strip")
    case = services.case_submit(
        author=dora, case=case, consent_basis="anonymised", charter_accepted=True
    )
    services.case_approve(moderator=moderator, case=case)
    services.reply_create(author=alice, case=case, body="Stress test first.")
    return Case.objects.get(pk=case.pk)


def test_publication_indexes_the_anonymised_text_for_verified_members_only(live_case):
    entry = SearchEntry.objects.get(content_type="cases.case", object_id=str(live_case.pk))
    assert entry.kind == "case" and entry.visibility == "verified_only" and entry.published
    assert "Chest tightness" in entry.body


def test_the_author_retracts_and_everything_goes(
    client, live_case, dora, alice, settings, django_capture_on_commit_callbacks, monkeypatch
):
    sent = []
    monkeypatch.setattr(events, "event_send", lambda **kw: sent.append(kw["type"]))
    assert Notification.objects.filter(user=dora, kind="case.reply").exists()
    client.force_login(dora)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("cases:retract", args=[live_case.pk]), {"reason": ""})
    assert response.status_code == 302
    case = Case.objects.get(pk=live_case.pk)
    assert case.status == CaseStatus.RETRACTED
    assert case.title == case.presentation == case.question == ""
    assert not CaseImage.objects.exists()
    assert not [p for p in settings.CASES_IMAGE_ROOT.rglob("*") if p.is_file()]
    assert not Reply.objects.exclude(status=ReplyStatus.HIDDEN).exists()
    assert not Notification.objects.filter(url__contains=f"/cases/{case.pk}/").exists()
    entry = SearchEntry.objects.filter(content_type="cases.case", object_id=str(case.pk)).first()
    assert entry is None or (not entry.published and entry.body == "")
    assert "reply.hidden" in sent and "case.updated" in sent
    assert AuditEvent.objects.filter(action="case.retracted").exists()
    client.force_login(alice)
    assert client.get(reverse("cases:detail", args=[case.pk])).status_code == 404


def test_a_moderator_can_retract_someone_elses_case(live_case, moderator):
    services.case_retract(user=moderator, case=live_case, reason="Identifiable")
    assert Case.objects.get(pk=live_case.pk).status == CaseStatus.RETRACTED


def test_other_practitioners_cannot_retract(client, live_case, alice):
    with pytest.raises(PermissionDenied):
        services.case_retract(user=alice, case=live_case)
    client.force_login(alice)
    assert client.post(reverse("cases:retract", args=[live_case.pk])).status_code == 403
    assert Case.objects.get(pk=live_case.pk).status == CaseStatus.PUBLISHED
