"""Every place the portal relies on a framework's private behaviour, each behind one function.

These are not public APIs of Django, Django REST framework, Wagtail or modelsearch, so an upgrade
may change them without notice: `tests/portal/test_internals.py` checks each one directly and
fails naming it, before the features built on it (the visitor cookie, search facets, the pages
API's filters and site lookup, sitemap alternates) fail in less obvious ways.
"""

from contextlib import contextmanager


def csrf_cookie_pending(request):
    """Django's CsrfViewMiddleware marks in META a response that will set the CSRF cookie."""
    return bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))


def search_matches(results):
    """The queryset of the rows a database-backend search matched (its compiler's own query),
    or None for a backend that has none (Elasticsearch, OpenSearch)."""
    compiler = results.query_compiler
    if not (hasattr(compiler, "get_config") and hasattr(compiler, "search")):
        return None
    return compiler.search(compiler.get_config(results.backend), None, None)


def copy_select_related(source, target):
    """`target` joined to what `source` is joined to: search backends take a plain queryset."""
    target.query.select_related = source.query.select_related
    return target


@contextmanager
def query_parameters_hidden(request, names):
    """Django REST framework's `request.GET` reads the Django request's, which a filter backend
    may not change: hide `names` from it while the block runs."""
    django_request = request._request
    original = django_request.GET
    django_request.GET = original.copy()
    for name in names:
        django_request.GET.pop(name, None)
    try:
        yield
    finally:
        django_request.GET = original


def remember_site(request, site):
    """Where `Site.find_for_request` keeps its answer on the request, so later calls (page URLs)
    reuse it instead of asking the database again."""
    getattr(request, "_request", request)._wagtail_site = site


def page_without_specific(view):
    """The page the URL names, as Wagtail's base API view set looks it up (`pk`, through the
    filters), without PagesAPIViewSet's `.specific`, which loads it a second time."""
    from wagtail.api.v2.views import BaseAPIViewSet  # the API's module, not loaded by every page

    return BaseAPIViewSet.get_object(view)
