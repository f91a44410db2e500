from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_dates, deleted_pages  # noqa: F401  (register their hooks, issue 26)
from .alt_text import add_alt_text_rule
from .caching.pages import remember_served_page
from .dashboard import YourDraftsPanel
from .models import PartnerLink
from .privacy import is_public_page, password_document_needs_login, password_page_needs_login


class PartnerLinkViewSet(SnippetViewSet):
    model = PartnerLink
    icon = "link"
    menu_label = _("Partner links")
    list_display = ["title", "url"]
    search_fields = ["title", "url"]


class SiteContentGroup(SnippetViewSetGroup):
    """Sidebar and footer content that is not a page; later apps add their snippets here."""

    menu_label = _("Portal")
    menu_icon = "site"
    menu_order = 250
    items = [PartnerLinkViewSet]


register_snippet(SiteContentGroup)


@hooks.register("before_serve_page")
def offer_to_page_cache(page, request, serve_args, serve_kwargs):
    remember_served_page(page, request, is_public=is_public_page)


# First, before Wagtail's own check would offer a password form (portal/privacy.py).
hooks.register("before_serve_page", password_page_needs_login, order=-10)
hooks.register("before_serve_document", password_document_needs_login, order=-10)


@hooks.register("insert_editor_js")
def save_after_autosave():
    return format_html('<script src="{}" defer></script>', static("portal/admin/save-after-autosave.js"))


@hooks.register("insert_editor_js")
def confirm_cancel_workflow():
    return format_html(
        '<script src="{}" data-question="{}" defer></script>',
        static("portal/admin/confirm-cancel-workflow.js"),
        _("Cancel the approval workflow? The reviewers' decisions so far are dropped and the page goes back to draft."),
    )


@hooks.register("construct_homepage_panels")
def add_your_drafts_panel(request, panels):
    panels.append(YourDraftsPanel())


@hooks.register("insert_editor_js")
def word_paste():
    """Word headings and tables pasted into the body keep their level and become table blocks."""
    return format_html('<script src="{}" defer></script>', static("portal/admin/word-paste.js"))


@hooks.register("construct_wagtail_userbar")
def check_images_alt_text(request, items, page):
    """The content checker (editor's checks panel, userbar) flags images whose alt text is a file name."""
    for item in items:
        if isinstance(item, ContentCheckerItem):
            add_alt_text_rule(item)
