"""Back-catalogue import of legal documents from a spreadsheet (CSV or XLSX).

A file is imported whole or not at all: every row is created inside one transaction, each
behind its own savepoint so one bad row does not hide the next one's problem, and the whole
transaction is rolled back when any row is refused. The page models' own validation (number
format, dates, uniqueness per issuer) decides, so a row is refused for the same reasons an
editor's form would be.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.text import capfirst, slugify
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model

from portal.file_checks import ATTACHMENT_EXTENSIONS, check_uploaded_file
from portal.text import fold

from .models import DocumentAttachment, DocumentType, Issuer, LegalDocumentPage, Sector, Signer
from .numbering import InvalidNumber, parse_number

# Header (folded: no accents, lower case) → field. Vietnamese and English headers both work.
HEADERS = {
    "so ky hieu": "number",
    "number": "number",
    "tieu de": "title",
    "title": "title",
    "trich yeu": "summary",
    "summary": "summary",
    "loai van ban": "document_type",
    "document type": "document_type",
    "co quan ban hanh": "issuer",
    "issuer": "issuer",
    "nguoi ky": "signer",
    "signer": "signer",
    "chuc vu nguoi ky": "signer_position",
    "signer position": "signer_position",
    "linh vuc": "fields",
    "fields": "fields",
    "ngay ban hanh": "issued_on",
    "issue date": "issued_on",
    "ngay hieu luc": "effective_on",
    "effective date": "effective_on",
    "ngay het hieu luc": "expires_on",
    "expiry date": "expires_on",
    "so cong bao": "gazette_number",
    "gazette number": "gazette_number",
    "ngay cong bao": "gazette_date",
    "gazette date": "gazette_date",
    "tep dinh kem": "files",
    "files": "files",
}
REQUIRED = ("number", "summary", "document_type", "issuer", "issued_on")
DATE_FIELDS = ("issued_on", "effective_on", "expires_on", "gazette_date")
DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")
LIST_SEPARATOR = ";"


class ImportFileError(Exception):
    """The file as a whole cannot be read: wrong format, unknown or missing columns."""


@dataclass
class RejectedRow:
    line: int
    number: str
    reasons: list[str]

    def __str__(self):
        label = _("Row %(line)s") % {"line": self.line}
        if self.number:
            label += f" ({self.number})"
        return f"{label}: {'; '.join(self.reasons)}"


@dataclass
class ImportReport:
    created: list[LegalDocumentPage] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    new_signers: list[str] = field(default_factory=list)

    @property
    def ok(self):
        return not self.rejected


def read_rows(path):
    """(line number, {field: value}) for each non-empty row of a .csv or .xlsx file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        table = _read_csv(path)
    elif suffix == ".xlsx":
        table = _read_xlsx(path)
    else:
        raise ImportFileError(_("Only .csv and .xlsx files can be imported, not “%(name)s”.") % {"name": path.name})
    if not table:
        raise ImportFileError(_("“%(name)s” is empty.") % {"name": path.name})
    columns = _columns(table[0])
    rows = []
    for line, values in enumerate(table[1:], start=2):
        row = {name: _cell(values[index]) for index, name in columns.items() if index < len(values)}
        if any(value not in ("", None) for value in row.values()):
            rows.append((line, row))
    return rows


def _read_csv(path):
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(_("“%(name)s” is not UTF-8 text: save it as “CSV UTF-8”.") % {"name": path.name}) from exc
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def _read_xlsx(path):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise ImportFileError(_("“%(name)s” is not a readable Excel workbook.") % {"name": path.name}) from exc
    try:
        return [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()


def _columns(header):
    columns, unknown = {}, []
    for index, title in enumerate(header):
        key = " ".join(fold(str(title or "")).split())
        if not key:
            continue
        if key not in HEADERS:
            unknown.append(str(title))
        else:
            columns[index] = HEADERS[key]
    if unknown:
        raise ImportFileError(
            _("Unknown columns: %(columns)s. Known columns: %(known)s.")
            % {"columns": ", ".join(unknown), "known": ", ".join(_vietnamese_headers())}
        )
    missing = [name for name in REQUIRED if name not in columns.values()]
    if missing:
        raise ImportFileError(
            _("Missing columns: %(columns)s.") % {"columns": ", ".join(_header_for(name) for name in missing)}
        )
    return columns


def _vietnamese_headers():
    return [
        "Số ký hiệu",
        "Tiêu đề",
        "Trích yếu",
        "Loại văn bản",
        "Cơ quan ban hành",
        "Người ký",
        "Chức vụ người ký",
        "Lĩnh vực",
        "Ngày ban hành",
        "Ngày hiệu lực",
        "Ngày hết hiệu lực",
        "Số công báo",
        "Ngày công báo",
        "Tệp đính kèm",
    ]


def _header_for(name):
    return next(title for title in _vietnamese_headers() if HEADERS[" ".join(fold(title).split())] == name)


def _cell(value):
    if isinstance(value, str):
        return value.strip()
    return value


def parse_date(value):
    if value in ("", None):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(str(value).strip(), date_format).date()
        except ValueError:
            continue
    raise ValueError(_("“%(value)s” is not a date: write it as dd/mm/yyyy.") % {"value": value})


class Taxonomies:
    """The existing types, issuers, fields and signers, found by abbreviation or by name."""

    def __init__(self):
        self.types = self._index(DocumentType.objects.all(), with_abbreviation=True)
        self.issuers = self._index(Issuer.objects.all(), with_abbreviation=True)
        self.sectors = self._index(Sector.objects.all())
        self.signers = self._index(Signer.objects.all())

    @staticmethod
    def _index(objects, with_abbreviation=False):
        found = {}
        for item in objects:
            found[fold(item.name)] = item
            if with_abbreviation:
                found.setdefault(fold(item.abbreviation), item)
        return found

    @staticmethod
    def find(index, value):
        return index.get(fold(" ".join(str(value).split())))


class LegalDocumentImporter:
    def __init__(self, index_page, base_dir, skip_existing=False):
        self.index_page = index_page
        self.base_dir = Path(base_dir)
        self.skip_existing = skip_existing

    def run(self, rows, dry_run=False):
        report = ImportReport()
        taxonomies = Taxonomies()
        with transaction.atomic():
            for line, row in rows:
                try:
                    with transaction.atomic():
                        page = self._import_row(row, taxonomies, report)
                except ValidationError as error:
                    report.rejected.append(RejectedRow(line, str(row.get("number") or ""), _messages(error)))
                    continue
                except ValueError as error:
                    report.rejected.append(RejectedRow(line, str(row.get("number") or ""), [str(error)]))
                    continue
                if page is not None:
                    report.created.append(page)
            if dry_run or not report.ok:
                transaction.set_rollback(True)
        return report

    def _import_row(self, row, taxonomies, report):
        errors = []
        document_type = self._lookup(taxonomies.types, row.get("document_type"), _("document type"), errors)
        issuer = self._lookup(taxonomies.issuers, row.get("issuer"), _("issuer"), errors)
        sectors = [self._lookup(taxonomies.sectors, name, _("field"), errors) for name in _split(row.get("fields"))]
        dates = {}
        for name in DATE_FIELDS:
            try:
                dates[name] = parse_date(row.get(name))
            except ValueError as error:
                errors.append(str(error))
        if errors:
            raise ValidationError(errors)
        signer = self._signer(row, taxonomies, report)
        number = str(row.get("number") or "")
        if self.skip_existing and self._exists(issuer, number):
            report.skipped.append(number)
            return None
        title = str(row.get("title") or "") or _("%(type)s No. %(number)s") % {
            "type": document_type.name,
            "number": number,
        }
        page = LegalDocumentPage(
            title=title,
            slug=document_slug(title),
            number=number,
            summary=str(row.get("summary") or ""),
            document_type=document_type,
            issuer=issuer,
            signer=signer,
            gazette_number=str(row.get("gazette_number") or ""),
            **{name: value for name, value in dates.items() if value is not None},
        )
        page.first_published_at = issue_time(page.issued_on) if page.issued_on else None
        page.sectors = [sector for sector in sectors if sector]
        files = _split(row.get("files"))
        page.attachments = [DocumentAttachment(document=self._document(path, title)) for path in files]
        self.index_page.add_child(instance=page)
        page.save_revision().publish()
        return page

    @staticmethod
    def _lookup(index, value, label, errors):
        if value in ("", None):
            return None
        found = Taxonomies.find(index, value)
        if found is None:
            errors.append(_("unknown %(what)s “%(value)s”") % {"what": label, "value": value})
        return found

    @staticmethod
    def _signer(row, taxonomies, report):
        name = " ".join(str(row.get("signer") or "").split())
        if not name:
            return None
        signer = Taxonomies.find(taxonomies.signers, name)
        if signer is None:
            signer = Signer.objects.create(name=name, position=str(row.get("signer_position") or ""))
            taxonomies.signers[fold(name)] = signer
            report.new_signers.append(name)
        return signer

    @staticmethod
    def _exists(issuer, number):
        try:
            key = parse_number(number).key
        except InvalidNumber:
            return False
        return LegalDocumentPage.objects.filter(issuer=issuer, number_key=key).exists()

    def _document(self, relative_path, title):
        path = (self.base_dir / relative_path).resolve()
        if not path.is_file():
            raise ValidationError(_("the file “%(path)s” was not found") % {"path": relative_path})
        with path.open("rb") as handle:
            check_uploaded_file(handle, path.name, ATTACHMENT_EXTENSIONS)
            document = get_document_model()(title=title, file=File(handle, name=path.name))
            document._set_document_file_metadata()
            document.save()
        return document


def issue_time(issued_on):
    """A back-catalogue document counts as published on its issue date (search's year facet)."""
    return timezone.make_aware(datetime.datetime.combine(issued_on, datetime.time(8)))


def document_slug(title):
    return slugify(fold(title).replace("/", "-"))[:255]


def _split(value):
    parts = str(value or "").replace("\n", LIST_SEPARATOR).split(LIST_SEPARATOR)
    return [part.strip() for part in parts if part.strip()]


def _messages(error):
    if hasattr(error, "error_dict"):
        labels = {model_field.name: model_field.verbose_name for model_field in LegalDocumentPage._meta.fields}
        return [
            f"{capfirst(labels.get(name, name))}: {message}" if name != "__all__" else message
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    return error.messages
