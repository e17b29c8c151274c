"""The transcript as a PDF (reportlab only): every ledger line and the totals per framework."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.tables import LongTable

from .pdf import format_credits, format_date


@dataclass(frozen=True, slots=True)
class TranscriptLine:
    earned_on: dt.date
    framework: str
    category: str
    activity: str
    amount: Decimal
    note: str = ""  # "revoked", "revocation"…, already translated


LABELS = {
    "fr": {
        "title": "Relevé de crédits de formation continue",
        "generated": "Établi le",
        "date": "Date",
        "framework": "Référentiel",
        "category": "Catégorie",
        "activity": "Activité",
        "credits": "Crédits",
        "totals": "Totaux par référentiel",
        "none": "Aucune ligne ne correspond à ces filtres.",
    },
    "en": {
        "title": "Continuing education transcript",
        "generated": "Generated on",
        "date": "Date",
        "framework": "Framework",
        "category": "Category",
        "activity": "Activity",
        "credits": "Credits",
        "totals": "Totals per framework",
        "none": "No entry matches these filters.",
    },
}


def render_transcript_pdf(
    *,
    practitioner_name: str,
    rpps: str,
    issuer_name: str,
    generated_on: dt.date,
    lines: list[TranscriptLine],
    totals: list[tuple[str, Decimal]],
    language: str = "fr",
) -> bytes:
    lang = "en" if language.startswith("en") else "fr"
    text = LABELS[lang]
    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=text["title"],
        author=issuer_name,
    )
    identity = practitioner_name + (f" — RPPS {rpps}" if rpps else "")
    story = [
        Paragraph(text["title"], styles["Title"]),
        Paragraph(identity, styles["Heading3"]),
        Paragraph(f"{issuer_name} · {text['generated']} {format_date(generated_on, lang)}", small),
        Spacer(1, 6 * mm),
        Paragraph(text["totals"], styles["Heading4"]),
    ]
    if totals:
        story.append(
            Table(
                [[name, format_credits(total, lang)] for name, total in totals],
                colWidths=[120 * mm, 30 * mm],
                style=TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT")]),
            )
        )
    story.append(Spacer(1, 6 * mm))
    if not lines:
        story.append(Paragraph(text["none"], styles["BodyText"]))
    else:
        header = [
            text["date"],
            text["framework"],
            text["category"],
            text["activity"],
            text["credits"],
        ]
        rows = [
            [
                format_date(line.earned_on, lang),
                Paragraph(line.framework, small),
                Paragraph(line.category, small),
                Paragraph(line.activity + (f" ({line.note})" if line.note else ""), small),
                format_credits(line.amount, lang),
            ]
            for line in lines
        ]
        table = LongTable(
            [header, *rows],
            colWidths=[24 * mm, 34 * mm, 34 * mm, 70 * mm, 18 * mm],
            repeatRows=1,
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONTSIZE", (0, 0), (-1, -1), 8),
                    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                    ("ALIGN", (4, 0), (4, -1), "RIGHT"),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
    doc.build(story)
    return buffer.getvalue()
