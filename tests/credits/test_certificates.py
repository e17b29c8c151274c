"""Certificates issued from the ledger: PDF, public verification, signed Open Badge, revocation."""

import io
import re

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from credits import services
from credits.certificates.badges import verify_credential
from credits.models import Certificate, LedgerEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(alice, make_activity, award):
    activity = make_activity(
        [("certification-periodique", "bloc-1", "3"), ("ama-pra-1", "enduring-material", "3")],
        title="IA et aide au diagnostic",
    )
    award(alice, activity, "certification-periodique", "2.5")
    award(alice, activity, "ama-pra-1", "2.5")
    return services.certificate_issue(user=alice, activity=activity)


def test_it_issues_one_certificate_with_the_credits_actually_awarded(certificate, alice):
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){3}", certificate.code)
    assert certificate.practitioner_name == alice.get_full_name()
    assert certificate.rpps == alice.profile.rpps
    assert {line["credits"] for line in certificate.credits} == {"2.50"}
    assert {line["available"] for line in certificate.credits} == {"3.00"}
    again = services.certificate_issue(user=alice, activity=certificate.activity)
    assert again.pk == certificate.pk
    assert Certificate.objects.count() == 1


def test_it_refuses_a_certificate_without_credit(alice, make_activity):
    with pytest.raises(ValidationError, match="No credit has been awarded"):
        services.certificate_issue(user=alice, activity=make_activity())
    assert not Certificate.objects.exists()


def test_it_lets_the_owner_download_the_pdf(client, alice, certificate):
    client.force_login(alice)
    response = client.get(f"/credits/certificates/{certificate.code}.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    for expected in [
        alice.get_full_name(),
        alice.profile.rpps,
        "IA et aide au diagnostic",
        certificate.code,
        f"/verify/{certificate.code}/",
        "2.50",
    ]:
        assert expected in text, expected


def test_it_hides_a_certificate_from_anyone_else(client, bob, certificate):
    client.force_login(bob)
    assert client.get(f"/credits/certificates/{certificate.code}.pdf").status_code == 404
    assert client.get(f"/credits/certificates/{certificate.code}.jwt").status_code == 404
    assert certificate.code not in client.get("/credits/certificates/").content.decode()


def test_it_lists_the_members_certificates(client, alice, certificate):
    client.force_login(alice)
    page = client.get("/credits/certificates/").content.decode()
    assert certificate.code in page and "IA et aide au diagnostic" in page


def test_it_verifies_a_valid_certificate_publicly_with_only_the_listed_fields(
    client, alice, certificate
):
    response = client.get(f"/verify/{certificate.code.lower().replace('-', ' ')}/")
    # A code typed in lower case or with spaces still finds the certificate.
    if response.status_code == 302:
        response = client.get(response["Location"])
    response = client.get(f"/verify/{certificate.code}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Valid certificate." in page
    assert alice.get_full_name() in page and "IA et aide au diagnostic" in page
    assert alice.email not in page
    assert alice.profile.rpps not in page
    # Amounts as people write them (the snapshot keeps "2.00").
    assert re.search(r"— [^<]* : \d+(\.\d*[1-9])?</li>", page)
    assert ".00</li>" not in page


def test_it_says_unknown_or_malformed_codes_clearly(client):
    unknown = client.get("/verify/ABCD-EFGH-JKMN-PQRS/")
    assert unknown.status_code == 404
    assert "No certificate has the code" in unknown.content.decode()
    malformed = client.get("/verify/not-a-code/")
    assert malformed.status_code == 400
    assert "not a valid verification code" in malformed.content.decode()
    lookup = client.get("/verify/", {"code": "abcd efgh jkmn pqrs"})
    assert lookup.status_code == 302 and lookup["Location"] == "/verify/ABCD-EFGH-JKMN-PQRS/"


def test_it_says_revoked_after_an_award_is_revoked(client, moderator, certificate):
    entry = LedgerEntry.objects.filter(activity=certificate.activity).first()
    services.credit_revoke(entry=entry, by=moderator, reason="Accreditation withdrawn.")
    certificate.refresh_from_db()
    assert certificate.is_revoked
    page = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "Revoked certificate." in page


def test_it_signs_an_open_badge_verifiable_with_the_published_keys(client, alice, certificate):
    client.force_login(alice)
    token = client.get(f"/credits/certificates/{certificate.code}.jwt").content.decode()
    jwks = client.get("/.well-known/jwks.json").json()

    credential = verify_credential(token, jwks=jwks)

    assert "OpenBadgeCredential" in credential["type"]
    subject = credential["credentialSubject"]
    assert str(subject["creditsEarned"]) in {"2.5", "2.50"}
    assert alice.email not in token

    header, payload, signature = token.split(".")
    tampered = f"{header}.{payload[:-4]}AAAA.{signature}"
    with pytest.raises(Exception):  # noqa: B017 — any verification error will do
        verify_credential(tampered, jwks=jwks)


def test_it_exports_the_transcript_as_pdf(client, alice, moderator, certificate):
    entry = LedgerEntry.objects.filter(activity=certificate.activity).first()
    services.credit_revoke(entry=entry, by=moderator, reason="Accreditation withdrawn.")
    client.force_login(alice)

    response = client.get("/credits/transcript.pdf")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert alice.get_full_name() in text
    assert "IA et aide au diagnostic" in text
    assert "revocation" in text and "revoked" in text
    assert "-2.50" in text and "2.50" in text
