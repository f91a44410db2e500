"""Files editors upload in the admin (Documents > Add, the multiple uploader, the chooser).

`WAGTAILDOCS_DOCUMENT_FORM_BASE` points here. On top of Wagtail's own checks (the extension
list `WAGTAILDOCS_EXTENSIONS` and the size cap `WAGTAILDOCS_MAX_UPLOAD_SIZE`, enforced by
Wagtail's document field) a document is:

- checked by content (`legal_docs.file_checks`): a web page or a program renamed "report.pdf"
  is refused, and so is a binary file named ".txt";
- written to storage while the form is validated, once everything else about it is valid, so a
  full disk (or an unreachable storage) is a form error the editor reads, in the single and the
  multiple uploader alike, never a server error. The half-written file is removed and no
  database row is made.

Images need nothing here: Wagtail's image field enforces `WAGTAILIMAGES_MAX_UPLOAD_SIZE`,
`WAGTAILIMAGES_MAX_IMAGE_PIXELS` and `WAGTAILIMAGES_EXTENSIONS` (set in settings/base.py).
"""

import logging
import os

import filetype

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from legal_docs.file_checks import HEAD_BYTES, extension_of
from legal_docs.forms import ContentCheckedDocumentForm

logger = logging.getLogger(__name__)

# Plain text has no signature to check; it must at least not be a program or another binary.
TEXT_EXTENSIONS = ("txt",)
UNICODE_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")  # UTF-16 text holds NUL bytes


def looks_like_text(file):
    file.seek(0)
    head = file.read(HEAD_BYTES)
    file.seek(0)
    if head.startswith(UNICODE_BOMS):
        return True
    return b"\x00" not in head and filetype.guess(head) is None


class PortalDocumentForm(ContentCheckedDocumentForm):
    """Wagtail's document form, checked by content and stored before it is accepted."""

    def clean_file(self):
        file = super().clean_file()  # the content (magic bytes) must match the extension
        checks_text = file and "file" in self.changed_data and extension_of(file.name) in TEXT_EXTENSIONS
        if checks_text and not looks_like_text(file):
            raise ValidationError(
                _(
                    "The content of “%(name)s” is not a real %(extension)s file (it may be a web page or "
                    "another file renamed). Upload the original file."
                )
                % {"name": os.path.basename(file.name), "extension": extension_of(file.name).upper()},
                code="file_content",
            )
        return file

    def _post_clean(self):
        file_errors = self._errors.get("file")
        file_errors = file_errors.copy() if file_errors else None
        super()._post_clean()
        if file_errors:
            # Wagtail's Document.clean() then checks the extension of the file the form refused,
            # which is none ("File extension “” is not allowed"): the first reason is enough.
            self._errors["file"] = file_errors
            return
        if self._errors or "file" not in self.changed_data:
            return
        upload = self.cleaned_data.get("file")
        if upload:
            self._store(upload)

    def _store(self, upload):
        """Write the upload to storage now; on failure leave nothing behind and say so."""
        field_file = self.instance.file
        field, storage = field_file.field, field_file.storage
        # The name the storage will use (it keeps a free name as it is), known beforehand so a
        # partly written file can be removed: Django's storage leaves it when a write fails.
        name = storage.get_available_name(
            field.generate_filename(self.instance, os.path.basename(upload.name)), max_length=field.max_length
        )
        try:
            field_file.save(os.path.basename(name), upload, save=False)
            # Stored; Wagtail then reads the size and hash through the field's file: let that be
            # the upload, which Django closes after the request, not a new handle on the stored copy.
            self.instance.file.file = upload
        except OSError as error:
            logger.error("Could not store the uploaded document %s: %s", name, error)
            self._remove_partial(storage, name)
            self.instance.file = None
            self.add_error(
                "file",
                ValidationError(
                    _(
                        "“%(name)s” could not be saved: the server has no space left for files, or its file "
                        "storage is not available. Nothing was uploaded. Please tell the site administrator."
                    )
                    % {"name": os.path.basename(upload.name)},
                    code="storage_failed",
                ),
            )

    @staticmethod
    def _remove_partial(storage, name):
        try:
            if storage.exists(name):
                storage.delete(name)
        except OSError as error:
            logger.error("Could not remove the partly written file %s: %s", name, error)
