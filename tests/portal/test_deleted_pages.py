"""Deleting a page leaves its address, and those below it, redirecting to the page above (issue 26)."""

import pytest

from django.urls import reverse

from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsIndexPage, NewsPage

pytestmark = pytest.mark.django_db


def test_a_deleted_article_redirects_to_its_category(admin_client, demo_site):
    article = NewsPage.objects.live().first()
    category, address = article.get_parent(), article.url
    assert admin_client.get(address).status_code == 200
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[article.pk]))
    assert response.status_code == 302
    assert not NewsPage.objects.filter(pk=article.pk).exists()
    admin_client.logout()
    response = admin_client.get(address)
    assert response.status_code == 301 and response["Location"] == category.url


def test_a_deleted_category_redirects_itself_and_its_articles_to_the_page_above(admin_client, demo_site):
    parent = NewsIndexPage.objects.get(slug="chuong-trinh-ocop")
    section = NewsIndexPageFactory(parent=parent, title="Chuyên mục cũ", slug="chuyen-muc-cu")
    articles = [NewsPageFactory(parent=section, title=f"Bài cũ {n}", slug=f"bai-cu-{n}") for n in range(2)]
    NewsPageFactory(parent=section, title="Bản nháp", slug="ban-nhap", live=False)
    addresses = [section.url, *(article.url for article in articles)]
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[section.pk]))
    admin_client.logout()
    for address in addresses:
        response = admin_client.get(address)
        assert response.status_code == 301 and response["Location"] == parent.url, address
    # A draft never had a public address: nothing to keep.
    assert admin_client.get(f"{parent.url}chuyen-muc-cu/ban-nhap/").status_code == 404


def test_pages_deleted_together_redirect_too(admin_client, demo_site):
    first, second = NewsPage.objects.live()[:2]
    targets = {first.url: first.get_parent().url, second.url: second.get_parent().url}
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={first.pk}&id={second.pk}"
    assert admin_client.post(url).status_code == 302
    assert not NewsPage.objects.filter(pk__in=[first.pk, second.pk]).exists()
    admin_client.logout()
    for address, target in targets.items():
        response = admin_client.get(address)
        assert response.status_code == 301 and response["Location"] == target, address


def test_opening_the_delete_confirmation_changes_nothing(admin_client, demo_site):
    article = NewsPage.objects.live().first()
    assert admin_client.get(reverse("wagtailadmin_pages:delete", args=[article.pk])).status_code == 200
    admin_client.logout()
    assert admin_client.get(article.url).status_code == 200
