from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.page_cache import page_served_from_cache, register_hole

from .interactions import record_view
from .models import NewsPage, NewsPageCounter, NewsSource


class NewsSourceViewSet(SnippetViewSet):
    model = NewsSource
    icon = "globe"
    menu_label = _("News sources")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "url"]
    search_fields = ["name"]


register_snippet(NewsSourceViewSet)


def rating_summary(request, page_id):
    totals = NewsPageCounter.objects.filter(page_id=page_id).values("rating_total", "rating_count").first()
    return render_to_string(
        "news/includes/rating_summary.html", totals or {"rating_total": 0, "rating_count": 0}, request=request
    )


register_hole("news-rating", rating_summary)


@receiver(page_served_from_cache, sender=NewsPage)
def count_cached_view(sender, request, page_id, response, **kwargs):
    record_view(request, NewsPage(pk=page_id), response)
