"""Image attachments: real type from content, limits before decoding, re-encoded without any
metadata, no original kept, served only to those who may see the case."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, PngImagePlugin

from cases import images, services
from cases.models import CaseImage
from tests.cases.conftest import CLEAN_CASE, published_case

pytestmark = pytest.mark.usefixtures("english")

GPS_IFD = 0x8825


def _jpeg_with_metadata() -> bytes:
    image = Image.new("RGB", (64, 48), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x9286] = "Patient Jean Dupont"  # UserComment-like free text (ImageDescription below)
    exif[0x010E] = "Jean Dupont, CHU de Rennes"  # ImageDescription
    exif[0x0112] = 6  # Orientation: rotate 90°
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (48.0, 6.0, 0.0), 3: "W", 4: (1.0, 40.0, 0.0)})
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif, comment=b"Jean Dupont 06 12 34 56 78")
    return out.getvalue()


def _png_with_text() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Jean Dupont")
    info.add_text("Comment", "IPP 123456")
    out = io.BytesIO()
    Image.new("RGBA", (20, 20), (0, 0, 255, 128)).save(out, format="PNG", pnginfo=info)
    return out.getvalue()


def _upload(data: bytes, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


@pytest.fixture
def draft(alice):
    case, _flags = services.case_save(author=alice, data=dict(CLEAN_CASE))
    return case


def test_exif_gps_and_comments_are_really_gone(alice, draft):
    original = Image.open(io.BytesIO(_jpeg_with_metadata()))
    assert original.getexif() and "comment" in original.info  # the test image carries them
    image = services.image_add(
        author=alice, case=draft, upload=_upload(_jpeg_with_metadata()), caption="Rash"
    )
    with image.file.open("rb") as handle:
        data = handle.read()
    stored = Image.open(io.BytesIO(data))
    assert stored.format == "JPEG"
    assert dict(stored.getexif()) == {}
    assert stored.getexif().get_ifd(GPS_IFD) == {}
    assert "comment" not in stored.info and "exif" not in stored.info
    assert "icc_profile" not in stored.info
    assert b"Dupont" not in data and b"CameraMaker" not in data
    # The orientation was applied to the pixels before the tag was dropped.
    assert (image.width, image.height) == (48, 64)


def test_png_text_chunks_are_gone(alice, draft):
    image = services.image_add(
        author=alice,
        case=draft,
        upload=_upload(_png_with_text(), "scan.png", "image/png"),
        caption="Scan",
    )
    with image.file.open("rb") as handle:
        data = handle.read()
    stored = Image.open(io.BytesIO(data))
    assert stored.format == "PNG"
    assert not getattr(stored, "text", {}) and b"Dupont" not in data


def test_the_stored_name_says_nothing_and_no_original_is_kept(alice, draft, settings):
    upload = _upload(_jpeg_with_metadata(), name="Dupont_Jean_IPP123.jpg")
    image = services.image_add(author=alice, case=draft, upload=upload, caption="Rash")
    assert "Dupont" not in image.file.name
    root = settings.CASES_IMAGE_ROOT
    files = [p for p in root.rglob("*") if p.is_file()]
    assert len(files) == 1 and files[0].name == image.file.name


def test_a_non_image_renamed_jpg_is_refused(alice, draft):
    fake = _upload(b"%PDF-1.4 not an image at all\n" * 10, name="scan.jpg")
    with pytest.raises(ValidationError) as error:
        services.image_add(author=alice, case=draft, upload=fake, caption="Scan")
    assert "not an image" in " ".join(error.value.messages)
    assert not CaseImage.objects.exists()


def test_an_svg_or_html_renamed_jpg_is_refused(alice, draft):
    for payload in (b"<svg xmlns='http://www.w3.org/2000/svg'><script>x</script></svg>",):
        with pytest.raises(ValidationError):
            services.image_add(author=alice, case=draft, upload=_upload(payload), caption="Scan")


def test_a_file_too_large_is_refused_before_decoding(alice, draft, monkeypatch):
    monkeypatch.setattr(images, "MAX_UPLOAD_BYTES", 1000)
    with pytest.raises(ValidationError) as error:
        services.image_add(author=alice, case=draft, upload=_upload(b"\xff" * 2000), caption="Big")
    assert "too large" in " ".join(error.value.messages)


def test_an_image_with_too_many_pixels_is_refused(alice, draft, monkeypatch):
    monkeypatch.setattr(images, "MAX_PIXELS", 100)
    with pytest.raises(ValidationError) as error:
        services.image_add(
            author=alice, case=draft, upload=_upload(_jpeg_with_metadata()), caption="Big"
        )
    assert "too many pixels" in " ".join(error.value.messages)


def test_a_decompression_bomb_is_refused_from_its_header(alice, draft):
    # A tiny PNG that claims 30000 × 30000 pixels: refused before any pixel is decoded.
    out = io.BytesIO()
    Image.new("1", (30000, 30000)).save(out, format="PNG", optimize=True)
    data = out.getvalue()
    assert len(data) < 1_000_000
    with pytest.raises(ValidationError) as error:
        services.image_add(
            author=alice, case=draft, upload=_upload(data, "bomb.png"), caption="Bomb"
        )
    assert "too many pixels" in " ".join(error.value.messages)


def test_a_truncated_image_is_refused(alice, draft):
    with pytest.raises(ValidationError):
        services.image_add(
            author=alice,
            case=draft,
            upload=_upload(_jpeg_with_metadata()[:200]),
            caption="Cut",
        )


def test_the_upload_form_shows_the_error_and_keeps_the_case(client, alice, draft):
    client.force_login(alice)
    response = client.post(
        reverse("cases:image_add", args=[draft.pk]),
        {"image": _upload(b"GIF89a-not-really", "x.jpg"), "caption": "Scan"},
    )
    assert response.status_code == 400
    assert b"not an image we accept" in response.content
    draft.refresh_from_db()
    assert draft.presentation == CLEAN_CASE["presentation"]


def test_the_caption_goes_through_the_gate(alice, draft):
    services.image_add(
        author=alice,
        case=draft,
        upload=_upload(_jpeg_with_metadata()),
        caption="Photo sent by Mrs Jane Doe on 12/03/2024",
    )
    assert draft.flags.filter(field__startswith="image-", resolution="").exists()


def test_images_are_served_only_to_those_who_may_see_the_case(client, alice, dora, bob):
    case = published_case(alice)
    image = CaseImage(case=case, content_type="image/jpeg", width=1, height=1, caption="x")
    clean = images.image_clean(_upload(_jpeg_with_metadata()))
    from django.core.files.base import ContentFile

    image.file.save("i.jpg", ContentFile(clean.content))
    url = reverse("cases:image", args=[image.pk])
    client.force_login(dora)
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert "no-store" in response["Cache-Control"]
    client.force_login(bob)
    assert client.get(url).status_code == 403
    draft, _flags = services.case_save(author=alice, data=dict(CLEAN_CASE))
    hidden = CaseImage.objects.create(
        case=draft, content_type="image/jpeg", width=1, height=1, caption="x", file=image.file.name
    )
    client.force_login(dora)
    assert client.get(reverse("cases:image", args=[hidden.pk])).status_code == 404
