from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Song


class SongViewSet(SnippetViewSet):
    model = Song
    icon = "media"
    menu_label = _("Songs")
    list_display = ["title", "live"]
    search_fields = ["title", "description"]
    # Orderable: editors drag songs into the order the sidebar shows.


register_snippet(SongViewSet)
