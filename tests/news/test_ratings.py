import json
import threading

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test import Client
from django.urls import reverse

from news.interactions import rate
from news.models import NewsPage, NewsRating
from portal.visitors import VISITOR_COOKIE
from tests.markers import MANY_CONNECTIONS

pytestmark = pytest.mark.django_db

BROWSER = {"HTTP_USER_AGENT": "Mozilla/5.0 (Android 14) Chrome/130 Mobile"}


def rating_line(client, article):
    page = BeautifulSoup(client.get(article.url, **BROWSER).content, "html.parser")
    return page.select_one(".rating__summary").get_text(strip=True)


def rating_form_action(client, article):
    page = BeautifulSoup(client.get(article.url, **BROWSER).content, "html.parser")
    return page.select_one("form.rating__form")["action"]


def post_stars(client, article, stars):
    return client.post(rating_form_action(client, article), {"stars": stars}, follow=True, **BROWSER)


def api_rate(client, page_id, payload, **extra):
    return client.post(
        f"/api/portal/news/{page_id}/ratings",
        data=payload if isinstance(payload, str) else json.dumps(payload),
        content_type="application/json",
        **extra,
    )


def test_rating_form_without_javascript_counts_once_per_browser(client, article):
    assert rating_line(client, article) == "Tổng số điểm của bài viết là: 0 trong 0 đánh giá"
    response = post_stars(client, article, 4)
    assert "Cảm ơn bạn đã đánh giá bài viết." in response.content.decode()
    assert rating_line(client, article) == "Tổng số điểm của bài viết là: 4 trong 1 đánh giá"

    again = post_stars(client, article, 5)
    assert "Bạn đã đánh giá bài viết này rồi." in again.content.decode()
    assert rating_line(client, article) == "Tổng số điểm của bài viết là: 4 trong 1 đánh giá"

    Client().post(rating_form_action(client, article), {"stars": 2}, **BROWSER, REMOTE_ADDR="203.0.113.5")
    assert rating_line(client, article) == "Tổng số điểm của bài viết là: 6 trong 2 đánh giá"


def test_article_page_hands_out_the_visitor_cookie(client, article):
    assert VISITOR_COOKIE in client.get(article.url, **BROWSER).cookies


@pytest.mark.parametrize("stars", ["0", "6", "abc", ""])
def test_rating_form_rejects_bad_stars_with_a_message(client, article, stars):
    response = post_stars(client, article, stars)
    assert "Hãy chọn từ 1 đến 5 sao." in response.content.decode()
    assert not NewsRating.objects.exists()


def test_rating_form_respects_a_disabled_rating(client, article):
    article.allow_rating = False
    article.save_revision().publish()
    page = BeautifulSoup(client.get(article.url, **BROWSER).content, "html.parser")
    assert not page.select(".rating__form")
    # A form still open in another tab, sent after the editor turned rating off.
    stale_form = client.post(reverse("news_rate", args=[article.pk]), {"stars": 5}, follow=True, **BROWSER)
    assert "Bài viết này không nhận đánh giá." in stale_form.content.decode()


def test_api_rates_and_answers_totals(client, article):
    response = api_rate(client, article.pk, {"stars": 5})
    assert response.status_code == 201
    assert response.json() == {"total": 5, "count": 1, "average": 5.0}
    assert VISITOR_COOKIE in response.cookies
    repeat = api_rate(client, article.pk, {"stars": 3})
    assert repeat.status_code == 409
    assert repeat.json() == {"detail": "Bạn đã đánh giá bài viết này rồi.", "code": "already_rated"}


def test_api_client_with_the_browser_cookie_is_the_same_visitor(client, article):
    post_stars(client, article, 4)
    api_client = Client(HTTP_COOKIE=f"{VISITOR_COOKIE}={client.cookies[VISITOR_COOKIE].value}")
    assert api_rate(api_client, article.pk, {"stars": 1}, REMOTE_ADDR="198.51.100.9").status_code == 409


@pytest.mark.parametrize(
    "payload",
    [{"stars": 0}, {"stars": 6}, {"stars": "abc"}, {"stars": 3.5}, {"stars": True}, {}, {"stars": None}, []],
)
def test_api_rejects_bad_stars_with_422(client, article, payload):
    response = api_rate(client, article.pk, payload)
    assert response.status_code == 422
    assert "detail" in response.json()
    assert not NewsRating.objects.exists()


def test_api_rejects_a_body_that_is_not_json(client, article):
    response = api_rate(client, article.pk, "stars=5")
    assert 400 <= response.status_code < 500
    assert "detail" in response.json()


@pytest.mark.parametrize("page_id", ["999999", str(2**63), "abc", "-1"])
def test_api_unknown_article_is_404_or_422(client, article, page_id):
    response = api_rate(client, page_id, {"stars": 5})
    assert response.status_code in {404, 422}
    assert "detail" in response.json()


def test_api_unpublished_private_or_other_pages_are_404(client, article, make_article, home_page):
    from wagtail.models import PageViewRestriction

    draft = make_article(live=False)
    private = make_article()
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    for page_id in (draft.pk, private.pk, home_page.pk):
        response = api_rate(client, page_id, {"stars": 5})
        assert response.status_code == 404
        assert response.json() == {"detail": "Không có bài viết đã xuất bản nào có mã này."}


def test_api_disabled_rating_is_403(client, make_article):
    closed = make_article(allow_rating=False)
    response = api_rate(client, closed.pk, {"stars": 5})
    assert response.status_code == 403
    assert response.json()["detail"] == "Bài viết này không nhận đánh giá."


def test_api_rate_limit_per_network_is_429(client, article, make_article, settings):
    settings.NEWS_RATINGS_PER_IP_PER_HOUR = 2
    others = [make_article() for _ in range(3)]
    statuses = [api_rate(Client(), other.pk, {"stars": 5}).status_code for other in others]
    assert statuses == [201, 201, 429]


def test_publishing_a_new_revision_keeps_the_totals(client, article):
    api_rate(client, article.pk, {"stars": 5})
    article.title = "Tiêu đề đã sửa"
    article.save_revision().publish()
    fresh = NewsPage.objects.get(pk=article.pk)
    assert (fresh.rating_total, fresh.rating_count) == (5, 1)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@MANY_CONNECTIONS
def test_concurrent_ratings_are_all_counted_exactly(home_page):
    if connection.vendor != "postgresql":
        pytest.skip("row-level concurrency is tested on PostgreSQL (make test-postgres)")
    from news.factories import NewsIndexPageFactory, NewsPageFactory

    article = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page))
    visitors = 50
    barrier = threading.Barrier(visitors)
    errors = []

    def rate_once(number):
        try:
            barrier.wait()
            rate(article, number % 5 + 1, visitor=f"c:visitor-{number}", ip_key=f"ip-{number}")
        except Exception as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=rate_once, args=(number,)) for number in range(visitors)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    fresh = NewsPage.objects.get(pk=article.pk)
    assert fresh.rating_count == NewsRating.objects.filter(page=article).count() == visitors
    assert fresh.rating_total == sum(number % 5 + 1 for number in range(visitors))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@MANY_CONNECTIONS
def test_one_visitor_racing_itself_is_counted_once(home_page):
    if connection.vendor != "postgresql":
        pytest.skip("row-level concurrency is tested on PostgreSQL (make test-postgres)")
    from news.factories import NewsIndexPageFactory, NewsPageFactory
    from news.interactions import AlreadyRated

    article = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page))
    attempts = 10
    barrier = threading.Barrier(attempts)
    outcomes = []

    def rate_once():
        try:
            barrier.wait()
            rate(article, 5, visitor="c:same-visitor", ip_key="one-network")
            outcomes.append("rated")
        except AlreadyRated:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=rate_once) for _ in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes) == ["rated"] + ["refused"] * (attempts - 1)
    fresh = NewsPage.objects.get(pk=article.pk)
    assert (fresh.rating_total, fresh.rating_count) == (5, 1)
