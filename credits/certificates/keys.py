"""The platform's Ed25519 signing key for Open Badges credentials.

A configured PEM wins. Without one, the key is derived from Django's SECRET_KEY so that every
worker and every restart signs with the same key without a shared key file; rotating
SECRET_KEY therefore rotates the signing key (old credentials then need the old JWKS entry).
"""

from __future__ import annotations

import base64
import hashlib
import json

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

HKDF_INFO = b"compagnon-credential-signing"


class SigningKeyError(ValueError):
    """The configured signing key cannot be used."""


def load_signing_key(pem: str, secret_key: str) -> Ed25519PrivateKey:
    """Return the signing key: the PEM if given, else one derived from ``secret_key``.

    ``pem`` is settings.CREDENTIAL_SIGNING_KEY (an unencrypted PKCS#8 Ed25519 private key);
    blank means "derive". Raises :class:`SigningKeyError` with a readable reason otherwise.
    """
    if pem and pem.strip():
        return _load_pem(pem)
    if not secret_key:
        raise SigningKeyError("no CREDENTIAL_SIGNING_KEY and an empty SECRET_KEY: cannot derive")
    # HKDF with a purpose-specific `info` keeps this key independent of every other use of
    # SECRET_KEY (sessions, password resets): knowing one output reveals nothing of the others.
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=HKDF_INFO).derive(
        secret_key.encode("utf-8")
    )
    return Ed25519PrivateKey.from_private_bytes(seed)


def _load_pem(pem: str) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem.strip().encode("ascii"), password=None)
    except UnicodeEncodeError as exc:
        raise SigningKeyError("CREDENTIAL_SIGNING_KEY is not ASCII PEM text") from exc
    except TypeError as exc:  # raised for password-protected keys
        raise SigningKeyError("CREDENTIAL_SIGNING_KEY must not be encrypted") from exc
    except ValueError as exc:
        raise SigningKeyError(f"CREDENTIAL_SIGNING_KEY is not a valid PEM key: {exc}") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(
            f"CREDENTIAL_SIGNING_KEY must be an Ed25519 key, got {type(key).__name__}"
        )
    return key


def b64url(data: bytes) -> str:
    """Unpadded base64url, as JOSE requires."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def public_x(public_key: Ed25519PublicKey) -> str:
    """The JWK ``x`` member: the raw 32-byte public key, base64url."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return b64url(raw)


def key_id(public_key: Ed25519PublicKey) -> str:
    """RFC 7638 JWK thumbprint, so the kid is derived from the key and never goes stale."""
    # RFC 7638 §3.2: only the required members (crv, kty, x for OKP), sorted, no whitespace.
    members = {"crv": "Ed25519", "kty": "OKP", "x": public_x(public_key)}
    canonical = json.dumps(members, sort_keys=True, separators=(",", ":"))
    return b64url(hashlib.sha256(canonical.encode("utf-8")).digest())
