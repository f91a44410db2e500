from django import template

from wagtail.models import Site

from portal.dates import format_nukeviet_datetime
from portal.models import PartnerLink

register = template.Library()


@register.filter
def nukeviet_datetime(value):
    return format_nukeviet_datetime(value)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    root = site.root_page if site else None
    items = root.get_children().live().public().in_menu() if root else []
    current = context.get("page")
    return {
        "request": request,
        "menu_items": items,
        "home_url": root.get_url(request) if root else "/",
        "current_path": current.path if current else "",
    }


@register.inclusion_tag("includes/breadcrumb.html", takes_context=True)
def breadcrumb(context, page):
    ancestors = page.get_ancestors().filter(depth__gt=1) if page and page.depth > 2 else []
    return {"request": context["request"], "ancestors": ancestors, "page": page}


@register.simple_tag
def partner_links():
    return list(PartnerLink.objects.select_related("image").prefetch_related("image__renditions"))


@register.simple_tag
def elided_page_range(page_obj):
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
