"""Render a certificate as an A4 landscape PDF with reportlab alone.

Deliberately Django-free: everything, the issuer's name included, arrives in
:class:`CertificateData`, so rendering is a pure function of its input.

Fonts. Text must be extractable (auditors copy names and codes, our tests parse the PDF), so
we use real fonts with a Unicode mapping, never outlines. reportlab's standard Helvetica is
written with WinAnsiEncoding (cp1252), which covers all of French, "œ", "Œ", "Ÿ" and "€"
included, and needs no embedding. When some text falls outside cp1252 (e.g. a name with "ł"
or "ș") we embed a TrueType subset instead: Bitstream Vera, which ships inside reportlab
itself, then DejaVu Sans if the system has it. If no font covers every character, Vera is
used and the missing glyphs show as blank boxes, but the text layer still carries the right
characters.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import reportlab
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from .data import CertificateData

PAGE_SIZE = landscape(A4)
#: "M" survives a crease or a smudge on a printed page (15 % recovery) at a modest size.
QR_ERROR_LEVEL = "M"
QR_SIZE = 118.0  # points, about 42 mm: easily scanned from paper
#: Name of the form XObject holding the QR code, so tests and tools can find it.
QR_FORM_NAME = "verifyQR"

_REPORTLAB_FONTS = Path(reportlab.__file__).parent / "fonts"
#: Candidate TrueType families in order of preference: (regular name, bold name, paths).
TTF_CANDIDATES: list[tuple[str, str, Path, Path]] = [
    (
        "CompagnonVera",
        "CompagnonVera-Bold",
        _REPORTLAB_FONTS / "Vera.ttf",
        _REPORTLAB_FONTS / "VeraBd.ttf",
    ),
    (
        "CompagnonDejaVu",
        "CompagnonDejaVu-Bold",
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    ),
    (
        "CompagnonDejaVu",
        "CompagnonDejaVu-Bold",
        Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
        Path("/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ),
]

_TEXT = {
    "fr": {
        "title": "Attestation de formation continue",
        "certify": "Nous attestons que",
        "rpps": "RPPS",
        "followed": "a suivi l'action de formation",
        "format": "Format",
        "provider": "Organisme",
        "dates": "Du {start} au {end}",
        "same_day": "Le {start}",
        "issued": "Délivrée le {date}",
        "framework": "Référentiel",
        "category": "Catégorie",
        "credits": "Crédits attribués",
        "code": "Code de vérification",
        "verify": "Vérifier cette attestation",
        "revoked": "RÉVOQUÉE",
        "colon": " : ",
    },
    "en": {
        "title": "Continuing education certificate",
        "certify": "This is to certify that",
        "rpps": "RPPS",
        "followed": "completed the continuing education activity",
        "format": "Format",
        "provider": "Provider",
        "dates": "From {start} to {end}",
        "same_day": "On {start}",
        "issued": "Issued on {date}",
        "framework": "Framework",
        "category": "Category",
        "credits": "Credits awarded",
        "code": "Verification code",
        "verify": "Verify this certificate",
        "revoked": "REVOKED",
        "colon": ": ",
    },
}

_MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


@dataclass(frozen=True, slots=True)
class FontPair:
    regular: str
    bold: str
    embedded: bool


STANDARD_FONTS = FontPair("Helvetica", "Helvetica-Bold", embedded=False)


def format_date(value: date, language: str) -> str:
    """Spelled-out date ("3 mars 2025" / "3 March 2025"); no locale module, which is
    process-global and not thread-safe."""
    day = "1er" if language == "fr" and value.day == 1 else str(value.day)
    return f"{day} {_MONTHS[language][value.month - 1]} {value.year}"


def format_credits(amount: Decimal, language: str) -> str:
    """Two decimals (credits move in 0.25 steps), decimal comma in French."""
    text = f"{amount.quantize(Decimal('0.01'))}"
    return text.replace(".", ",") if language == "fr" else text


def _fits_cp1252(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _ttf_coverage(path: str) -> frozenset[int]:
    return frozenset(TTFont("coverage-probe", path).face.charToGlyph)


def _register(pair: tuple[str, str, Path, Path]) -> FontPair:
    regular, bold, regular_path, bold_path = pair
    registered = pdfmetrics.getRegisteredFontNames()
    if regular not in registered:
        pdfmetrics.registerFont(TTFont(regular, str(regular_path)))
    if bold not in registered:
        pdfmetrics.registerFont(TTFont(bold, str(bold_path)))
    return FontPair(regular, bold, embedded=True)


def select_fonts(texts: Iterable[str]) -> FontPair:
    """Pick the lightest font family that can show every character of ``texts``."""
    joined = "".join(texts)
    if _fits_cp1252(joined):
        return STANDARD_FONTS
    needed = {ord(ch) for ch in joined if not ch.isspace()}
    available = [c for c in TTF_CANDIDATES if c[2].is_file() and c[3].is_file()]
    for candidate in available:
        if needed <= _ttf_coverage(str(candidate[2])):
            return _register(candidate)
    if available:
        return _register(available[0])
    return STANDARD_FONTS  # reportlab always ships Vera, so this is belt and braces


def qr_widget(url: str) -> QrCodeWidget:
    """The QR code drawn on the certificate; it encodes exactly the verify URL."""
    return QrCodeWidget(
        url, barLevel=QR_ERROR_LEVEL, barWidth=QR_SIZE, barHeight=QR_SIZE, barBorder=2
    )


def _all_text(data: CertificateData) -> list[str]:
    texts = [
        data.practitioner_name,
        data.rpps,
        data.provider_name,
        data.activity_title,
        data.activity_format,
        data.verification_code,
        data.verify_url,
        data.issuer_name,
        *_TEXT[data.language].values(),
        *_MONTHS[data.language],
    ]
    for line in data.credits:
        texts += [line.framework, line.category]
    return texts


def _credits_table(rows: list[list[str]], width: float, fonts: FontPair, size: int) -> Table:
    table = Table(rows, colWidths=[width * 0.42, width * 0.38, width * 0.20])
    pad = 3 if size >= 9 else 1.5
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, 0), fonts.bold, size),
                ("FONT", (0, 1), (-1, -1), fonts.regular, size),
                ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#1f4e79")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
            ]
        )
    )
    return table


def render_certificate_pdf(data: CertificateData) -> bytes:
    """Return the certificate as PDF bytes (one A4 landscape page)."""
    text = _TEXT[data.language]
    fonts = select_fonts(_all_text(data))
    width, height = PAGE_SIZE
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE_SIZE, pageCompression=1)

    # Document metadata: shown by readers, indexed by document management systems.
    canvas.setTitle(f"{text['title']} — {data.practitioner_name} — {data.activity_title}")
    canvas.setAuthor(data.issuer_name)
    canvas.setCreator(data.issuer_name)
    canvas.setSubject(data.activity_title)
    canvas.setKeywords(f"{text['code']} {data.verification_code}")

    margin = 48.0
    canvas.setStrokeColor(colors.HexColor("#1f4e79"))
    canvas.setLineWidth(2)
    canvas.rect(24, 24, width - 48, height - 48)
    canvas.setLineWidth(0.5)
    canvas.rect(30, 30, width - 60, height - 60)

    canvas.setFillColor(colors.HexColor("#1f4e79"))
    canvas.setFont(fonts.bold, 12)
    canvas.drawString(margin, height - 62, data.issuer_name)
    canvas.setFont(fonts.regular, 10)
    issued = text["issued"].format(date=format_date(data.issued_at.date(), data.language))
    canvas.drawRightString(width - margin, height - 62, issued)

    canvas.setFont(fonts.bold, 26)
    canvas.drawCentredString(width / 2, height - 112, text["title"])

    canvas.setFillColor(colors.black)
    y = height - 148
    canvas.setFont(fonts.regular, 12)
    canvas.drawCentredString(width / 2, y, text["certify"])
    y -= 30
    canvas.setFont(fonts.bold, 22)
    canvas.drawCentredString(width / 2, y, data.practitioner_name)
    if data.rpps.strip():
        y -= 18
        canvas.setFont(fonts.regular, 11)
        canvas.drawCentredString(width / 2, y, f"{text['rpps']}{text['colon']}{data.rpps}")
    y -= 24
    canvas.setFont(fonts.regular, 12)
    canvas.drawCentredString(width / 2, y, text["followed"])
    # Long titles wrap instead of running off the page; three lines is plenty for a title.
    for line in simpleSplit(data.activity_title, fonts.bold, 16, width - 2 * margin - 60)[:3]:
        y -= 21
        canvas.setFont(fonts.bold, 16)
        canvas.drawCentredString(width / 2, y, line)
    y -= 20
    canvas.setFont(fonts.regular, 11)
    details = (
        f"{text['format']}{text['colon']}{data.activity_format}   ·   "
        f"{text['provider']}{text['colon']}{data.provider_name}"
    )
    canvas.drawCentredString(width / 2, y, details)
    y -= 16
    start = format_date(data.start_date, data.language)
    end = format_date(data.completion_date, data.language)
    period = (
        text["same_day"].format(start=start)
        if data.start_date == data.completion_date
        else text["dates"].format(start=start, end=end)
    )
    canvas.drawCentredString(width / 2, y, period)

    # Credits table, left of the QR code.
    rows = [[text["framework"], text["category"], text["credits"]]]
    rows += [
        [line.framework, line.category, format_credits(line.credits, data.language)]
        for line in data.credits
    ]
    table_width = width - 2 * margin - QR_SIZE - 30
    # Leave room above the verification block; shrink the type rather than overlap it when
    # an activity is designated for many frameworks.
    room = y - 20 - 96
    for size in (10, 9, 8, 7):
        table = _credits_table(rows, table_width, fonts, size)
        _w, table_height = table.wrapOn(canvas, table_width, room)
        if table_height <= room:
            break
    y -= 20
    table.drawOn(canvas, margin, y - table_height)

    # Verification block along the bottom edge.
    canvas.setFont(fonts.bold, 11)
    canvas.drawString(margin, 76, f"{text['code']}{text['colon']}{data.verification_code}")
    canvas.setFont(fonts.regular, 10)
    canvas.drawString(margin, 60, f"{text['verify']}{text['colon']}")
    canvas.setFillColor(colors.HexColor("#1f4e79"))
    canvas.drawString(margin, 46, data.verify_url)
    canvas.linkURL(data.verify_url, (margin, 42, margin + 400, 56), relative=0)
    canvas.setFillColor(colors.black)

    # The QR code lives in its own form XObject: the page stays small and a verifier (or
    # our tests) can pull the modules out and check they encode the verify URL.
    drawing = Drawing(QR_SIZE, QR_SIZE)
    drawing.add(qr_widget(data.verify_url))
    canvas.beginForm(QR_FORM_NAME, lowerx=0, lowery=0, upperx=QR_SIZE, uppery=QR_SIZE)
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.endForm()
    canvas.saveState()
    canvas.translate(width - margin - QR_SIZE, 40)
    canvas.doForm(QR_FORM_NAME)
    canvas.restoreState()

    if data.is_revoked:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#b00020"))
        canvas.setFillAlpha(0.35)
        canvas.setFont(fonts.bold, 90)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(20)
        canvas.drawCentredString(0, -30, text["revoked"])
        canvas.restoreState()

    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


__all__ = [
    "PAGE_SIZE",
    "QR_ERROR_LEVEL",
    "QR_FORM_NAME",
    "STANDARD_FONTS",
    "TTF_CANDIDATES",
    "FontPair",
    "format_credits",
    "format_date",
    "qr_widget",
    "render_certificate_pdf",
    "select_fonts",
]
