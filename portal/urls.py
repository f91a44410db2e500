from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from .admin_views import dashboard
from .api import api_router, portal_api
from .headless_preview.api import PagePreviewAPIViewSet
from .health import healthz, readyz
from .privacy import document_password_form, page_password_form
from .sitemaps import PortalSitemap
from .views import api_not_found, robots_txt

# Drafts as JSON for headless clients holding a preview token (portal/headless_preview).
api_router.register_endpoint("page_preview", PagePreviewAPIViewSet)

handler500 = "portal.errors.server_error"

urlpatterns = [
    path("admin/", dashboard),
    path("admin/", include(wagtailadmin_urls)),
    # Before Wagtail's own: no shared password form while shared passwords are off (portal/privacy.py).
    path("documents/authenticate_with_password/<int:restriction_id>/", document_password_form),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/portal/", portal_api.urls),
    # Any other address under /api/, even one with a line break (which <path:…> does not match).
    re_path(r"^api/(?P<rest>[\s\S]*)\Z", api_not_found),
    path("search/", include("search.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("", include("news.urls")),
    path("", include("polls.urls")),
    path("", include("legal_docs.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages in the default language (Vietnamese) at /, the other content languages under their
# prefix (/en/). Only Wagtail's pages are prefixed: the admin, the APIs, search, feeds and
# sitemap.xml keep one address each.
urlpatterns += i18n_patterns(
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        page_password_form,
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
