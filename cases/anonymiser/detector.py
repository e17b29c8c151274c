"""Public entry points: ``detect`` and ``redact``."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping

from .gazetteers import drugs, eponyms, norm, stopwords
from .language import detect_language
from .names import _CLINICAL, find_names
from .patterns import (
    Cand,
    find_addresses,
    find_ages,
    find_contact,
    find_dates,
    find_numbers,
    find_phones,
)
from .places import _NOT_PLACE_CAPS, _UNIT_WORDS, _place_word_ok, find_cities, find_establishments
from .spans import PLACEHOLDERS, Label, Span
from .tokens import Token, tokenize

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


_PROPAGATED = (Label.NAME, Label.ESTABLISHMENT, Label.CITY)


def _propagate(text: str, toks: list[Token], chosen: list[Cand]) -> list[Cand]:
    """A name or place found once in a document is redacted wherever else it occurs.

    "Radu Crosson (pt's closest relative)" found by a context rule makes the later bare
    "Radu" an identifier too. Only words of 3+ letters that are not ordinary or clinical words
    are spread, and a capitalised find is not spread to lower-case occurrences.
    """
    stop = stopwords()
    words: dict[str, tuple[Label, bool]] = {}
    exact: dict[str, Label] = {}
    for s, e, label, conf, _prio in chosen:
        if label not in _PROPAGATED:
            continue
        found = re.findall(r"[^\W\d_][\w'’\-]*", text[s:e])
        if label != Label.NAME and len(found) == 1 and found[0].isupper() and conf >= 0.6:
            # A hospital acronym found in context ("at GH") stands for it elsewhere ("GH cx").
            if 2 <= len(found[0]) <= 5 and found[0].lower() not in _UNIT_WORDS:
                exact.setdefault(found[0], label)
            continue
        for w in found:
            low = norm(w)
            if len(w) < 3 or low in stop or low in _CLINICAL or low in _UNIT_WORDS:
                continue
            if low in eponyms() or low in drugs():
                continue  # "Dr Parkinson" does not make "Parkinson's disease" a name
            if label != Label.NAME and (w.islower() or (w.isupper() and len(w) < 6)):
                continue  # "prior medical center", "GH CATH": only clear place names spread
            words.setdefault(low, (label, w.islower()))
    if not words and not exact:
        return []
    taken = [(c[0], c[1]) for c in chosen]
    starts = [c[0] for c in chosen]
    out: list[Cand] = []
    for t in toks:
        hit = words.get(t.low)
        if t.text in exact:
            hit = (exact[t.text], False)
        if hit is None or (t.shape == "L" and not hit[1]):
            continue
        k = bisect_right(starts, t.start) - 1
        if k >= 0 and taken[k][1] > t.start:
            continue
        out.append((t.start, t.end, hit[0], 0.6, 20))
    return out


_PLACE_LABELS = (Label.ESTABLISHMENT, Label.CITY)
_COORD_RE = re.compile(
    r"(?:[ \t]+(?i:rehab|hospital|hosp|clinic|nursing home|medical center|campus))?"
    r"[ \t]*(?:,[ \t]*)?(?:\b(?i:and|or|et|ou)\b|/|&)[ \t]*(?:(?i:the|la|le|l['’])[ \t]+)?"
    r"(?P<p>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’\-]{3,}(?:[ \t][A-ZÀ-Ý][A-Za-zÀ-ÿ'’\-]{3,})?)"
)


def _coordinated_places(text: str, chosen: list[Cand]) -> list[Cand]:
    """'BALTIMORE REHAB OR KIMBROUGH REHAB', 'CHU de Brest ou Morlaix': a capitalised word
    coordinated with a place found by another rule is a place of the same kind."""
    stop = stopwords()
    out: list[Cand] = []
    for _s, e, label, _conf, _prio in chosen:
        if label not in _PLACE_LABELS:
            continue
        m = _COORD_RE.match(text, e)
        if not m:
            continue
        keep: list[str] = []
        for w in m.group("p").split():
            low = norm(w)
            if (
                not _place_word_ok(w)
                or low in _NOT_PLACE_CAPS
                or low in eponyms()
                or low in _CLINICAL
                or low in stop
            ):
                break
            keep.append(w)
        if keep:
            ps = m.start("p")
            out.append((ps, ps + len(" ".join(keep)), label, 0.55, 20))
    return out


# "12 allée des Chênes, Pont-l'Abbé", "506 Elm Lane, Glasgow": the town closing an address.
_ADDRESS_TOWN_RE = re.compile(
    r"[ \t]*,[ \t]*(?:\d{5}[ \t]+)?(?P<p>[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[- ](?:[A-ZÀ-Ý][a-zà-ÿ'’]+|sur|sous"
    r"|en|lès|les|le|la|de|du|des|aux|l['’][A-ZÀ-Ý][a-zà-ÿ'’]+)){0,4})(?=[ \t]*(?:[.,;)\n]|$))"
)


def _address_towns(text: str, chosen: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    for _s, e, label, _conf, _prio in chosen:
        if label != Label.ADDRESS:
            continue
        m = _ADDRESS_TOWN_RE.match(text, e)
        if m and norm(m.group("p").split()[0]) not in stopwords():
            out.append((m.start("p"), m.end("p"), Label.CITY, 0.6, 20))
    return out


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
    chosen = _resolve(cands)
    extra = (
        _propagate(text, toks, chosen)
        + _coordinated_places(text, chosen)
        + _address_towns(text, chosen)
    )
    if extra:
        chosen = _resolve(chosen + extra)
    spans: list[Span] = []
    for s, e, label, conf, _prio in chosen:
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
