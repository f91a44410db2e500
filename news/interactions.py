"""Ratings and view counts: exact under concurrency, one per visitor."""

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F

from portal.visitors import browsing_visitor_key, ensure_visitor_cookie, is_bot

from .models import NewsPageCounter, NewsRating

# NukeViet counted a view once per visitor session; a session here is this long.
VIEW_WINDOW_SECONDS = 30 * 60


class AlreadyRated(Exception):
    pass


def _bump(page_id, **increments):
    changes = {field: F(field) + amount for field, amount in increments.items()}
    if not NewsPageCounter.objects.filter(page_id=page_id).update(**changes):
        NewsPageCounter.objects.get_or_create(page_id=page_id)
        NewsPageCounter.objects.filter(page_id=page_id).update(**changes)


def rate(page, visitor, stars):
    """Record one rating and return the new (total, count); AlreadyRated if this visitor rated."""
    with transaction.atomic():
        try:
            with transaction.atomic():
                NewsRating.objects.create(page=page, visitor=visitor, stars=stars)
        except IntegrityError as exc:
            if has_rated(page, visitor):
                raise AlreadyRated from exc
            raise  # the database failed for another reason; nothing was written
        _bump(page.pk, rating_total=stars, rating_count=1)
        counter = NewsPageCounter.objects.get(page_id=page.pk)
    return counter.rating_total, counter.rating_count


def has_rated(page, visitor):
    return NewsRating.objects.filter(page=page, visitor=visitor).exists()


def record_view(request, page_id, response):
    """Count this view unless it is a robot, an editor's preview, or a repeat within the window.

    The marker lives in the shared cache, so a repeat costs no database write; with the cache
    down, nothing is counted rather than everything.
    """
    if request.method != "GET" or is_bot(request) or getattr(request, "is_preview", False):
        return
    marker = f"news:viewed:{page_id}:{browsing_visitor_key(request)}"
    if cache.add(marker, 1, timeout=VIEW_WINDOW_SECONDS):
        _bump(page_id, view_count=1)
    ensure_visitor_cookie(request, response)
