from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.page_cache import page_served_from_cache, register_hole

from .interactions import record_view
from .models import NewsPage, NewsPageCounter, NewsRating, NewsSource


class NewsSourceViewSet(SnippetViewSet):
    model = NewsSource
    icon = "globe"
    menu_label = _("News sources")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "url"]
    search_fields = ["name"]


register_snippet(NewsSourceViewSet)


# Bounds how long a rating could stay unseen if a page read the old totals just as it landed.
RATING_TOTALS_TIMEOUT = 60


def _rating_totals_key(page_id):
    return f"news:rating-totals:{page_id}"


def _rating_totals(page_id):
    totals = NewsPageCounter.objects.filter(page_id=page_id).values("rating_total", "rating_count").first()
    return totals or {"rating_total": 0, "rating_count": 0}


def rating_summary(request, page_id):
    """The rating line of a page served from the page cache: its totals are cached until the
    next rating, so serving the page costs no query."""
    totals = cache.get_or_set(_rating_totals_key(page_id), lambda: _rating_totals(page_id), RATING_TOTALS_TIMEOUT)
    return render_to_string("news/includes/rating_summary.html", totals)


@receiver(post_save, sender=NewsRating)
def forget_rating_totals(sender, instance, **kwargs):
    key = _rating_totals_key(instance.page_id)
    cache.delete(key)
    # Again once the rating is visible to others: a page read in between cached the old totals.
    transaction.on_commit(lambda: cache.delete(key))


register_hole("news-rating", rating_summary)


@receiver(page_served_from_cache, sender=NewsPage)
def count_cached_view(sender, request, page_id, response, **kwargs):
    record_view(request, NewsPage(pk=page_id), response)
