"""Read-only access to a NukeViet 4 MySQL/MariaDB database with PyMySQL (pure Python)."""

import html
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import pymysql
import pymysql.cursors

from django.utils.translation import gettext as _

_IDENTIFIER = re.compile(r"^[A-Za-z0-9_]+$")

# Columns holding HTML (CKEditor bodies, textareas kept with their <br />): the body converter
# and `plain_text` read them as HTML, which decodes their entities once. Every other text
# column was escaped by NukeViet's nv_htmlspecialchars() on input and is decoded here.
HTML_COLUMNS = frozenset(
    {"bodyhtml", "bodytext", "hometext", "description", "descriptionhtml", "introtext", "introduction", "note"}
)


def decode(value):
    """Text as the editor typed it: NukeViet stores `15&#x002F;2024&#x002F;QĐ-UBND`, `Bộ GD&amp;ĐT`,
    `&quot;…&quot;`, `&#40;…&#41;`. Decoded exactly once: `&amp;amp;` (an editor who typed
    `&amp;`) stays `&amp;`."""
    return html.unescape(value) if isinstance(value, str) and "&" in value else value


def decode_row(row):
    return {key: value if key in HTML_COLUMNS else decode(value) for key, value in row.items()}


class SourceError(Exception):
    """The NukeViet database cannot be reached or read as a whole."""


@dataclass(frozen=True)
class SourceAddress:
    host: str
    port: int
    user: str
    password: str
    database: str

    @classmethod
    def parse(cls, url):
        parts = urlsplit(url)
        if parts.scheme not in ("mysql", "mariadb") or not parts.path.strip("/"):
            raise SourceError(
                _("“%(url)s” is not a database address: write it as mysql://user:password@host/database.")
                % {"url": url}
            )
        return cls(
            host=parts.hostname or "127.0.0.1",
            port=parts.port or 3306,
            user=unquote(parts.username or "root"),
            password=unquote(parts.password or ""),
            database=unquote(parts.path.strip("/")),
        )

    def label(self):
        """Where the rows come from, without the credentials: stored with every imported object."""
        return f"{self.host}:{self.port}/{self.database}"


class NukeVietReader:
    """Rows of one NukeViet site: `table("news_rows")` is `{prefix}_{lang}_news_rows`."""

    def __init__(self, address, prefix="nv4", lang="vi"):
        for value in (prefix, lang):
            if not _IDENTIFIER.match(value):
                raise SourceError(_("“%(value)s” is not a valid table prefix or language.") % {"value": value})
        self.address = address
        self.prefix = prefix
        self.lang = lang
        try:
            self.connection = pymysql.connect(
                host=address.host,
                port=address.port,
                user=address.user,
                password=address.password,
                database=address.database,
                charset="utf8mb4",
                cursorclass=pymysql.cursors.DictCursor,
                connect_timeout=10,
                read_timeout=300,
            )
        except pymysql.MySQLError as error:
            raise SourceError(
                _("Cannot connect to the NukeViet database %(database)s: %(error)s")
                % {"database": address.label(), "error": error}
            ) from error
        self._tables = None

    @property
    def source_label(self):
        return f"{self.address.label()}#{self.prefix}_{self.lang}"

    def close(self):
        self.connection.close()

    def table(self, name, per_language=True):
        full = f"{self.prefix}_{self.lang}_{name}" if per_language else f"{self.prefix}_{name}"
        if not _IDENTIFIER.match(full):
            raise SourceError(_("“%(name)s” is not a valid table name.") % {"name": full})
        return full

    def tables(self):
        if self._tables is None:
            self._tables = set(self.select("SHOW TABLES", column=True))
        return self._tables

    def has_table(self, full_name):
        return full_name in self.tables()

    def site_config(self):
        """The site-wide settings NukeViet keeps in `{prefix}_config` (lang `sys`, module `global`):
        lang_multi, rewrite_optional, rewrite_op_mod, my_domains…; empty when the table is missing."""
        table = self.table("config", per_language=False)
        if not self.has_table(table):
            return {}
        sql = f"SELECT config_name, config_value FROM `{table}` WHERE lang = 'sys' AND module = 'global'"  # noqa: S608
        return {row["config_name"]: row["config_value"] for row in self.select(sql)}

    def module_config(self, module):
        """A module's settings in `{prefix}_config` (per_page…) for this language."""
        table = self.table("config", per_language=False)
        if not self.has_table(table):
            return {}
        sql = f"SELECT config_name, config_value FROM `{table}` WHERE lang = %s AND module = %s"  # noqa: S608
        return {row["config_name"]: row["config_value"] for row in self.select(sql, [self.lang, module])}

    def site_modules(self):
        """`{prefix}_{lang}_modules`: each module's address name (`title`), its code (`module_file`),
        its tables' infix (`module_data`); empty when the table is missing."""
        return self.all_rows(self.table("modules"), "weight")

    def function_aliases(self):
        """{(module name, function): alias in addresses} from `{prefix}_{lang}_modfuncs`."""
        return {(row["in_module"], row["func_name"]): row["alias"] for row in self.all_rows(self.table("modfuncs"))}

    def prefixes(self):
        """The table prefixes and languages present: {(prefix, lang)} from `*_modules` tables."""
        found = set()
        for name in self.tables():
            match = re.match(r"^([A-Za-z0-9]+)_([a-z]{2})_modules$", name)
            if match:
                found.add(match.groups())
        return found

    def columns(self, full_name):
        return {row["Field"] for row in self.select(f"SHOW COLUMNS FROM `{full_name}`")}

    def select(self, sql, params=None, column=False):
        try:
            with self.connection.cursor() as cursor:
                cursor.execute(sql, params)
                rows = cursor.fetchall()
        except pymysql.MySQLError as error:
            raise SourceError(_("Reading the NukeViet database failed: %(error)s") % {"error": error}) from error
        if column:
            return [next(iter(row.values())) for row in rows]
        return [decode_row(row) for row in rows]

    def all_rows(self, full_name, order_by=None):
        """Every row of a table, or an empty list when the site does not have that table."""
        if not self.has_table(full_name):
            return []
        # Only names from table() (letters, digits, underscores) and the mappers' own ORDER BY reach here.
        sql = f"SELECT * FROM `{full_name}`"  # noqa: S608
        if order_by:
            sql += f" ORDER BY {order_by}"
        return self.select(sql)
