"""Files editors upload in the admin (Documents > Add, the multiple uploader, the chooser).

`WAGTAILDOCS_DOCUMENT_FORM_BASE` points here. On top of Wagtail's own checks (the extension
list `WAGTAILDOCS_EXTENSIONS` and the size cap `WAGTAILDOCS_MAX_UPLOAD_SIZE`, enforced by
Wagtail's document field) a document is:

- checked by content (`portal.file_checks`): a web page or a program renamed "report.pdf"
  is refused, and so is a binary file named ".txt";
- written to storage while the form is validated, once everything else about it is valid, so a
  full disk (or an unreachable storage) is a form error the editor reads, in the single and the
  multiple uploader alike, never a server error. The half-written file is removed and no
  database row is made.

Images (`WAGTAILIMAGES_IMAGE_FORM_BASE`, single and multiple uploader, chooser) and songs
(`songs.forms.SongForm`) are stored the same way, through `StoredUploadMixin`; their content is
checked by Wagtail's image field (`PORTAL_IMAGES_MAX_RAW_UPLOAD_SIZE`, `WAGTAILIMAGES_MAX_IMAGE_PIXELS`,
`WAGTAILIMAGES_EXTENSIONS`, set in settings/base.py) and by `Song.clean`. A photo larger than pages
need is scaled down before it is stored (`portal.photo_resize`).
"""

import os

import filetype

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .file_checks import HEAD_BYTES, check_uploaded_file, extension_of
from .photo_resize import accept_camera_photos, photo_for_storage
from .stored_uploads import StoredUploadMixin

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


class PortalDocumentForm(StoredUploadMixin, BaseDocumentForm):
    """Wagtail's document form, checked by content and stored before it is accepted."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            check_uploaded_file(file, file.name)  # the content (magic bytes) must match the extension
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


class PortalImageForm(StoredUploadMixin, BaseImageForm):
    """Wagtail's image form (single and multiple uploader, chooser): a camera's photo is scaled
    down, then stored before it is accepted."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            accept_camera_photos(self.fields["file"])

    def clean_file(self):
        file = self.cleaned_data.get("file")
        if file and "file" in self.changed_data:
            file = photo_for_storage(file)
        return file
