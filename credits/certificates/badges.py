"""Open Badges 3.0 ``OpenBadgeCredential`` built from a certificate and signed as a VC-JWT.

The credential follows the OB 3.0 data model (VC Data Model 2.0 contexts). The proof is the
"VC-JWT" form of OB 3.0 §8.2: a compact JWS whose ``vc`` claim carries the credential and
whose registered claims mirror it (iss = issuer.id, jti = id, sub = subject, nbf = validFrom).
We sign with Ed25519 (``alg: EdDSA``); OB 3.0 only *requires* verifiers to support RS256, so a
few third-party verifiers may not accept it, but every JOSE library of the last years does.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import jwt
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from .data import CertificateData
from .keys import public_x

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CREDENTIAL_TYPES = ["VerifiableCredential", "OpenBadgeCredential"]
ALGORITHM = "EdDSA"

#: Values from the OB 3.0 AchievementType vocabulary, keyed by our activity formats. Only
#: courses have an exact match; for reading, mentoring or case work the honest claim is
#: "completed this activity", i.e. CertificateOfCompletion.
ACHIEVEMENT_TYPES = {
    "online course": "Course",
    "course": "Course",
    "cours en ligne": "Course",
}
DEFAULT_ACHIEVEMENT_TYPE = "CertificateOfCompletion"

_CRITERIA = {
    "fr": "Activité suivie en entier, évaluation réalisée et attestation du temps passé "
    "par le participant ; crédits attribués dans la limite du maximum désigné.",
    "en": "Completed the whole activity and its evaluation and attested the time spent; "
    "credits awarded up to the designated maximum.",
}


class CredentialVerificationError(Exception):
    """A token is not a credential we signed, or was altered after signing."""


class UnknownKeyError(CredentialVerificationError):
    """The token names a ``kid`` the published JWKS does not contain."""


def hash_identity(identity: str, salt: str) -> str:
    """OB ``IdentityHash``: ``sha256$`` + hex(sha256(identity + salt)), UTF-8 encoded."""
    digest = hashlib.sha256((identity + salt).encode("utf-8")).hexdigest()
    return f"sha256${digest}"


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        # A naive datetime here is a bug upstream (USE_TZ is on); guessing a zone would
        # silently shift validFrom, so refuse.
        raise ValueError("valid_from must be timezone-aware")
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def _number(amount: Decimal) -> float | int:
    # JSON-LD types creditsEarned as xsd:float; 0.25 steps are exact in binary floating point.
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def build_credential(
    data: CertificateData,
    *,
    issuer_id: str,
    issuer_name: str,
    credential_id: str,
    achievement_id: str,
    valid_from: datetime,
    recipient_email: str,
    salt: str | None = None,
    framework: str | None = None,
    subject_id: str | None = None,
) -> dict[str, Any]:
    """Return the unsigned OpenBadgeCredential (a JSON-serialisable dict).

    ``creditsEarned``/``creditsAvailable`` hold one number, so they describe one framework:
    ``framework`` if given, else the first awarded line. Every framework's award is listed in
    the achievement description; issue one credential per framework if each must be machine
    readable. The learner is identified by a salted hash of ``recipient_email`` (never the
    address) plus their name, both as OB ``IdentityObject`` entries, since AchievementSubject
    has no ``name`` property. ``salt`` defaults to a fresh random value; store it if the
    credential must be rebuilt identically.
    """
    if not data.credits:
        raise ValueError("a credential needs at least one awarded credit line")
    headline = data.credits[0]
    if framework is not None:
        matches = [line for line in data.credits if line.framework == framework]
        if not matches:
            raise ValueError(f"no credit awarded under framework {framework!r}")
        headline = matches[0]
    salt = salt if salt is not None else secrets.token_hex(16)
    # Case and surrounding spaces are not part of an address's identity; normalising lets a
    # verifier who knows the learner's email recompute the hash.
    email = recipient_email.strip().lower()
    if not email:
        raise ValueError("recipient_email is required to bind the credential to its learner")

    awarded = "; ".join(
        f"{line.framework} — {line.category}: {line.credits}" for line in data.credits
    )
    description = " ".join(
        part
        for part in (
            data.activity_description.strip(),
            f"{data.activity_format}, {data.provider_name}.",
            f"Credits awarded: {awarded}.",
        )
        if part
    )
    achievement: dict[str, Any] = {
        "id": achievement_id,
        "type": ["Achievement"],
        "achievementType": ACHIEVEMENT_TYPES.get(
            data.activity_format.strip().lower(), DEFAULT_ACHIEVEMENT_TYPE
        ),
        "name": data.activity_title,
        "description": description,
        "criteria": {"narrative": _CRITERIA[data.language]},
        "inLanguage": data.language,
        "creator": {"id": issuer_id, "type": ["Profile"], "name": data.provider_name},
    }
    available = data.available_for(headline.framework)
    if available is not None:
        achievement["creditsAvailable"] = _number(available)

    subject: dict[str, Any] = {
        "type": ["AchievementSubject"],
        "identifier": [
            {
                "type": "IdentityObject",
                "identityType": "emailAddress",
                "hashed": True,
                "identityHash": hash_identity(email, salt),
                "salt": salt,
            },
            {
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": False,
                "identityHash": data.practitioner_name,
            },
        ],
        "achievement": achievement,
        "creditsEarned": _number(headline.credits),
        "activityStartDate": data.start_date.isoformat(),
        "activityEndDate": data.completion_date.isoformat(),
    }
    if subject_id:
        subject = {"id": subject_id, **subject}

    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": credential_id,
        "type": list(CREDENTIAL_TYPES),
        "issuer": {"id": issuer_id, "type": ["Profile"], "name": issuer_name},
        "validFrom": _iso(valid_from),
        "name": data.activity_title,
        "credentialSubject": subject,
    }


def _subject_claim(credential: dict[str, Any]) -> str:
    subject = credential["credentialSubject"]
    if subject.get("id"):
        return str(subject["id"])
    # No DID for the learner: the salted email hash is the stable, non-identifying handle.
    return str(subject["identifier"][0]["identityHash"])


def sign_credential(credential: dict[str, Any], *, private_key: Ed25519PrivateKey, kid: str) -> str:
    """Sign ``credential`` as a compact VC-JWT (EdDSA / Ed25519)."""
    valid_from = datetime.strptime(credential["validFrom"], "%Y-%m-%dT%H:%M:%SZ").replace(
        tzinfo=UTC
    )
    claims = {
        "iss": credential["issuer"]["id"],
        "jti": credential["id"],
        "sub": _subject_claim(credential),
        "nbf": int(valid_from.timestamp()),
        "vc": credential,
    }
    return jwt.encode(claims, private_key, algorithm=ALGORITHM, headers={"kid": kid, "typ": "JWT"})


def public_jwk(public_key: Ed25519PublicKey, kid: str) -> dict[str, str]:
    return {
        "kty": "OKP",
        "crv": "Ed25519",
        "x": public_x(public_key),
        "kid": kid,
        "use": "sig",
        "alg": ALGORITHM,
    }


def public_jwks(private_key: Ed25519PrivateKey, kid: str) -> dict[str, list[dict[str, str]]]:
    """The JWKS document to publish (e.g. at /.well-known/jwks.json)."""
    return {"keys": [public_jwk(private_key.public_key(), kid)]}


def verify_credential(token: str, *, jwks: dict[str, Any]) -> dict[str, Any]:
    """Return the credential inside ``token`` after checking its signature against ``jwks``.

    Raises :class:`UnknownKeyError` when the kid is not published and
    :class:`CredentialVerificationError` for anything else: bad signature, altered payload,
    wrong algorithm, missing claims, or claims that contradict the embedded credential.
    """
    try:
        header = jwt.get_unverified_header(token)
    except jwt.InvalidTokenError as exc:
        raise CredentialVerificationError(f"not a JWT: {exc}") from exc
    # Pin the algorithm before looking at keys: trusting the header's alg is the classic
    # JWT downgrade ("none", HS256 keyed with the public key).
    if header.get("alg") != ALGORITHM:
        raise CredentialVerificationError(f"unexpected algorithm {header.get('alg')!r}")
    kid = header.get("kid")
    candidates = [k for k in jwks.get("keys", []) if kid and k.get("kid") == kid]
    if not candidates:
        raise UnknownKeyError(f"unknown key id {kid!r}")
    try:
        key = jwt.PyJWK(candidates[0], algorithm=ALGORITHM)
        claims = jwt.decode(
            token,
            key=key,
            algorithms=[ALGORITHM],
            options={"require": ["iss", "jti", "sub", "nbf", "vc"]},
        )
    except jwt.InvalidSignatureError as exc:
        raise CredentialVerificationError("signature does not match the payload") from exc
    except (jwt.InvalidTokenError, jwt.PyJWKError) as exc:
        raise CredentialVerificationError(f"invalid credential token: {exc}") from exc

    credential = claims["vc"]
    if not isinstance(credential, dict):
        raise CredentialVerificationError("vc claim is not an object")
    # VC-JWT: the registered claims must agree with the credential they wrap, otherwise a
    # relying party reading one or the other would see different facts.
    if claims["iss"] != credential.get("issuer", {}).get("id"):
        raise CredentialVerificationError("iss does not match vc.issuer.id")
    if claims["jti"] != credential.get("id"):
        raise CredentialVerificationError("jti does not match vc.id")
    if "OpenBadgeCredential" not in credential.get("type", []):
        raise CredentialVerificationError("vc is not an OpenBadgeCredential")
    return credential
