"""Rule-based de-identification of French and English clinical text (no Django dependency).

>>> from cases.anonymiser import detect, redact
>>> text = "Mme DUPONT Jeanne, née le 03/03/1951, tél 06 12 34 56 78."
>>> redact(text)
'Mme [NOM], née le [DATE], tél [TÉLÉPHONE].'

Everything runs locally from precompiled regular expressions and the word lists in ``data/``:
nothing is downloaded and no model is loaded.
"""

from .detector import detect, placeholders_for, redact
from .generalise import parse_date, suggest_generalisation
from .language import detect_language
from .patterns import luhn_is_valid, nir_is_valid, nir_key
from .spans import PLACEHOLDERS_EN, PLACEHOLDERS_FR, Label, Span

__all__ = [
    "PLACEHOLDERS_EN",
    "PLACEHOLDERS_FR",
    "Label",
    "Span",
    "detect",
    "detect_language",
    "luhn_is_valid",
    "nir_is_valid",
    "nir_key",
    "parse_date",
    "placeholders_for",
    "redact",
    "suggest_generalisation",
]
