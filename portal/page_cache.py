"""Whole public pages served from the cache, correct the moment an editor publishes.

Anonymous GETs of Wagtail pages are stored under the site-wide content version
(`portal.fragments`), so publishing, unpublishing, moving a page or saving a setting or
snippet makes every stored page stale at once, with no expiry to wait for.

What differs between visitors or from second to second is never stored:
- "holes": parts a template marks with `{% page_cache_hole name args %}` (the live visitor
  figures, an article's rating line, the poll widget) are cut out when a page is stored and
  rendered again, by the same function, for every visitor that is served it;
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
from collections import namedtuple

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.dispatch import Signal
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html

from .fragments import LocalCopies, content_version
from .pages import exclude_private

logger = logging.getLogger(__name__)
# sender: the page model; kwargs: request, page_id, response, and route: the name of the
# RoutablePageMixin route that answered ("rss", "print_view"), "" for the page itself.
page_served = Signal()

HOLES = {}
Hole = namedtuple("Hole", "render shared_by cache_key")
_HOLE = re.compile(r"<!--hole ([\w-]+)((?: [\w-]+)*)-->(.*?)<!--/hole-->", re.DOTALL)
_CSRF_INPUT = re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]*(")')
CSRF_PLACEHOLDER = "__page_cache_csrf__"
# Routes that are never Wagtail pages: no cache lookup at all.
EXCLUDED_PREFIXES = ("/admin/", "/api/", "/documents/", "/static/", "/media/", "/search/", "/django-admin/")
MAX_KEY_QUERY_LENGTH = 300
HEADER = "X-Page-Cache"


def register_hole(name, renderer, shared_by=None, cache_key=None):
    """`renderer(request, *args)` returns the HTML of the hole; args are the tag's words.

    `shared_by(request)`, when given, says what else than the content the hole's HTML
    depends on (the minute, the date): every visitor with the same answer is served one
    rendering, kept under the content version, so a page served from here renders nothing.
    `cache_key(*args)`, instead, names where one rendering is kept until the hole's owner
    deletes that key (the rating line, until the next rating).
    """
    HOLES[name] = Hole(renderer, shared_by, cache_key)


def register_template_hole(name, template_name, with_request=True, shared_by=None):
    """A hole rendered from a template, which gets the tag's words as `hole_args`.

    `with_request=False` skips the context processors (CSRF token, settings…), which cost
    more than the small templates that need none of them.
    """

    def render(request, *args):
        return render_to_string(template_name, {"hole_args": args}, request=request if with_request else None)

    register_hole(name, render, shared_by)


def render_hole(request, name, *args):
    html = HOLES[name].render(request, *args)
    marker = " ".join([name, *map(str, args)])
    return format_html("<!--hole {}-->{}<!--/hole-->", marker, html)


def _timeout():
    return settings.PAGE_CACHE_TIMEOUT


def _enabled():
    return settings.PAGE_CACHE_ENABLED


def _cache_key(request, version):
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


def _shared_hole_key(request, version, name, args):
    hole = HOLES[name]
    if hole.cache_key is not None:
        return hole.cache_key(*args)
    if hole.shared_by is None:
        return None
    parts = ["hole", version, request.get_host(), translation.get_language(), name, *args, hole.shared_by(request)]
    return ":".join(map(str, parts))


# Pages and shared holes this process has read, a few hundred of ~20 KB each; kept no longer
# than the shared entries (PAGE_CACHE_TIMEOUT). `cache_key` holes are never copied: their
# owner deletes them.
_local = LocalCopies(limit=500, max_age=_timeout)


def _fill(request, content, version):
    """The stored page with this visitor's holes and CSRF token: shared holes come from this
    process or the cache (one round trip for all), the others are rendered."""
    holes = [(match.group(1), match.group(2).split()) for match in _HOLE.finditer(content)]
    keys = {(name, *args): _shared_hole_key(request, version, name, args) for name, args in holes}
    shared = {key: _local.get(version, key) for key in keys.values() if key}
    missing = [key for key, value in shared.items() if value is None]
    shared.update(cache.get_many(missing) if missing else {})
    for (name, *_args), key in keys.items():
        if key and shared.get(key) is not None and HOLES[name].cache_key is None:
            _local.keep(version, key, shared[key])

    def rendered(name, args):
        try:
            return str(render_hole(request, name, *args))
        except DatabaseError as error:
            # The database is down: the page is served without this part rather than not at all.
            logger.warning("page served without its %s part: %s", name, error)
            return None

    def hole(match):
        name, args = match.group(1), match.group(2).split()
        key = keys[(name, *args)]
        if key is None:
            return rendered(name, args) or ""
        if shared.get(key) is None:
            html = rendered(name, args)
            if html is None:
                return ""
            # Stored without the first visitor's CSRF token, like the page around it.
            shared[key] = _CSRF_INPUT.sub(rf"\g<1>{CSRF_PLACEHOLDER}\g<2>", html)
            cache.set(key, shared[key], _timeout())
            if HOLES[name].cache_key is None:
                _local.keep(version, key, shared[key])
        return shared[key]

    content = _HOLE.sub(hole, content)
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
    return exclude_private(type(page).objects.filter(pk=page.pk)).exists()


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
            key = _cache_key(request, version)
        if key is not None:
            stored = _local.get(version, key)
            if stored is None:
                stored = cache.get(key)
                if stored is not None:
                    _local.keep(version, key, stored)
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


def remember_served_page(page, request, serve_args, serve_kwargs):
    """Wagtail's before_serve_page hook: the middleware only stores responses of real pages."""
    request.page_cache_page = page
