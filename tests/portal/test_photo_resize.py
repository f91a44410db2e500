"""A camera's 28 MB photo is taken by every image upload of the admin (add view, multiple uploader,
the chooser's upload tab) and stored scaled down; small images are stored as they came; what is too
big, or a decompression bomb, is still refused, with no row and no file left."""

import io
import os
import struct
import time
import zlib
from functools import cache

import pytest
from PIL import Image as PILImage

from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation

from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
ORIENTATION = 0x0112  # the EXIF tag; 6: the camera was turned a quarter clockwise


@pytest.fixture
def media(settings, tmp_path):
    """MEDIA_ROOT of this test alone, so what was stored can be listed."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    return settings.MEDIA_ROOT


def stored_files(root):
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def noise(width, height):
    return PILImage.frombytes("RGB", (width, height), os.urandom(width * height * 3))


def encoded(image, image_format, **options):
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return buffer.getvalue()


@cache
def camera_photo():
    """7000 × 5000, about 28 MB: what a phone's camera gives (noise, so JPEG cannot shrink it)."""
    return encoded(noise(7000, 5000), "JPEG", quality=88)


def png_declaring(width, height):
    """A decodable black-and-white PNG of `width` × `height` that zlib shrinks to almost nothing."""
    compressor = zlib.compressobj(9)
    row = b"\x00" + bytes((width + 7) // 8)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def root_collection():
    return Collection.get_first_root_node().pk


def add_image(client, name, content, title="Hội nghị tổng kết"):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": title, "file": SimpleUploadedFile(name, content), "collection": root_collection()},
    )


def add_images(client, name, content):
    return client.post(reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile(name, content)})


def upload_in_chooser(client, name, content):
    return client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Hội nghị tổng kết",
            "image-chooser-upload-file": SimpleUploadedFile(name, content),
            "image-chooser-upload-collection": root_collection(),
        },
    )


def what_the_editor_reads(response):
    """The answer of any of the three views: a page, the uploader's JSON, the chooser's modal step."""
    if response["Content-Type"].startswith("application/json"):
        answer = response.json()
        return answer.get("error_message") or answer.get("htmlFragment", "")
    return response.content.decode()


def file_error_codes(response):
    return [error.code for error in response.context["form"].errors.as_data().get("file", [])]


def in_vietnamese(size):
    with translation.override("vi"):
        return filesizeformat(size)  # "40,0 MB", with a no-break space


def assert_stored_scaled_down(image, media, size, image_format="JPEG"):
    path = media / image.file.name
    assert (image.width, image.height) == size
    assert image.file_size == path.stat().st_size  # what the admin shows is the stored file
    with PILImage.open(path) as stored:
        assert (stored.format, stored.size) == (image_format, size)
    assert [name for name in stored_files(media) if name.startswith("original_images/")] == [image.file.name]


def test_a_camera_photo_is_taken_by_the_add_view_and_stored_scaled_down(admin_client, media):
    photo = camera_photo()
    assert 25 * MB < len(photo) < 30 * MB
    response = add_image(admin_client, "IMG_2031.jpg", photo)
    assert response.status_code == 302, file_error_codes(response)
    image = get_image_model().objects.get()
    assert_stored_scaled_down(image, media, (2560, 1829))
    assert image.file_size < 3 * MB
    # The editor sees the stored photo's dimensions and size on the image's page.
    page = admin_client.get(reverse("wagtailimages:edit", args=[image.pk])).content.decode()
    assert "2560x1829" in page
    assert in_vietnamese(image.file_size) in page


def test_a_camera_photo_is_taken_by_the_multiple_uploader_and_stored_scaled_down(admin_client, media):
    response = add_images(admin_client, "IMG_2032.jpg", camera_photo())
    assert response.json()["success"] is True, response.json()
    assert_stored_scaled_down(get_image_model().objects.get(), media, (2560, 1829))


def test_a_camera_photo_is_taken_by_the_choosers_upload_and_stored_scaled_down(admin_client, media):
    response = upload_in_chooser(admin_client, "IMG_2033.jpg", camera_photo())
    assert response.json()["step"] == "chosen", response.json()
    image = get_image_model().objects.get()
    assert response.json()["result"]["id"] == str(image.pk)
    assert_stored_scaled_down(image, media, (2560, 1829))


def test_the_upload_forms_tell_the_larger_limit_and_the_scaling(admin_client, media):
    add_form = admin_client.get(reverse("wagtailimages:add")).content.decode()
    assert f"Dung lượng tối đa {in_vietnamese(40 * MB)}." in add_form
    assert "Ảnh rộng hoặc cao hơn 2560 điểm ảnh được thu nhỏ về kích thước đó khi tải lên." in add_form
    # The multiple uploader refuses larger files in the browser, before sending them, by the same limit.
    uploader = admin_client.get(reverse("wagtailimages:add_multiple")).content.decode()
    assert f'data-max-file-size="{40 * MB}"' in uploader
    assert f"Ảnh tải lên được tối đa {in_vietnamese(40 * MB)}." in uploader


def test_a_small_image_is_stored_as_it_came(admin_client, media):
    photo = encoded(noise(1200, 800), "JPEG", quality=95)
    assert add_image(admin_client, "toan-canh.jpg", photo).status_code == 302
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (1200, 800)
    assert (media / image.file.name).read_bytes() == photo


def test_the_cameras_orientation_is_applied_when_a_photo_is_scaled_down(admin_client, media):
    exif = PILImage.Exif()
    exif[ORIENTATION] = 6
    photo = encoded(PILImage.new("RGB", (4000, 3000), "green"), "JPEG", quality=85, exif=exif)
    assert add_image(admin_client, "dung-anh.jpg", photo).status_code == 302
    image = get_image_model().objects.get()
    assert_stored_scaled_down(image, media, (1920, 2560))  # upright, as the camera showed it
    with PILImage.open(media / image.file.name) as stored:
        assert stored.getexif().get(ORIENTATION) is None  # not turned a second time by viewers


def test_a_large_png_stays_a_png(admin_client, media):
    picture = encoded(PILImage.new("RGB", (3000, 2000), "orange"), "PNG")
    response = add_images(admin_client, "so-do.png", picture)
    assert response.json()["success"] is True, response.json()
    assert_stored_scaled_down(get_image_model().objects.get(), media, (2560, 1707), image_format="PNG")


def test_a_decompression_bomb_is_still_refused_quickly(admin_client, media):
    bomb = png_declaring(30_000, 30_000)  # 900 million pixels in about 110 kB
    for upload in (add_image, add_images, upload_in_chooser):
        started = time.monotonic()
        response = upload(admin_client, "anh-dep.png", bomb)
        assert time.monotonic() - started < 5
        assert "Tệp này có quá nhiều điểm ảnh" in what_the_editor_reads(response)
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []


def test_a_file_over_the_raw_limit_is_refused_before_it_is_read(admin_client, media):
    response = add_image(admin_client, "qua-lon.jpg", encoded(noise(40, 30), "JPEG") + bytes(41 * MB))
    assert response.status_code == 200
    assert file_error_codes(response) == ["file_too_large"]
    assert f"Dung lượng tối đa {in_vietnamese(40 * MB)}" in response.content.decode()
    assert stored_files(media) == []


def test_a_small_image_still_too_heavy_to_store_is_refused(admin_client, media):
    # 40 × 30 pixels and 16 MB of padding: nothing to scale down, and more than is stored.
    response = add_image(admin_client, "anh-nang.png", encoded(noise(40, 30), "PNG") + bytes(16 * MB))
    assert response.status_code == 200
    assert file_error_codes(response) == ["file_too_large"]
    assert "quá lớn để lưu" in response.content.decode()
    assert not get_image_model().objects.exists()
    assert stored_files(media) == []
