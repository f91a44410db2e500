from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import PartnerLink


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
