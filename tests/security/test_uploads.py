"""Uploads through the real admin views, as a logged-in editor: documents are checked by content
and size, images by size, pixels and format; whatever is refused leaves no row and no file."""

import io
import re
import struct
import time
import zlib
from functools import cache

import pytest
from PIL import Image as PILImage

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from legal_docs.pdf import minimal_pdf

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
# The start of a Windows program (the "MZ" header and its DOS stub).
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(48) + b"This program cannot be run"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'
NOT_A_REAL_PDF = "không phải là tệp PDF thật"  # the Vietnamese form error, from portal.file_checks


@pytest.fixture
def media(settings, tmp_path):
    """MEDIA_ROOT of this test alone, so "no orphan file" can be checked."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    # Documents live outside MEDIA_ROOT in production (portal/storage.py); here in the same
    # folder, so that one listing shows every file the test left.
    settings.PORTAL_DOCUMENTS_ROOT = settings.MEDIA_ROOT
    return settings.MEDIA_ROOT


@pytest.fixture
def editor(client, django_user_model, media):
    client.force_login(django_user_model.objects.create_superuser("bientap", "bientap@example.vn", "x"))
    return client


def stored_files(root):
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def root_collection():
    return Collection.get_first_root_node().pk


def add_document(client, name, content, title="Báo cáo"):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": root_collection()},
    )


def add_documents(client, name, content):
    return client.post(reverse("wagtaildocs:add_multiple"), {"files[]": SimpleUploadedFile(name, content)})


def add_image(client, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Ảnh", "file": SimpleUploadedFile(name, content), "collection": root_collection()},
    )


def add_images(client, name, content):
    return client.post(reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile(name, content)})


def file_error_codes(response):
    return [error.code for error in response.context["form"].errors.as_data().get("file", [])]


def png_declaring(width, height):
    """A real, decodable black-and-white PNG of `width` × `height`, compressed as far as zlib goes:
    30000 × 30000 is 110 kB on disk and 900 million pixels once decoded."""
    compressor = zlib.compressobj(9)
    row = compressor.compress(b"\x00" + bytes((width + 7) // 8))  # filter byte + one bit a pixel
    data = row + b"".join(compressor.compress(b"\x00" + bytes((width + 7) // 8)) for _ in range(height - 1))
    data += compressor.flush()

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1 bit, greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


@cache
def decompression_bomb():
    return png_declaring(30_000, 30_000)


def small_png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "green").save(buffer, "PNG")
    return buffer.getvalue()


# --- Documents ---


@pytest.mark.parametrize("content", [HTML, EXE], ids=["html", "exe"])
def test_a_renamed_web_page_or_program_is_refused_by_the_document_form(editor, media, content):
    response = add_document(editor, "report.pdf", content)
    assert response.status_code == 200
    assert NOT_A_REAL_PDF in response.content.decode()
    assert file_error_codes(response) == ["file_content"]
    assert not get_document_model().objects.exists()
    assert stored_files(media) == []


@pytest.mark.parametrize("content", [HTML, EXE], ids=["html", "exe"])
def test_a_renamed_web_page_or_program_is_refused_by_the_multiple_uploader(editor, media, content):
    response = add_documents(editor, "report.pdf", content)
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert NOT_A_REAL_PDF in response.json()["error_message"]
    assert not get_document_model().objects.exists()
    assert stored_files(media) == []


def test_a_program_named_txt_is_refused_and_real_text_is_accepted(editor, media):
    response = add_document(editor, "ghi-chu.txt", EXE)
    assert response.status_code == 200
    assert "không phải là tệp TXT thật" in response.content.decode()
    assert not get_document_model().objects.exists()
    # Plain text in UTF-8, and in UTF-16 as Windows' Notepad saves "Unicode" (NUL bytes and all).
    assert add_document(editor, "ghi-chu.txt", "Lịch tiếp công dân tháng 5".encode()).status_code == 302
    assert add_document(editor, "ghi-chu-2.txt", "Lịch tiếp công dân".encode("utf-16")).status_code == 302
    assert get_document_model().objects.count() == 2


def test_a_real_pdf_is_stored_once_under_its_name(editor, media):
    pdf = minimal_pdf("Bao cao tong ket")
    response = add_document(editor, "bao-cao.pdf", pdf)
    assert response.status_code == 302
    document = get_document_model().objects.get()
    # Under a random folder (portal/storage.py), with its own name for the download.
    assert re.fullmatch(r"documents/[\w-]{16}/bao-cao\.pdf", document.file.name)
    assert document.filename == "bao-cao.pdf"
    assert document.file_size == len(pdf)
    assert stored_files(media) == [document.file.name]
    assert editor.get(document.url).getvalue() == pdf
    # The multiple uploader stores the same way; a second file of that name gets its own name.
    response = add_documents(editor, "bao-cao.pdf", pdf)
    assert response.json()["success"] is True
    assert len(stored_files(media)) == 2
    assert sorted(doc.file.name for doc in get_document_model().objects.all()) == stored_files(media)


def test_the_document_size_cap_is_30_mb_and_enforced_by_both_uploaders(editor, media, settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 30 * MB
    too_big = minimal_pdf("Qua lon") + b"%" + bytes(30 * MB)
    response = add_document(editor, "qua-lon.pdf", too_big)
    assert response.status_code == 200
    assert file_error_codes(response) == ["file_too_large"]
    assert "Tệp này quá lớn" in response.content.decode()
    response = add_documents(editor, "qua-lon.pdf", too_big)
    assert response.json()["success"] is False
    assert "Tệp này quá lớn" in response.json()["error_message"]
    assert not get_document_model().objects.exists()
    assert stored_files(media) == []


def test_replacing_a_documents_file_with_a_renamed_page_keeps_the_original(editor, media):
    pdf = minimal_pdf("Ban goc")
    assert add_document(editor, "ban-goc.pdf", pdf).status_code == 302
    document = get_document_model().objects.get()
    response = editor.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {"title": "Bản gốc", "file": SimpleUploadedFile("ban-goc.pdf", HTML), "collection": root_collection()},
    )
    assert response.status_code == 200
    assert NOT_A_REAL_PDF in response.content.decode()
    document.refresh_from_db()
    assert document.file.read() == pdf
    assert stored_files(media) == [document.file.name]


# --- Images ---


def test_the_image_limits_are_set():
    from django.conf import settings

    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 15 * MB
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS


def test_a_decompression_bomb_is_refused_quickly_by_the_image_form(editor, media):
    bomb = decompression_bomb()
    assert len(bomb) < 200_000
    started = time.monotonic()
    response = add_image(editor, "anh-dep.png", bomb)
    elapsed = time.monotonic() - started
    assert response.status_code == 200
    assert file_error_codes(response) == ["file_too_many_pixels"]
    assert "Tệp này có quá nhiều điểm ảnh" in response.content.decode()
    assert elapsed < 5, f"took {elapsed:.1f} s"
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


def test_a_decompression_bomb_is_refused_quickly_by_the_multiple_uploader(editor, media):
    started = time.monotonic()
    response = add_images(editor, "anh-dep.png", decompression_bomb())
    elapsed = time.monotonic() - started
    assert response.json()["success"] is False
    assert "Tệp này có quá nhiều điểm ảnh" in response.json()["error_message"]
    assert elapsed < 5, f"took {elapsed:.1f} s"
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


def test_an_image_over_40_megapixels_is_refused(editor, media):
    # 48 megapixels: below Pillow's own bomb threshold (89 M) and Wagtail's default cap (128 M).
    response = add_image(editor, "anh-lon.png", png_declaring(8_000, 6_000))
    assert response.status_code == 200
    assert file_error_codes(response) == ["file_too_many_pixels"]
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


def test_an_image_over_15_mb_is_refused(editor, media):
    response = add_image(editor, "anh-nang.png", small_png() + bytes(15 * MB))
    assert response.status_code == 200
    assert file_error_codes(response) == ["file_too_large"]
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


@pytest.mark.parametrize(
    ("name", "code"), [("logo.svg", "invalid_image_extension"), ("logo.png", "invalid_image_known_format")]
)
def test_svg_is_refused_whatever_its_name(editor, media, name, code):
    response = add_image(editor, name, SVG)
    assert response.status_code == 200
    assert file_error_codes(response) == [code]
    response = add_images(editor, name, SVG)
    assert response.json()["success"] is False
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


def test_an_ordinary_photo_is_accepted(editor, media):
    assert add_image(editor, "anh.png", small_png()).status_code == 302
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (40, 30)
    assert stored_files(media) == [image.file.name]
