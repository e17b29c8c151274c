"""Labels, spans and placeholders shared by the whole anonymiser."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Label(StrEnum):
    """The fixed set of identifier categories the anonymiser emits."""

    NAME = "NAME"
    DATE = "DATE"
    AGE = "AGE"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    URL = "URL"
    IP = "IP"
    NIR = "NIR"
    RPPS = "RPPS"
    ADELI = "ADELI"
    FINESS = "FINESS"
    RECORD_ID = "RECORD_ID"
    ADDRESS = "ADDRESS"
    POSTCODE = "POSTCODE"
    CITY = "CITY"
    ESTABLISHMENT = "ESTABLISHMENT"
    DEVICE_ID = "DEVICE_ID"
    OTHER_ID = "OTHER_ID"


@dataclass(frozen=True, slots=True)
class Span:
    """One detected identifier.

    ``start``/``end`` are 0-based character offsets into the analysed text, ``end`` exclusive;
    ``text`` is ``source[start:end]``; ``confidence`` is in (0, 1]: rules backed by a checksum or
    an explicit keyword score high, gazetteer-only guesses lower.
    """

    start: int
    end: int
    label: Label
    text: str
    confidence: float = 1.0

    def to_dict(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "label": str(self.label), "text": self.text}


PLACEHOLDERS_FR: dict[Label, str] = {
    Label.NAME: "[NOM]",
    Label.DATE: "[DATE]",
    Label.AGE: "[ÂGE]",
    Label.PHONE: "[TÉLÉPHONE]",
    Label.EMAIL: "[EMAIL]",
    Label.URL: "[URL]",
    Label.IP: "[IP]",
    Label.NIR: "[NIR]",
    Label.RPPS: "[RPPS]",
    Label.ADELI: "[ADELI]",
    Label.FINESS: "[FINESS]",
    Label.RECORD_ID: "[N° DOSSIER]",
    Label.ADDRESS: "[ADRESSE]",
    Label.POSTCODE: "[CODE POSTAL]",
    Label.CITY: "[VILLE]",
    Label.ESTABLISHMENT: "[ÉTABLISSEMENT]",
    Label.DEVICE_ID: "[N° DISPOSITIF]",
    Label.OTHER_ID: "[IDENTIFIANT]",
}

PLACEHOLDERS_EN: dict[Label, str] = {
    Label.NAME: "[NAME]",
    Label.DATE: "[DATE]",
    Label.AGE: "[AGE]",
    Label.PHONE: "[PHONE]",
    Label.EMAIL: "[EMAIL]",
    Label.URL: "[URL]",
    Label.IP: "[IP]",
    Label.NIR: "[NIR]",
    Label.RPPS: "[RPPS]",
    Label.ADELI: "[ADELI]",
    Label.FINESS: "[FINESS]",
    Label.RECORD_ID: "[RECORD NO]",
    Label.ADDRESS: "[ADDRESS]",
    Label.POSTCODE: "[POSTCODE]",
    Label.CITY: "[CITY]",
    Label.ESTABLISHMENT: "[FACILITY]",
    Label.DEVICE_ID: "[DEVICE ID]",
    Label.OTHER_ID: "[ID]",
}

PLACEHOLDERS: dict[str, dict[Label, str]] = {"fr": PLACEHOLDERS_FR, "en": PLACEHOLDERS_EN}
