"""Photos and attachments from NukeViet's `uploads` folder into Wagtail's image and document libraries."""

import hashlib
import io
import os
import urllib.error
import urllib.request
from urllib.parse import unquote, urlsplit

from PIL import Image as PillowImage
from PIL import UnidentifiedImageError

from django.conf import settings
from django.core.files import File
from django.core.files.images import ImageFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from portal.file_checks import ATTACHMENT_EXTENSIONS, check_uploaded_file

from .context import SkipRow, checksum
from .report import CREATED, UNCHANGED, UPDATED

IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp", "bmp"}
# Pillow's name of a format → the extension the library stores it under.
IMAGE_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "AVIF": "avif"}
REMOTE_TIMEOUT = 20
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


def image_source(ctx, src):
    """Where a photo comes from: its path in the upload folder (`news/2018_10/a.jpg`) when it is one
    of the old site's uploads, its address when it is on another site, None otherwise."""
    src = (src or "").strip()
    if not src or src.startswith("data:"):
        return None
    if src.startswith("//"):
        src = "https:" + src
    relative = upload_path_of(src)
    remote = src.startswith(("http://", "https://")) and not ctx.addresses.is_local(src)
    if relative is not None and (not remote or _in_upload_dir(ctx, relative)):
        return relative
    if src.startswith(("http://", "https://")):
        return src
    return None


def _in_upload_dir(ctx, relative):
    return ctx.upload_dir is not None and (ctx.upload_dir / relative).is_file()


def is_remote(source):
    return source.startswith(("http://", "https://"))


def check_image(data, name):
    """The checks an editor's upload gets: size, a picture Pillow can read, an allowed format,
    not too many pixels. Returns the extension to store it under; raises SkipRow with the reason."""
    max_size = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    if max_size and len(data) > max_size:
        raise SkipRow(_("“%(name)s” is larger than %(size)s") % {"name": name, "size": filesizeformat(max_size)})
    try:
        with PillowImage.open(io.BytesIO(data)) as probe:
            image_format, (width, height) = probe.format, probe.size
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise SkipRow(_("“%(name)s” is not a readable image") % {"name": name}) from error
    extension = IMAGE_FORMATS.get(image_format or "")
    allowed = set(settings.WAGTAILIMAGES_EXTENSIONS)
    if extension is None or extension not in allowed:
        raise SkipRow(
            _("“%(name)s” is a %(format)s picture, not a kind of image the portal takes")
            % {"name": name, "format": image_format or "?"}
        )
    max_pixels = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    if max_pixels and width * height > max_pixels:
        raise SkipRow(_("“%(name)s” has more than %(pixels)s pixels") % {"name": name, "pixels": max_pixels})
    return extension


def _download(url):
    """The bytes at `url`, read no further than the upload size limit."""
    max_size = settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    request = urllib.request.Request(url, headers={"User-Agent": "NTM Portal import_nukeviet"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=REMOTE_TIMEOUT) as response:  # noqa: S310 (http/https only)
            data = response.read(max_size + 1)
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise SkipRow(_("“%(url)s” could not be downloaded: %(error)s") % {"url": url, "error": reason}) from error
    return data


def _source_id(source):
    """What identifies a photo between runs: its path, or its address (hashed when too long to store)."""
    if len(source) <= 255:
        return source
    return "sha256:" + hashlib.sha256(source.encode()).hexdigest()


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


def import_image(ctx, source, title):
    """The library image for an uploaded file or a photo on another site, imported once each; None
    (and a line in the report) when it is missing or not an acceptable image. In a dry run
    nothing is stored: None."""
    source = source.strip()
    if not is_remote(source):
        source = source.lstrip("/")
    if source in ctx.files:
        return ctx.files[source]
    ctx.files[source] = None
    try:
        image = _import_remote_image(ctx, source, title) if is_remote(source) else _import_image(ctx, source, title)
    except SkipRow as error:
        if source not in ctx.refused_files:
            ctx.refused_files.add(source)
            ctx.report.skip("image", source, title or "", [error])
        return None
    ctx.files[source] = image
    if image is not None and not is_remote(source):
        upload_address(ctx, source, image.file.url)
    return image


def upload_address(ctx, relative, url):
    """`/uploads/{relative}` (and its `/assets/` thumbnail) now leads to the imported file."""
    if url:
        ctx.redirect([f"/uploads/{relative}", f"/assets/{relative}"], link=url)


def _import_image(ctx, relative, title):
    path = _file_in_upload_dir(ctx, relative)
    extension = path.suffix.lstrip(".").lower()
    if extension not in IMAGE_EXTENSIONS:
        raise SkipRow(_("“%(path)s” is not an image") % {"path": relative})
    check_image(path.read_bytes(), relative)
    digest = _digest(path)
    with path.open("rb") as handle:
        return _store_image(ctx, relative, handle, path.name, title or path.stem, digest)


def _import_remote_image(ctx, url, title):
    source_id = _source_id(url)
    record = ctx.record("image", source_id)
    existing = ctx.target("image", source_id, get_image_model()) if record else None
    if existing is not None:
        # A photo on another site is fetched once; a later run does not ask that site again.
        ctx.file_outcome("image", source_id, UNCHANGED)
        return existing
    if not ctx.fetch_remote:
        raise SkipRow(_("“%(url)s” is on another site and --no-remote-images was given") % {"url": url})
    if ctx.dry_run:
        ctx.file_outcome("image", source_id, CREATED)
        return None
    data = _download(url)
    name = os.path.basename(unquote(urlsplit(url).path)) or "image"
    extension = check_image(data, url)
    stem, _dot, _ext = name.rpartition(".")
    name = f"{stem or name}.{extension}"[-100:]
    digest = checksum(hashlib.sha256(data).hexdigest())
    return _store_image(ctx, source_id, io.BytesIO(data), name, title or stem or name, digest)


def _store_image(ctx, source_id, handle, name, title, digest):
    record = ctx.record("image", source_id)
    existing = ctx.target("image", source_id, get_image_model()) if record else None
    if existing is not None and record.checksum == digest:
        ctx.file_outcome("image", source_id, UNCHANGED)
        return existing
    if ctx.dry_run:
        ctx.file_outcome("image", source_id, UPDATED if existing else CREATED)
        return None
    image = existing or get_image_model()(title=title[:255])
    image.file = ImageFile(handle, name=name)
    image._set_image_file_metadata()
    image.save()
    ctx.stored_file(image.file)
    if existing is not None:
        image.renditions.all().delete()
    ctx.file_outcome("image", source_id, UPDATED if existing else CREATED)
    ctx.remember("image", source_id, image, digest)
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
        upload_address(ctx, relative, existing.url)
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
    ctx.stored_file(document.file)
    ctx.file_outcome("attachment", relative, UPDATED if existing else CREATED)
    ctx.remember("attachment", relative, document, digest)
    ctx.files[relative] = document
    upload_address(ctx, relative, document.url)
    return document
