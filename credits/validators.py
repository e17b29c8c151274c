"""Evidence files are checked by their content, never by their name or declared type."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image

MAX_EVIDENCE_BYTES = 5 * 1024 * 1024
IMAGE_FORMATS = {"PNG": "png", "JPEG": "jpg"}


def evidence_sniff(file) -> str:
    """Return the file extension to store ("pdf", "png" or "jpg"), or raise ValidationError."""
    size = getattr(file, "size", None)
    if not size:
        raise ValidationError(_("The evidence file is empty."), code="empty")
    if size > MAX_EVIDENCE_BYTES:
        raise ValidationError(
            _("The evidence file is too large (%(size)s MB); the limit is 5 MB.")
            % {"size": f"{size / 1024 / 1024:.1f}"},
            code="too_large",
        )
    file.seek(0)
    head = file.read(5)
    file.seek(0)
    if head == b"%PDF-":
        return "pdf"
    image_format = None
    try:
        with Image.open(file) as image:
            image_format = image.format
            image.verify()
    except Exception:
        image_format = None
    finally:
        file.seek(0)
    if image_format in IMAGE_FORMATS:
        return IMAGE_FORMATS[image_format]
    raise ValidationError(_("The evidence must be a PDF, PNG or JPEG file."), code="invalid_type")
