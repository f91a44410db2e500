"""A deleted page's address, and those of the pages below it, answer with a permanent redirect to
the page above (issue 26): printed links, search engines and other sites keep leading somewhere
instead of to a 404. Wagtail's delete view and its bulk delete both pass through here."""

from wagtail import hooks
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page


def _public_addresses(page):
    """(site id, path) of the page and the live pages below it, as visitors know them."""
    addresses = []
    for each in Page.objects.descendant_of(page, inclusive=True).live():
        parts = each.get_url_parts()
        if parts:
            addresses.append((parts[0], parts[2]))
    return addresses


def _redirect_to_parent(parent_id, addresses):
    parent = Page.objects.filter(pk=parent_id, depth__gt=1).first()
    if parent is None:
        return
    for site_id, path in addresses:
        Redirect.objects.update_or_create(
            old_path=Redirect.normalise_path(path),
            site_id=site_id,
            defaults={"redirect_page": parent, "redirect_link": "", "is_permanent": True},
        )


@hooks.register("before_delete_page")
def remember_addresses(request, page):
    if request.method == "POST":
        request.deleted_page_addresses = [(page.get_parent().pk, _public_addresses(page))]


@hooks.register("after_delete_page")
def redirect_deleted_addresses(request, page):
    for parent_id, addresses in getattr(request, "deleted_page_addresses", []):
        _redirect_to_parent(parent_id, addresses)


@hooks.register("before_bulk_action")
def remember_addresses_in_bulk(request, action_type, objects, action):
    if action_type == "delete" and request.method == "POST" and action.model is Page:
        request.deleted_page_addresses = [(page.get_parent().pk, _public_addresses(page)) for page in objects]


@hooks.register("after_bulk_action")
def redirect_deleted_addresses_in_bulk(request, action_type, objects, action):
    if action_type == "delete":
        redirect_deleted_addresses(request, None)
