"""GET /api/v2/page_preview/?content_type=news.newspage&token=…: a draft as the pages API
would show it once published. wagtail-headless-preview's endpoint, without its table."""

from rest_framework.response import Response

from django.http import Http404
from django.urls import path
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from wagtail.api.v2.utils import BadRequestError

from portal.api import PortalPagesAPIViewSet

from .tokens import InvalidToken, draft_for_token


class PagePreviewAPIViewSet(PortalPagesAPIViewSet):
    known_query_parameters = PortalPagesAPIViewSet.known_query_parameters | {"content_type", "token"}

    def listing_view(self, request):
        # One page with every field, as the detail view serialises it.
        self.action = "detail_view"
        response = Response(self.get_serializer(self.get_object()).data)
        patch_cache_control(response, private=True, no_store=True)
        return response

    def get_object(self):
        # Asked twice per request (serializer class, then data): look the draft up once.
        if not hasattr(self, "_draft"):
            self._draft = self._find_draft()
        return self._draft

    def _find_draft(self):
        token = self.request.GET.get("token")
        content_type = self.request.GET.get("content_type")
        if not token or not content_type:
            raise BadRequestError(_("content_type and token are required"))
        try:
            return draft_for_token(token, content_type)
        except InvalidToken:
            raise Http404(_("This preview has expired or its draft was published.")) from None

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "listing_view"}), name="listing")]
