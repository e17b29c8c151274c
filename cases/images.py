"""Image attachments: check what a file really is, re-encode it, keep nothing else.

The file's type is read from its content (Pillow), never from its name or the browser's claim.
Size and pixel limits are checked before any pixel is decoded (decompression bombs), the image is
rebuilt from raw pixels — so no EXIF, GPS, XMP, ICC, comment or text chunk can survive — and the
original bytes are never stored.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000  # e.g. 8000 × 5000
MAX_SIDE = 12_000
MAX_OUTPUT_SIDE = 2400  # stored images are downscaled to this longest side
ALLOWED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP", "GIF"}  # MPO: JPEG from many phones


@dataclass(frozen=True)
class CleanImage:
    content: bytes
    extension: str
    content_type: str
    width: int
    height: int


def image_clean(upload) -> CleanImage:
    """Validate an uploaded file and return a re-encoded, metadata-free copy.

    Raises ValidationError with a message for the author on anything that is not an acceptable
    image."""
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("This file is too large (%(size)d MB maximum).")
            % {"size": MAX_UPLOAD_BYTES // (1024 * 1024)}
        )
    upload.seek(0)
    data = upload.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError(
            _("This file is too large (%(size)d MB maximum).")
            % {"size": MAX_UPLOAD_BYTES // (1024 * 1024)}
        )
    not_an_image = ValidationError(
        _("This file is not an image we accept (JPEG, PNG, WebP or GIF), whatever its name.")
    )
    too_big = ValidationError(
        _("This image has too many pixels (%(mp)d megapixels maximum).")
        % {"mp": MAX_PIXELS // 1_000_000}
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as probe:
                fmt = probe.format
                width, height = probe.size
                if fmt not in ALLOWED_FORMATS:
                    raise not_an_image
                # Checked on the header, before a single pixel is decoded.
                if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
                    raise too_big
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.seek(0)  # animated images keep their first frame only
                image.load()
                image = ImageOps.exif_transpose(image)  # keep the orientation, not the tag
        except ValidationError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise too_big from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError):
            raise not_an_image from None

    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    image = image.convert("RGBA" if has_alpha else "RGB")
    image.thumbnail((MAX_OUTPUT_SIDE, MAX_OUTPUT_SIDE))
    # Rebuilt from raw pixels: the new image has an empty `info`, so nothing of the original's
    # metadata can be written back by the encoder.
    clean = Image.frombytes(image.mode, image.size, image.tobytes())
    out = io.BytesIO()
    if has_alpha:
        clean.save(out, format="PNG", optimize=True)
        extension, content_type = ".png", "image/png"
    else:
        clean.save(out, format="JPEG", quality=85, optimize=True)
        extension, content_type = ".jpg", "image/jpeg"
    return CleanImage(
        content=out.getvalue(),
        extension=extension,
        content_type=content_type,
        width=clean.width,
        height=clean.height,
    )
