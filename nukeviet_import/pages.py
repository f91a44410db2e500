"""Putting imported pages in the tree in the state they had on the old site, and their old addresses."""

import datetime
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.utils.text import slugify

from wagtail.models import Page

from portal.text import fold

from .models import ImportedObject

LIVE = "live"
SCHEDULED = "scheduled"
EXPIRED = "expired"
DRAFT = "draft"

# NukeViet stores Unix timestamps and shows them in the site's time zone.
SITE_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")


def moment(timestamp):
    """An aware datetime for a NukeViet timestamp; None for 0 (NukeViet's “not set”)."""
    if not timestamp or int(timestamp) <= 0:
        return None
    return datetime.datetime.fromtimestamp(int(timestamp), tz=datetime.UTC)


def local_date(timestamp):
    value = moment(timestamp)
    return value.astimezone(SITE_ZONE).date() if value else None


def page_slug(alias, title, fallback):
    slug = slugify(fold(alias or "").replace("_", "-")) or slugify(fold(title or ""))
    return (slug or fallback)[:200]


def free_slug(parent, slug, page=None, suffix=""):
    """`slug`, or `slug-suffix` when a sibling already uses it (Wagtail wants siblings' slugs unique)."""
    siblings = Page.objects.child_of(parent)
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    if not siblings.filter(slug=slug).exists():
        return slug
    return f"{slug}-{suffix}" if suffix else slug


def is_imported(page):
    content_type = ContentType.objects.get_for_model(page, for_concrete_model=False)
    return ImportedObject.objects.filter(content_type=content_type, object_id=str(page.pk)).exists()


def save_in_state(page, state, parent=None):
    """Create (with `parent`) or update `page` and leave it live, scheduled, expired or a draft,
    with a revision editors can open, as the old site had it."""
    if parent is not None:
        page.live = False
        page.has_unpublished_changes = True
        parent.add_child(instance=page)
    if state in (LIVE, SCHEDULED):
        page.save_revision().publish()
        return page
    page.live = False
    page.live_revision = None
    page.expired = state == EXPIRED
    page.save()
    page.save_revision()
    return page


def redirect_old_paths(ctx, paths, page=None, link=None):
    """Permanent redirects from the old site's addresses to `page` (or to `link`), kept in step."""
    ctx.redirect(paths, page=page, link=link)
