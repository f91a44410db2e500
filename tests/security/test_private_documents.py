"""A private document's file cannot be fetched by its path (issue 18, item 3).

Documents are stored outside MEDIA_ROOT, under a random folder, and sent only by Wagtail's
document view after its privacy check. Checked through Django's URLs, and through a real
Debian nginx started on 127.0.0.1 with the configuration the README's "Deployment" shows,
in front of the live server.
"""

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from django.conf import settings
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from portal.storage import documents_root, move_documents_out_of_media

ROOT = Path(__file__).resolve().parents[2]
SECRET = b"%PDF-1.4 canaryprivatefile bien ban hop noi bo"


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PORTAL_DOCUMENTS_ROOT = None  # the default: next to MEDIA_ROOT
    return settings.MEDIA_ROOT


def root_collection():
    # A transactional test may run after another emptied the tables (and the root collection
    # Wagtail's migration made).
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def private_document():
    collection = root_collection().add_child(name="Hồ sơ nội bộ")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    document = get_document_model()(title="Biên bản họp nội bộ", collection=collection)
    document.file.save("bien-ban-hop.pdf", ContentFile(SECRET), save=True)
    return document


def public_image():
    from django.core.files.images import ImageFile

    from tests.faults.test_disk_full import noise_png

    image = get_image_model()(title="Toàn cảnh", collection=root_collection())
    image.file = ImageFile(ContentFile(noise_png(8), name="toan-canh.png"), name="toan-canh.png")
    image.save()
    return image


def guesses(document):
    """The paths a visitor might try: the original name, and the stored one if it ever leaked."""
    return {f"/media/documents/{document.filename}", f"/media/{document.file.name}"}


@pytest.mark.django_db
def test_documents_are_stored_outside_media_root_under_a_random_folder(media, client, django_user_model):
    document = private_document()
    assert re.fullmatch(r"documents/[\w-]{16}/bien-ban-hop\.pdf", document.file.name)
    stored = Path(document.file.path)
    assert stored.read_bytes() == SECRET
    assert stored.is_relative_to(documents_root()) and not stored.is_relative_to(media)
    assert not [path for path in Path(media).rglob("*") if path.is_file()]
    assert private_document().file.name != document.file.name  # a new random folder each time
    for path in guesses(document):
        assert client.get(path).status_code == 404
    # Anonymous: a login form; logged in: the file, streamed by the portal.
    assert client.get(document.url).status_code == 302
    client.force_login(django_user_model.objects.create_user("canbo", "canbo@example.vn", "mat-khau-dai-2026"))
    response = client.get(document.url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == SECRET


@pytest.mark.django_db
def test_files_stored_before_are_moved_out_of_media_root(media):
    legacy = Path(media) / "documents" / "cong-van-cu.pdf"
    legacy.parent.mkdir(parents=True)
    legacy.write_bytes(SECRET)
    document = get_document_model().objects.create(title="Công văn cũ", file="documents/cong-van-cu.pdf")
    assert move_documents_out_of_media(get_document_model()) == 1
    document.refresh_from_db()
    assert not legacy.exists()
    assert re.fullmatch(r"documents/[\w-]{16}/cong-van-cu\.pdf", document.file.name)
    assert Path(document.file.path).read_bytes() == SECRET
    assert move_documents_out_of_media(get_document_model()) == 0


def readme_nginx_server():
    """The nginx `server { … }` block of the README's "Deployment" section."""
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(r"```nginx\n(.*?)```", readme, re.DOTALL)
    assert len(blocks) == 1, "the README shows one nginx configuration"
    return blocks[0]


def nginx_binary():
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-q", "nginx-light"], check=False, capture_output=True)
        if os.path.exists("/usr/sbin/nginx"):
            return "/usr/sbin/nginx"
    if os.environ.get("CI"):
        pytest.fail("CI must run the nginx test: nginx is not installed and could not be installed.")
    pytest.skip("nginx is not installed (apt-get install nginx-light)")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def nginx(live_server, media, tmp_path):
    """A real nginx on 127.0.0.1 with the README's server block, in front of the live server."""
    binary = nginx_binary()
    port = free_port()
    server = readme_nginx_server()
    server = re.sub(r"listen 443 ssl;", f"listen 127.0.0.1:{port};", server)
    server = re.sub(r"\n\s*ssl_certificate\S*\s+[^;]+;", "", server)
    assert "/srv/ntm/media/" in server and "http://127.0.0.1:8000" in server
    server = server.replace("/srv/ntm/media/", f"{media}/").replace("http://127.0.0.1:8000", live_server.url)
    prefix = tmp_path / "nginx"
    prefix.mkdir()
    config = prefix / "nginx.conf"
    user = "user root;\n" if os.geteuid() == 0 else ""
    temp = "\n".join(
        f"    {kind}_temp_path {prefix}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    config.write_text(
        f"{user}worker_processes 1;\npid {prefix}/nginx.pid;\nerror_log {prefix}/error.log;\n"
        f"events {{ worker_connections 64; }}\nhttp {{\n    access_log off;\n{temp}\n{server}\n}}\n"
    )
    process = subprocess.Popen(
        [binary, "-p", str(prefix), "-e", str(prefix / "error.log"), "-c", str(config), "-g", "daemon off;"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if process.poll() is not None:
                pytest.fail("nginx did not start: " + process.stdout.read().decode())
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def fetch(url):
    """(status, body, headers) without following redirects."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(url, timeout=10) as response:
            return response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers


@pytest.mark.django_db(transaction=True)
def test_nginx_as_the_readme_configures_it_never_serves_a_private_document(nginx, media):
    document = private_document()
    image = public_image()
    # nginx does serve MEDIA_ROOT: a public image comes straight from it.
    status, body, _headers = fetch(nginx + image.file.url)
    assert status == 200 and body == Path(image.file.path).read_bytes()
    # The document's file, by its original name or its stored one: not there.
    for path in guesses(document):
        status, body, _headers = fetch(nginx + path)
        assert status == 404, path
        assert SECRET not in body
    # Through the portal, behind nginx: a login form, not the file.
    status, body, headers = fetch(nginx + document.url)
    assert status == 302 and "login" in headers["Location"]
    assert SECRET not in body
    assert settings.MEDIA_URL == "/media/"
