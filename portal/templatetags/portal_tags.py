from django import template
from django.db.models import prefetch_related_objects

from wagtail.models import Page, Site

from portal.dates import format_nukeviet_datetime
from portal.fragments import cached
from portal.models import PartnerLink, SiteSettings
from portal.pages import exclude_private

register = template.Library()


@register.filter
def nukeviet_datetime(value):
    return format_nukeviet_datetime(value)


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
    root = site.root_page
    children = exclude_private(root.get_children().live().in_menu())
    return [{"title": child.title, "url": child.relative_url(site), "path": child.path} for child in children]


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    items = cached("main-menu", site.pk, compute=lambda: _menu_items(site)) if site else []
    return {
        "home_is_current": bool(site and current_path) and current.pk == site.root_page_id,
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


@register.simple_tag
def partner_links():
    return cached(
        "partner-links",
        compute=lambda: list(PartnerLink.objects.select_related("image").prefetch_related("image__renditions")),
    )


@register.simple_tag
def elided_page_range(page_obj):
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
