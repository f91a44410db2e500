"""Each framework internal the portal relies on (portal/internals.py), checked directly: after a
Django, DRF, Wagtail or modelsearch upgrade, the failing test names what changed."""

import inspect

import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from django.contrib.sitemaps import Sitemap
from django.middleware.csrf import get_token
from django.test import RequestFactory

from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.models import Page, Site

from portal.internals import (
    copy_select_related,
    csrf_cookie_pending,
    page_without_specific,
    query_parameters_hidden,
    remember_site,
    search_matches,
)


def test_django_marks_a_response_that_will_set_the_csrf_cookie():
    request = RequestFactory().get("/")
    assert not csrf_cookie_pending(request)
    get_token(request)  # what rendering a form does
    assert csrf_cookie_pending(request)


@pytest.mark.django_db
def test_a_database_search_exposes_the_queryset_it_matched(home_page):
    from home.factories import StandardPageFactory

    page = StandardPageFactory(parent=home_page, title="Xã nông thôn mới kiểu mẫu")
    matched = search_matches(Page.objects.live().search("kiểu mẫu"))
    assert matched is not None  # a queryset facets can group, on SQLite and PostgreSQL alike
    assert set(matched.values_list("pk", flat=True)) == {page.pk}


def test_a_queryset_takes_another_ones_joins():
    joined = copy_select_related(Page.objects.select_related("locale"), Page.objects.all())
    assert "wagtailcore_locale" in str(joined.query)


def test_drf_requests_read_the_django_requests_query_parameters():
    request = Request(APIRequestFactory().get("/api/v2/pages/", {"document_type": "QĐ", "limit": "2"}))
    with query_parameters_hidden(request, {"document_type"}):
        assert dict(request.GET) == {"limit": ["2"]}
    assert request.GET["document_type"] == "QĐ"


@pytest.mark.django_db
def test_wagtail_finds_the_remembered_site_on_the_request(home_page):
    request = RequestFactory().get("/", HTTP_HOST="unknown.example")
    site = Site.objects.get(is_default_site=True)
    remember_site(Request(request), site)
    assert Site.find_for_request(request) is site


def test_the_pages_api_looks_pages_up_through_the_base_view_set():
    assert PagesAPIViewSet.__mro__[1] is BaseAPIViewSet
    assert "get_object" in vars(BaseAPIViewSet) and "get_object" in vars(PagesAPIViewSet)
    assert page_without_specific.__code__.co_argcount == 1


def test_django_builds_a_sitemap_page_in_urls():
    # portal.sitemaps.PortalSitemap overrides it to add hreflang alternates.
    assert list(inspect.signature(Sitemap._urls).parameters) == ["self", "page", "protocol", "domain"]
    assert "self._urls(" in inspect.getsource(Sitemap.get_urls)
