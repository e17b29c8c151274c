"""Query text handling shared by every backend: limits, tokens, accent folding, the light
stemmer used with SQLite FTS5, and turning highlighted text into safe HTML.

Highlights come back from PostgreSQL, SQLite and Elasticsearch wrapped in two private-use
characters, never in HTML: the text is escaped first, then only the markers become <mark>.
"""

from __future__ import annotations

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

MAX_QUERY_LENGTH = 200
MAX_QUERY_TOKENS = 12
MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"

_WORD = re.compile(r"\w+", re.UNICODE)
# Upper-case boolean words are operators to the user, never terms (FTS5's own keywords too).
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ue000\ue001]")

# Longest first. Applied to accent-folded, lower-case words; the root keeps >= 4 letters.
_SUFFIXES = sorted(
    {
        # French
        "issements", "issement", "ations", "ation", "ements", "ement", "ances", "ance",
        "ences", "ence", "ites", "ite", "euses", "euse", "eurs", "eur", "ives", "ive",
        "iques", "ique", "ifs", "if", "ees", "ee", "es", "e", "s", "x", "aux", "al",
        # English
        "ings", "ing", "ness", "ities", "ity", "edly", "ed", "ly", "ies", "ic", "ics",
    },
    key=len,
    reverse=True,
)  # fmt: skip
_MIN_ROOT = 4


def clean(text: str) -> str:
    """Text as stored: no control characters and none of the highlight markers."""
    return _CONTROL.sub(" ", text or "")


def normalise_query(raw: str | None) -> tuple[str, bool]:
    """The query to run and whether it was truncated to MAX_QUERY_LENGTH characters."""
    query = " ".join(clean(raw or "").split())
    if len(query) > MAX_QUERY_LENGTH:
        return query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or query[:MAX_QUERY_LENGTH], True
    return query, False


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(query: str) -> list[str]:
    """Folded words of a query, operators dropped, duplicates dropped, at most MAX_QUERY_TOKENS."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(query):
        if word in _OPERATORS or word.strip("_") == "":
            continue
        seen.setdefault(fold(word).strip("_"), None)
    return [word for word in seen if word][:MAX_QUERY_TOKENS]


def light_stem(word: str) -> str:
    """A crude French/English suffix stripper: "télésurveillance" and "télésurveillé" both
    become "telesurveill". Used only to build prefix queries, so over-stripping costs a little
    precision, never a missed exact word."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_ROOT:
            return word[: -len(suffix)]
    return word


def fts5_match(query: str) -> str | None:
    """An FTS5 MATCH expression for the user's words: every word required, each quoted (so
    nothing the user types is FTS5 syntax) and, when long enough, matched by its stem as a prefix.
    """
    terms = []
    for word in words(query):
        stem = light_stem(word)
        # Quotes inside a quoted FTS5 string are doubled; \w+ never yields one, but be explicit.
        quoted = '"' + stem.replace('"', '""') + '"'
        terms.append(quoted + "*" if len(stem) >= _MIN_ROOT else quoted)
    return " ".join(terms) or None


def highlighted(text: str | None) -> SafeString:
    """Escape everything, then turn the highlight markers (and only them) into <mark>."""
    html = escape(text or "")
    opened = False
    out = []
    for char in html:
        if char == MARK_OPEN and not opened:
            out.append("<mark>")
            opened = True
        elif char == MARK_CLOSE and opened:
            out.append("</mark>")
            opened = False
        elif char not in (MARK_OPEN, MARK_CLOSE):
            out.append(char)
    if opened:
        out.append("</mark>")
    return mark_safe("".join(out))  # noqa: S308 — escaped above; only <mark> added


def excerpt(text: str, length: int = 220) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[:length].rsplit(" ", 1)[0] + "…"
