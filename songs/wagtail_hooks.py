from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Song


class SongViewSet(SnippetViewSet):
    model = Song
    icon = "media"
    menu_label = _("Songs")
    # A tick or a cross ("Có"/"Không" for screen readers), not Python's True/False.
    list_display = ["title", BooleanColumn("live", label=capfirst(Song._meta.get_field("live").verbose_name))]
    search_fields = ["title", "description"]
    # Orderable: editors drag songs into the order the sidebar shows.


register_snippet(SongViewSet)
