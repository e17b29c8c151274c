"""Public entry points: ``detect`` and ``redact``."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .language import detect_language
from .names import find_names
from .patterns import (
    Cand,
    find_addresses,
    find_ages,
    find_contact,
    find_dates,
    find_numbers,
    find_phones,
)
from .places import find_cities, find_establishments
from .spans import PLACEHOLDERS, Label, Span
from .tokens import tokenize

_LANGUAGES = ("fr", "en")


def _resolve(cands: Iterable[Cand]) -> list[Cand]:
    """Non-overlapping selection: first fuse same-label overlaps, then keep by priority.

    Same-label candidates that overlap are united (two name rules that each found part of
    "Mme DUPONT Jeanne"). Across labels, the higher priority wins, then the longer span; a
    candidate overlapping an already chosen one is dropped.
    """
    by_label: dict[Label, list[Cand]] = {}
    for c in cands:
        if c[1] > c[0]:
            by_label.setdefault(c[2], []).append(c)
    fused: list[Cand] = []
    for items in by_label.values():
        items.sort()
        cur = items[0]
        for c in items[1:]:
            if c[0] <= cur[1]:
                cur = (cur[0], max(cur[1], c[1]), cur[2], max(cur[3], c[3]), max(cur[4], c[4]))
            else:
                fused.append(cur)
                cur = c
        fused.append(cur)
    fused.sort(key=lambda c: (-c[4], -(c[1] - c[0]), c[0]))
    taken: list[tuple[int, int]] = []
    chosen: list[Cand] = []
    for c in fused:
        s, e = c[0], c[1]
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        chosen.append(c)
    chosen.sort()
    return chosen


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop surrounding whitespace and trailing punctuation from a span."""
    while s < e and (text[s].isspace() or text[s] in ",;:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:(["):
        e -= 1
    # Unbalanced brackets belong to the sentence, not to the identifier: "(06 12 34 56 78)".
    if e > s and text[s] == "(" and ")" not in text[s:e]:
        s += 1
    if e > s and text[e - 1] == ")" and "(" not in text[s:e]:
        e -= 1
    return s, e


def detect(text: str, *, language: str | None = None) -> list[Span]:
    """Detect identifiers in French or English clinical text.

    Args:
        text: the text to analyse.
        language: ``"fr"`` or ``"en"``; guessed from the text when ``None``. The language
            selects language-specific rules (e.g. the English relation word "son" is ignored
            in French, where it is a possessive); the pattern rules run in both languages.

    Returns:
        Sorted, non-overlapping spans (0-based offsets, ``end`` exclusive).
    """
    if not text:
        return []
    lang = language if language in _LANGUAGES else detect_language(text)
    toks = tokenize(text)
    cands: list[Cand] = []
    cands += find_contact(text)
    cands += find_phones(text)
    cands += find_numbers(text)
    cands += find_dates(text)
    cands += find_ages(text)
    cands += find_addresses(text)
    cands += find_establishments(text, toks, lang)
    cands += find_names(text, toks, lang)
    cands += find_cities(text, toks)
    spans: list[Span] = []
    for s, e, label, conf, _prio in _resolve(cands):
        s, e = _trim(text, s, e)
        if e > s:
            spans.append(Span(s, e, label, text[s:e], round(conf, 2)))
    return spans


def placeholders_for(language: str | None = None) -> Mapping[Label, str]:
    return PLACEHOLDERS.get(language or "fr", PLACEHOLDERS["fr"])


def redact(
    text: str,
    spans: Iterable[Span] | None = None,
    *,
    language: str | None = None,
    placeholders: Mapping[Label, str] | None = None,
) -> str:
    """Replace each span with a typed placeholder.

    Args:
        text: the original text.
        spans: spans from :func:`detect` (computed when ``None``).
        language: placeholder language, ``"fr"`` (default: ``[NOM]``, ``[DATE]``...) or
            ``"en"`` (``[NAME]``...). Also passed to :func:`detect` when ``spans`` is None.
        placeholders: a custom label -> placeholder mapping, overriding ``language``.
    """
    if spans is None:
        spans = detect(text, language=language)
    table = placeholders or placeholders_for(language)
    out: list[str] = []
    pos = 0
    for sp in sorted(spans, key=lambda s: s.start):
        if sp.start < pos:  # defensive: overlapping input spans
            continue
        out.append(text[pos : sp.start])
        out.append(table.get(sp.label, f"[{sp.label}]"))
        pos = sp.end
    out.append(text[pos:])
    return "".join(out)
