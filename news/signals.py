from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_save

from portal.caching.pages import page_served

from .interactions import rating_line_key, record_view
from .models import NewsPage, NewsRating


def forget_rating_line(sender, instance, **kwargs):
    keys = [rating_line_key(instance.page_id, language) for language, _name in settings.LANGUAGES]
    cache.delete_many(keys)
    # Again once the rating is visible to others: a page read in between stored the old line.
    transaction.on_commit(lambda: cache.delete_many(keys))


def count_view(sender, request, page_id, route, response, **kwargs):
    """An article read, from the page cache or rendered (not its print view, not a redirect)."""
    if route == "" and response.status_code == 200:
        record_view(request, page_id, response)


def connect(app_config):
    post_save.connect(forget_rating_line, sender=NewsRating, dispatch_uid="news-rating-line")
    page_served.connect(count_view, sender=NewsPage, dispatch_uid="news-count-view")
