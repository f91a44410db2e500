"""Ratings and view counts: exact under concurrency, one per visitor.

`rate` is the one path of a rating, for the article's form (views.py) and the API (api.py).
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import translation
from django.utils.translation import gettext as _

from portal.caching.memo import Memo
from portal.refusals import Refusal
from portal.throttle import allow
from portal.visitors import browsing_visitor_key, ensure_visitor_cookie, is_bot

from .models import NewsPageCounter, NewsRating

# NukeViet counted a view once per visitor session; a session here is this long.
VIEW_WINDOW_SECONDS = 30 * 60

logger = logging.getLogger(__name__)


class RatingRefused(Refusal):
    """A rating that cannot be recorded."""


class RatingsOff(RatingRefused):
    code = "ratings_off"
    http_status = 403

    def default_message(self):
        return _("Rating is turned off for this article.")


class TooManyRatings(RatingRefused):
    code = "too_many_ratings"
    http_status = 429

    def default_message(self):
        return _("Too many ratings from your network. Please try again later.")


class AlreadyRated(RatingRefused):
    code = "already_rated"

    def default_message(self):
        return _("You have already rated this article.")


def rating_line_key(page_id, language=None):
    """Where the rating line a page cache hole shows is kept, until the article's next rating."""
    return f"news:rating-line:{page_id}:{language or translation.get_language()}"


def _bump(page_id, **increments):
    changes = {field: F(field) + amount for field, amount in increments.items()}
    if not NewsPageCounter.objects.filter(page_id=page_id).update(**changes):
        NewsPageCounter.objects.get_or_create(page_id=page_id)
        NewsPageCounter.objects.filter(page_id=page_id).update(**changes)


def rate(page, stars, *, visitor, ip_key):
    """Record one rating and return the article's new (total, count), or raise a RatingRefused
    saying why not. `ip_key` is the hashed address the hourly limit per network counts."""
    if not page.allow_rating:
        raise RatingsOff
    if not allow("news-rating", ip_key, settings.NEWS_RATINGS_PER_IP_PER_HOUR, 60 * 60):
        raise TooManyRatings
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


# View markers this process knows are set, with the time until which it may trust that: a
# returning reader's repeat views then cost no round trip to the cache. One it set itself is
# trusted for the whole window; one another process set (its expiry unknown) for a minute, so
# a window can last up to a minute longer than VIEW_WINDOW_SECONDS.
KNOWN_ELSEWHERE_SECONDS = 60
_known_markers = Memo(VIEW_WINDOW_SECONDS, limit=10_000)


def record_view(request, page_id, response):
    """Count this view unless it is a robot, an editor's preview, or a repeat within the window.

    The marker lives in the shared cache, so a repeat costs no database write; with the cache
    down, nothing is counted rather than everything. With the database down the page, which may
    come from the page cache, is still served: the view is not counted.
    """
    if request.method != "GET" or is_bot(request) or getattr(request, "is_preview", False):
        return
    marker = f"news:viewed:{page_id}:{browsing_visitor_key(request)}"
    if _known_markers.get(marker) is None:
        if cache.add(marker, 1, timeout=VIEW_WINDOW_SECONDS):
            try:
                _bump(page_id, view_count=1)
            except DatabaseError as error:
                logger.warning("view of page %s not counted: %s", page_id, error)
            _known_markers.set(marker, True)
        else:
            _known_markers.set(marker, True, seconds=KNOWN_ELSEWHERE_SECONDS)
    ensure_visitor_cookie(request, response)
