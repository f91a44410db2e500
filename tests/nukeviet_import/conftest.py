"""NukeViet 4 databases in MariaDB for the importer's tests.

The main fixtures are the real sites in `real/` (single- and multi-language), made by NukeViet's
own installer and admin and dumped with mysqldump; `fixture.sql` (written by hand, on NukeViet's
schema) keeps the cases a real site cannot easily hold: rows the import must refuse. Nothing here
reaches the internet: photos "on another site" are served by a local HTTP server, and embeds are
answered without asking YouTube."""

import http.server
import io
import os
import secrets
import shutil
import subprocess
import threading
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PIL import Image

from legal_docs.pdf import minimal_pdf

HERE = Path(__file__).parent
REAL = HERE / "real"
MARIADB = {"host": os.environ.get("NUKEVIET_TEST_HOST", "127.0.0.1"), "port": 3306, "user": "root", "password": ""}


def mariadb_or_skip():
    import pymysql

    try:
        return connect()
    except pymysql.MySQLError as error:
        message = f"MariaDB is not reachable at {MARIADB['host']}:3306 ({error}): the NukeViet import tests need it."
        if os.environ.get("CI"):
            pytest.fail(message + " CI must run them: start MariaDB.")
        pytest.skip(message + " Start MariaDB (root, empty password) to run them.")


def split_sql(sql):
    """Statements of a mysqldump file: split on `;` outside quotes and comments."""
    statements, current, quote, i = [], [], None, 0
    while i < len(sql):
        char = sql[i]
        if quote:
            current.append(char)
            if char == "\\" and quote != "`":
                current.append(sql[i + 1])
                i += 1
            elif char == quote:
                quote = None
        elif char in ("'", '"', "`"):
            quote = char
            current.append(char)
        elif sql.startswith("--", i) and (i + 2 >= len(sql) or sql[i + 2] in " \t\n"):
            i = sql.find("\n", i)
            if i < 0:
                break
        elif char == ";":
            statement = "".join(current).strip()
            if statement:
                statements.append(statement)
            current = []
        else:
            current.append(char)
        i += 1
    if "".join(current).strip():
        statements.append("".join(current).strip())
    return statements


def load_dump(database, path):
    """A mysqldump file into `database`, with the mariadb client when there is one."""
    client = shutil.which("mariadb") or shutil.which("mysql")
    if client:
        with path.open("rb") as dump:
            subprocess.run(
                [client, "-h", MARIADB["host"], "-P", str(MARIADB["port"]), "-u", MARIADB["user"], database],
                stdin=dump,
                check=True,
            )
        return
    connection = connect(database=database)
    try:
        with connection.cursor() as cursor:
            for statement in split_sql(path.read_text(encoding="utf-8")):
                cursor.execute(statement)
    finally:
        connection.close()


def fresh_database(server, label):
    name = f"nv_test_{label}_{secrets.token_hex(4)}"
    with server.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
    return name


def drop_database(server, name):
    with server.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")


def database_url(name):
    return f"mysql://{MARIADB['user']}@{MARIADB['host']}:{MARIADB['port']}/{name}"


@pytest.fixture(scope="session")
def real_site_database():
    """{site: (mysql://… of a fresh copy of real/{site}/dump.sql, its folder)}, loaded on first use."""
    server = mariadb_or_skip()
    loaded = {}

    def get(site):
        folder = REAL / site
        if not (folder / "dump.sql").is_file():
            message = f"The real NukeViet fixture {folder}/dump.sql is missing (see the README's migration section)."
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
        if site not in loaded:
            name = fresh_database(server, site)
            loaded[site] = name
            load_dump(name, folder / "dump.sql")
        return database_url(loaded[site]), folder

    yield get
    for name in loaded.values():
        drop_database(server, name)
    server.close()


class _Photos(http.server.BaseHTTPRequestHandler):
    """Any path answers a small JPEG, `/missing…` a 404, `/not-an-image…` an HTML page."""

    def do_GET(self):
        if self.path.startswith("/missing"):
            self.send_error(404)
            return
        if self.path.startswith("/not-an-image"):
            body, kind = b"<!DOCTYPE html><html><body>Not an image</body></html>", "text/html"
        else:
            body, kind = _jpeg("orange"), "image/jpeg"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def photo_server():
    """http://127.0.0.1:PORT of a server on this machine standing in for other sites' photos."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Photos)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module", autouse=True)
def no_internet(photo_server):
    """Remote photos come from the local server (same path), embeds are answered here: a test
    never reaches the internet (module-scoped, so that a site imported once per module is too)."""
    from wagtail.embeds import embeds
    from wagtail.embeds.models import Embed

    from nukeviet_import import media

    download = media._download

    def local_download(url):
        parts = urlsplit(url)
        if parts.hostname != "127.0.0.1":
            url = f"{photo_server}{parts.path}" + (f"?{parts.query}" if parts.query else "")
        return download(url)

    def fake_embed(url, max_width=None, max_height=None):
        return Embed(url=url, html=f'<iframe title="video" src="{url}"></iframe>', type="video")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(media, "_download", local_download)
        patch.setattr(embeds, "get_embed", fake_embed)
        yield


def statements(sql):
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [statement.strip() for statement in "\n".join(lines).split(";\n") if statement.strip()]


def connect(**extra):
    import pymysql

    return pymysql.connect(charset="utf8mb4", connect_timeout=5, autocommit=True, **MARIADB, **extra)


@pytest.fixture(scope="session")
def nukeviet_database():
    """mysql://… of a fresh database with the hand-written fixture, dropped at the end of the session."""
    server = mariadb_or_skip()
    name = fresh_database(server, "hand")
    try:
        load(name, (HERE / "schema.sql").read_text(encoding="utf-8"))
        load(name, (HERE / "fixture.sql").read_text(encoding="utf-8"))
        yield database_url(name)
    finally:
        drop_database(server, name)
        server.close()


def load(database, sql):
    connection = connect(database=database)
    try:
        with connection.cursor() as cursor:
            for statement in statements(sql):
                cursor.execute(statement)
    finally:
        connection.close()


def _jpeg(color):
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), color).save(buffer, "JPEG")
    return buffer.getvalue()


def _docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


@pytest.fixture(scope="session")
def upload_dir(tmp_path_factory):
    """NukeViet's `uploads` folder: what the fixture rows refer to, less one photo that went missing."""
    root = tmp_path_factory.mktemp("uploads")
    files = {
        "news/2018_10/can-loc-hop.jpg": _jpeg("green"),
        "news/2018_10/chu-tich-huyen.jpg": _jpeg("blue"),
        "news/2018_10/bi-thu.jpg": _jpeg("red"),
        "laws/2024_04/qd-15-2024.pdf": minimal_pdf("Quyet dinh 15/2024/QD-UBND"),
        # A web page saved under a .pdf name: refused by the content check, as an editor's upload would be.
        "laws/2024_04/phu-luc.pdf": b"<!DOCTYPE html><html><body>Not found</body></html>",
        "laws/2024_09/cv-4414.docx": _docx(),
    }
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return root
