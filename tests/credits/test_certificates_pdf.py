"""Certificate PDF: parse the rendered file back and check what a reader and an auditor see."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.graphics.barcode.qr import QrCodeWidget

from credits.certificates import pdf
from credits.certificates.data import CertificateData, CertificateStatus
from credits.certificates.pdf import (
    QR_ERROR_LEVEL,
    QR_FORM_NAME,
    STANDARD_FONTS,
    format_credits,
    format_date,
    render_certificate_pdf,
    select_fonts,
)

CODE = "7KQ2-M9XD-0B4T-WZ31"
URL = f"https://compagnon.example/verify/{CODE}/"
CREDITS = [
    ("Certification périodique", "Bloc 1 — pratiques", Decimal("2.50")),
    ("AMA PRA Category 1 Credit™", "Category 1", Decimal("2.25")),
    ("EACCME ECMEC", "ECMEC", Decimal("0.75")),
]


def make_data(**overrides) -> CertificateData:
    values = {
        "practitioner_name": "Dr Hélène Bœuf-Lefèvre",
        "rpps": "10101234567",
        "provider_name": "Compagnon Académie",
        "activity_title": "Insuffisance cardiaque aiguë : œdème pulmonaire, reçu à l'urgence",
        "activity_format": "cours en ligne",
        "start_date": date(2025, 3, 3),
        "completion_date": date(2025, 3, 14),
        "issued_at": datetime(2025, 3, 14, 10, 30, tzinfo=UTC),
        "credits": CREDITS,
        "verification_code": CODE,
        "verify_url": URL,
        "issuer_name": "Compagnon",
        "language": "fr",
    }
    values.update(overrides)
    return CertificateData(**values)


def read(data: CertificateData) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(render_certificate_pdf(data)))
    assert len(reader.pages) == 1
    return reader, reader.pages[0].extract_text()


def test_french_certificate_carries_every_field():
    data = make_data()
    reader, text = read(data)

    assert "Attestation de formation continue" in text
    for value in (
        data.practitioner_name,
        "RPPS : 10101234567",
        data.provider_name,
        data.activity_title,
        data.activity_format,
        CODE,
        URL,
        "Du 3 mars 2025 au 14 mars 2025",
        "Délivrée le 14 mars 2025",
    ):
        assert value in text, value
    for framework, category, amount in CREDITS:
        assert framework in text
        assert category in text
        assert format_credits(amount, "fr") in text
    assert "2,50" in text and "2,25" in text and "0,75" in text
    # French accents, œ included, survive extraction (not mangled into "?" or ligature junk).
    for accented in ("é", "è", "ç", "œ", "ë"):
        assert accented in text
    assert "Bœuf" in text and "reçu" in text and "aiguë" in text
    assert "REVOKED" not in text and "RÉVOQUÉE" not in text

    meta = reader.metadata
    assert meta.author == "Compagnon"
    assert "Attestation de formation continue" in meta.title
    assert data.practitioner_name in meta.title


def test_english_certificate():
    data = make_data(
        language="en",
        practitioner_name="Dr John O'Neill",
        rpps="",
        activity_title="Reading ECGs in the emergency room",
        activity_format="online course",
        start_date=date(2025, 1, 1),
        completion_date=date(2025, 1, 1),
    )
    _reader, text = read(data)
    assert "Continuing education certificate" in text
    assert "Attestation" not in text
    assert "Dr John O'Neill" in text
    assert "RPPS" not in text  # no empty "RPPS:" line when the practitioner has none
    assert "On 1 January 2025" in text
    assert "Issued on 14 March 2025" in text
    for framework, _category, amount in CREDITS:
        assert framework in text
        assert format_credits(amount, "en") in text
    assert "2.50" in text and "0.75" in text
    assert CODE in text and URL in text


def _qr_modules_in_pdf(reader: PdfReader) -> list[list[bool]]:
    """Rebuild the QR module grid from the filled rectangles of the QR form XObject."""
    xobjects = reader.pages[0]["/Resources"]["/XObject"]
    (name,) = [n for n in xobjects if QR_FORM_NAME in n]
    form = xobjects[name].get_object()
    ops = ContentStream(form, reader).operations
    filled = []
    pending = None
    for operands, operator in ops:
        if operator == b"re":
            pending = [float(v) for v in operands]
        elif operator in (b"f", b"f*", b"F") and pending:
            filled.append(pending)
            pending = None
        elif operator == b"n":
            pending = None
    box = min(h for _x, _y, _w, h in filled)
    top = max(y + h for _x, y, _w, h in filled)
    left = min(x for x, _y, _w, _h in filled)
    size = round((top - min(y for _x, y, _w, _h in filled)) / box)
    grid = [[False] * size for _ in range(size)]
    for x, y, w, h in filled:
        row = round((top - y - h) / box)
        col = round((x - left) / box)
        for c in range(col, col + round(w / box)):
            grid[row][c] = True
    return grid


def test_qr_code_encodes_the_verify_url():
    reader, _text = read(make_data())
    drawn = _qr_modules_in_pdf(reader)

    expected_widget = QrCodeWidget(URL, barLevel=QR_ERROR_LEVEL)
    expected_widget.qr.make()
    expected = [[bool(m) for m in row] for row in expected_widget.qr.modules]
    assert drawn == expected
    # And it is not a constant picture: another URL gives another grid.
    other, _ = read(make_data(verify_url="https://compagnon.example/verify/AAAA-BBBB-CCCC-DDDD/"))
    assert _qr_modules_in_pdf(other) != drawn


def test_qr_widget_gets_the_verify_url():
    assert pdf.qr_widget(URL).value == URL


def test_revoked_certificate_shows_a_banner():
    _reader, text = read(make_data(status=CertificateStatus.REVOKED))
    assert "RÉVOQUÉE" in text
    _reader, text = read(make_data(status="revoked", language="en"))
    assert "REVOKED" in text


def test_french_text_stays_in_standard_fonts():
    # cp1252 (WinAnsiEncoding) covers French completely, œ/Œ/Ÿ included: nothing to embed.
    assert select_fonts(["é è ê ë à â ç ô û ù ü ÿ î ï œ Œ Ÿ æ « » € ’"]) == STANDARD_FONTS
    reader, _ = read(make_data())
    fonts = {
        str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()
    }
    assert fonts <= {"/Helvetica", "/Helvetica-Bold"}


def test_name_outside_cp1252_embeds_vera_and_stays_extractable():
    fonts = select_fonts(["Dr Łukasz Błaszczykowski"])
    assert fonts.embedded and fonts.regular == "CompagnonVera"
    _reader, text = read(make_data(practitioner_name="Dr Łukasz Błaszczykowski"))
    assert "Dr Łukasz Błaszczykowski" in text
    assert "Bloc 1 — pratiques" in text  # the rest of the page follows the same font


def test_characters_vera_lacks_fall_back_to_dejavu_when_installed():
    name = "Dr Ștefan Ăvram"  # Romanian ș/Ă are not in Vera
    dejavu = [c for c in pdf.TTF_CANDIDATES if "DejaVu" in c[0] and c[2].is_file()]
    if not dejavu:
        pytest.skip("DejaVu Sans is not installed on this machine")
    assert select_fonts([name]).regular == "CompagnonDejaVu"
    _reader, text = read(make_data(practitioner_name=name))
    assert name in text


def test_many_frameworks_still_fit_on_one_page():
    many = [(f"Framework {i}", f"Category {i}", Decimal("1.25")) for i in range(9)]
    reader, text = read(make_data(credits=many))
    assert len(reader.pages) == 1
    assert "Framework 8" in text and CODE in text


def test_date_and_number_formatting():
    assert format_date(date(2025, 2, 1), "fr") == "1er février 2025"
    assert format_date(date(2025, 8, 15), "fr") == "15 août 2025"
    assert format_date(date(2025, 12, 2), "en") == "2 December 2025"
    assert format_credits(Decimal("1.5"), "fr") == "1,50"
    assert format_credits(Decimal("12"), "en") == "12.00"


def test_invalid_snapshot_is_refused():
    with pytest.raises(ValueError, match="language"):
        make_data(language="de")
    with pytest.raises(ValueError, match="before"):
        make_data(start_date=date(2025, 4, 1))
    with pytest.raises(TypeError, match="Decimal"):
        make_data(credits=[("AMA", "Category 1", 1.5)])
