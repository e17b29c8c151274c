"""Public verification codes: short enough to type from paper, long enough not to guess.

16 Crockford base32 symbols carry 80 random bits. Crockford's alphabet drops I, L, O and U,
so the letters people confuse with digits never appear in a code, and on input we can map
them back to the digit the reader meant.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUPS = 4
GROUP_SIZE = 4
CODE_LENGTH = GROUPS * GROUP_SIZE  # symbols, separators excluded
ENTROPY_BITS = CODE_LENGTH * 5

_SYMBOL = "[0-9A-HJKMNP-TV-Z]"
#: Canonical form, usable as a URL path converter regex.
CODE_REGEX = rf"{_SYMBOL}{{4}}(?:-{_SYMBOL}{{4}}){{3}}"
_CANONICAL = re.compile(rf"^{CODE_REGEX}$")

# Anything longer is not a code someone typed; refusing early keeps the work bounded.
_MAX_INPUT = 64
_SEPARATORS = re.compile(r"[\s\-_.·‐‑–—]+")
_CONFUSABLES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_verification_code() -> str:
    """Return a fresh code like ``7KQ2-M9XD-0B4T-WZ31`` drawn from the OS CSPRNG."""
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    return _group(symbols)


def _group(symbols: str) -> str:
    return "-".join(symbols[i : i + GROUP_SIZE] for i in range(0, len(symbols), GROUP_SIZE))


def normalise_code(text: str) -> str:
    """Return the canonical form of what a person typed or a QR reader produced.

    Case, spaces, dashes and the O/0, I/1, L/1 confusions are forgiven. The result is the
    canonical grouped code when the input holds exactly 16 valid symbols; otherwise it is
    the cleaned-up input, which :func:`is_well_formed` then rejects. Never raises, so a view
    can normalise first and decide second.
    """
    if len(text) > _MAX_INPUT:
        return text[:_MAX_INPUT]
    cleaned = _SEPARATORS.sub("", text).upper().translate(_CONFUSABLES)
    if len(cleaned) == CODE_LENGTH and all(ch in ALPHABET for ch in cleaned):
        return _group(cleaned)
    return cleaned


def is_well_formed(code: str) -> bool:
    """True when ``code`` (raw or normalised) can be a code we issued.

    Lets the verify view answer a clear 400/404 "malformed code" without a database lookup.
    """
    return bool(_CANONICAL.match(normalise_code(code)))
