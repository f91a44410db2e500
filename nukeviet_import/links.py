"""Links in imported bodies that point at the old site: where they lead now."""

from urllib.parse import parse_qsl, urlsplit

from django.utils.translation import gettext as _

from portal.file_checks import ATTACHMENT_EXTENSIONS

from .context import SkipRow
from .media import IMAGE_EXTENSIONS, UPLOAD_ROOTS, import_document, import_image, upload_path_of


def link_target(ctx, href, article_id=None, article_pages=None):
    """None for a link to elsewhere (another site, an anchor, a file); for a link to the old site
    (page id or None, new address or None, the old address when it leads nowhere yet)."""
    href = (href or "").strip()
    if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")) or not ctx.addresses.is_local(href):
        return None
    parts = urlsplit(href)
    if any(root in parts.path for root in UPLOAD_ROOTS):
        return _uploaded_file(ctx, href)
    address = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    found = ctx.resolve(address)
    if found is not None:
        page_id, link = found
        return page_id, (link or None), None
    if article_id is not None:
        old_id = article_id(parts.path, dict(parse_qsl(parts.query)))
        if old_id is not None:
            page_id = (article_pages or {}).get(str(old_id))
            return (page_id, None, None) if page_id else (None, None, address)
    return None, None, address


def _uploaded_file(ctx, href):
    """A link to a file in the old site's uploads (a PDF, a photo): the file is imported into the
    portal's library and the link leads to it; left as it was (and reported) when it cannot be."""
    relative = upload_path_of(href)
    extension = (relative or "").rsplit(".", 1)[-1].lower()
    if not relative or not (extension in ATTACHMENT_EXTENSIONS or extension in IMAGE_EXTENSIONS):
        return None
    if extension in IMAGE_EXTENSIONS:
        image = import_image(ctx, relative, "")
        return (None, image.file.url, None) if image is not None else None
    try:
        document = import_document(ctx, relative, "")
    except SkipRow as error:
        if relative not in ctx.refused_files:
            ctx.refused_files.add(relative)
            ctx.report.skip("attachment", relative, _("a file linked from a body"), [error])
        return None
    return (None, document.url, None) if document is not None else None
