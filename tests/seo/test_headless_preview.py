"""Editors preview drafts in a headless client: a token gives the draft's JSON until it is published."""

import pytest

from django.core import signing
from django.urls import reverse

from news.factories import NewsIndexPageFactory, NewsPageFactory
from portal.headless_preview.tokens import make_token

pytestmark = pytest.mark.django_db

CLIENT_URL = "https://app.example.vn/preview"


@pytest.fixture
def article_with_draft(home_page):
    category = NewsIndexPageFactory(parent=home_page, title="Tin tức", slug="tin-tuc")
    article = NewsPageFactory(parent=category, title="Bản đã đăng", slug="bai", lead="Đã đăng.")
    article.title = "Bản nháp chưa đăng"
    article.lead = "Nội dung nháp."
    revision = article.save_revision()
    return article, revision


def preview_url(token, content_type="news.newspage"):
    return f"/api/v2/page_preview/?content_type={content_type}&token={token}"


def test_token_gives_the_draft_json_and_the_public_api_the_published_page(client, article_with_draft):
    article, revision = article_with_draft
    response = client.get(preview_url(make_token(revision)))
    assert response.status_code == 200
    data = response.json()
    assert data["id"] == article.pk
    assert (data["title"], data["lead"]) == ("Bản nháp chưa đăng", "Nội dung nháp.")
    assert data["meta"]["type"] == "news.NewsPage"
    assert "no-store" in response["Cache-Control"]

    public = client.get(f"/api/v2/pages/{article.pk}/").json()
    assert (public["title"], public["lead"]) == ("Bản đã đăng", "Đã đăng.")
    listing = client.get("/api/v2/pages/?type=news.NewsPage&fields=lead").json()
    assert [item["title"] for item in listing["items"]] == ["Bản đã đăng"]


def test_token_stops_working_once_the_draft_is_published(client, article_with_draft):
    article, revision = article_with_draft
    token = make_token(revision)
    revision.publish()
    response = client.get(preview_url(token))
    assert response.status_code == 404
    assert response.json()["detail"]
    assert client.get(f"/api/v2/pages/{article.pk}/").json()["title"] == "Bản nháp chưa đăng"


@pytest.mark.parametrize(
    "make_url",
    [
        lambda token: preview_url(token + "x"),
        lambda token: preview_url(token, content_type="home.standardpage"),
        lambda token: preview_url(signing.dumps({"page": 1, "revision": 1}, salt="other")),
    ],
    ids=["tampered", "wrong-type", "other-signer"],
)
def test_bad_tokens_get_a_json_404(client, article_with_draft, make_url):
    _, revision = article_with_draft
    response = client.get(make_url(make_token(revision)))
    assert response.status_code == 404
    assert "detail" in response.json()


def test_missing_parameters_are_a_400(client):
    response = client.get("/api/v2/page_preview/")
    assert response.status_code == 400
    assert "detail" in response.json()


def test_token_expires(client, article_with_draft, settings):
    _, revision = article_with_draft
    settings.HEADLESS_PREVIEW_TOKEN_MAX_AGE = -1
    assert client.get(preview_url(make_token(revision))).status_code == 404


def test_editor_is_sent_to_the_client_with_a_working_token(admin_client, client, article_with_draft, settings):
    article, _ = article_with_draft
    settings.HEADLESS_PREVIEW_CLIENT_URLS = {"default": CLIENT_URL}
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert reverse("headless_preview", args=[article.pk]) in edit.content.decode()

    response = admin_client.get(reverse("headless_preview", args=[article.pk]))
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(CLIENT_URL + "?content_type=news.newspage&token=")
    query = location.split("?", 1)[1]
    assert client.get(f"/api/v2/page_preview/?{query}").json()["title"] == "Bản nháp chưa đăng"


def test_headless_preview_needs_an_editor_and_a_client_url(client, admin_client, article_with_draft, settings):
    article, _ = article_with_draft
    url = reverse("headless_preview", args=[article.pk])
    settings.HEADLESS_PREVIEW_CLIENT_URLS = {}
    assert admin_client.get(url).status_code == 404
    settings.HEADLESS_PREVIEW_CLIENT_URLS = {"default": CLIENT_URL}
    assert client.get(url).status_code == 302 and "/login/" in client.get(url)["Location"]


def test_templated_preview_keeps_working_and_stores_nothing_public(admin_client, client, article_with_draft):
    article, revision = article_with_draft
    response = admin_client.get(reverse("wagtailadmin_pages:revisions_view", args=[article.pk, revision.pk]))
    assert response.status_code == 200
    assert "Bản nháp chưa đăng" in response.content.decode()
    public = client.get(article.url).content.decode()
    assert "Bản nháp chưa đăng" not in public and "Bản đã đăng" in public
