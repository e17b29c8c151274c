"""Word lists shipped with the package (``data/``), loaded once and normalised.

Everything is matched on a *normalised* form: case-folded, accents stripped, curly apostrophes
straightened. The lists are facts (names, places, eponyms), not code.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=65536)
def norm(word: str) -> str:
    """Case-fold, strip diacritics and straighten apostrophes (cached: called per token)."""
    folded = word.casefold().replace("’", "'")
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("œ", "oe")


def _lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def first_names() -> frozenset[str]:
    return frozenset(norm(w) for w in _lines("first_names.txt"))


@cache
def surnames() -> frozenset[str]:
    return frozenset(norm(w) for w in _lines("surnames.txt"))


@cache
def eponyms() -> frozenset[str]:
    return frozenset(norm(w) for w in _lines("eponyms.txt"))


@cache
def stopwords() -> frozenset[str]:
    return frozenset(norm(w) for w in _lines("stopwords.txt"))


@cache
def drugs() -> frozenset[str]:
    return frozenset(norm(w) for w in _lines("drugs.txt"))


@cache
def departments() -> dict[str, tuple[str, str]]:
    """Department code (``"01"``..``"95"``, ``"2A"``, ``"2B"``, ``"971"``...) -> (name, region)."""
    table: dict[str, tuple[str, str]] = {}
    for line in _lines("departments_fr.tsv"):
        code, name, region = line.split("\t")
        table[code] = (name, region)
    return table


@cache
def french_cities() -> dict[tuple[str, ...], str]:
    """Normalised city name split into words -> department code."""
    table: dict[tuple[str, ...], str] = {}
    for line in _lines("cities_fr.tsv"):
        city, dept = line.split("\t")
        table[tuple(norm(city).replace(".", "").split())] = dept
    return table


@cache
def english_cities() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(norm(c).replace(".", "").split()) for c in _lines("cities_en.txt"))


def postcode_region(postcode: str) -> str | None:
    """Region of a French postcode (5 digits), via its department; Corsica is 20xxx."""
    cp = postcode.strip()
    if len(cp) != 5 or not cp.isdigit():
        return None
    if cp.startswith("20"):
        return "Corse"
    if cp.startswith("97") or cp.startswith("98"):
        entry = departments().get(cp[:3])
    else:
        entry = departments().get(cp[:2])
    return entry[1] if entry else None


def city_region(city: str) -> str | None:
    """Region of a known French city, or None."""
    dept = french_cities().get(tuple(norm(city).replace(".", "").split()))
    if dept is None:
        return None
    entry = departments().get(dept)
    return entry[1] if entry else None
