"""`?search=` on Wagtail's read API, with the folding and the limits of the search page."""

from rest_framework.filters import BaseFilterBackend

from django.conf import settings
from django.utils.translation import gettext as _

from wagtail.api.v2.utils import BadRequestError
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from .internals import copy_select_related
from .search_query import OPERATORS, accent_insensitive


class AccentInsensitiveSearchFilter(BaseFilterBackend):
    """Wagtail's SearchFilter, except that `nong thon moi` finds “nông thôn mới”, an unknown
    operator is a 400 rather than a 500, and a pasted essay is clipped rather than parsed."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if not settings.WAGTAILAPI_SEARCH_ENABLED:
            raise BadRequestError(_("Search is disabled."))
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError(_("Filtering by tag and searching at the same time is not supported."))
        operator = request.GET.get("search_operator") or "and"
        if operator not in OPERATORS:
            raise BadRequestError(_("search_operator must be “and” or “or”."))
        search_query = accent_insensitive(request.GET["search"], operator=operator)
        if search_query is None:
            return queryset.none()
        # Search backends only understand field lookups; the privacy and site filters are
        # subqueries, so hand them the same rows as a primary-key filter.
        candidates = queryset.model.objects.filter(pk__in=queryset.order_by().values("pk"))
        copy_select_related(queryset, candidates)
        try:
            return get_search_backend().search(
                search_query, candidates, operator=operator, order_by_relevance="order" not in request.GET
            )
        except FilterFieldError as error:
            raise BadRequestError(
                _("Cannot filter by “%(field)s” while searching.") % {"field": error.field_name}
            ) from error
        except OrderByFieldError as error:
            raise BadRequestError(
                _("Cannot order by “%(field)s” while searching.") % {"field": error.field_name}
            ) from error
