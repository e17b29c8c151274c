"""Open Badges 3.0 credential, its VC-JWT signature, the signing key and verification codes."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, date, datetime
from decimal import Decimal

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import SECP256R1, generate_private_key
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from credits.certificates.badges import (
    CredentialVerificationError,
    UnknownKeyError,
    build_credential,
    hash_identity,
    public_jwks,
    sign_credential,
    verify_credential,
)
from credits.certificates.codes import (
    ALPHABET,
    is_well_formed,
    new_verification_code,
    normalise_code,
)
from credits.certificates.data import CertificateData
from credits.certificates.keys import SigningKeyError, key_id, load_signing_key

SECRET = "django-insecure-test-secret-key-for-credentials-0123456789"
EMAIL = "Helene.Lefevre@Example.org"


def make_data() -> CertificateData:
    return CertificateData(
        practitioner_name="Dr Hélène Lefèvre",
        rpps="10101234567",
        provider_name="Compagnon Académie",
        activity_title="Insuffisance cardiaque aiguë",
        activity_format="online course",
        start_date=date(2025, 3, 3),
        completion_date=date(2025, 3, 14),
        issued_at=datetime(2025, 3, 14, 10, 30, tzinfo=UTC),
        credits=[
            ("AMA PRA Category 1", "Category 1", Decimal("2.25")),
            ("EACCME ECMEC", "ECMEC", Decimal("2.5")),
        ],
        verification_code="7KQ2-M9XD-0B4T-WZ31",
        verify_url="https://compagnon.example/verify/7KQ2-M9XD-0B4T-WZ31/",
        issuer_name="Compagnon",
        credits_available=[("AMA PRA Category 1", Decimal("3")), ("EACCME ECMEC", Decimal("3"))],
    )


def make_credential(**overrides) -> dict:
    kwargs = {
        "issuer_id": "https://compagnon.example/",
        "issuer_name": "Compagnon",
        "credential_id": "https://compagnon.example/credentials/7KQ2-M9XD-0B4T-WZ31",
        "achievement_id": "https://compagnon.example/achievements/course-42",
        "valid_from": datetime(2025, 3, 14, 10, 30, 12, 999, tzinfo=UTC),
        "recipient_email": EMAIL,
        "salt": "s4lt",
    }
    kwargs.update(overrides)
    return build_credential(make_data(), **kwargs)


@pytest.fixture
def key() -> Ed25519PrivateKey:
    return load_signing_key("", SECRET)


def b64url_decode(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def b64url_encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


# --- the credential -------------------------------------------------------------------------


def test_credential_has_the_open_badges_3_shape():
    cred = make_credential()
    assert cred["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert cred["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert cred["id"] == "https://compagnon.example/credentials/7KQ2-M9XD-0B4T-WZ31"
    assert cred["issuer"] == {
        "id": "https://compagnon.example/",
        "type": ["Profile"],
        "name": "Compagnon",
    }
    assert cred["validFrom"] == "2025-03-14T10:30:12Z"
    assert cred["name"] == "Insuffisance cardiaque aiguë"

    subject = cred["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert subject["creditsEarned"] == 2.25  # first awarded framework by default
    assert subject["activityStartDate"] == "2025-03-03"
    assert subject["activityEndDate"] == "2025-03-14"
    achievement = subject["achievement"]
    assert achievement["id"] == "https://compagnon.example/achievements/course-42"
    assert achievement["type"] == ["Achievement"]
    assert achievement["achievementType"] == "Course"
    assert achievement["name"] == "Insuffisance cardiaque aiguë"
    assert achievement["creditsAvailable"] == 3
    assert achievement["criteria"]["narrative"]
    assert "EACCME ECMEC — ECMEC: 2.5" in achievement["description"]
    json.dumps(cred)  # plain JSON, no Decimal or datetime left inside


def test_subject_is_identified_by_a_salted_email_hash_never_the_address():
    cred = make_credential()
    email_id, name_id = cred["credentialSubject"]["identifier"]
    expected = "sha256$" + hashlib.sha256(b"helene.lefevre@example.org" + b"s4lt").hexdigest()
    assert email_id == {
        "type": "IdentityObject",
        "identityType": "emailAddress",
        "hashed": True,
        "identityHash": expected,
        "salt": "s4lt",
    }
    assert hash_identity("helene.lefevre@example.org", "s4lt") == expected
    assert name_id["identityType"] == "name"
    assert name_id["identityHash"] == "Dr Hélène Lefèvre"
    assert "example.org" not in json.dumps(cred).lower()
    # Without an explicit salt each credential gets a fresh one, so hashes do not link.
    a = make_credential(salt=None)["credentialSubject"]["identifier"][0]
    b = make_credential(salt=None)["credentialSubject"]["identifier"][0]
    assert a["salt"] != b["salt"] and a["identityHash"] != b["identityHash"]


def test_framework_selects_the_credits_reported():
    cred = make_credential(framework="EACCME ECMEC")
    assert cred["credentialSubject"]["creditsEarned"] == 2.5
    with pytest.raises(ValueError, match="no credit awarded"):
        make_credential(framework="DPC")


def test_naive_valid_from_is_refused():
    with pytest.raises(ValueError, match="timezone"):
        make_credential(valid_from=datetime(2025, 3, 14, 10, 30))


# --- signing and verification ---------------------------------------------------------------


def test_sign_then_verify_with_published_jwks(key):
    cred = make_credential()
    kid = key_id(key.public_key())
    token = sign_credential(cred, private_key=key, kid=kid)

    header = jwt.get_unverified_header(token)
    assert header == {"alg": "EdDSA", "typ": "JWT", "kid": kid}
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["iss"] == "https://compagnon.example/"
    assert claims["jti"] == cred["id"]
    assert claims["sub"] == cred["credentialSubject"]["identifier"][0]["identityHash"]
    assert claims["nbf"] == int(datetime(2025, 3, 14, 10, 30, 12, tzinfo=UTC).timestamp())

    jwks = public_jwks(key, kid)
    assert jwks["keys"][0] | {"x": "…"} == {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": "…",
        "kid": kid,
        "use": "sig",
        "alg": "EdDSA",
    }
    # The JWKS round-trips through JSON, as it will over HTTP.
    assert verify_credential(token, jwks=json.loads(json.dumps(jwks))) == cred


def test_tampered_payload_is_rejected(key):
    kid = key_id(key.public_key())
    token = sign_credential(make_credential(), private_key=key, kid=kid)
    header, payload, signature = token.split(".")
    claims = json.loads(b64url_decode(payload))
    claims["vc"]["credentialSubject"]["creditsEarned"] = 24
    forged = ".".join([header, b64url_encode(json.dumps(claims).encode()), signature])
    with pytest.raises(CredentialVerificationError, match="signature"):
        verify_credential(forged, jwks=public_jwks(key, kid))


def test_token_signed_by_another_key_is_rejected(key):
    kid = key_id(key.public_key())
    intruder = Ed25519PrivateKey.generate()
    # Same kid, different key: the classic "reuse the published kid" forgery.
    token = sign_credential(make_credential(), private_key=intruder, kid=kid)
    with pytest.raises(CredentialVerificationError):
        verify_credential(token, jwks=public_jwks(key, kid))


def test_unknown_kid_is_rejected(key):
    kid = key_id(key.public_key())
    token = sign_credential(make_credential(), private_key=key, kid="not-published")
    with pytest.raises(UnknownKeyError, match="not-published"):
        verify_credential(token, jwks=public_jwks(key, kid))


def test_other_algorithms_and_garbage_are_rejected(key):
    kid = key_id(key.public_key())
    jwks = public_jwks(key, kid)
    unsigned = jwt.encode(
        {"vc": make_credential()}, key=None, algorithm="none", headers={"kid": kid}
    )
    with pytest.raises(CredentialVerificationError, match="algorithm"):
        verify_credential(unsigned, jwks=jwks)
    with pytest.raises(CredentialVerificationError, match="not a JWT"):
        verify_credential("not.a-token", jwks=jwks)


def test_claims_must_match_the_embedded_credential(key):
    kid = key_id(key.public_key())
    cred = make_credential()
    claims = {"iss": "https://evil.example/", "jti": cred["id"], "sub": "x", "nbf": 0, "vc": cred}
    token = jwt.encode(claims, key, algorithm="EdDSA", headers={"kid": kid})
    with pytest.raises(CredentialVerificationError, match="iss"):
        verify_credential(token, jwks=public_jwks(key, kid))


# --- keys -----------------------------------------------------------------------------------


def raw_public(private_key: Ed25519PrivateKey) -> bytes:
    return private_key.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )


def test_derived_key_is_stable_per_secret_and_differs_across_secrets():
    assert raw_public(load_signing_key("", SECRET)) == raw_public(load_signing_key("", SECRET))
    assert raw_public(load_signing_key("  ", SECRET)) == raw_public(load_signing_key("", SECRET))
    assert raw_public(load_signing_key("", SECRET + "x")) != raw_public(
        load_signing_key("", SECRET)
    )
    # Two "workers" deriving independently verify each other's tokens.
    token = sign_credential(
        make_credential(),
        private_key=load_signing_key("", SECRET),
        kid=key_id(load_signing_key("", SECRET).public_key()),
    )
    other = load_signing_key("", SECRET)
    assert verify_credential(token, jwks=public_jwks(other, key_id(other.public_key())))


def test_empty_secret_cannot_derive():
    with pytest.raises(SigningKeyError, match="SECRET_KEY"):
        load_signing_key("", "")


def test_pem_key_loads_and_wins_over_derivation():
    generated = Ed25519PrivateKey.generate()
    pem = generated.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    loaded = load_signing_key(pem, SECRET)
    assert raw_public(loaded) == raw_public(generated)
    assert raw_public(loaded) != raw_public(load_signing_key("", SECRET))


def test_non_ed25519_or_broken_pem_gets_a_clear_error():
    ec_pem = (
        generate_private_key(SECP256R1())
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        .decode()
    )
    with pytest.raises(SigningKeyError, match="Ed25519"):
        load_signing_key(ec_pem, SECRET)
    with pytest.raises(SigningKeyError, match="not a valid PEM"):
        load_signing_key("-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----", SECRET)
    encrypted = (
        Ed25519PrivateKey.generate()
        .private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"pw"),
        )
        .decode()
    )
    with pytest.raises(SigningKeyError, match="encrypted"):
        load_signing_key(encrypted, SECRET)


def test_key_id_is_the_rfc7638_thumbprint():
    # RFC 8037 appendix A.3 gives the thumbprint of its Ed25519 example key.
    public_hex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    public = Ed25519PrivateKey.from_private_bytes(
        bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
    ).public_key()
    assert (
        public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
        == public_hex
    )
    assert key_id(public) == "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"


# --- verification codes ---------------------------------------------------------------------


def test_codes_are_unique_well_formed_and_use_crockford_symbols():
    codes = {new_verification_code() for _ in range(10_000)}
    assert len(codes) == 10_000
    for code in list(codes)[:500]:
        assert len(code) == 19 and code.count("-") == 3
        assert set(code.replace("-", "")) <= set(ALPHABET)
        assert is_well_formed(code)
        assert normalise_code(code) == code


def test_normalisation_forgives_case_spaces_and_confusable_letters():
    assert normalise_code("7kq2 m9xd 0b4t wz31") == "7KQ2-M9XD-0B4T-WZ31"
    assert normalise_code(" 7KQ2M9XD0B4TWZ31\n") == "7KQ2-M9XD-0B4T-WZ31"
    assert normalise_code("7KQ2-M9XD-OB4T-WZ3I") == "7KQ2-M9XD-0B4T-WZ31"  # O→0, I→1
    assert normalise_code("7kq2-m9xd-0b4t-wz3l") == "7KQ2-M9XD-0B4T-WZ31"  # l→1
    assert is_well_formed("7kq2 m9xd ob4t wz3i")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "7KQ2-M9XD-0B4T",  # too short
        "7KQ2-M9XD-0B4T-WZ31-AAAA",  # too long
        "7KQ2-M9XD-0B4T-WZ3U",  # U is not a Crockford symbol
        "7KQ2-M9XD-0B4T-WZ3!",
        "<script>alert(1)</script>",
        "A" * 10_000,
        "7KQ2-M9XD-0B4T-WZ3é",
    ],
)
def test_malformed_codes_are_detected(text):
    assert not is_well_formed(text)
