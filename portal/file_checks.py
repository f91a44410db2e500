"""Is a file what its name says? Checked by content (magic bytes), never by the extension alone,
so an HTML page renamed `.pdf` cannot be published as a decree."""

import os
import zipfile

from filetype.types.archive import Pdf, Rar, Rtf, Zip
from filetype.types.document import Docx, Ods, Odt, Pptx, Xlsx

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

HEAD_BYTES = 8192
# Word 97-2003 and Excel 97-2003 files are OLE2 compound files; filetype's own Word and
# Excel matchers recognise only some internal layouts, so the container signature is checked.
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Files a legal document may carry (the list): PDF, Word, Excel and OpenDocument text.
ATTACHMENT_EXTENSIONS = ("pdf", "doc", "docx", "xls", "xlsx", "odt")

_MATCHERS = {
    "pdf": Pdf().match,
    "doc": lambda head: head.startswith(OLE2_SIGNATURE),
    "xls": lambda head: head.startswith(OLE2_SIGNATURE),
    "ppt": lambda head: head.startswith(OLE2_SIGNATURE),
    "docx": Docx().match,
    "xlsx": Xlsx().match,
    "pptx": Pptx().match,
    "odt": Odt().match,
    "ods": Ods().match,
    "rtf": Rtf().match,
    "zip": Zip().match,
    "rar": Rar().match,
}
# Office writers do not always put the identifying part first in the archive, where the
# magic-byte matchers look; the archive's directory says for sure.
_ZIP_MEMBERS = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}


def extension_of(name):
    return os.path.splitext(name or "")[1].lstrip(".").lower()


def _has_member(file, member):
    file.seek(0)
    try:
        with zipfile.ZipFile(file) as archive:
            return member in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def content_matches_extension(file, extension):
    """True when the bytes of an open binary file are a real `extension` file.

    Extensions without a signature (txt, csv) have nothing to check and pass.
    """
    matcher = _MATCHERS.get(extension)
    if matcher is None:
        return True
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(0)
    if matcher(bytearray(head)):
        return True
    return extension in _ZIP_MEMBERS and head.startswith(b"PK\x03\x04") and _has_member(file, _ZIP_MEMBERS[extension])


def check_uploaded_file(file, name, allowed_extensions=None):
    """Raise a ValidationError an editor understands when `file` is not what `name` says."""
    extension = extension_of(name)
    if allowed_extensions is not None and extension not in allowed_extensions:
        raise ValidationError(
            _("“%(name)s” cannot be attached: only %(extensions)s files are accepted.")
            % {"name": os.path.basename(name), "extensions": ", ".join(ext.upper() for ext in allowed_extensions)},
            code="file_type",
        )
    if not content_matches_extension(file, extension):
        raise ValidationError(
            _(
                "The content of “%(name)s” is not a real %(extension)s file (it may be a web page or another "
                "file renamed). Upload the original file."
            )
            % {"name": os.path.basename(name), "extension": extension.upper()},
            code="file_content",
        )


def check_attachment(document):
    """The same check on a Wagtail document already in the library, when a page attaches it."""
    try:
        with document.file.open("rb") as file:
            check_uploaded_file(file, document.file.name, ATTACHMENT_EXTENSIONS)
    except FileNotFoundError as exc:
        raise ValidationError(
            _("The file of “%(title)s” is missing from storage.") % {"title": document.title}, code="file_missing"
        ) from exc
