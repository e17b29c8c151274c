"""The logbook as a PDF (reportlab), for a portfolio or a training committee."""

from __future__ import annotations

from io import BytesIO

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .models import LogbookEntry, Mentorship


def logbook_pdf(mentorship: Mentorship, entries: list[LogbookEntry]) -> bytes:
    buffer = BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        title=_("Compagnonnage logbook"),
        author="Compagnon",
    )
    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    story = [
        Paragraph(_("Compagnonnage logbook"), styles["Title"]),
        Paragraph(
            _("Mentee: %(mentee)s — Mentor: %(mentor)s")
            % {
                "mentee": mentorship.mentee.display_name,
                "mentor": mentorship.mentor.display_name,
            },
            styles["Normal"],
        ),
        Paragraph(
            _("Exported on %(date)s")
            % {"date": date_format(timezone.localdate(), "SHORT_DATE_FORMAT")},
            styles["Normal"],
        ),
        Spacer(1, 6 * mm),
    ]
    header = [
        _("Date"),
        _("Skill or procedure"),
        _("Level (mentee)"),
        _("Level (mentor)"),
        _("Status"),
        _("Mentor's comment"),
    ]
    rows = [[Paragraph(str(h), small) for h in header]]
    for entry in entries:
        rows.append(
            [
                Paragraph(date_format(entry.performed_on, "SHORT_DATE_FORMAT"), small),
                Paragraph(entry.skill, small),
                Paragraph(str(entry.level), small),
                Paragraph(str(entry.mentor_level or "—"), small),
                Paragraph(str(entry.get_status_display()), small),
                Paragraph(entry.mentor_comment or "", small),
            ]
        )
    if len(rows) == 1:
        story.append(Paragraph(_("No entries yet."), styles["Normal"]))
    else:
        table = Table(rows, colWidths=[22 * mm, 50 * mm, 18 * mm, 18 * mm, 25 * mm, 47 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
    story.append(Spacer(1, 4 * mm))
    story.append(
        Paragraph(
            _(
                "Levels: 1 observes, 2 acts under direct supervision, 3 acts with supervision "
                "available, 4 acts alone."
            ),
            small,
        )
    )
    doc.build(story)
    return buffer.getvalue()
