"""Generalisation suggestions that keep the clinical meaning of a redacted identifier."""

from __future__ import annotations

import re
from datetime import date

from .gazetteers import city_region, norm, postcode_region
from .patterns import MONTHS_EN_FULL
from .spans import Label, Span

_MONTHS_FR = {
    "janvier": 1,
    "janv": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "decembre": 12,
    "dec": 12,
}
_MONTHS_EN = {m: i + 1 for i, m in enumerate(MONTHS_EN_FULL.split("|"))}
_MONTHS_EN.update({m[:3]: i for m, i in list(_MONTHS_EN.items())})
_MONTHS_EN["sept"] = 9


def parse_date(value: str, *, reference: date | None = None) -> date | None:
    """Best-effort parse of a detected date; missing years are taken from ``reference``.

    Numeric dates are read day-first (French usage) unless that is impossible, in which case
    month-first (US usage) is tried.
    """
    s = norm(value).strip()
    year_default = reference.year if reference else None
    m = re.fullmatch(r"((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})", s)
    if m:
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2,4}))?", s)
    if m:
        a, b = int(m[1]), int(m[2])
        year = _year(m[3]) if m[3] else year_default
        if year is None:
            return None
        return _safe(year, b, a) or _safe(year, a, b)
    words = re.findall(r"[a-z]+|\d+", s)
    day = month = year = None
    for w in words:
        if w.isdigit():
            if len(w) == 4:
                year = int(w)
            elif day is None and int(w) <= 31:
                day = int(w)
            else:
                year = _year(w)
        elif w in _MONTHS_FR or w in _MONTHS_EN:
            month = _MONTHS_FR.get(w) or _MONTHS_EN.get(w)
        elif w == "er" and day is None:
            continue
    year = year or year_default
    if month is None or year is None:
        return None
    return _safe(year, month, day or 1)


def _year(y: str) -> int:
    n = int(y)
    if len(y) == 2:
        return 2000 + n if n <= 30 else 1900 + n
    return n


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_ETAB_TYPES: list[tuple[str, str]] = [
    (r"\bCHR?U\b|centre hospitalier (?:r[ée]gional )?universitaire|university", "un CHU"),
    (r"\bCHR\b|centre hospitalier r[ée]gional", "un centre hospitalier régional"),
    (r"\bCH[A-Z]?\b|centre hospitalier|\bGH\b|groupe hospitalier", "un centre hospitalier"),
    (r"polyclinique|clinique|clinic", "une clinique"),
    (r"ehpad|maison de retraite|nursing home|assisted living|r[ée]sidence|care home", "un EHPAD"),
    (r"\bSSR\b|r[ée][ée]ducation|r[ée]adaptation|rehab", "un centre de rééducation"),
    (r"institut|cancer|CLCC|L[ée]on B[ée]rard|Curie|Roussy", "un centre de lutte contre le cancer"),
    (r"h[ôo]pital|hospital|hosp|medical cent|infirmary|memorial", "un hôpital"),
]


_ETAB_EN = {
    "un CHU": "a university hospital",
    "un centre hospitalier régional": "a regional hospital",
    "un centre hospitalier": "a hospital",
    "une clinique": "a clinic",
    "un EHPAD": "a nursing home",
    "un centre de rééducation": "a rehabilitation centre",
    "un centre de lutte contre le cancer": "a cancer centre",
    "un hôpital": "a hospital",
    "un établissement de santé": "a healthcare facility",
}
_YEAR_ALONE = re.compile(r"['’]?(\d{2})|((?:19|20)\d{2})")


def _decade(year: int, before: str, language: str) -> str:
    """The decade of a year, worded to fit the words already before it."""
    decade = year // 10 * 10
    if language == "en":
        preposition = re.search(r"\b(?:in|since|during|by|from|until)\s*$", before, re.I)
        return f"the {decade}s" if preposition else f"{decade}s"
    if re.search(r"\ben\s*$", before, re.I):  # "opérée en 2015" -> "opérée en 2010-2019"
        return f"{decade}-{decade + 9}"
    if re.search(r"\b(?:depuis|d[èe]s|avant|apr[èe]s|jusqu'[àa])\s*$", before, re.I):
        return f"les années {decade}"  # "depuis les années 2010"
    return f"dans les années {decade}"  # "pontage 2008" -> "pontage dans les années 2000"


def suggest_generalisation(
    span: Span, *, text: str, reference_date: date | None = None, language: str = "fr"
) -> str | None:
    """Suggest a replacement that keeps the clinical meaning, or ``None`` if there is none.

    * AGE: 5-year band ("85-89 ans"), "90 ans et plus" from 90 on (Safe Harbor).
    * DATE: days relative to ``reference_date`` ("J+3", "J-2", "J0") when given, otherwise the
      year alone (a year is not an identifier), or None if no year can be read.
    * CITY / POSTCODE / ADDRESS: the French region when it can be derived.
    * ESTABLISHMENT: its type ("un CHU", "une clinique", "un EHPAD", "un hôpital").
    * A year alone that dates the patient's history ("2008", "'79"): its decade, worded for the
      words before it ("en 2000-2009", "depuis les années 2000", "in the 2000s").

    ``language`` ("fr" or "en") is the language of the text the suggestion goes into.

    ``text`` is the analysed text (the span offsets refer to it); it lets an address be
    generalised through the postcode that follows it.
    """
    value = span.text
    if span.label is Label.AGE:
        m = re.search(r"\d{1,3}", value)
        if not m:
            return None
        age = int(m.group())
        english = language == "en"
        if age >= 90:
            return "90 years and over" if english else "90 ans et plus"
        low = age - age % 5
        return f"{low}-{low + 4} {'years' if english else 'ans'}"
    if span.label is Label.DATE and (year := _YEAR_ALONE.fullmatch(value.strip())):
        return _decade(int(year[2]) if year[2] else _year(year[1]), text[: span.start], language)
    if span.label is Label.DATE:
        parsed = parse_date(value, reference=reference_date)
        if parsed is None:
            y = re.search(r"(?:19|20)\d{2}", value)
            return y.group() if y else None
        if reference_date is not None:
            delta = (parsed - reference_date).days
            return "J0" if delta == 0 else f"J{delta:+d}"
        if re.search(r"(?:19|20)\d{2}|[/.\-]\d{2}$", value):
            return str(parsed.year)
        return None
    if span.label is Label.POSTCODE:
        return postcode_region(value)
    if span.label is Label.CITY:
        region = city_region(value)
        if region:
            return region
        # "69003 Lyon": use the postcode just before the city.
        m = re.search(r"(\d{5})\s*$", text[max(0, span.start - 12) : span.start])
        return postcode_region(m.group(1)) if m else None
    if span.label is Label.ADDRESS:
        m = re.match(r"[\s,]*(\d{5})\b", text[span.end : span.end + 12])
        return postcode_region(m.group(1)) if m else None
    if span.label is Label.ESTABLISHMENT:
        kind = next(
            (k for pattern, k in _ETAB_TYPES if re.search(pattern, value, re.IGNORECASE)),
            "un établissement de santé",
        )
        kind = _ETAB_EN[kind] if language == "en" else kind
        # "au CHU de Brest" -> "au CHU", "to the Mayo Clinic" -> "to the clinic": the words
        # before already carry an article, so the type goes in without its own.
        before = text[max(0, span.start - 12) : span.start]
        if re.search(r"(?:\b(?:au|aux|du|des|le|la|les|en|the)\s+|\bl['’])$", before, re.I):
            return kind.split(" ", 1)[1]
        return kind
    return None
