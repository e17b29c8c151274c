import datetime as dt
import io
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from accounts.choices import Role
from accounts.models import AuditEvent, Notification
from credits import services
from credits.models import ActivityKind, EntryKind, ExternalStatus, LedgerEntry
from credits.validators import MAX_EVIDENCE_BYTES
from tests.factories import add_role, enable_totp

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n%%EOF\n"


def png_bytes(fmt="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, fmt)
    return buffer.getvalue()


def pdf_file(name="certificate.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def declare(frameworks, cat):
    def do(user, *, evidence=None, amount="3", framework="certification-periodique", category=None):
        return services.external_credit_declare(
            user=user,
            title="Congrès de médecine générale",
            provider="CMG",
            earned_on=timezone.localdate() - dt.timedelta(days=30),
            framework=frameworks[framework],
            category=category or cat("certification-periodique", "bloc-1"),
            amount=amount,
            evidence=evidence if evidence is not None else pdf_file(),
        )

    return do


@pytest.fixture
def programme_admin(db):
    from tests.factories import ProfileFactory

    user = ProfileFactory(user__email="pat@example.org", verification_status="verified").user
    add_role(user, Role.PROGRAMME_ADMIN)
    enable_totp(user)
    return user


def test_it_records_a_self_declared_credit_with_a_renamed_file(alice, declare):
    external = declare(alice)
    assert external.status == ExternalStatus.SELF_DECLARED
    assert external.evidence_type == "pdf"
    assert external.evidence.name.endswith(".pdf")
    assert "certificate" not in external.evidence.name
    assert not LedgerEntry.objects.exists()  # nothing counts until accepted
    assert AuditEvent.objects.filter(action="credits.external_declare").exists()


@pytest.mark.parametrize("fmt", ["PNG", "JPEG"])
def test_images_are_accepted(alice, declare, fmt):
    external = declare(alice, evidence=SimpleUploadedFile("scan.bin", png_bytes(fmt)))
    assert external.evidence_type == {"PNG": "png", "JPEG": "jpg"}[fmt]


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("fake.pdf", b"<html>not a pdf</html>"), "PDF, PNG or JPEG"),
        (SimpleUploadedFile("x.gif", b"GIF89a" + b"\0" * 20), "PDF, PNG or JPEG"),
        (SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * MAX_EVIDENCE_BYTES), "too large"),
        (SimpleUploadedFile("empty.pdf", b""), "empty"),
    ],
)
def test_bad_evidence_is_refused(alice, declare, upload, message):
    with pytest.raises(ValidationError) as exc:
        declare(alice, evidence=upload)
    assert message in " ".join(exc.value.messages)
    assert not alice.external_credits.exists()


def test_bad_amounts_and_categories_are_refused(alice, declare, cat):
    with pytest.raises(ValidationError, match=r"steps of 0\.25"):
        declare(alice, amount="1.1")
    with pytest.raises(ValidationError, match="more than zero"):
        declare(alice, amount="-2")
    with pytest.raises(ValidationError, match="does not belong"):
        declare(alice, framework="dpc")
    assert not alice.external_credits.exists()


def test_unverified_members_cannot_declare(bob, declare):
    with pytest.raises(PermissionDenied):
        declare(bob)


def test_a_moderator_accepts_and_it_becomes_an_award(alice, moderator, declare):
    external = declare(alice, amount="3.5")
    decided = services.external_credit_decide(decided_by=moderator, external=external, accept=True)
    assert decided.status == ExternalStatus.ACCEPTED
    assert decided.activity.kind == ActivityKind.EXTERNAL
    entry = LedgerEntry.objects.get(user=alice)
    assert (entry.kind, entry.amount, entry.earned_on) == (
        EntryKind.AWARD,
        Decimal("3.5"),
        external.earned_on,
    )
    assert entry.activity == decided.activity
    assert entry.created_by == moderator
    assert AuditEvent.objects.filter(action="credits.external_accept").exists()
    assert Notification.objects.filter(user=alice, kind="credits.external_decision").exists()
    with pytest.raises(ValidationError, match="already been decided"):
        services.external_credit_decide(decided_by=moderator, external=external, accept=True)
    assert LedgerEntry.objects.count() == 1


def test_a_programme_admin_may_refuse_with_a_reason(alice, programme_admin, declare):
    external = declare(alice)
    with pytest.raises(ValidationError, match="why"):
        services.external_credit_decide(decided_by=programme_admin, external=external, accept=False)
    services.external_credit_decide(
        decided_by=programme_admin, external=external, accept=False, reason="Illegible"
    )
    external.refresh_from_db()
    assert external.status == ExternalStatus.REJECTED
    assert not LedgerEntry.objects.exists()


def test_members_and_self_decisions_are_refused(alice, moderator, declare, frameworks, cat):
    external = declare(alice)
    with pytest.raises(PermissionDenied):
        services.external_credit_decide(decided_by=alice, external=external, accept=True)
    own = services.external_credit_declare(
        user=moderator,
        title="Mine",
        provider="X",
        earned_on=timezone.localdate(),
        framework=frameworks["dpc"],
        category=cat("dpc", "epp"),
        amount="1",
        evidence=pdf_file(),
    )
    with pytest.raises(PermissionDenied):
        services.external_credit_decide(decided_by=moderator, external=own, accept=True)
    assert not LedgerEntry.objects.exists()


def test_moderators_without_mfa_cannot_decide(alice, declare):
    from tests.factories import ProfileFactory

    no_mfa = ProfileFactory(verification_status="verified").user
    add_role(no_mfa, Role.MODERATOR)
    with pytest.raises(PermissionDenied):
        services.external_credit_decide(decided_by=no_mfa, external=declare(alice), accept=True)


def test_the_declaration_page_and_the_queue(client, alice, moderator, frameworks, cat):
    client.force_login(alice)
    url = "/credits/external/"
    data = {
        "title": "Atelier ECG",
        "provider": "SFC",
        "earned_on": (timezone.localdate() - dt.timedelta(days=3)).isoformat(),
        "framework": frameworks["certification-periodique"].pk,
        "category": cat("certification-periodique", "bloc-2").pk,
        "amount": "2.5",
    }
    bad = client.post(url, {**data, "evidence": SimpleUploadedFile("a.pdf", b"MZ\x90\x00")})
    assert bad.status_code == 400
    assert "PDF, PNG or JPEG" in bad.content.decode()
    wrong_step = client.post(url, {**data, "amount": "2.3", "evidence": pdf_file()})
    assert wrong_step.status_code == 400
    assert "steps of 0.25" in wrong_step.content.decode()
    assert not alice.external_credits.exists()
    ok = client.post(url, {**data, "evidence": pdf_file()})
    assert ok.status_code == 302
    page = client.get(url).content.decode()
    assert "Atelier ECG" in page and "Self-declared" in page
    external = alice.external_credits.get()

    # The member may download their evidence; others get a 404.
    assert client.get(f"/credits/external/{external.pk}/evidence/").status_code == 200
    assert client.get("/credits/moderation/").status_code == 403

    client.force_login(moderator)
    queue = client.get("/credits/moderation/")
    assert queue.status_code == 200 and "Atelier ECG" in queue.content.decode()
    assert client.get(f"/credits/external/{external.pk}/evidence/").status_code == 200
    refused = client.post(f"/credits/moderation/{external.pk}/", {"decision": "reject"})
    assert refused.status_code == 400
    accepted = client.post(f"/credits/moderation/{external.pk}/", {"decision": "accept"})
    assert accepted.status_code == 302
    assert LedgerEntry.objects.get(user=alice).amount == Decimal("2.5")
