"""Title, description, canonical URL, Open Graph, Twitter card and JSON-LD in every page's head."""

import datetime
import json

import pytest

from wagtail_factories import ImageFactory

from news.factories import NewsIndexPageFactory, NewsPageFactory
from portal.models import SiteSettings

from .conftest import soup_of

MILLISECOND = datetime.timedelta(milliseconds=1)

pytestmark = pytest.mark.django_db


@pytest.fixture
def office(home_page):
    from wagtail.models import Site

    return SiteSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={
            "office_name": "Văn phòng Điều phối nông thôn mới",
            "address": "148 Trần Phú",
            "phone": "02393.892.689",
            "email": "vp@example.vn",
        },
    )[0]


@pytest.fixture
def article(home_page, office):
    category = NewsIndexPageFactory(parent=home_page, title="Tin tức", slug="tin-tuc")
    return NewsPageFactory(
        parent=category,
        title="Hà Tĩnh </script><script>alert(1)</script> đạt chuẩn",
        slug="dat-chuan",
        lead="Toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới & nâng cao.",
        author="Minh Châu",
        featured_image=ImageFactory(title="Cánh đồng", file__width=1600, file__height=900),
        featured_image_caption="Cánh đồng mẫu lớn",
    )


def head(response):
    return soup_of(response).head


def meta(head, **attrs):
    tag = head.find("meta", attrs=attrs)
    return tag["content"] if tag else None


def structured_data(head):
    [script] = head.find_all("script", type="application/ld+json")
    return json.loads(script.string)


def test_article_head_has_title_description_canonical_social_tags_and_json_ld(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    page = head(response)
    assert page.title.get_text().startswith("Hà Tĩnh </script>")
    description = "Toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới & nâng cao."
    assert meta(page, name="description") == description
    canonical = "http://localhost/tin-tuc/dat-chuan/"
    assert page.find("link", rel="canonical")["href"] == canonical
    assert meta(page, property="og:type") == "article"
    assert meta(page, property="og:title") == article.title
    assert meta(page, property="og:description") == description
    assert meta(page, property="og:url") == canonical
    assert meta(page, property="og:locale") == "vi_VN"
    assert meta(page, property="og:site_name") == "Văn phòng Điều phối nông thôn mới"
    image = meta(page, property="og:image")
    assert image.startswith("http://testserver/media/") and image.endswith(".jpg")
    assert (meta(page, property="og:image:width"), meta(page, property="og:image:height")) == ("1200", "630")
    # The same instant to the second, whatever the time of day the test runs (written in Hà Nội time).
    published = datetime.datetime.fromisoformat(meta(page, property="article:published_time"))
    assert published == article.published_at.replace(microsecond=0)
    assert meta(page, name="twitter:card") == "summary_large_image"
    assert meta(page, name="twitter:image") == image

    data = structured_data(page)
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == article.title[:110]
    assert data["description"] == description
    assert data["image"] == [image]
    assert data["mainEntityOfPage"] == canonical
    assert data["author"] == {"@type": "Person", "name": "Minh Châu"}
    assert data["publisher"]["name"] == "Văn phòng Điều phối nông thôn mới"
    # JSON keeps milliseconds.
    assert abs(datetime.datetime.fromisoformat(data["datePublished"]) - article.published_at) < MILLISECOND
    # The title's "</script>" could not end the element early.
    assert "</script><script>" not in str(page.find("script", type="application/ld+json"))


def test_search_engine_fields_win_over_the_fallbacks(client, article):
    article.seo_title = "Thêm 12 xã đạt chuẩn"
    article.search_description = "Mô tả cho máy tìm kiếm."
    article.save_revision().publish()
    page = head(client.get(article.url))
    assert page.title.get_text().startswith("Thêm 12 xã đạt chuẩn |")
    assert meta(page, name="description") == "Mô tả cho máy tìm kiếm."
    assert meta(page, property="og:title") == "Thêm 12 xã đạt chuẩn"


def test_print_view_names_the_article_as_canonical(client, article):
    page = head(client.get(article.url + "in/"))
    assert page.find("link", rel="canonical")["href"] == "http://localhost/tin-tuc/dat-chuan/"


def test_home_page_describes_the_office_as_a_government_organisation(client, office):
    page = head(client.get("/"))
    data = structured_data(page)
    assert data == {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": "Văn phòng Điều phối nông thôn mới",
        "url": "http://localhost/",
        "address": {"@type": "PostalAddress", "streetAddress": "148 Trần Phú"},
        "telephone": "02393.892.689",
        "email": "vp@example.vn",
    }


def test_organisation_page_lists_its_officials_in_json_ld(client, two_languages, office):
    data = structured_data(head(client.get("/co-cau-to-chuc/")))
    assert data["@type"] == "GovernmentOrganization"
    assert data["employee"] == [{"@type": "Person", "name": "Nguyễn Văn Việt", "jobTitle": "Chánh Văn phòng"}]


def test_unpublished_changes_never_reach_the_public_head(client, article):
    client.get(article.url)  # the published head is computed and cached
    article.title = "Tiêu đề nháp bí mật"
    article.lead = "Nội dung nháp bí mật."
    article.save_revision()
    response = client.get(article.url)
    assert "bí mật" not in response.content.decode()


def test_pages_without_an_image_get_a_summary_card(client, two_languages):
    page = head(client.get("/gioi-thieu/"))
    assert meta(page, name="twitter:card") == "summary"
    assert meta(page, property="og:type") == "website"
    assert meta(page, property="og:image") is None
