"""Whole public pages served from the cache, correct the moment an editor publishes.

Anonymous GETs of Wagtail pages are stored under the site-wide content version
(version.py), so publishing, unpublishing, moving a page or saving a setting or
snippet makes every stored page stale at once, with no expiry to wait for.

What differs between visitors or from second to second is never stored:
- "holes" (holes.py): parts a template marks with `{% page_cache_hole name args %}` (the live
  visitor figures, an article's rating line, the poll widget) are cut out when a page is stored
  and filled again, from one shared rendering per hole key, for every visitor that is served it;
- the CSRF token of each form is swapped for the visitor's own;
- cookies and messages are never stored, and a visitor who has a session or a pending message
  (just voted, rated, commented or logged in) is served a fresh page.

Pages whose whole content depends on the visitor (a poll page: has this visitor voted?) set
`page_cache = False`; private pages and previews are never stored. Apps that count views
connect to `page_served`, which fires for every Wagtail page this middleware passes on, from
the cache or rendered: one place to count, whichever way the page was served.
"""

import logging
import re
import time

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.dispatch import Signal
from django.http import HttpResponse
from django.middleware.csrf import get_token

from .holes import hole, render_hole
from .memo import Memo
from .version import content_version

logger = logging.getLogger(__name__)
# sender: the page model; kwargs: request, page_id, response, and route: the name of the
# RoutablePageMixin route that answered ("rss", "print_view"), "" for the page itself.
page_served = Signal()

_HOLE = re.compile(r"<!--hole ([\w-]+)((?: [\w-]+)*)-->(.*?)<!--/hole-->", re.DOTALL)
_CSRF_INPUT = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
CSRF_PLACEHOLDER = "__page_cache_csrf__"
# Routes that are never Wagtail pages: no cache lookup at all.
EXCLUDED_PREFIXES = (
    "/admin/",
    "/api/",
    "/documents/",
    "/static/",
    "/media/",
    "/search/",
    "/django-admin/",
    "/healthz",
    "/readyz",
)
MAX_KEY_QUERY_LENGTH = 300
HEADER = "X-Page-Cache"


def _timeout():
    return settings.PAGE_CACHE_TIMEOUT


def _enabled():
    return settings.PAGE_CACHE_ENABLED


def page_key(request, version):
    """Where the page this request asks for is kept under this content version (None: not kept)."""
    query = request.META.get("QUERY_STRING", "")
    if len(query) > MAX_KEY_QUERY_LENGTH:
        return None
    return ":".join(["page", str(version), request.get_host(), request.path, query])


def _serves_anonymous_shared_page(request):
    """True when this request may be answered from (or stored in) the shared cache."""
    if request.method not in ("GET", "HEAD") or not _enabled():
        return False
    if request.path.startswith(EXCLUDED_PREFIXES):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


# Pages and shared holes this process has read, a few hundred of ~20 KB each; kept no longer
# than the shared entries (PAGE_CACHE_TIMEOUT).
_local = Memo(_timeout, limit=500)


def _fill(request, content, version):
    """The stored page with its holes filled and this visitor's CSRF token: each hole's shared
    rendering comes from this process or the cache (one round trip for all), or is rendered once."""
    marks = {(match.group(1), *match.group(2).split()) for match in _HOLE.finditer(content)}
    keys = {mark: hole(mark[0]).key(request, version, mark[1:]) for mark in marks}
    shared = {key: _local.get(key) for key in keys.values()}
    missing = [key for key, value in shared.items() if value is None]
    shared.update(cache.get_many(missing) if missing else {})
    # Copied into this process once, when read from the cache or rendered: a copy's age is
    # counted from then, so it never outlives the shared entry.
    to_copy = {keys[mark] for mark in marks if hole(mark[0]).copy_locally} & set(missing)

    def rendered(name, args):
        try:
            return str(render_hole(request, name, *args))
        except DatabaseError as error:
            # The database is down: the page is served without this part rather than not at all.
            logger.warning("page served without its %s part: %s", name, error)
            return None

    def fill(match):
        name, args = match.group(1), match.group(2).split()
        key = keys[(name, *args)]
        if shared.get(key) is None:
            html = rendered(name, args)
            if html is None:
                return ""
            # Stored without the first visitor's CSRF token, like the page around it.
            shared[key] = _CSRF_INPUT.sub(rf"\g<1>{CSRF_PLACEHOLDER}\g<2>", html)
            cache.set(key, shared[key], _timeout())
        if key in to_copy:
            _local.set(key, shared[key])
            to_copy.discard(key)
        return shared[key]

    content = _HOLE.sub(fill, content)
    if CSRF_PLACEHOLDER in content:
        content = content.replace(CSRF_PLACEHOLDER, get_token(request))
    return content


def _hollow(content):
    content = _CSRF_INPUT.sub(rf"\g<1>{CSRF_PLACEHOLDER}\g<2>", content)
    return _HOLE.sub(lambda match: f"<!--hole {match.group(1)}{match.group(2)}--><!--/hole-->", content)


def _storable(request, response):
    page = getattr(request, "page_cache_page", None)
    if page is None or response.status_code != 200 or response.streaming:
        return False
    # A session started while rendering means the page was about this visitor.
    if settings.SESSION_COOKIE_NAME in response.cookies:
        return False
    if not getattr(page, "page_cache", True) or getattr(request, "is_preview", False):
        return False
    return request.page_cache_is_public(page)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response, page_id, model, route = self._respond(request)
        if page_id is not None:
            page_served.send(sender=model, request=request, page_id=page_id, route=route, response=response)
        return response

    def _respond(self, request):
        """The response, and which page (id, model, route) it is, if it is one."""
        key = version = None
        if _serves_anonymous_shared_page(request):
            version = content_version()
            key = page_key(request, version)
        if key is not None:
            stored = _local.get(key)
            if stored is None:
                stored = cache.get(key)
                if stored is not None:
                    # The copy ends when the shared entry does (entries stored before expiries were
                    # recorded: a full timeout).
                    _local.set(key, stored, seconds=stored.get("expires_at", time.time() + _timeout()) - time.time())
            if stored is not None:
                return (
                    self._serve(request, stored, version),
                    stored["page_id"],
                    apps.get_model(stored["model"]),
                    stored.get("route", ""),  # entries stored before routes were recorded
                )
        response = self.get_response(request)
        page = getattr(request, "page_cache_page", None)
        if page is None:
            return response, None, None, None
        route = _route_name(request)
        if key is not None and _storable(request, response):
            cache.set(
                key,
                {
                    "content": _hollow(response.content.decode(response.charset)),
                    "content_type": response["Content-Type"],
                    "page_id": page.pk,
                    "model": page._meta.label,
                    "route": route,
                    "expires_at": time.time() + _timeout(),
                },
                _timeout(),
            )
            response[HEADER] = "miss"
        return response, page.pk, type(page), route

    def _serve(self, request, stored, version):
        response = HttpResponse(_fill(request, stored["content"], version), content_type=stored["content_type"])
        response[HEADER] = "hit"
        return response


def _route_name(request):
    match = getattr(request, "routable_resolver_match", None)
    if match is None or match.url_name == "index_route":
        return ""
    return match.url_name


def remember_served_page(page, request, *, is_public):
    """From a `before_serve_page` hook (portal/wagtail_hooks.py): the middleware knows which page
    it passes on, and stores the response only if `is_public(page)` (live, under no view
    restriction), asked only when the response is to be stored."""
    request.page_cache_page = page
    request.page_cache_is_public = is_public
