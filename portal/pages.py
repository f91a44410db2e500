"""Page queries and routing shared by every app."""

from django.db.models import Exists, OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from django.http import HttpResponse

from wagtail import hooks
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet


def exclude_private(queryset):
    """Wagtail's `.public()` in one query: drop pages under any view restriction.

    `.public()` first loads every restriction, then filters, costing a query of its own on
    every listing; this asks the same question as a subquery.
    """
    # Only the (few) restrictions are scanned, each fetching its page's path by primary key:
    # joining the page table instead lets SQLite scan every page for every row.
    restricted_path = Subquery(Page.objects.filter(pk=OuterRef("page_id")).values("path")[:1])
    restricting = PageViewRestriction.objects.annotate(restricted_path=restricted_path).filter(
        restricted_path=Substr(OuterRef("path"), 1, Length("restricted_path"))
    )
    return queryset.filter(~Exists(restricting))


class PortalPageQuerySet(PageQuerySet):
    def visible(self):
        """What an anonymous visitor may read: live and under no view restriction."""
        return exclude_private(self.live())


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


def refusal_to_serve(page, request):
    """What Wagtail would answer instead of the page (a login for a restricted page), or None.

    A page's actions (a vote, a rating, a comment) have their own addresses; they are served on
    the page's terms: every `before_serve_page` hook is asked, as Wagtail's serve view asks them.
    """
    for hook in hooks.get_hooks("before_serve_page"):
        answer = hook(page, request, (), {})
        if isinstance(answer, HttpResponse):
            return answer
    return None


def route_in_one_query(root, request, path_components):
    """Find the page a URL names with one query for all its levels, not one per level.

    The deepest live page whose URL path is a prefix of the request's takes the rest of
    the path, so routable pages (feeds, print views) and 404s behave as in Wagtail's own
    level-by-level routing.
    """
    prefixes = {
        root.url_path + "/".join(path_components[:length]) + "/": length
        for length in range(1, len(path_components) + 1)
    }
    page = Page.objects.filter(url_path__in=prefixes, live=True).order_by("-depth").first()
    if page is None:
        return Page.route(root, request, path_components)
    return page.specific.route(request, path_components[prefixes[page.url_path] :])


def in_site_trees(queryset, site):
    """Pages under the site's root or under any translation of it (Wagtail i18n), as one filter.

    Wagtail's API loads the root page and its translations on every request (two queries);
    here their paths come from the fragment cache, and the filter is plain path prefixes,
    which the database can estimate and serve from the path index (a correlated subquery here
    made PostgreSQL join every article of 100,000 before keeping 20; bench/bench_scale.py).
    """
    from .caching.fragments import cached

    paths = cached("site-root-paths", site.pk, site.root_page_id, compute=lambda: _root_paths(site))
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return queryset.filter(condition)


def _root_paths(site):
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
    return list(Page.objects.filter(translation_key=Subquery(root_key)).values_list("path", flat=True))
