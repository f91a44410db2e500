from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.fragments import cached
from portal.page_cache import page_served, register_hole

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

LATEST_ARTICLES_ON_HOME = 8


@hooks.register("home_page_sections", order=10)
def latest_news(request):
    articles = cached(
        "latest-articles",
        compute=lambda: (
            NewsPage.objects.visible().for_listing().newest_first()[:LATEST_ARTICLES_ON_HOME].with_thumbnails()
        ),
    )
    return {"template": "news/includes/home_latest_news.html", "articles": articles}


def rating_line_key(page_id, language=None):
    return f"news:rating-line:{page_id}:{language or translation.get_language()}"


def rating_summary(request, page_id):
    totals = NewsPageCounter.objects.filter(page_id=page_id).values("rating_total", "rating_count").first()
    return render_to_string("news/includes/rating_summary.html", totals or {"rating_total": 0, "rating_count": 0})


# On a page served from the page cache the rating line comes from the cache until the next rating.
register_hole("news-rating", rating_summary, cache_key=rating_line_key)


@receiver(post_save, sender=NewsRating)
def forget_rating_line(sender, instance, **kwargs):
    keys = [rating_line_key(instance.page_id, language) for language, _name in settings.LANGUAGES]
    cache.delete_many(keys)
    # Again once the rating is visible to others: a page read in between stored the old line.
    transaction.on_commit(lambda: cache.delete_many(keys))


@receiver(page_served, sender=NewsPage)
def count_view(sender, request, page_id, route, response, **kwargs):
    """An article read, from the page cache or rendered (not its print view, not a redirect)."""
    if route == "" and response.status_code == 200:
        record_view(request, page_id, response)
