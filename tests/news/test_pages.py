import datetime

import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction

from news.factories import NewsIndexPageFactory, TagFactory

from .conftest import HANOI

pytestmark = pytest.mark.django_db


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_seed_article_shows_the_lines_visitors_know(client, demo_site):
    from news.models import NewsPage

    article = NewsPage.objects.get(slug="bcd-ntm-can-loc-trien-khai-nhiem-vu-2018")
    response = client.get(article.url)
    assert response.status_code == 200
    page = soup(response)
    text = page.get_text(" ", strip=True)
    assert page.h1.get_text() == article.title
    assert page.select_one(".article__date").get_text(strip=True) == "Thứ năm - 25/10/2018 12:18"
    assert "Tổng số điểm của bài viết là: 0 trong 0 đánh giá" in text
    assert page.select_one(".article__tags").get_text(" ", strip=True) == "Từ khóa: chưa có"
    captions = [caption.get_text() for caption in page.select(".block-image figcaption")]
    assert "Chủ tịch UBND huyện Võ Hữu Hào nhấn mạnh một số nhiệm vụ của các phòng ban" in captions
    assert all(image.get("alt") for image in page.select(".article img"))
    assert "Những tin mới hơn" in text and "Những tin cũ hơn" in text
    breadcrumb = [li.get_text(strip=True) for li in page.select(".breadcrumb li")]
    assert breadcrumb == ["Trang chủ", "Học tập đạo đức HCM", article.title]


def test_newer_and_older_lists_stay_in_the_category_in_publication_order(client, make_article, home_page):
    older = [make_article(title=f"Cũ {number}") for number in range(3)]
    current = make_article(title="Hiện tại")
    newer = [make_article(title=f"Mới {number}") for number in range(2)]
    other_category = NewsIndexPageFactory(parent=home_page, title="Khác")
    make_article(parent=other_category, title="Ở chuyên mục khác")

    page = soup(client.get(current.url))
    newer_titles = [a.get_text() for a in page.select("#newer-heading + ul a")]
    older_titles = [a.get_text() for a in page.select("#older-heading + ul a")]
    assert newer_titles == [article.title for article in newer]
    assert older_titles == [article.title for article in reversed(older)]


def test_tags_link_to_a_tag_listing(client, make_article):
    tagged = make_article(title="Có thẻ")
    tagged.tags.add(TagFactory(name="OCOP"))
    tagged.save_revision().publish()
    make_article(title="Không thẻ")
    page = soup(client.get(tagged.url))
    link = page.select_one(".article__tags a")
    assert link.get_text() == "OCOP"
    listing = soup(client.get(link["href"]))
    assert [a.get_text() for a in listing.select(".article-card__title a")] == ["Có thẻ"]
    assert "Bài viết thử" not in listing.get_text()


def test_category_lists_its_and_its_subcategories_articles_newest_first(client, category, make_article):
    sub = NewsIndexPageFactory(parent=category, title="Tin huyện")
    make_article(title="Bài một")
    make_article(parent=sub, title="Bài hai ở chuyên mục con")
    make_article(title="Bài ba")
    page = soup(client.get(category.url))
    titles = [a.get_text() for a in page.select(".article-list .article-card__title a")]
    assert titles == ["Bài ba", "Bài hai ở chuyên mục con", "Bài một"]
    assert [a.get_text() for a in page.select(".subcategories a")] == ["Tin huyện"]


def test_category_hides_drafts_private_expired_and_future_articles(client, category, make_article):
    make_article(title="Công khai")
    make_article(title="Bản nháp", live=False)
    private = make_article(title="Nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    expired = make_article(title="Hết hạn")
    expired.unpublish()
    titles = [a.get_text() for a in soup(client.get(category.url)).select(".article-card__title a")]
    assert titles == ["Công khai"]


def test_category_pagination_takes_bad_page_numbers(client, category, make_article):
    for number in range(14):
        make_article(title=f"Bài {number}")
    assert len(soup(client.get(category.url)).select(".article-list > li")) == 12
    last = soup(client.get(category.url + "?page=9999")).select(".article-list > li")
    assert len(last) == 2
    assert client.get(category.url + "?page=abc").status_code == 200
    assert soup(client.get(category.url)).select_one('.pagination a[rel="next"]')["href"] == "?page=2"


def test_featured_article_comes_first_once(client, category, make_article):
    featured = make_article(title="Tin nổi bật")
    make_article(title="Tin mới nhất")
    category.featured_article = featured
    category.save_revision().publish()
    page = soup(client.get(category.url))
    assert page.select_one(".featured-article .article-card__title").get_text(strip=True) == "Tin nổi bật"
    assert [a.get_text() for a in page.select(".article-list .article-card__title a")] == ["Tin mới nhất"]


def test_empty_category_says_so(client, category):
    assert "Chưa có bài viết nào trong chuyên mục này." in soup(client.get(category.url)).get_text()


def test_print_view_has_the_article_without_the_site_chrome(client, article):
    response = client.get(article.url + "in/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text() == article.title
    assert not page.select(".sidebar") and not page.select(".main-menu")
    assert soup(client.get(article.url)).select_one('.share-links a[href$="/in/"]')


def test_home_page_lists_the_latest_articles(client, make_article):
    make_article(title="Tin cũ hơn")
    make_article(title="Tin mới nhất trên trang chủ")
    titles = [a.get_text() for a in soup(client.get("/")).select(".latest-news .article-card__title a")]
    assert titles[:2] == ["Tin mới nhất trên trang chủ", "Tin cũ hơn"]


def test_publication_times_are_valid_html_whatever_their_microseconds(client, category, make_article):
    """An article published from the admin has a time to the microsecond; HTML's <time datetime> takes
    at most three fractional digits (the Nu Html Checker refused six), so pages write whole seconds."""
    published = datetime.datetime(2026, 12, 2, 23, 6, 51, 382152, tzinfo=HANOI)
    article = make_article(title="Đăng từ trang quản trị", published_at=published)
    for url in ("/", category.url, article.url):
        times = [time["datetime"] for time in soup(client.get(url)).select("time[datetime]")]
        assert "2026-12-02T23:06:51+07:00" in times, url
        assert not any("." in value for value in times), url


def test_scheduled_article_appears_only_after_its_time(client, category, make_article):
    from django.core.management import call_command

    article = make_article(title="Hẹn giờ đăng", live=False)
    article.go_live_at = datetime.datetime.now(tz=HANOI) - datetime.timedelta(minutes=1)
    article.save_revision().publish()  # go_live_at in the past publishes at once
    assert "Hẹn giờ đăng" in client.get(category.url).content.decode()

    later = make_article(title="Đăng ngày mai", live=False)
    later.go_live_at = datetime.datetime.now(tz=HANOI) + datetime.timedelta(days=1)
    later.save_revision().publish()
    later.refresh_from_db()
    assert not later.live
    call_command("publish_scheduled")
    assert "Đăng ngày mai" not in client.get(category.url).content.decode()
