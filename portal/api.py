"""Every API the portal serves: Wagtail's read API (v2) and the interaction API (django-ninja)."""

from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from wagtail.api.v2.filters import FieldsFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from legal_docs.api_filters import LegalDocumentFilter

from .site_api import router as site_router

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


class PortalPagesAPIViewSet(PagesAPIViewSet):
    app_filter_parameters = frozenset().union(*(backend.query_parameters for backend in APP_PAGE_FILTERS))
    filter_backends = [
        PortalFieldsFilter if backend is FieldsFilter else backend for backend in PagesAPIViewSet.filter_backends
    ]
    # App filters run before Wagtail's search filter, which must stay last.
    filter_backends[-1:-1] = APP_PAGE_FILTERS
    known_query_parameters = PagesAPIViewSet.known_query_parameters | app_filter_parameters

    # A page model may define `api_queryset(queryset)` to load, in a fixed number of queries,
    # what its API fields read; listings and details of that type then use it.
    def get_queryset(self):
        queryset = super().get_queryset()
        if hasattr(queryset.model, "api_queryset"):
            queryset = queryset.model.api_queryset(queryset)
        return queryset

    @cached_property
    def _specific_object(self):
        page = super(PagesAPIViewSet, self).get_object()
        model = page.specific_class
        if model is None or not hasattr(model, "api_queryset"):
            return page.specific
        return model.api_queryset(model.objects.filter(pk=page.pk)).get()

    def get_object(self):
        return self._specific_object


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PortalPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)


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
    return portal_api.create_response(request, {"detail": str(exc)}, status=exc.status_code)
