import logging

from django.conf import settings
from django.utils import timezone

from .counting import record_visit
from .figures import flush_if_due

# Logged once a minute at most (LOGGING's filter), not on every page of an outage.
logger = logging.getLogger(__name__)


def excluded_prefixes():
    prefixes = [f"/{settings.PORTAL_ADMIN_URL}", "/api/", "/documents/", settings.STATIC_URL, settings.MEDIA_URL]
    return tuple(prefix for prefix in prefixes + list(settings.VISITOR_STATS_EXCLUDED_PATHS) if prefix)


def counts_as_page_view(request, response):
    """A GET of an HTML page that answered 200, outside the admin, APIs, files and prefetches."""
    return (
        request.method == "GET"
        and response.status_code == 200
        and response.get("Content-Type", "").startswith("text/html")
        and not request.path.startswith(excluded_prefixes())
        and "prefetch" not in request.headers.get("Sec-Purpose", request.headers.get("Purpose", ""))
    )


class VisitorStatsMiddleware:
    """Count page views on the way out, so a page served from a cache in front of the views
    (added later) is counted too. Counting never fails a page: with the cache unreachable it
    pauses, and the database is written only by the flush, about once a minute."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if counts_as_page_view(request, response):
            now = timezone.now()
            try:
                # Only a new visit leaves something to flush, so only it asks whether a flush is
                # due: a returning visitor's page costs one cache round trip and nothing else.
                if record_visit(request, now):
                    flush_if_due(now)
            except Exception as exc:  # statistics must never cost a visitor the page
                logger.warning("visitor statistics paused: %s", exc)
        return response
