"""The immutable snapshot a certificate is rendered from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Literal, NamedTuple

Language = Literal["fr", "en"]
LANGUAGES: tuple[Language, ...] = ("fr", "en")


class CertificateStatus(StrEnum):
    VALID = "valid"
    REVOKED = "revoked"


class AwardedCredit(NamedTuple):
    """One ledger award shown on the certificate.

    A NamedTuple so a plain ``(framework, category, credits)`` tuple is accepted and unpacks
    the same way.
    """

    framework: str
    category: str
    credits: Decimal


@dataclass(frozen=True, slots=True)
class CertificateData:
    """Everything printed on a certificate, captured at issue time.

    Frozen because a certificate is evidence for an audit: once the model has gathered the
    values, nothing downstream (PDF, badge) may alter them. ``credits`` lists only what the
    ledger actually awarded, never the designated maximum; ``credits_available`` carries the
    designated maximum per framework for the Open Badges ``creditsAvailable`` field.
    """

    practitioner_name: str
    rpps: str
    provider_name: str
    activity_title: str
    activity_format: str
    start_date: date
    completion_date: date
    issued_at: datetime
    credits: tuple[AwardedCredit, ...]
    verification_code: str
    verify_url: str
    issuer_name: str
    language: Language = "fr"
    status: CertificateStatus = CertificateStatus.VALID
    credits_available: tuple[tuple[str, Decimal], ...] = ()
    activity_description: str = ""

    def __post_init__(self) -> None:
        # Callers naturally pass lists and 3-tuples; normalise them here so the dataclass is
        # really immutable and every consumer can rely on AwardedCredit attributes.
        credits = tuple(AwardedCredit(*line) for line in self.credits)
        for line in credits:
            if not isinstance(line.credits, Decimal):
                raise TypeError(f"credits must be Decimal, got {type(line.credits).__name__}")
        object.__setattr__(self, "credits", credits)
        available = tuple((str(fw), amount) for fw, amount in self.credits_available)
        for _fw, amount in available:
            if not isinstance(amount, Decimal):
                raise TypeError("credits_available amounts must be Decimal")
        object.__setattr__(self, "credits_available", available)
        object.__setattr__(self, "status", CertificateStatus(self.status))
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, got {self.language!r}")
        if self.completion_date < self.start_date:
            raise ValueError("completion_date is before start_date")
        if not self.practitioner_name.strip():
            raise ValueError("practitioner_name is required")

    @property
    def is_revoked(self) -> bool:
        return self.status is CertificateStatus.REVOKED

    def available_for(self, framework: str) -> Decimal | None:
        """Designated maximum for ``framework``, or None when the caller did not supply it."""
        return dict(self.credits_available).get(framework)
