"""Regular-expression detectors for identifiers with a recognisable shape.

Emails, URLs, IPs, phone numbers, NIR, RPPS/ADELI/FINESS, record/device numbers, dates, ages over
89, postal addresses and postcodes. Each ``find_*`` function returns candidate tuples
``(start, end, label, confidence, priority)``; the detector resolves overlaps by priority.

Every pattern is compiled once at import and written without nested unbounded quantifiers, so
matching stays linear in the text length (no catastrophic backtracking).
"""

from __future__ import annotations

import re
from datetime import date

from .gazetteers import french_cities, norm
from .spans import Label

Cand = tuple[int, int, Label, float, int]

# Priorities: higher wins an overlap. Checksummed / keyword-anchored shapes come first.
P_EMAIL, P_URL, P_IP = 100, 95, 90
P_NIR, P_PHONE, P_KEYED_ID = 85, 80, 78
P_DATE, P_AGE, P_ADDRESS, P_POSTCODE = 70, 68, 66, 64
P_ESTAB, P_NAME, P_CITY, P_BARE_NUMBER = 60, 50, 45, 30

# --------------------------------------------------------------------------- checksums


def nir_key(body: str) -> int:
    """NIR control key: 97 - (N mod 97), where N is the 13-character body read as a number.

    Corsican department codes 2A and 2B are read as 19 and 18 for the computation.
    """
    digits = body.upper().replace("2A", "19").replace("2B", "18")
    return 97 - int(digits) % 97


def nir_is_valid(nir: str) -> bool:
    """True when ``nir`` (spaces/dots allowed) has 13 characters + a matching 2-digit key."""
    compact = re.sub(r"[\s.\-]", "", nir).upper()
    if len(compact) != 15 or not compact[13:].isdigit():
        return False
    body = compact[:13]
    if not re.fullmatch(r"[12]\d{4}(?:\d{2}|2A|2B)\d{6}", body):
        return False
    return nir_key(body) == int(compact[13:])


def luhn_is_valid(number: str) -> bool:
    """Luhn checksum, used by RPPS numbers (11 digits) and SIRET-like identifiers."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


# --------------------------------------------------------------------------- email, URL, IP

EMAIL_RE = re.compile(
    r"(?<![\w.+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,5}"
    r"\.[A-Za-z]{2,12}\b"
)
URL_RE = re.compile(
    r"\b(?:https?://|ftp://|www\.)[^\s<>\"'()\[\]{}]{2,300}"
    r"|\b[a-z0-9][a-z0-9-]{1,62}(?:\.[a-z0-9-]{1,62}){0,3}\.(?:fr|com|org|net|eu|gouv\.fr|io|info"
    r"|be|ch|ca|uk|co\.uk|nhs\.uk|edu)(?:/[^\s<>\"'()]{0,200})?(?![\w@.-]*@)(?![A-Za-z0-9-])",
    re.IGNORECASE,
)
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.]|\.\d)")
IPV6_RE = re.compile(r"(?<![:\w])(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}(?![:\w])")


def find_contact(text: str) -> list[Cand]:
    out: list[Cand] = []
    for m in EMAIL_RE.finditer(text):
        out.append((m.start(), m.end(), Label.EMAIL, 0.99, P_EMAIL))
    for m in URL_RE.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?":  # sentence punctuation
            end -= 1
        s = text[m.start() : end]
        # "e.g." / "i.e." / decimal-looking strings are not URLs: need a letter-only TLD part.
        if "." not in s or s.lower() in {"e.g", "i.e"}:
            continue
        out.append((m.start(), end, Label.URL, 0.95, P_URL))
    for m in IPV4_RE.finditer(text):
        octets = m.group().split(".")
        if all(int(o) <= 255 and (o == "0" or not o.startswith("0")) for o in octets):
            out.append((m.start(), m.end(), Label.IP, 0.95, P_IP))
    for m in IPV6_RE.finditer(text):
        out.append((m.start(), m.end(), Label.IP, 0.95, P_IP))
    return out


# --------------------------------------------------------------------------- phones

PHONE_FR_RE = re.compile(
    r"(?<![\w+])(?:(?:\(\+33\)|(?:\+|00)\s?33)[\s.\-]?(?:\(0\)[\s.\-]?|0[\s.\-]?)?[1-9]"
    r"|\(?0[1-9]\)?|\(0\)\s?[1-9])(?:[\s.\-]?\d{2}){4}(?!\d)"
    # "Tél06 12 34 56 78": glued to the word before, but grouped the way a phone number is
    r"|(?<=[^\W\d_])0[1-9](?:[\s.\-]\d{2}){4}(?![\d/]|[.,]\d)"
    # "06/12/34/56/78": slashes used throughout as separators
    r"|(?<![\w/+])0[1-9](?:/\d{2}){4}(?![\d/])"
)
PHONE_US_RE = re.compile(
    r"(?<![\w\-/.])(?:\+?1[\s.\-]?)?(?:\(\d{3}\)[\s.\-]?|\d{3}(?:[\s.\-/]{1,2}))"
    r"\d{3}[\s.\-/]{1,2}\d{4}(?!\d)(?:\s?(?:x|ext\.?|poste)\s?\d{1,5}\b)?"
)
# International numbers other than French/NANP ones: +CC then 6-12 digits in small groups.
# NANP numbers with a dropped first separator, "202232-4455", "410555-9876".
PHONE_US_GLUED_RE = re.compile(r"(?<![\w\-/.])\d{6}[.\-]\d{4}(?![\w\-/]|[.,]\d)")
PHONE_INTL_RE = re.compile(
    r"(?<![\w+])\+(?!33|1\b)\d{2,3}(?:[\s.\-]\d{1,4}){3,6}(?!\d)"
    r"|(?<![\w+])\+(?!33|1\b)\d{2,3}[\s.\-]?\d{2,5}[\s.\-]\d{5,7}(?![\d\-/])"
)
# British numbers in their usual groupings: "0161 496 0732", "020 7946 0958", "07700 900123",
# "+44 (0)20 7946 0958"; other digit groupings (clock times "0600 0800") do not match.
PHONE_UK_RE = re.compile(
    r"(?<![\w+/.\-])(?:(?:\+|00)44\s?(?:\(0\)\s?)?|0)"
    r"(?:[1-9]\d{2}[ \-]\d{3}[ \-]\d{4}|[1-9]\d[ \-]\d{4}[ \-]\d{4}|[1-9]\d{3}[ \-]\d{6}"
    r"|[1-9]\d{3}[ \-]\d{3}[ \-]\d{3})(?![\d\-/]|[.,]\d)"
)
# Short numbers only count as phones with an explicit keyword (pager, extension, "tel").
PHONE_KEYWORD_RE = re.compile(
    r"\b(?:t[ée]l(?:[ée]phone)?|phone|ph|cell(?:ular)?|portable|mobile|fax|t[ée]l[ée]copie|home"
    r"|work|pager|pgr|pg|page|paged|beeper|bip|bipper|bleep|poste|ext|extn|extension|DECT|standard"
    r"|joignable au|reached at|call(?:ed)? at|number)\b"
    r"\.?\s*(?:#|:|n°|no\.?|number|nr\.?)?\s*[:#-]?\s*"
    r"(\(?\d{2,10}\)?(?:[\s.\-/]{1,2}\d{2,7}){0,3})(?!\d)",
    re.IGNORECASE,
)

# Pagers and internal extensions are often three digits: "bip 312", "poste 234", "ext 415".
_EXTENSION_KW_RE = re.compile(
    r"(?i)(?:pager|pgr|beeper|bip|bipper|bleep|poste|ext|extn|extension|DECT)\b"
)


def _phone_edges(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen a phone span over the punctuation that belongs to the number as written.

    A number alone in brackets is redacted with them ("called (201-223-4567) and" reads
    "called [TÉL] and"), and a full stop glued to a number that ends the line goes with it,
    as a word-level annotator marks the token "9876.".
    """
    if s > 0 and e < len(text) and text[s - 1] == "(" and text[e] == ")":
        return s - 1, e + 1
    if e + 1 < len(text) and text[e] == "." and text[e + 1] in "\r\n":
        return s, e + 1
    return s, e


def find_phones(text: str) -> list[Cand]:
    found: list[tuple[int, int, float, int]] = []
    for m in PHONE_FR_RE.finditer(text):
        found.append((m.start(), m.end(), 0.97, P_PHONE))
    for m in PHONE_US_RE.finditer(text):
        found.append((m.start(), m.end(), 0.9, P_PHONE))
    for m in PHONE_US_GLUED_RE.finditer(text):
        found.append((m.start(), m.end(), 0.75, P_PHONE - 2))
    for m in PHONE_INTL_RE.finditer(text):
        if 8 <= sum(ch.isdigit() for ch in m.group()) <= 15:
            found.append((m.start(), m.end(), 0.85, P_PHONE))
    for m in PHONE_UK_RE.finditer(text):
        found.append((m.start(), m.end(), 0.85, P_PHONE))
    for m in PHONE_KEYWORD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))
        if (
            len(digits) == 4
            and re.match(r"(?i)call|reach|home|work|page", m.group())
            and int(digits[:2]) <= 23
            and int(digits[2:]) <= 59
        ):
            continue  # "called at 0230", "home 1800": a clock time
        if len(digits) >= 4 or (len(digits) == 3 and _EXTENSION_KW_RE.match(m.group())):
            found.append((m.start(1), m.end(1), 0.8, P_PHONE - 1))
    return [(*_phone_edges(text, s, e), Label.PHONE, conf, prio) for s, e, conf, prio in found]


# --------------------------------------------------------------------------- French numbers

_SEP = r"[ .\-]?"
NIR_RE = re.compile(
    rf"(?<![\w.])([12]){_SEP}(\d{{2}}){_SEP}(\d{{2}}){_SEP}(\d{{2}}|2[AaBb]){_SEP}(\d{{3}}){_SEP}"
    rf"(\d{{3}})(?:{_SEP}(\d{{2}}))?(?![\w])"
)
# The key written apart from the 13-character body: "… 456 - 46", "… 456 (clé 46)", "… 456/46".
NIR_KEY_APART_RE = re.compile(
    r"\s*(?:[-–/]|\(\s*(?:cl[ée]|key)?\s*:?|cl[ée]\s*:?)\s*(\d{2})\)?(?!\d)"
)
NIR_CONTEXT_RE = re.compile(
    r"(?:NIR|INS|NSS|n°\s*(?:de\s+)?s[ée]cu|s[ée]curit[ée] sociale|carte vitale|N° SS|\bSS\b)",
    re.IGNORECASE,
)

KEYED_ID_RE = re.compile(
    r"(?P<kw>\bRPPS|\bADELI|\bFINESS(?:\s+(?:g[ée]ographique|juridique|ET|EJ|[ée]tablissement))?"
    r"|\bSIRET|\bSIREN|\bs[ée]jour(?=\s*(?:n[°º]|:|#)?\s*\d{6})"
    r"|\bIPP|\bNIP|\bNDA|\bNDS|\bMRN|\bINS(?:-?NIR)?\b|\bN[°º]\s*(?:de\s+|d['’])?(?:dossier|s[ée]jour|patient"
    r"|admission|venue|examen|IPP|NDA|ordonnance|hospitalisation|identifiant)"
    r"|\bnum[ée]ro\s+(?:de\s+|d['’])?(?:dossier|s[ée]jour|patient|venue|hospitalisation|IPP"
    r"|ordonnance|examen|admission)"
    r"|\bdossier(?:\s+m[ée]dical)?\s*(?:n[°º]|no\.?|num[ée]ro|#|:)?"
    r"|\bNIR|\bNSS|\bSSN|\bsocial\s+security(?:\s+(?:number|no\.?|#))?"
    r"|\bidentifiant(?:\s+patient)?|\bID\s*patient|\bpatient\s*(?:ID|number|no\.?|#|n[°º])"
    r"|\bmedical\s+record(?:\s+(?:number|no\.?|#))?|\brecord\s*(?:number|no\.?|#)"
    r"|\bhospital\s+(?:number|no\.?|#)|\bunit\s+(?:number|no\.?)|\bchart\s*(?:#|no\.?|number)"
    r"|\bNHS\s*(?:number|no\.?)?|\baccount\s*(?:number|no\.?|#)?|\bacct\.?\s*#?"
    r"|\bencounter\s*(?:number|no\.?|#|ID)|\baccession\s*(?:number|no\.?|#)"
    r"|\bn[°º]\s*d['’]examen|\bn[°º]\s*(?:de\s+)?(?:lot)"
    r"|\bn[°º]\s*de\s+s[ée]rie|\bnum[ée]ro\s+de\s+s[ée]rie|\bserial\s*(?:number|no\.?|#)?|\bS/N|\bSN\b"
    r"|\bUDI|\bIMEI|\blot\s*(?:n[°º]|no\.?|number|#)?"
    r"|\bn[°º]\s*(?:d['’])?adh[ée]rent|\badh[ée]rent|\bcontrat\s*(?:n[°º]|no\.?)"
    r"|\bpermis(?:\s+de\s+conduire)?\s*(?:n[°º])?|\blicen[cs]e\s*(?:number|no\.?|#)?"
    r"|\bpasse?port\s*(?:n[°º]|number|no\.?)?|\bimmatriculation|\bpolicy\s*(?:number|no\.?|#)"
    r"|\binsurance\s*(?:number|no\.?|ID|#)|\bmember\s*(?:ID|number|no\.?))"
    # "FINESS de l'établissement : ...", "RPPS du prescripteur", "IPP du patient"
    r"(?P<sep>(?:\s+(?:de\s+l['’]\s*|du\s+|de\s+la\s+|of\s+(?:the\s+)?)(?:[ée]tablissement"
    r"|structure|site|cabinet|centre|clinique|h[ôo]pital|laboratoire|patiente?|praticien"
    r"|m[ée]decin|prescripteur|service|facility|hospital|practice|patient))?"
    r"\s*(?:n[°º]|no\.?|number|#|:|=|-)?\s*(?:n[°º]|no\.?|#|:)?\s*)"
    r"(?P<val>[A-Z0-9](?:[A-Za-z0-9]|[\-/.](?=[A-Za-z0-9])){2,30})",
    re.IGNORECASE,
)


def _keyed_label(keyword: str) -> Label:
    kw = keyword.upper()
    if kw.startswith("RPPS"):
        return Label.RPPS
    if kw.startswith("ADELI"):
        return Label.ADELI
    if kw.startswith(("FINESS", "SIRET", "SIREN")):
        return Label.FINESS
    if kw.startswith(("INS", "NIR", "NSS")) and not kw.startswith("INSURANCE"):
        return Label.NIR
    if kw.startswith(("SSN", "SOCIAL")):
        return Label.OTHER_ID
    if (
        any(k in kw for k in ("SÉRIE", "SERIE", "SERIAL", "S/N", "UDI", "IMEI", "LOT"))
        or kw == "SN"
    ):
        return Label.DEVICE_ID
    if any(
        k in kw
        for k in (
            "ADH",
            "CONTRAT",
            "PERMIS",
            "LICEN",
            "PASS",
            "IMMAT",
            "POLICY",
            "INSURANCE",
            "MEMBER",
        )
    ):
        return Label.OTHER_ID
    return Label.RECORD_ID


# US social security number shape, 123-45-6789.
SSN_RE = re.compile(r"(?<![\w\-/.])\d{3}-\d{2}-\d{4}(?![\w\-/]|[.,]\d)")
_BARE_DIGITS_RE = re.compile(r"(?<![\w.,/])(\d{7,20})(?![\w.,/]|[.,]\d)")
_UNIT_AFTER_RE = re.compile(r"\s?(?:UI|U|IU|mg|g|µg|mcg|ml|mL|/|cellules|copies|cp)\b")


def find_numbers(text: str) -> list[Cand]:
    """NIR (key-validated), keyword-introduced identifiers and long bare digit runs."""
    out: list[Cand] = []
    for m in NIR_RE.finditer(text):
        body = "".join(m.group(i) for i in range(1, 7)).upper()
        key = m.group(7)
        month = int(m.group(3))
        if key is not None:
            valid = nir_key(body) == int(key)
            # A valid key is near-certain; a 15-character NIR shape with a wrong key is still
            # most likely a (mistyped) NIR: flag it with a lower confidence.
            out.append((m.start(), m.end(), Label.NIR, 0.99 if valid else 0.6, P_NIR))
        else:
            k = NIR_KEY_APART_RE.match(text, m.end())
            if k and nir_key(body) == int(k.group(1)):
                out.append((m.start(), k.end(), Label.NIR, 0.99, P_NIR))
                continue
            ctx = text[max(0, m.start() - 40) : m.start()]
            if NIR_CONTEXT_RE.search(ctx) or 1 <= month <= 12:
                out.append((m.start(), m.end(), Label.NIR, 0.5, P_NIR - 10))
    for m in KEYED_ID_RE.finditer(text):
        val = m.group("val").rstrip(" .-/")
        if not any(ch.isdigit() for ch in val):
            continue
        # Values must look like codes, not like a dose ("lot 2 cp") or a date.
        if len(re.sub(r"\W", "", val)) < 4:
            continue
        label = _keyed_label(m.group("kw"))
        start = m.start("val")
        out.append((start, start + len(val), label, 0.95, P_KEYED_ID))
    for m in SSN_RE.finditer(text):
        out.append((m.start(), m.end(), Label.OTHER_ID, 0.7, P_BARE_NUMBER + 10))
    for m in _BARE_DIGITS_RE.finditer(text):
        digits = m.group(1)
        if _UNIT_AFTER_RE.match(text, m.end()):
            continue
        if len(digits) == 11 and digits.startswith("10") and luhn_is_valid(digits):
            out.append((m.start(), m.end(), Label.RPPS, 0.85, P_BARE_NUMBER + 5))
        elif len(digits) in (13, 15) and digits[0] in "12":
            continue  # NIR_RE already judged it
        elif len(digits) == 4 or (len(digits) < 7):
            continue
        else:
            out.append((m.start(), m.end(), Label.OTHER_ID, 0.6, P_BARE_NUMBER))
    return out


# --------------------------------------------------------------------------- dates

MONTHS_FR = (
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
    r"|d[ée]cembre|janv\.?|f[ée]vr?\.?|avr\.?|juil\.?|sept\.?|oct\.?|nov\.?|d[ée]c\.?"
)
MONTHS_EN_FULL = (
    r"january|february|march|april|june|july|august|september|october|november|december"
)
MONTHS_EN_ABBR = r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
WEEKDAYS = (
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
)
_DAY = r"(?:1er|1re|premier|[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d{2}|20\d{2})"
_YEAR_ANY = rf"(?:{_YEAR}|'?\d{{2}}(?!\d))"

# "le 3 mars 2024", "lundi 3 juin", "3 mars", "14 juillet 1951", "3 March 2024", "28 Oct, 88"
_MON = rf"(?P<mon>{MONTHS_FR}|{MONTHS_EN_FULL}|may|(?:{MONTHS_EN_ABBR})\.?)"
DATE_DAY_MONTH_RE = re.compile(
    rf"(?<![\w/])(?:(?:{WEEKDAYS})\.?,?\s+(?:the\s+)?)?{_DAY}(?:\s+of)?\s+{_MON}(?![\w])"
    rf"(?P<y>,?\s+{_YEAR_ANY})?",
    re.IGNORECASE,
)
# "March 3, 2024", "Oct 20th", "may 16, 2015"
DATE_MONTH_DAY_RE = re.compile(
    rf"(?<![\w/])(?:(?:{WEEKDAYS})\.?,?\s+)?{_MON}\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?"
    rf"(?![\d:/.]\d|\s?(?:mg|ml|h|min|%|am|pm|cm|mm|kg|x)\b)(?![\w])(?P<y>,?\s+{_YEAR_ANY})?",
    re.IGNORECASE,
)
# "mars 2024", "March of 2022", "nov. 2016"
DATE_MONTH_YEAR_RE = re.compile(
    rf"(?<![\w]){_MON}(?:\s+of)?,?\s+(?P<y>{_YEAR})(?![\w])",
    re.IGNORECASE,
)
# A month alone is a date element when introduced as a time: "en mars", "in March", "since May".
DATE_MONTH_ALONE_RE = re.compile(
    r"(?<![\w])(?:en|depuis|d[ée]but|fin|mi-|courant|in|since|during|early|late|mid-?|until)\s+"
    r"(?P<m>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
    r"|d[ée]cembre|January|February|March|April|June|July|August|September|October|November"
    r"|December)(?![\w])",
    re.IGNORECASE,
)
# Lower-case abbreviations ("dec", "mar", "sept") and the modal "may" are everyday words in
# notes: without a year they only count when capitalised.
# ... unless a time preposition introduces them: "last used in may 15", "seen on dec 3".
_MONTH_PREPOSITION_RE = re.compile(
    r"\b(?:in|on|since|until|till|by|from|before|after|through|thru)\s+$", re.IGNORECASE
)
_AMBIGUOUS_MONTHS = frozenset(
    {"dec", "mar", "sept", "sep", "aug", "may", "jan", "oct", "nov", "feb", "apr", "jun", "jul"}
)
# Numeric dates: 03/03/2024, 3.3.24, 2024-03-03, 03-03-2024, 03/2024, 8/23, 03/03
DATE_DMY_RE = re.compile(
    r"(?<![\w/.,:\-])([0-3]?\d)([/.\-])([0-3]?\d)\2((?:19|20)\d{2}|\d{2})(?![\w/%]|[.,:]\d|-\d)"
)
# A date with a four-digit year is unambiguous enough to be taken when glued to a word or a
# colon ("CR du12/03/2024", "DDN:12/03/1950", "12/03/2024à"), spaced ("12 / 03 / 2024"), or
# joined to a time or to a second date ("12/03/2024-14h", "12/03/2024-15/03/2024").
DATE_DMY4_RE = re.compile(
    r"(?:(?<=(?:19|20)\d{2}-)|(?<![\d/.,])(?<!\d[:\-]))"
    r"([0-3]?\d)\s?([/.\-])\s?([0-3]?\d)\s?\2\s?((?:19|20)\d{2})(?![\d/%]|[.,]\d)"
)
# "le 12 03 2024", "DDN 04 07 1951": day, month and year separated by single spaces.
DATE_DMY_SPACED_RE = re.compile(
    r"(?<![\w/.,:\-])([0-3]\d) ([01]\d) ((?:19|20)\d{2})(?![\w/%]|[.,:]\d| \d)"
)
DATE_ISO_RE = re.compile(
    r"(?<![\w/.\-])((?:19|20)\d{2})([/.\-])([01]?\d)\2([0-3]?\d)(?![\w/]|[.,]\d)"
    r"|(?<![\w/.\-])((?:19|20)\d{2})(-)([01]?\d)-([0-3]?\d)(?=T\d)"
)
DATE_MY_RE = re.compile(r"(?<![\w/.,\-])(0?[1-9]|1[0-2])[/.](19\d{2}|20\d{2})(?![\w/%]|[.,]\d)")
# A dot before the date is a sentence end ("transferred to X.8/31") unless it is a decimal.
DATE_DM_RE = re.compile(
    r"(?<![\w/,:+×*])(?<![\d.xX×]\.)(?<!\d-)([0-3]?\d)/([0-3]?\d)(?![\w/%]|[.,:]\d)"
)
# "du 12 au 15 mars", "from 3 to 5 June": the first day of a written range.
DATE_RANGE_START_RE = re.compile(
    rf"(?<![\w/])(?:du|from|between|entre le)\s+(?P<d>{_DAY})\s+(?:au|to|and|et|-)\s+"
    rf"(?={_DAY}\s+(?:{MONTHS_FR}|{MONTHS_EN_FULL}|may|(?:{MONTHS_EN_ABBR})\.?)(?![\w]))",
    re.IGNORECASE,
)
# "nuit du 21 au 22/09": a French range ending on a numeric day/month (not "du 3 au 5/10 mg").
DATE_RANGE_START_DM_RE = re.compile(
    r"(?<![\w/])(?i:du)\s+(?P<d>1er|[0-3]?\d)\s+au\s+(?=[0-3]?\d/(?:0?[1-9]|1[0-2])(?![\d/.,]\d|\d)"
    r"(?!\s?(?:mg|g|ml|mL|L|l|cc|kg|%|µg|mcg|UI|U|mmHg|h|min|cp|gouttes)\b))"
)
# "le 3, la patiente...", "transfusée le 7.", "du 15 au 30 août": a day of the current month
# written alone after a French date article, closing its phrase or opening a range.
DATE_DAY_ALONE_FR_RE = re.compile(
    r"(?<![\w'’])(?:[Ll]e|[Dd]u|jusqu['’]au)\s+(?P<d>1er|[0-3]?\d)"
    r"(?=\s*(?:[,;)]|\.(?!\d)|$)|\s+au\s+(?:1er|[0-3]?\d)\b(?!\s*(?:[a-zA-Zµ%/]|\d))"
    r"|\s+[àa]\s+[0-2]?\d\s?h)"
)
# "lundi 4", "le vendredi 19 à 9h": a French weekday and a day of the month, no month.
DATE_WEEKDAY_DAY_FR_RE = re.compile(
    r"(?<![\w'’-])(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+"
    r"(?P<d>1er|[0-3]?\d)(?![\w/%°-]|[,.:]\d|\s?(?:h\b|heures?|mg|ml|kg|ans|jours?|mois|fois"
    r"|x\b|patients?|personnes?|cas\b|s[ée]ances?|consultations?|lits?))"
)
# "14-Mar-2023", "03/JAN/24", "5.févr.2024": day, month abbreviation and year joined by
# dashes, slashes or dots.
DATE_DMON_JOINED_RE = re.compile(
    rf"(?<![\w/.\-])[0-3]?\d(?P<sep>[-/.])(?:{MONTHS_EN_FULL}|{MONTHS_EN_ABBR}|may|janv|f[ée]vr?"
    rf"|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c|{MONTHS_FR})\.?(?P=sep)(?:{_YEAR}|\d{{2}})"
    r"(?![\w/]|[.,]\d)",
    re.IGNORECASE,
)
# "6/30-7/2", "10/15-10/16": a range of two day/month dates.
DATE_DM_RANGE_RE = re.compile(
    r"(?<![\w/.,:+×*\-])([0-3]?\d)/([0-3]?\d)\s?-\s?([0-3]?\d)/([0-3]?\d)(?![\w/%]|[.,:]\d)"
)
# "Monday 4/5", "on Tue 12/3": a weekday vouches for a day/month that could be a ratio.
DATE_WEEKDAY_DM_RE = re.compile(
    r"(?<![\w-])(?i:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?i:day)?\.?,?\s+(?i:the\s+)?"
    r"(?P<d>(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)(?:/(?:\d{4}|\d{2}))?)(?![\w/%]|[.,:]\d)"
)
# "on the 23rd", "by the 3rd.": an ordinal day with no month, closing its phrase.
DATE_ORDINAL_RE = re.compile(
    r"(?<![\w-])(?i:on|by|until|till|since|from|before|after|of|through|thru|to)\s+(?i:the)\s+"
    r"(?P<d>(?P<n>[0-3]?\d)(?i:st|nd|rd|th))(?![\w-])(?=\s*(?:[.,;:)!?\n]|$|(?i:and|or|to"
    r"|at|when|if|for|-)\b))"
)
# "fx4/97", "cabg12/98": a month/two-digit year glued to a lower-case abbreviation.
DATE_GLUED_MYY_RE = re.compile(
    r"(?<=[a-z]{2})(?P<d>(?:0?[1-9]|1[0-2]))/([3-9]\d)(?![\w/%]|[.,:]\d)"
)
# Month and two-digit year, "CABG 1/78", "OVARIAN CA (12/93)": the year part cannot be a day.
DATE_MYY_RE = re.compile(r"(?<![\w/.,:+×*])(?<!\d-)(0?[1-9]|1[0-2])/([3-9]\d)(?![\w/%]|[.,:]\d)")
DATE_DM_DOT_RE = re.compile(r"(?<![\w/.,:\-])([0-3]?\d)\.([01]\d)(?![\w/%]|[.,:]\d)")
# Clinical ratios and scales that look like d/m: never dates after these words.
_RATIO_CONTEXT_RE = re.compile(
    r"(?:\b(?:TA|PA|BP|SBP|DBP|PAS|PAD|MAP|PAM|tension|pression|CPAP|PEEP|PS|AI|AC|SIMV|VS|EVA|EN"
    r"|ENS|EVS|score|scores|force|strength|motor|MRC|Glasgow|GCS|MMS|MMSE|MoCA|ratio|rapport|visuelle?"
    r"|grade|stade|Apgar|dilution|vision|acuit[ée]|visual|acuity|pain|douleur|IE|I:E|FiO2|x|X"
    r"|fois|dose|doses|bolus|PaO2|pCO2|ABG|vent|ventilator|settings|gaz|cotation|classe|class"
    r"|NYHA|TIMI|Killip|bilan|rate|débit|entre|between|Gleason|PSV|support|IMV|PC|VC|AC"
    r"|Entresto|mg|G\d|P\d|MGUS|ASIA|Ashworth|Borg|Lown|Rankin|Mallampati|ASA|IMC|bipap"
    r"|flow-?by|tolerat\w*|perrla|pupils?|settings?|pressure|aide|PSV|VNI|AI|PEP|OHD|PPC)"
    r"\W{0,3}(?:(?:of|to|on|at|de|à|a|en|sur)\W{1,3})?$)|%\W{0,4}(?:&\s*)?$"
    r"|\b(?:wean\w*(?: down| back)?|chang\w*|increas\w*|decreas\w*|augment\w*|diminu\w*|pass\w*"
    r"|titrat\w*|set)\s+(?:to|à|a)\W{0,3}$|\btrial\w*\s+on\W{0,3}$"
    r"|\d/\d+\s*$|(?:[4-9]\d|\d{3})/\d+\s*(?:to|->|-|à|a|vs\.?)\s*$|\b(?:cx|cultures?|bottles?|flacons?)\W{0,3}$",
    re.IGNORECASE,
)


_DATE_CUE_RE = re.compile(
    r"\b(?:on|le|du|au|since|depuis|from|until|jusqu'au|of|dated?|dat[ée]e?|d/c|dc|due|vu|seen"
    r"|admis|admitted|entr[ée]e?|sortie?|revu|rdv|j|jour|day|at|expired|died|d[ée]c[ée]d[ée]e?)"
    r"\W{0,3}$",
    re.IGNORECASE,
)
# "At PMD 8/5", "at clinic on 10/5": a visit somewhere, then the day it happened.
_VISIT_CUE_RE = re.compile(
    r"\b(?:at|seen at|seen in|vu[e]? (?:à|a|en))\s+(?:the\s+)?(?:PMD|PCP|MD|GP|OSH|clinic|office"
    r"|rehab|ED|ER|ambulatory|follow-?up|f/u|consultation|consult|cabinet|urgences|HDJ)\.?\s+$",
    re.IGNORECASE,
)
_PAIN_RE = re.compile(
    r"\b(?:pain|cp|douleurs?|EVA|ENS|EN|rating|rated|rates|score|discomfort|headache|c[ée]phal[ée]es?"
    r"|HA|intensit[ée])\b",
    re.IGNORECASE,
)


_MURMUR_RE = re.compile(
    r"\b(?:souffle|murmurs?|systoli\w*|diastoli\w*|holosystoli\w*|SEM|rub|frottement|galop)\b",
    re.IGNORECASE,
)


# Words that announce a date: they let "né le 4.7.51" pass where "3.5.12" alone would not.
_DMY_CUE_RE = re.compile(
    r"(?:\b(?:le|du|au|depuis|n[ée]\(?e?\)?\s+le|DDN|DOB|born|on|dated?|dat[ée]e?|admitted"
    r"|admis|entr[ée]e?|sortie?|seen|vu|since|date|naissance)|\bn[ée]\(e\)\s+le)\s*:?\s*$",
    re.IGNORECASE,
)


def _valid_dm(a: int, b: int) -> bool:
    """Day/month in either order (FR d/m, US m/d)."""
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def find_dates(text: str) -> list[Cand]:
    out: list[Cand] = []
    for rx in (DATE_DAY_MONTH_RE, DATE_MONTH_DAY_RE, DATE_MONTH_YEAR_RE):
        for m in rx.finditer(text):
            mon = m.group("mon").rstrip(".")
            if (
                mon.lower() in _AMBIGUOUS_MONTHS
                and not m.group("y")
                and (mon.islower() or mon.lower() == "may")
                and not _MONTH_PREPOSITION_RE.search(text, max(0, m.start() - 8), m.start())
            ):
                continue
            out.append((m.start(), m.end(), Label.DATE, 0.9, P_DATE))
    for m in DATE_MONTH_ALONE_RE.finditer(text):
        out.append((m.start("m"), m.end("m"), Label.DATE, 0.75, P_DATE - 2))
    for m in DATE_DMY_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if not _valid_dm(a, b):
            continue
        # "3.5.12" is more likely a version or a lab triple than a date: need a 4-digit year
        # or the zero-padded "03.05.12" shape.
        if (
            m.group(2) == "."
            and len(m.group(4)) == 2
            and len(m.group(1)) < 2
            and not _DMY_CUE_RE.search(text, max(0, m.start() - 16), m.start())
        ):
            continue
        if len(m.group(4)) == 2 and _RATIO_CONTEXT_RE.search(
            text, max(0, m.start() - 24), m.start()
        ):
            continue
        out.append((m.start(), m.end(), Label.DATE, 0.95, P_DATE))
    for m in DATE_ISO_RE.finditer(text):
        mo, d = (m.group(3), m.group(4)) if m.group(3) else (m.group(7), m.group(8))
        if 1 <= int(mo) <= 12 and 1 <= int(d) <= 31:
            out.append((m.start(), m.end(), Label.DATE, 0.97, P_DATE))
    for m in DATE_DMY4_RE.finditer(text):
        if _valid_dm(int(m.group(1)), int(m.group(3))):
            out.append((m.start(), m.end(), Label.DATE, 0.95, P_DATE))
    for m in DATE_DMY_SPACED_RE.finditer(text):
        if 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            out.append((m.start(), m.end(), Label.DATE, 0.8, P_DATE - 1))
    for m in DATE_MY_RE.finditer(text):
        before = text[max(0, m.start() - 24) : m.start()]
        # "EN" is also the numeric pain scale, but "vu en 03/2024" is a month and a year.
        if _RATIO_CONTEXT_RE.search(before) and not re.search(
            r"\b(?:en|in|since|depuis)\s+$", before, re.IGNORECASE
        ):
            continue
        out.append((m.start(), m.end(), Label.DATE, 0.8, P_DATE - 1))
    for m in DATE_DM_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if not _valid_dm(a, b) or a == 0 or b == 0:
            continue
        if (a, b) in {(1, 2), (1, 3), (1, 4), (2, 3), (3, 4), (1, 8), (1, 10)} and not (
            _DATE_CUE_RE.search(text, max(0, m.start() - 12), m.start())
            and (m.group(1).startswith("0") or re.match(r"\s*(?:[.,;)]|$)", text[m.end() :]))
        ):
            # fractions: "1/2 NS", "3/4 of the dose", "on 1/2 dose" (but "du 03/04" and
            # "transferred on 2/3." are dates)
            continue
        if _RATIO_CONTEXT_RE.search(text, max(0, m.start() - 24), m.start()):
            continue
        tail = text[m.end() : m.end() + 8]
        if re.match(
            r"\s?(?:mg|mcg|µg|g|ml|mL|mmHg|cm|mm|UI|U|%|ème|e\b|j\b|h\b|min|sem|SA"
            r"|bottles?|flacons?|h[ée]mocultures?|sets?|BC|positive|pos|bl|cx|blood|liters?"
            r"|litres?|L|cp|pain|douleur)\b",
            tail,
        ):
            continue
        vent_like = (b == 5 and a in (5, 8, 10, 12, 14, 15, 16, 18, 20)) or (a == b and a <= 5)
        if (
            vent_like
            and not _DATE_CUE_RE.search(text, max(0, m.start() - 12), m.start())
            and not _VISIT_CUE_RE.search(text, max(0, m.start() - 24), m.start())
        ):
            continue  # "5/5", "10/5", "4/4": ventilator settings, strength, bottles
        if b == 6 and a <= 6 and _MURMUR_RE.search(text, max(0, m.start() - 30), m.end() + 30):
            continue  # "souffle systolique 3/6", "2/6 SEM": a murmur grade
        if b == 10 and _PAIN_RE.search(text, max(0, m.start() - 30), min(len(text), m.end() + 20)):
            continue  # "pain 5/10", "EVA 6/10": a score, not the 5th of October
        out.append((m.start(), m.end(), Label.DATE, 0.8, P_DATE - 1))
    for m in DATE_DM_RANGE_RE.finditer(text):
        a, b, c, d = (int(m.group(x)) for x in range(1, 5))
        if (
            _valid_dm(a, b)
            and _valid_dm(c, d)
            and 0 not in (a, b, c, d)
            and not _RATIO_CONTEXT_RE.search(text, max(0, m.start() - 24), m.start())
        ):
            out.append((m.start(), m.end(), Label.DATE, 0.85, P_DATE))
    for m in DATE_DAY_ALONE_FR_RE.finditer(text):
        d = m.group("d")
        if d == "1er" or 1 <= int(d) <= 31:
            out.append((m.start("d"), m.end("d"), Label.DATE, 0.6, P_DATE - 3))
    for m in DATE_WEEKDAY_DAY_FR_RE.finditer(text):
        d = m.group("d")
        if d == "1er" or 1 <= int(d) <= 31:
            out.append((m.start(), m.end(), Label.DATE, 0.8, P_DATE - 1))
    for m in DATE_DMON_JOINED_RE.finditer(text):
        out.append((m.start(), m.end(), Label.DATE, 0.9, P_DATE))
    for m in DATE_WEEKDAY_DM_RE.finditer(text):
        if _valid_dm(int(m.group("a")), int(m.group("b"))):
            out.append((m.start("d"), m.end("d"), Label.DATE, 0.9, P_DATE))
    for m in DATE_ORDINAL_RE.finditer(text):
        if 1 <= int(m.group("n")) <= 31:
            out.append((m.start("d"), m.end("d"), Label.DATE, 0.75, P_DATE - 2))
    for m in DATE_GLUED_MYY_RE.finditer(text):
        out.append((m.start("d"), m.end(), Label.DATE, 0.6, P_DATE - 3))
    for rx in (DATE_RANGE_START_RE, DATE_RANGE_START_DM_RE):
        for m in rx.finditer(text):
            out.append((m.start("d"), m.end("d"), Label.DATE, 0.85, P_DATE))
    for m in DATE_MYY_RE.finditer(text):
        if not _RATIO_CONTEXT_RE.search(text, max(0, m.start() - 24), m.start()):
            out.append((m.start(), m.end(), Label.DATE, 0.7, P_DATE - 2))
    for m in DATE_DM_DOT_RE.finditer(text):
        # "le 14.07" only with a French date cue just before (dots are decimals otherwise).
        a, b = int(m.group(1)), int(m.group(2))
        if (
            1 <= a <= 31
            and 1 <= b <= 12
            and re.search(
                r"\b(?:le|du|au|depuis)\s*$", text[max(0, m.start() - 8) : m.start()], re.IGNORECASE
            )
        ):
            out.append((m.start(), m.end(), Label.DATE, 0.7, P_DATE - 2))
    for m in DATE_DASH_DM_RE.finditer(text):
        a, b = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m[3]), int(m[4]))
        if _valid_dm(a, b) and not _RATIO_CONTEXT_RE.search(
            text, max(0, m.start() - 24), m.start()
        ):
            out.append((m.start(), m.end(), Label.DATE, 0.7, P_DATE - 2))
    return out + find_more_dates(text)


# --------------------------------------------------------------------------- years of events
# A year alone may stay under Safe Harbor, but the year a patient had a given operation or
# diagnosis, combined with the age and the disease, narrows them down: years that date the
# patient's own history are flagged (the gate suggests the decade instead). Years that date
# references (guidelines, studies, classifications) and clock times ("at 2000") are not.
_THIS_YEAR = date.today().year
# "'79", "CABGx4 '79", "CA'88": an apostrophe and two digits is a year in clinical shorthand.
YEAR_APOSTROPHE_RE = re.compile(
    r"(?:(?<=[\s(,;:/])|(?<=^)|(?<=[A-Za-z]))['’](?P<y>\d{2})(?![\w'’%°]|[.,]\d)"
    r"(?!\s?(?:mg|mcg|g|ml|cc|kg|cm|mm|min|h|hrs?|units?|U|UI|%)\b)"
)
YEAR_RE = re.compile(
    r"(?<![\w/.,:\-–'’#°+])(?P<y>(?:19|20)\d{2})(?![\w/%°'’]|[.,:]\d|\s?-\s?\d)"
    r"(?!\s?(?:h\b|hrs?\b|hours?\b|heures?\b|cc\b|ml\b|mL\b|mg\b|g\b|kg\b|kcal\b|U\b|UI\b"
    r"|units?\b|IU\b|m\b|km\b|steps?\b|pas\b|patients?\b|cases?\b|cas\b|>|to \d|[àa] \d))"
)
# Words that date an event of the patient's just before the year: "en", "since", "opérée en",
# "s/p resection", "CVA", "(1985)".
_YEAR_CUE_RE = re.compile(
    r"(?:\b(?:in|en|since|depuis|d[èe]s|jusqu'en|year|years|ann[ée]e|its|it's|it is|c'est"
    r"|nous sommes|fin|d[ée]but|mi-|courant|printemps|[ée]t[ée]|automne|hiver|spring|summer"
    r"|fall|autumn|winter|circa|back in|around|vers|of|connue?s?|known)\s+$"
    r"|\(\s*$)",
    re.IGNORECASE,
)
_EVENT_WORDS = (
    r"MI|AMI|IMI|NQWMI|STEMI|NSTEMI|CABG\w*|PTCA|PCI|stents?|stented|CVA|TIA|AVC|AIT|IDM|SCA"
    r"|AVR|MVR|TAVI|TAVR|pontage|angioplastie|ablation|resection|r[ée]section|\w+ectom(?:y|ie)"
    r"|\w+otom(?:y|ie)|\w+plast(?:y|ie)|\w+scop(?:y|ie)|TURP|RTUP|THR|TKR|PTH|PTG|PTE"
    r"|arthroplast\w*|amputation|surgery|chirurgie|op[ée]ration|op[ée]r[ée]e?s?|transplant\w*"
    r"|greffe|graft|bypass|repair|replacement|remplacement|pacemaker|PPM|DAI|fracture|fx|DVT|TVP"
    r"|PE|EP|embolie|hospitali[sz]\w*|admission|admitted|ca|cancer|carcinom\w*|lymphom\w*|chemo\w*"
    r"|chimioth[ée]rapie|radioth[ée]rapie|XRT|RT|biops\w*|accouchement|c[ée]sarienne|c-section"
    r"|delivery|stroke|infarctus|dx|diagnosed|diagnostiqu[ée]e?|d[ée]couvert\w*|trait[ée]e?s?"
    r"|treated|sevr[ée]e?|quit|stopped|arr[êe]t[ée]e?"
)
_EVENT_BEFORE_RE = re.compile(rf"\b(?:{_EVENT_WORDS})(?:\s*x\s?\d)?[\s,]+(?:in\s+|en\s+)?$", re.I)
# References and official texts carry years that date a publication, not a patient.
_YEAR_REFERENCE_RE = re.compile(
    r"\b(?:et al|al\.|guidelines?|recommandations?|recommendations?|HAS|ESC|ESH|EASD|ADA|AHA|ACC"
    r"|NICE|OMS|WHO|KDIGO|GOLD|SFAR|SPLF|SFC|SFD|EULAR|ACR|IDSA|crit[èe]res?|criteria"
    r"|classification|version|publi\w*|study|[ée]tude|trial|essai|revue|review|journal|Lancet"
    r"|NEJM|JAMA|BMJ|consensus|conf[ée]rence|loi|law|d[ée]cret|arr[êe]t[ée]|circulaire|DSM|CIM"
    r"|update|mise à jour|edition|[ée]dition|r[ée]f[ée]rentiel|score|model|mod[èe]le)"
    r"\b[^.;\n]{0,25}$",
    re.IGNORECASE,
)
_YEAR_REFERENCE_AFTER_RE = re.compile(
    r"\s*\)?\s*(?:guidelines?|recommandations?|recommendations?|criteria|crit[èe]res|classification"
    r"|update|consensus|ESC|HAS|AHA|ACC|KDIGO|GOLD|version|edition|[ée]dition)\b",
    re.IGNORECASE,
)
# ICU notes write clock times as four digits: "at 2000", "@ 1930", "~2030", "1900>>0700".
_CLOCK_CUE_RE = re.compile(
    r"(?:\b(?:at|by|till|until|to|from|around|approx\w*|about|between|and|vers|[àa]|after|before"
    r"|since)\s+|[@~>]\s*|\d{4}\s*-\s*|\d[/.]\d{1,4},?\s+)$",
    re.IGNORECASE,
)


def _clock_time(y: str) -> bool:
    return int(y[:2]) <= 23 and int(y[2:]) <= 59


_EVENT_AFTER_RE = re.compile(rf"\s*(?:{_EVENT_WORDS})\b", re.IGNORECASE)
# A history written as a timeline: "- 2008 : pontage", "2015 – AVC" at the start of a line.
_TIMELINE_RE = re.compile(r"(?:^|\n)[ \t]*(?:[-•*·][ \t]*)?$")
_TIMELINE_AFTER_RE = re.compile(r"[ \t]*[:\-–][ \t]+\S")
# "en 2010 et 2013", "in 1998, 2003 and 2011": a year coordinated with one already flagged.
_COORDINATED_RE = re.compile(r"\s*(?:,|et|and|puis|then|or|ou|&)\s*", re.IGNORECASE)


def find_years(text: str) -> list[Cand]:
    out: list[Cand] = []
    for m in YEAR_APOSTROPHE_RE.finditer(text):
        # "CA'88", "CABGx4 '79", "mi in '08", "'09 PTCA": glued to a word, or next to an event
        # or a year cue; a quote such as "'10 more minutes'" is not a year.
        before = text[max(0, m.start() - 40) : m.start()]
        if (
            (m.start() > 0 and text[m.start() - 1].isalpha())
            or _EVENT_BEFORE_RE.search(before)
            or _YEAR_CUE_RE.search(before)
            or _EVENT_AFTER_RE.match(text, m.end())
        ):
            out.append((m.start(), m.end(), Label.DATE, 0.6, P_DATE - 3))
    last_end = -1
    for m in YEAR_RE.finditer(text):
        y = m.group("y")
        if int(y) > _THIS_YEAR:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if _YEAR_REFERENCE_RE.search(before) or _YEAR_REFERENCE_AFTER_RE.match(text, m.end()):
            continue
        coordinated = last_end >= 0 and _COORDINATED_RE.fullmatch(text, last_end, m.start())
        cue = _YEAR_CUE_RE.search(before) or (
            _TIMELINE_RE.search(before) and _TIMELINE_AFTER_RE.match(text, m.end())
        )
        event = _EVENT_BEFORE_RE.search(before)
        if coordinated:
            pass  # the year before it was one: "en 2010 et 2013", "in 1998, 2003 and 2011"
        elif _clock_time(y):
            # "since 2000" in an ICU note may be eight o'clock: only the year cues that a time
            # never takes count here ("en", "in", "depuis", an operation named just before).
            if _CLOCK_CUE_RE.search(before) and not re.search(
                r"\b(?:in|en|depuis|since)\s+$", before, re.I
            ):
                continue
            if not (cue or event):
                continue
        elif not (cue or event):
            continue
        out.append((m.start(), m.end(), Label.DATE, 0.6, P_DATE - 3))
        last_end = m.end()
    return out


# "BC from 3-5", "CXR of 10-2": a test, then the day it was taken, written month-day.
DATE_TEST_DASH_RE = re.compile(
    r"\b(?:BC|BCx|blood cultures?|cultures?|cx|CXR|CT|MRI|echo|labs?|ABG|EKG|ECG|films?|scan"
    r"|results?|specimens?|sputum|urine|UA|swab)\s+(?:from|of|on|dated)\s+"
    r"(?P<d>([01]?\d)-([0-3]?\d))(?![\w\-/%]|[.,]\d)(?!\s?(?:days?|d|weeks?|wks?|hours?|hrs?|h"
    r"|months?|times|x|mg|l|L|lpm|cc|ml|%)\b)",
    re.IGNORECASE,
)
# "meeting 052647": six digits read as month-day-year (or day-month-year) with nothing else
# around them; a record number is claimed first by its keyword (higher priority).
_COMPACT_CUE_RE = re.compile(
    r"\b(?:le|du|on|dated?|dat[ée]e?|DOB|DDN|n[ée]e?\s+le|born)\s*:?\s*$", re.IGNORECASE
)
DATE_COMPACT_RE = re.compile(r"(?<![\w/.,:\-#])(\d{2})(\d{2})(\d{2})(?![\w/%]|[.,:\-]\d)")


def find_more_dates(text: str) -> list[Cand]:
    out = find_years(text)
    for m in DATE_TEST_DASH_RE.finditer(text):
        if _valid_dm(int(m.group(3)), int(m.group(2))) and int(m.group(2)) <= 12:
            out.append((m.start("d"), m.end("d"), Label.DATE, 0.7, P_DATE - 2))
    for m in DATE_COMPACT_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        # A count ("plaquettes à 101000") never starts with a zero; a date needs a cue then.
        if not m.group(1).startswith("0") and not _COMPACT_CUE_RE.search(
            text, max(0, m.start() - 16), m.start()
        ):
            continue
        if (1 <= a <= 12 and 1 <= b <= 31) or (1 <= a <= 31 and 1 <= b <= 12):
            tail = text[m.end() : m.end() + 6]
            if not re.match(r"\s?(?:mg|g|ml|cc|U|UI|/|x|€|\$|%)", tail, re.I):
                out.append((m.start(), m.end(), Label.DATE, 0.5, P_BARE_NUMBER + 5))
    return out


# "le 14-07", "du 3-5": dashed day-month only after an explicit date preposition.
DATE_DASH_DM_RE = re.compile(
    r"(?<=\ble |\bdu |\bau )([0-3]?\d)-([01]?\d)(?![\w\-/]|[.,]\d)"
    # "seen on 03-12": English month-day, two digits each, nothing like a unit after
    r"|(?<=\bon )([01]\d)-([0-3]\d)(?![\w\-/]|[.,]\d)"
    r"(?!\s?(?:days?|d|weeks?|wks?|hours?|hrs?|h|months?|times|x|mg|l|L|lpm|cc|ml|%|units?)\b)",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- ages over 89

AGE_RE = re.compile(
    r"(?<![\w,.])(?P<n>9\d|1[0-2]\d)(?:\s*(?:ans|an)\b|\s*-?\s*(?:years?|yrs?|yo)(?:\s*-?\s*old)?\b"
    r"|\s*y/o\b|\s*y\.o\.?|\s*-?year-old\b)",
    re.IGNORECASE,
)
AGE_PREFIX_RE = re.compile(
    r"\b(?:[âa]g[ée]e?s?\s+de|aged?|age\s*:?|[âa]ge\s*:)\s*(?P<n>9\d|1[0-2]\d)(?![\w,]|\.\d)",
    re.IGNORECASE,
)


# Ages over 89 written out: "ninety-two year old", "quatre-vingt-quatorze ans", "centenaire".
AGE_WORDS_RE = re.compile(
    r"(?<![\w-])(?P<n>(?:ninety|one\s+hundred(?:\s+and)?)(?:[\s-](?:one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve))?|quatre-vingt-(?:dix|onze|douze|treize|quatorze|quinze|seize"
    r"|dix-sept|dix-huit|dix-neuf)|nonante(?:-(?:et-un|deux|trois|quatre|cinq|six|sept|huit|neuf))?"
    r"|cent(?:-(?:un|deux|trois|quatre|cinq))?)"
    r"(?:\s*-?\s*(?:years?|yrs?)(?:\s*-?\s*old)?\b|\s+ans\b)",
    re.IGNORECASE,
)


# "90 ans et plus", "≥ 90 years", "over 90": the Safe Harbor aggregate, not an exact age.
_AGE_AGGREGATE_AFTER_RE = re.compile(
    r"\s*(?:et plus|ou plus|and over|or over|and older|or older|\+|plus\b)", re.IGNORECASE
)
_AGE_AGGREGATE_BEFORE_RE = re.compile(
    r"(?:[≥>]|>=|\bplus de|\bau-del[àa] de|\bover|\bmore than|\bolder than|\bat least"
    r"|\bau moins)\s*$",
    re.IGNORECASE,
)


def _age_aggregate(text: str, m: re.Match[str]) -> bool:
    return bool(
        _AGE_AGGREGATE_AFTER_RE.match(text, m.end())
        or _AGE_AGGREGATE_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
    )


# Words that place a person in the ninety-plus bracket by themselves.
AGE_NOUN_RE = re.compile(
    r"(?<![\w-])(?:nonag[ée]naire|centenaire|supercentenaire|nonagenarian|centenarian)s?(?![\w-])",
    re.IGNORECASE,
)


def find_ages(text: str) -> list[Cand]:
    out: list[Cand] = []
    for m in AGE_NOUN_RE.finditer(text):
        # "102 ans, centenaire": the exact age just before already carries the information.
        if not AGE_RE.search(text, max(0, m.start() - 20), m.start()):
            out.append((m.start(), m.end(), Label.AGE, 0.8, P_AGE))
    for m in AGE_WORDS_RE.finditer(text):
        out.append((m.start(), m.end(), Label.AGE, 0.85, P_AGE))
    for m in AGE_RE.finditer(text):
        if not _age_aggregate(text, m):
            out.append((m.start(), m.end(), Label.AGE, 0.9, P_AGE))
    for m in AGE_PREFIX_RE.finditer(text):
        if not _age_aggregate(text, m):
            out.append((m.start("n"), m.end("n"), Label.AGE, 0.85, P_AGE - 1))
    return out


# --------------------------------------------------------------------------- addresses

_STREET_FR = (
    r"rue|avenue|av\.?|boulevard|bd|bld|place|pl\.|chemin|ch\.|all[ée]e|impasse|imp\.|route|rte"
    r"|quai|cours|square|passage|sentier|voie|villa|cit[ée]|r[ée]sidence|lotissement|lot\.|hameau"
    r"|lieu-dit|lieudit|faubourg|fbg|parvis|esplanade|promenade|rond-point|mont[ée]e|traverse"
    r"|venelle|ruelle|clos|domaine|zone|ZA|ZI|ZAC"
)
ADDRESS_FR_RE = re.compile(
    rf"(?<![\w/.,])\d{{1,4}}(?:\s?(?:bis|ter|quater|[A-D])\b)?,?\s+(?:{_STREET_FR})(?![\w])"
    r"[^\S\n]+[^\n,;()\[\]:]{1,60}?(?=\s*(?:[,;()\[\]\n]|\s\d{5}\b|\s-\s|\s[àa]\s|$|\.(?:\s|$)))",
    re.IGNORECASE,
)
ADDRESS_FR_NONUM_RE = re.compile(
    r"(?<![\w])(?:lieu-dit|lieudit|hameau|lotissement|r[ée]sidence|domaine|[Qq]uartier)\s+"
    r"(?:(?:les|la|le|l['’]|des|du|de)\s+)?[A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+){0,3}",
)
# Postal boxes written before a postcode: "BP 1757, 29107 Quimper", "CS 20001 - 35000 Rennes".
POSTAL_BOX_RE = re.compile(r"\b(?:BP|B\.P\.|CS|TSA)\s?\d{2,6}(?=\s*[,\-–]?\s*\d{5}\b)")
ADDRESS_EN_RE = re.compile(
    r"(?<![\w/.,])\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\.?\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?"
    r"|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Drive|Dr\.?|Court|Ct\.?|Way|Place|Pl\.?|Terrace"
    r"|Circle|Cir\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Square|Close|Crescent|Gardens)(?![\w])"
    r"(?:,?\s+(?:Apt|Apartment|Suite|Unit|#)\.?\s*[\w\-]{1,6})?"
)
# French postcode followed by a town, "69003 Lyon", "75013 PARIS CEDEX 13", "29270 Carhaix-Plouguer"
POSTCODE_CITY_FR_RE = re.compile(
    r"(?<![\w.,/\-])(?P<cp>(?:(?:0[1-9]|[1-8]\d|9[0-5])\d|97[1-8]|98\d)\d{2})[^\S\n]{1,3}"
    r"(?P<city>(?:(?:Le|La|Les|L['’]|LE|LA|LES) )?[A-ZÀ-Ý][\w'’]*(?:[- ](?:[A-ZÀ-Ý][\w'’]*"
    r"|sur|sous|en|lès|les|le|la|de|du|des|d['’][A-ZÀ-Ý][\w'’]*)){0,5})"
    r"(?P<cedex>\s+CEDEX(?:\s+\d{1,2})?)?"
)
POSTCODE_KEYWORD_RE = re.compile(
    r"\b(?:CP|code postal|postcode|zip(?: code)?)\s*:?\s*(?P<cp>\d{5})(?!\d)", re.IGNORECASE
)
US_STATES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ"
    r"|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
# "Saint-Denis (97400)", "Ajaccio (20000)": a town, then its postcode in brackets.
POSTCODE_AFTER_TOWN_RE = re.compile(
    r"(?P<town>[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+){0,4})\s?\("
    r"(?P<cp>(?:(?:0[1-9]|[1-8]\d|9[0-5])\d|97[1-8]|98\d)\d{2})\)"
)
ZIP_US_RE = re.compile(rf"(?<=\b(?:{US_STATES})\s)(?P<cp>\d{{5}}(?:-\d{{4}})?)(?!\d)")
# Outward code, space, inward code (whose letters never include C, I, K, M, O or V).
UK_POSTCODE_RE = re.compile(r"\b[A-Z]{1,2}[1-9][A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{2}\b")

_UK_TOWN_BEFORE_RE = re.compile(
    r"(?:^|(?<=[,\n]))[ \t]*(?P<town>[A-Z][a-z'’]+(?:[ \-](?:upon|on|under|in|le|[A-Z][a-z'’]+))"
    r"{0,3}),?[ \t]+$"
)
_NOT_UK_TOWNS = frozenset({"postcode", "address", "tel", "phone", "the", "road", "street"})

_CITY_TAIL_STOP = re.compile(
    r"(?:\s+(?:Tél|Tel|Fax|France|CEDEX|Cedex|Le|La|Les|Dr|Pr|Mme|M|Né|Née)\b.*)$"
)


ADDRESS_TAIL_RE = re.compile(rf"\d\s*,?\s+(?:{_STREET_FR})\s[^\n]{{1,60}}$", re.IGNORECASE)


def _known_city_norms() -> frozenset[str]:
    return _CITY_NORMS


_CITY_NORMS: frozenset[str] = frozenset(" ".join(k) for k in french_cities())


def find_addresses(text: str) -> list[Cand]:
    out: list[Cand] = []
    for m in ADDRESS_FR_RE.finditer(text):
        out.append((m.start(), m.end(), Label.ADDRESS, 0.9, P_ADDRESS))
    for m in ADDRESS_FR_NONUM_RE.finditer(text):
        out.append((m.start(), m.end(), Label.ADDRESS, 0.8, P_ADDRESS - 1))
    for m in ADDRESS_EN_RE.finditer(text):
        out.append((m.start(), m.end(), Label.ADDRESS, 0.85, P_ADDRESS))
    for m in POSTAL_BOX_RE.finditer(text):
        out.append((m.start(), m.end(), Label.ADDRESS, 0.85, P_ADDRESS))
    for m in POSTCODE_CITY_FR_RE.finditer(text):
        city = m.group("city")
        trimmed = _CITY_TAIL_STOP.sub("", city)
        if not trimmed:
            continue
        # A city word must not be a unit or a drug following a 5-digit number ("10000 UI").
        if trimmed.upper() in {"UI", "U", "IU", "MG", "G"}:
            continue
        # Known town, or an address-like position (line start, after a comma or a street).
        before = text[max(0, m.start() - 80) : m.start()]
        if norm(trimmed) not in _known_city_norms() and not (
            before.endswith((",", "\n", ", "))
            or not before.strip()
            or ADDRESS_TAIL_RE.search(before)
        ):
            continue
        out.append((m.start("cp"), m.end("cp"), Label.POSTCODE, 0.9, P_POSTCODE))
        cstart = m.start("city")
        out.append((cstart, cstart + len(trimmed), Label.CITY, 0.85, P_POSTCODE))
    for m in POSTCODE_AFTER_TOWN_RE.finditer(text):
        if norm(m.group("town")) in _known_city_norms():
            out.append((m.start("cp"), m.end("cp"), Label.POSTCODE, 0.85, P_POSTCODE))
    for m in POSTCODE_KEYWORD_RE.finditer(text):
        out.append((m.start("cp"), m.end("cp"), Label.POSTCODE, 0.9, P_POSTCODE))
    for m in ZIP_US_RE.finditer(text):
        out.append((m.start("cp"), m.end("cp"), Label.POSTCODE, 0.85, P_POSTCODE))
    for m in UK_POSTCODE_RE.finditer(text):
        out.append((m.start(), m.end(), Label.POSTCODE, 0.8, P_POSTCODE))
        # "42 Barton Road, Cambridge CB3 9LH": the town written just before the postcode.
        t = _UK_TOWN_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if t and norm(t.group("town").split()[0]) not in _NOT_UK_TOWNS:
            out.append((t.start("town"), t.end("town"), Label.CITY, 0.75, P_POSTCODE))
    return out
