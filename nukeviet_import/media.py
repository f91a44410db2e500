"""Photos and attachments from NukeViet's `uploads` folder into Wagtail's image and document libraries."""

import hashlib
import os
from urllib.parse import unquote, urlsplit

from PIL import Image as PillowImage
from PIL import UnidentifiedImageError

from django.core.files import File
from django.core.files.images import ImageFile
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from legal_docs.file_checks import ATTACHMENT_EXTENSIONS, check_uploaded_file

from .context import SkipRow, checksum
from .report import CREATED, UNCHANGED, UPDATED

IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp", "bmp"}
# NukeViet serves uploads from /uploads/… and their thumbnails from /assets/…, with the same tail.
UPLOAD_ROOTS = ("/uploads/", "/assets/")


def upload_path_of(src):
    """`news/2018_10/a.jpg` for `/uploads/news/2018_10/a.jpg`, `https://site/uploads/…` or `uploads/…`;
    None for an address outside the uploads folder (another site, a data: URI)."""
    if not src or src.startswith("data:"):
        return None
    path = unquote(urlsplit(src).path)
    if not path.startswith("/"):
        path = "/" + path
    for root in UPLOAD_ROOTS:
        if root in path:
            return path.split(root, 1)[1].lstrip("/")
    return None


def _file_in_upload_dir(ctx, relative):
    if ctx.upload_dir is None:
        raise SkipRow(_("no --upload-dir was given, so “%(path)s” cannot be read") % {"path": relative})
    path = (ctx.upload_dir / relative).resolve()
    if ctx.upload_dir not in path.parents:
        raise SkipRow(_("“%(path)s” is outside the upload folder") % {"path": relative})
    if not path.is_file():
        raise SkipRow(_("the file “%(path)s” was not found in the upload folder") % {"path": relative})
    return path


def _digest(path):
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            sha.update(chunk)
    return checksum(sha.hexdigest())


def import_image(ctx, relative, title):
    """The library image for an uploaded file, imported once per file; None (and a line in the
    report) when the file is missing or not an image. In a dry run nothing is stored: None."""
    relative = relative.strip().lstrip("/")
    if relative in ctx.files:
        return ctx.files[relative]
    ctx.files[relative] = None
    try:
        image = _import_image(ctx, relative, title)
    except SkipRow as error:
        if relative not in ctx.refused_files:
            ctx.refused_files.add(relative)
            ctx.report.skip("image", relative, "", [error])
        return None
    ctx.files[relative] = image
    return image


def _import_image(ctx, relative, title):
    path = _file_in_upload_dir(ctx, relative)
    extension = path.suffix.lstrip(".").lower()
    if extension not in IMAGE_EXTENSIONS:
        raise SkipRow(_("“%(path)s” is not an image") % {"path": relative})
    try:
        with PillowImage.open(path) as probe:
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError) as error:
        raise SkipRow(_("“%(path)s” is not a readable image") % {"path": relative}) from error
    digest = _digest(path)
    record = ctx.record("image", relative)
    existing = ctx.target("image", relative, get_image_model()) if record else None
    if existing is not None and record.checksum == digest:
        ctx.file_outcome("image", relative, UNCHANGED)
        return existing
    if ctx.dry_run:
        ctx.file_outcome("image", relative, UPDATED if existing else CREATED)
        return None
    image = existing or get_image_model()(title=(title or path.stem)[:255])
    with path.open("rb") as handle:
        image.file = ImageFile(handle, name=path.name)
        image._set_image_file_metadata()
        image.save()
    if existing is not None:
        image.renditions.all().delete()
    ctx.file_outcome("image", relative, UPDATED if existing else CREATED)
    ctx.remember("image", relative, image, digest)
    return image


def import_document(ctx, relative, title):
    """A legal document's file as a library document, checked by content as editors' uploads are.

    Raises SkipRow with the reason when it cannot be used; returns None in a dry run."""
    relative = relative.strip().lstrip("/")
    if relative in ctx.files:
        return ctx.files[relative]
    path = _file_in_upload_dir(ctx, relative)
    with path.open("rb") as handle:
        check_uploaded_file(handle, path.name, ATTACHMENT_EXTENSIONS)
    digest = _digest(path)
    document_model = get_document_model()
    record = ctx.record("attachment", relative)
    existing = ctx.target("attachment", relative, document_model) if record else None
    if existing is not None and record.checksum == digest:
        ctx.file_outcome("attachment", relative, UNCHANGED)
        ctx.files[relative] = existing
        return existing
    if ctx.dry_run:
        ctx.file_outcome("attachment", relative, UPDATED if existing else CREATED)
        ctx.files[relative] = None
        return None
    document = existing or document_model(title=(title or path.stem)[:255])
    with path.open("rb") as handle:
        document.file = File(handle, name=os.path.basename(path.name))
        document._set_document_file_metadata()
        document.save()
    ctx.file_outcome("attachment", relative, UPDATED if existing else CREATED)
    ctx.remember("attachment", relative, document, digest)
    ctx.files[relative] = document
    return document
