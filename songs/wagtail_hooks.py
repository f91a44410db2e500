from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import SongForm
from .models import Song


class SongViewSet(SnippetViewSet):
    model = Song
    icon = "media"
    menu_label = _("Songs")
    # A tick or a cross ("Có"/"Không" for screen readers), not Python's True/False.
    list_display = ["title", BooleanColumn("live", label=capfirst(Song._meta.get_field("live").verbose_name))]
    search_fields = ["title", "description"]
    # The recording is stored while the form is validated, so a full disk is a form error.
    edit_handler = ObjectList(Song.panels, base_form_class=SongForm)
    # Orderable: editors drag songs into the order the sidebar shows.


register_snippet(SongViewSet)
