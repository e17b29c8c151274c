"""Word tokenisation with the case information the name and place rules rely on."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .gazetteers import norm

# Letters, with inner apostrophes and hyphens kept ("O'Connell", "Guillain-Barré", "N'Diaye").
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+|-[^\W\d_]+)*")
# French elisions split off the word: "d'Alzheimer" -> "Alzheimer", "l'IDE" -> "IDE".
_ELISION_RE = re.compile(r"^(?:[dlnjmstcDLNJMSTC]|qu|Qu|jusqu|lorsqu|puisqu)['’](?=[^\W\d_])")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    low: str  # normalised (case-folded, no accents)
    shape: str  # "U" all caps (2+ letters), "I" single capital, "T" capitalised, "L" lower
    caps_line: bool  # the token sits on a line written mostly in capitals


def _shape(word: str) -> str:
    if len(word) == 1:
        return "I" if word.isupper() else "L"
    if word.isupper():
        return "U"
    if word[0].isupper():
        return "T"
    return "L"


def _caps_lines(text: str) -> tuple[list[int], list[bool]]:
    """Line start offsets and whether each line is written (mostly) in capitals.

    Capitalisation carries no information on such lines, so the name rules demand gazetteer
    evidence there.
    """
    starts: list[int] = []
    flags: list[bool] = []
    pos = 0
    for line in text.split("\n"):
        starts.append(pos)
        upper = sum(1 for ch in line if ch.isupper())
        lower = sum(1 for ch in line if ch.islower())
        flags.append(upper >= 6 and upper > 2 * lower)
        pos += len(line) + 1
    return starts, flags


def tokenize(text: str) -> list[Token]:
    starts, flags = _caps_lines(text)
    # A whole note written in capitals is treated as such even on its short lines.
    total_upper = sum(1 for ch in text if ch.isupper())
    total_lower = sum(1 for ch in text if ch.islower())
    all_caps_text = total_upper > 3 * total_lower
    out: list[Token] = []
    for m in _WORD_RE.finditer(text):
        s, e = m.start(), m.end()
        word = m.group()
        el = _ELISION_RE.match(word)
        if el and not (word[0] in "NO" and word[1] in "'’"):  # keep N'Diaye, O'Connell
            s += el.end()
            word = word[el.end() :]
        # Possessive "'s" is not part of the name ("Crohn's", "Mr. Lomish's").
        if len(word) > 3 and word[-2:] in ("'s", "’s", "'S", "’S"):
            word = word[:-2]
            e -= 2
        line_idx = bisect_right(starts, s) - 1
        caps = all_caps_text or flags[line_idx]
        out.append(Token(s, e, word, norm(word), _shape(word), caps))
    return out
