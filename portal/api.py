"""Every API the portal serves: Wagtail's read API (v2) and the interaction API (django-ninja)."""

from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from django.http import Http404
from django.utils.translation import gettext as _

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from .site_api import router as site_router

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
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
