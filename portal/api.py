"""Every API the portal serves: Wagtail's read API (v2) and the interaction API (django-ninja)."""

import logging

from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import DatabaseError
from django.http import Http404, JsonResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page

from legal_docs.api_filters import LegalDocumentFilter
from search.api_filters import AccentInsensitiveSearchFilter

from .pages import exclude_private, in_site_trees
from .site_api import router as site_router

logger = logging.getLogger(__name__)

APP_PAGE_FILTERS = [LegalDocumentFilter]


class PortalFieldsFilter(FieldsFilter):
    """Wagtail's `?field=value` filter, leaving alone the parameters an app filter interprets
    itself (`?document_type=QĐ` means an abbreviation, not a foreign-key id)."""

    def filter_queryset(self, request, queryset, view):
        claimed = view.app_filter_parameters & request.GET.keys()
        if not claimed:
            return super().filter_queryset(request, queryset, view)
        original = request._request.GET
        request._request.GET = original.copy()
        for name in claimed:
            del request._request.GET[name]
        try:
            return super().filter_queryset(request, queryset, view)
        finally:
            request._request.GET = original


# Past this, databases overflow (SQLite) or refuse (PostgreSQL's bigint) the OFFSET.
MAX_OFFSET = 10**9


class PortalPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(_("offset cannot be higher than %(max)s") % {"max": MAX_OFFSET})
        return super().paginate_queryset(queryset, request, view)


class PortalErrorsMixin:
    """Wagtail answers `{"message": …}`; the portal's APIs answer `{"detail": …}`: give both."""

    pagination_class = PortalPagination

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        if isinstance(response.data, dict) and "message" in response.data:
            response.data.setdefault("detail", response.data["message"])
        return response

    @classmethod
    def with_portal_search(cls, backends):
        return [AccentInsensitiveSearchFilter if backend is SearchFilter else backend for backend in backends]


class PortalPagesAPIViewSet(PortalErrorsMixin, PagesAPIViewSet):
    app_filter_parameters = frozenset().union(*(backend.query_parameters for backend in APP_PAGE_FILTERS))
    filter_backends = [
        PortalFieldsFilter if backend is FieldsFilter else backend
        for backend in PortalErrorsMixin.with_portal_search(PagesAPIViewSet.filter_backends)
    ]
    # App filters run before Wagtail's search filter, which must stay last.
    filter_backends[-1:-1] = APP_PAGE_FILTERS
    known_query_parameters = PagesAPIViewSet.known_query_parameters | app_filter_parameters

    def get_base_queryset(self):
        """Live pages of the requested site (all its locales), none under a view restriction:
        the API serves anonymous clients. One query, where Wagtail's own takes four."""
        try:
            site = SiteFilterValidator(site=self.request.GET.get("site"), request=self.request).site_obj
        except ValueError as error:
            raise BadRequestError(str(error)) from error
        if site is None:
            return Page.objects.none()
        return in_site_trees(exclude_private(Page.objects.live()), site)

    # A page model may define `api_queryset(queryset)` to load, in a fixed number of queries,
    # what its API fields read; listings and details of that type then use it.
    def get_queryset(self):
        # Every item's meta names its locale: one join, not one query per item.
        queryset = super().get_queryset().select_related("locale")
        if hasattr(queryset.model, "api_queryset"):
            queryset = queryset.model.api_queryset(queryset)
        return queryset

    @cached_property
    def _specific_object(self):
        page = super(PagesAPIViewSet, self).get_object()
        model = page.specific_class
        if model is None or not hasattr(model, "api_queryset"):
            return page.specific
        return model.api_queryset(model.objects.filter(pk=page.pk).select_related("locale")).get()

    def get_object(self):
        return self._specific_object


class PortalImagesAPIViewSet(PortalErrorsMixin, ImagesAPIViewSet):
    filter_backends = PortalErrorsMixin.with_portal_search(ImagesAPIViewSet.filter_backends)


class PortalDocumentsAPIViewSet(PortalErrorsMixin, DocumentsAPIViewSet):
    filter_backends = PortalErrorsMixin.with_portal_search(DocumentsAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", PortalImagesAPIViewSet)
api_router.register_endpoint("documents", PortalDocumentsAPIViewSet)


portal_api = NinjaAPI(
    title="NTM Portal interaction API",
    version="1",
    description='Votes, ratings, comments and statistics: everything a client writes. Errors are JSON `{"detail": …}`.',
    urls_namespace="portal_api",
    docs_url="/docs",
)
portal_api.add_router("/site", site_router)
portal_api.add_router("/news", "news.api.router")
portal_api.add_router("/legal-documents", "legal_docs.api.router")
portal_api.add_router("/polls", "polls.api.router")
portal_api.add_router("/stats", "visitor_stats.api.router")
portal_api.add_router("/songs", "songs.api.router")


@portal_api.exception_handler(Http404)
def not_found(request, exc):
    return portal_api.create_response(request, {"detail": _("Not found.")}, status=404)


@portal_api.exception_handler(ValidationError)
def invalid_input(request, exc):
    return portal_api.create_response(request, {"detail": exc.errors}, status=422)


@portal_api.exception_handler(AuthenticationError)
def unauthenticated(request, exc):
    return portal_api.create_response(request, {"detail": _("Authentication required.")}, status=401)


@portal_api.exception_handler(HttpError)
def http_error(request, exc):
    detail = str(exc)
    if exc.status_code == 400 and isinstance(exc.__cause__, Exception) and detail.startswith("Cannot parse"):
        # django-ninja's own words for a body that is not JSON, which it does not translate.
        detail = _("The request body is not valid JSON.")
    return portal_api.create_response(request, {"detail": detail}, status=exc.status_code)


@portal_api.exception_handler(DatabaseError)
def database_unavailable(request, exc):
    """A write the database refused half-way was rolled back whole (each one is a transaction):
    say so in JSON, never with Django's HTML error page."""
    logger.error("Database error on %s %s", request.method, request.path, exc_info=exc)
    if request.method in InteractionGuardMiddleware.WRITE_METHODS:
        detail = _("The database is not available right now, so nothing was recorded. Please try again shortly.")
    else:
        detail = _("The database is not available right now. Please try again shortly.")
    response = portal_api.create_response(request, {"detail": detail}, status=503)
    response["Retry-After"] = "30"
    return response


class InteractionGuardMiddleware:
    """For the interaction API's writes: a page on another site may not post with a visitor's
    cookies (the Origin must be this site or a configured CORS client), and a body too large
    for Django is answered in the API's JSON, not with Django's HTML error page."""

    WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in self.WRITE_METHODS and request.path.startswith("/api/portal/"):
            origin = request.headers.get("Origin")
            if (
                origin
                and origin != f"{request.scheme}://{request.get_host()}"
                and origin not in set(getattr(settings, "CORS_ALLOWED_ORIGINS", ()))
            ):
                return JsonResponse({"detail": _("Requests from other sites are not accepted.")}, status=403)
            try:
                request.body  # noqa: B018 - read now, so an oversized body is refused here
            except RequestDataTooBig:
                return JsonResponse({"detail": _("The request body is too large.")}, status=413)
        return self.get_response(request)
