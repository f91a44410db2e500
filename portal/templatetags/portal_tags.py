from django import template
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.translation import get_language

from wagtail.models import Page, Site

from portal.caching.fragments import cached
from portal.caching.holes import render_hole
from portal.dates import format_nukeviet_datetime
from portal.images import PARTNER_LINK_RENDITION
from portal.models import PartnerLink, SiteSettings
from portal.pages import exclude_private

register = template.Library()


@register.filter
def nukeviet_datetime(value):
    return format_nukeviet_datetime(value)


@register.filter
def machine_datetime(value):
    """For `<time datetime>` and meta tags: ISO 8601 in the site's time zone, to the second (HTML
    allows at most three fractional digits; an article published from the admin has six)."""
    return timezone.localtime(value).replace(microsecond=0).isoformat()


@register.simple_tag(takes_context=True)
def site_settings(context):
    """The office's settings for this site, from the cache: the header and footer of every page."""
    site = Site.find_for_request(context["request"])
    if site is None:
        return None

    def load():
        found = SiteSettings.for_site(site)
        prefetch_related_objects([found], "logo__renditions")
        return found

    return cached("site-settings", site.pk, compute=load)


def _menu_items(site):
    # The active language's home: English pages list the English tree.
    root = site.root_page.localized
    children = exclude_private(root.get_children().live().in_menu())
    items = [{"title": child.title, "url": child.relative_url(site), "path": child.path} for child in children]
    return {"home_id": root.pk, "home_url": root.relative_url(site), "items": items}


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    menu = cached("main-menu", site.pk, get_language(), compute=lambda: _menu_items(site)) if site else None
    items = menu["items"] if menu else []
    return {
        "home_url": menu["home_url"] if menu else "/",
        "home_is_current": bool(menu and current_path) and current.pk == menu["home_id"],
        "menu_items": [
            {**item, "current": item["path"] == current_path, "active": current_path.startswith(item["path"])}
            for item in items
        ],
    }


def _ancestors(page, site):
    ancestors = page.get_ancestors().filter(depth__gt=1)
    return [
        {"title": ancestor.title, "url": ancestor.relative_url(site), "depth": ancestor.depth} for ancestor in ancestors
    ]


@register.inclusion_tag("includes/breadcrumb.html", takes_context=True)
def breadcrumb(context, page):
    ancestors = []
    if isinstance(page, Page) and page.depth > 2:
        site = Site.find_for_request(context["request"])
        ancestors = cached("breadcrumb", page.pk, compute=lambda: _ancestors(page, site))
    return {"ancestors": ancestors, "page": page}


# The size partner_links.html asks for; the cached links carry this rendition.


def _all_partner_links():
    links = list(PartnerLink.objects.select_related("image").prefetch_related("image__renditions"))
    for link in links:
        if link.image:
            # Made before the list is cached, so no page has to look for it.
            link.image.get_rendition(PARTNER_LINK_RENDITION)
    return links


@register.simple_tag
def partner_links():
    """The links shown today in the site's time zone. Every link is cached and the dates are
    checked on each page, so a link appears or goes at midnight with nothing to invalidate."""
    today = timezone.localdate()
    return [link for link in cached("partner-links", compute=_all_partner_links) if link.is_shown_on(today)]


@register.simple_tag
def elided_page_range(page_obj):
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)


@register.simple_tag(takes_context=True)
def page_cache_hole(context, name, *args):
    """A part of the page rendered afresh for every visitor, even when the page comes from the
    page cache (see portal/caching/holes.py)."""
    return render_hole(context["request"], name, *args)
