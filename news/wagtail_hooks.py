from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import NewsSource


class NewsSourceViewSet(SnippetViewSet):
    model = NewsSource
    icon = "globe"
    menu_label = _("News sources")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "url"]
    search_fields = ["name"]


register_snippet(NewsSourceViewSet)
