import pytest

from news.factories import TagFactory
from news.models import NewsPage

pytestmark = pytest.mark.django_db


def test_article_detail_has_every_field_the_page_shows(client, demo_site):
    article = NewsPage.objects.get(slug="bcd-ntm-can-loc-trien-khai-nhiem-vu-2018")
    data = client.get(f"/api/v2/pages/{article.pk}/?fields=*").json()
    assert data["lead"].startswith("Ban Chỉ đạo NTM huyện")
    assert data["published_at"].startswith("2018-10-25T12:18:00+07:00")
    assert data["category"]["title"] == "Học tập đạo đức HCM"
    assert data["category"]["url"].startswith("http://")
    assert data["source"]["name"] == "Văn phòng NTM huyện Can Lộc"
    assert data["rating"] == {"total": 0, "count": 0, "average": 0}
    assert data["view_count"] == 0
    assert data["tags"] == []
    paragraph = next(block for block in data["body"] if block["type"] == "paragraph")
    assert paragraph["value"].startswith("<p>Theo báo cáo")
    image = next(block for block in data["body"] if block["type"] == "image")["value"]
    assert image["caption"].startswith("Đại diện lãnh đạo xã Phú Lộc")
    assert image["image"]["url"].startswith("http://testserver/media/images/")
    assert image["image"]["alt"] == image["caption"]
    assert image["image"]["width"] == 960


def test_listing_gives_lead_thumbnail_and_tags(client, make_article, django_assert_max_num_queries):
    from news.factories import NewsSourceFactory  # noqa: F401

    article = make_article(title="Có ảnh")
    article.tags.add(TagFactory(name="OCOP"))
    article.save_revision().publish()
    data = client.get("/api/v2/pages/?type=news.NewsPage&fields=lead,featured_image,tags&order=-published_at").json()
    item = data["items"][0]
    assert item["title"] == "Có ảnh"
    assert item["tags"] == ["OCOP"]
    assert "lead" in item and "featured_image" in item


def test_listing_filters_by_tag_and_category(client, category, make_article, home_page):
    from news.factories import NewsIndexPageFactory

    tagged = make_article(title="Gắn thẻ")
    tagged.tags.add(TagFactory(name="OCOP"))
    tagged.save_revision().publish()
    make_article(title="Không gắn thẻ")
    elsewhere = NewsIndexPageFactory(parent=home_page)
    make_article(parent=elsewhere, title="Nơi khác")
    by_tag = client.get("/api/v2/pages/?type=news.NewsPage&tags=OCOP").json()["items"]
    assert [item["title"] for item in by_tag] == ["Gắn thẻ"]
    in_category = client.get(f"/api/v2/pages/?type=news.NewsPage&child_of={category.pk}").json()["items"]
    assert {item["title"] for item in in_category} == {"Gắn thẻ", "Không gắn thẻ"}


def test_listing_query_count_does_not_grow(client, make_article, django_assert_max_num_queries, settings):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    url = "/api/v2/pages/?type=news.NewsPage&fields=lead,featured_image,tags&limit=20"

    def add_articles(count):
        for number in range(count):
            image = Image.objects.create(title=f"Ảnh {number}", file=get_test_image_file())
            article = make_article(featured_image=image)
            article.tags.add(TagFactory(name=f"thẻ {number % 3}"))

    add_articles(5)
    client.get(url)  # renditions are made once
    with django_assert_max_num_queries(8) as few:
        client.get(url)
    add_articles(20)
    client.get(url)
    with django_assert_max_num_queries(8) as many:
        assert len(client.get(url).json()["items"]) == 20
    assert len(few) == len(many)


def test_detail_query_count(client, demo_site, django_assert_max_num_queries):
    article = NewsPage.objects.get(slug="bcd-ntm-can-loc-trien-khai-nhiem-vu-2018")
    url = f"/api/v2/pages/{article.pk}/?fields=*"
    client.get(url)
    with django_assert_max_num_queries(10):
        assert client.get(url).status_code == 200


def test_drafts_are_not_in_the_api(client, make_article):
    make_article(title="Bản nháp", live=False)
    titles = [item["title"] for item in client.get("/api/v2/pages/?type=news.NewsPage").json()["items"]]
    assert "Bản nháp" not in titles
