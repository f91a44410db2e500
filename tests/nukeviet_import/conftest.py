"""A NukeViet 4 database in MariaDB for the importer's tests: NukeViet's own tables, a fixture of
the customer's kind of content, and the site's uploads folder with the files rows point at."""

import io
import os
import secrets
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from legal_docs.pdf import minimal_pdf

HERE = Path(__file__).parent
MARIADB = {"host": os.environ.get("NUKEVIET_TEST_HOST", "127.0.0.1"), "port": 3306, "user": "root", "password": ""}


def statements(sql):
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [statement.strip() for statement in "\n".join(lines).split(";\n") if statement.strip()]


def connect(**extra):
    import pymysql

    return pymysql.connect(charset="utf8mb4", connect_timeout=5, autocommit=True, **MARIADB, **extra)


@pytest.fixture(scope="session")
def nukeviet_database():
    """mysql://… of a fresh database, dropped at the end of the session."""
    import pymysql

    try:
        server = connect()
    except pymysql.MySQLError as error:
        message = f"MariaDB is not reachable at {MARIADB['host']}:3306 ({error}): the NukeViet import tests need it."
        if os.environ.get("CI"):
            pytest.fail(message + " CI must run them: start MariaDB.")
        pytest.skip(message + " Start MariaDB (root, empty password) to run them.")
    name = f"nv_test_{secrets.token_hex(4)}"
    with server.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
    try:
        load(name, (HERE / "schema.sql").read_text(encoding="utf-8"))
        load(name, (HERE / "fixture.sql").read_text(encoding="utf-8"))
        yield f"mysql://{MARIADB['user']}@{MARIADB['host']}:{MARIADB['port']}/{name}"
    finally:
        with server.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")
        server.close()


def load(database, sql):
    connection = connect(database=database)
    try:
        with connection.cursor() as cursor:
            for statement in statements(sql):
                cursor.execute(statement)
    finally:
        connection.close()


@pytest.fixture
def nukeviet_sql(nukeviet_database):
    """Run SQL against the NukeViet database (to change a row between two imports)."""
    name = nukeviet_database.rsplit("/", 1)[1]
    return lambda sql: load(name, sql)


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
