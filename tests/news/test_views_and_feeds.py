import pytest
from defusedxml import ElementTree

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import PageViewRestriction

from news.factories import NewsIndexPageFactory
from news.models import NewsPage

pytestmark = pytest.mark.django_db

BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (Windows NT 10.0) Firefox/133.0"}


def counter_writes(queries):
    return [query["sql"] for query in queries if query["sql"].startswith("UPDATE") and "news_" in query["sql"]]


def views_of(article):
    return NewsPage.objects.get(pk=article.pk).view_count


def test_a_view_counts_once_per_visitor_and_costs_one_write(client, article):
    with CaptureQueriesContext(connection) as queries:
        client.get(article.url, **BROWSER)
    writes = [
        query["sql"] for query in queries if query["sql"].startswith(("UPDATE", "INSERT")) and "news_" in query["sql"]
    ]
    assert len(writes) <= 2  # first view ever: the counter row is created, then updated
    client.get(article.url, **BROWSER)
    assert views_of(article) == 1

    with CaptureQueriesContext(connection) as queries:
        Client().get(article.url, REMOTE_ADDR="198.51.100.20", **BROWSER)
    writes = [
        query["sql"] for query in queries if query["sql"].startswith(("UPDATE", "INSERT")) and "news_" in query["sql"]
    ]
    assert len(writes) == 1
    assert views_of(article) == 2


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; coccocbot-web/1.0)",
        "facebookexternalhit/1.1",
        "",
    ],
)
def test_robots_are_not_counted(client, article, user_agent):
    client.get(article.url, HTTP_USER_AGENT=user_agent)
    assert views_of(article) == 0


def test_print_view_and_rating_posts_are_not_views(client, article):
    client.get(article.url + "in/", **BROWSER)
    client.post(reverse("news_rate", args=[article.pk]), {"stars": 5}, **BROWSER)
    assert views_of(article) == 0


def parse_feed(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ElementTree.fromstring(response.content)
    assert root.tag == "rss" and root.attrib["version"] == "2.0"
    channel = root.find("channel")
    for required in ("title", "link", "description"):
        assert channel.find(required) is not None and channel.find(required).text
    return channel.findall("item")


def test_site_feed_has_the_30_newest_public_articles_with_absolute_links(client, make_article):
    for number in range(33):
        make_article(title=f"Bài số {number}")
    private = make_article(title="Nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    make_article(title="Bản nháp", live=False)
    items = parse_feed(client.get("/rss/"))
    assert len(items) == 30
    titles = [item.findtext("title") for item in items]
    assert titles[0] == "Bài số 32" and "Nội bộ" not in titles and "Bản nháp" not in titles
    for item in items:
        assert item.findtext("link").startswith("http://")
        assert item.findtext("pubDate")
        assert item.findtext("guid")


def test_category_feed_has_its_and_its_subcategories_articles(client, category, make_article, home_page):
    sub = NewsIndexPageFactory(parent=category, title="Chuyên mục con")
    make_article(title="Trong chuyên mục")
    make_article(parent=sub, title="Trong chuyên mục con")
    make_article(parent=NewsIndexPageFactory(parent=home_page), title="Chuyên mục khác")
    items = parse_feed(client.get(category.url + "rss/"))
    assert {item.findtext("title") for item in items} == {"Trong chuyên mục", "Trong chuyên mục con"}


def test_unknown_tag_is_404(client):
    assert client.get("/tag/khong-co/").status_code == 404
