"""The platform's credential signing key, from settings (see credits/certificates/keys.py)."""

from functools import lru_cache

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings

from .certificates.badges import public_jwks
from .certificates.keys import key_id, load_signing_key


@lru_cache(maxsize=4)
def _key(pem: str, secret_key: str) -> tuple[Ed25519PrivateKey, str]:
    private_key = load_signing_key(pem, secret_key)
    return private_key, key_id(private_key.public_key())


def signing_key() -> tuple[Ed25519PrivateKey, str]:
    """The private key and its key id (keyed on the settings, so tests can override them)."""
    return _key(settings.CREDENTIAL_SIGNING_KEY, settings.SECRET_KEY)


def platform_jwks() -> dict:
    private_key, kid = signing_key()
    return public_jwks(private_key, kid)
