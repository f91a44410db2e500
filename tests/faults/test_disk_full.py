"""The media disk fills up during a document upload in the admin.

MEDIA_ROOT is a real filesystem with 64 kB of room (a tmpfs, mounted as root, which CI is), and
the editor uploads 256 kB. The write fails half-way with "No space left on device", as it would
on a full production disk. Where mounting is not allowed (not root), a file-size limit
(RLIMIT_FSIZE) makes the same write fail the same way (EFBIG) during the request instead.

What the editor must get: the form again with a clear error (or the multiple uploader's error),
no Document row, no half-written file left taking the little room there is; and once the upload
is small enough to fit, it works.
"""

import os
import re
import resource
import shutil
import signal
import subprocess
from contextlib import contextmanager, nullcontext

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.documents import get_document_model
from wagtail.models import Collection

from legal_docs.pdf import minimal_pdf

pytestmark = pytest.mark.django_db

ROOM = 64 * 1024
BIG_PDF = minimal_pdf("Bao cao nam") + b"%" + b"x" * (256 * 1024)
SMALL_PDF = minimal_pdf("To trinh")


class FullDisk:
    def __init__(self, root, kind):
        self.root = root
        self.kind = kind

    def files(self):
        return sorted(str(path.relative_to(self.root)) for path in self.root.rglob("*") if path.is_file())

    def during_request(self):
        """The fault is on for the request: always on a tmpfs, only then with a file-size limit."""
        return nullcontext() if self.kind == "tmpfs" else file_size_limit(ROOM)


@contextmanager
def file_size_limit(limit):
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # fail the write, don't kill pytest
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous_handler)


def mount_tmpfs(path):
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={ROOM},mode=0755", "tmpfs", str(path)], capture_output=True, check=False
    )
    return result.returncode == 0


@pytest.fixture
def full_disk(settings, tmp_path):
    root = tmp_path / "media"
    root.mkdir()
    mounted = mount_tmpfs(root)
    if not mounted and os.environ.get("CI"):
        pytest.fail("CI runs as root and must be able to mount a small tmpfs for the disk-full test.")
    settings.MEDIA_ROOT = root
    settings.PORTAL_DOCUMENTS_ROOT = root  # documents live outside MEDIA_ROOT; here on the same full disk
    try:
        yield FullDisk(root, "tmpfs" if mounted else "file-size-limit")
    finally:
        if mounted and subprocess.run(["umount", str(root)], capture_output=True, check=False).returncode:
            subprocess.run(["umount", "--lazy", str(root)], check=True)
            pytest.fail("a file on the media disk was left open")


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("bientap", "bientap@example.vn", "x"))
    return client


def storage_error(name):
    with translation.override("vi"):
        return gettext(
            "“%(name)s” could not be saved: the server has no space left for files, or its file "
            "storage is not available. Nothing was uploaded. Please tell the site administrator."
        ) % {"name": name}


def add_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Báo cáo năm",
            "file": SimpleUploadedFile(name, content, "application/pdf"),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def assert_nothing_left(disk):
    assert not get_document_model().objects.exists()
    assert disk.files() == []


def assert_a_small_file_still_fits(editor, disk):
    """The room the failed upload had taken is free again."""
    with disk.during_request():
        response = add_document(editor, "to-trinh.pdf", SMALL_PDF)
    assert response.status_code == 302
    # Under a random folder (portal/storage.py), with its own name.
    [stored] = disk.files()
    assert re.fullmatch(r"documents/[\w-]{16}/to-trinh\.pdf", stored), stored
    with get_document_model().objects.get().file.open("rb") as stored:
        assert stored.read() == SMALL_PDF


def test_the_upload_form_says_the_disk_is_full(editor, full_disk):
    with full_disk.during_request():
        response = add_document(editor, "bao-cao.pdf", BIG_PDF)
    assert response.status_code == 200
    assert [error.code for error in response.context["form"].errors.as_data()["file"]] == ["storage_failed"]
    assert storage_error("bao-cao.pdf") in response.content.decode()
    assert_nothing_left(full_disk)
    assert_a_small_file_still_fits(editor, full_disk)


def test_the_multiple_uploader_says_the_disk_is_full(editor, full_disk):
    with full_disk.during_request():
        response = editor.post(
            reverse("wagtaildocs:add_multiple"), {"files[]": SimpleUploadedFile("bao-cao.pdf", BIG_PDF)}
        )
    assert response.status_code == 200
    assert response.json() == {"success": False, "error_message": storage_error("bao-cao.pdf")}
    assert_nothing_left(full_disk)
    assert_a_small_file_still_fits(editor, full_disk)


def test_a_large_upload_buffered_in_a_temporary_file_is_cleaned_up_too(editor, full_disk, settings):
    # Uploads over FILE_UPLOAD_MAX_MEMORY_SIZE (2.5 MB) arrive in a temporary file, which the
    # storage copies onto the media disk (another filesystem).
    if full_disk.kind != "tmpfs":
        pytest.skip("needs a full filesystem: a file-size limit also stops the temporary file")
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 0
    response = add_document(editor, "bao-cao.pdf", BIG_PDF)
    assert response.status_code == 200
    assert storage_error("bao-cao.pdf") in response.content.decode()
    assert_nothing_left(full_disk)


# Images and songs (issue 18): the same form error, no row, no file left.


def noise_png(side):
    """A real PNG that does not compress: `side`² random pixels, about 3·side² bytes."""
    import io
    import random

    from PIL import Image

    rng = random.Random(side)
    image = Image.frombytes("RGB", (side, side), bytes(rng.getrandbits(8) for _ in range(side * side * 3)))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def add_image(client, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Toàn cảnh xã",
            "file": SimpleUploadedFile(name, content, "image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def assert_no_image_left(disk):
    from wagtail.images import get_image_model

    assert not get_image_model().objects.exists()
    assert disk.files() == []


def assert_a_small_image_still_fits(editor, disk):
    with disk.during_request():
        response = add_image(editor, "nho.png", noise_png(16))
    assert response.status_code == 302
    assert disk.files() == ["original_images/nho.png"]


def test_the_image_form_says_the_disk_is_full(editor, full_disk):
    with full_disk.during_request():
        response = add_image(editor, "toan-canh.png", noise_png(300))
    assert response.status_code == 200
    assert [error.code for error in response.context["form"].errors.as_data()["file"]] == ["storage_failed"]
    assert storage_error("toan-canh.png") in response.content.decode()
    assert_no_image_left(full_disk)
    assert_a_small_image_still_fits(editor, full_disk)


def test_the_multiple_image_uploader_says_the_disk_is_full(editor, full_disk):
    with full_disk.during_request():
        response = editor.post(
            reverse("wagtailimages:add_multiple"), {"files[]": SimpleUploadedFile("toan-canh.png", noise_png(300))}
        )
    assert response.status_code == 200
    assert response.json() == {"success": False, "error_message": storage_error("toan-canh.png")}
    assert_no_image_left(full_disk)
    assert_a_small_image_still_fits(editor, full_disk)


def test_the_song_form_says_the_disk_is_full(editor, full_disk):
    from songs.models import Song
    from songs.sounds import tiny_wav

    def add_song(name, content):
        return editor.post(
            "/admin/snippets/songs/song/add/",
            {
                "title": "Quê hương đổi mới",
                "description": "Lời bài hát",
                "live": "on",
                "media_file": SimpleUploadedFile(name, content, "audio/wav"),
            },
        )

    long_song = tiny_wav(notes=(523.25, 659.25, 783.99) * 12, note_seconds=1.0)  # 36 s, about 290 kB
    with full_disk.during_request():
        response = add_song("que-huong.wav", long_song)
    assert response.status_code == 200
    assert storage_error("que-huong.wav") in response.content.decode()
    assert not Song.objects.exists()
    assert full_disk.files() == []
    with full_disk.during_request():
        assert add_song("ngan.wav", tiny_wav()).status_code == 302
    assert [path.split("/")[-1] for path in full_disk.files()] == ["ngan.wav"]
    assert Song.objects.get().media_type == "audio/wav"
