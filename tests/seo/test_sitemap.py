"""sitemap.xml lists every live public page, in both languages, and nothing else."""

import xml.etree.ElementTree as ET

import pytest

from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own answer)
    return {
        url.find("s:loc", NS).text: {
            "lastmod": url.find("s:lastmod", NS).text if url.find("s:lastmod", NS) is not None else None,
            "alternates": {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)},
        }
        for url in root.findall("s:url", NS)
    }


def test_sitemap_lists_live_public_pages_of_both_languages_only(client, two_languages):
    home = two_languages["home"]
    StandardPageFactory(parent=home, title="Bản nháp", slug="ban-nhap", live=False)
    private = StandardPageFactory(parent=home, title="Nội bộ", slug="noi-bo")
    StandardPageFactory(parent=private, title="Con của trang nội bộ", slug="con")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    with_draft = StandardPageFactory(parent=home, title="Đã đăng", slug="da-dang")
    with_draft.title = "Sửa đổi chưa đăng"
    with_draft.save_revision()

    urls = sitemap(client)
    assert set(urls) == {
        "http://localhost/",
        "http://localhost/co-cau-to-chuc/",
        "http://localhost/gioi-thieu/",
        "http://localhost/da-dang/",
        "http://localhost/en/",
        "http://localhost/en/organisation/",
    }
    # Wagtail dates a page by its last publication (or latest revision): pages published through
    # revisions have one.
    for url in ("http://localhost/en/", "http://localhost/en/organisation/", "http://localhost/da-dang/"):
        assert urls[url]["lastmod"], url
    pair = {"vi": "http://localhost/co-cau-to-chuc/", "en": "http://localhost/en/organisation/"}
    assert urls["http://localhost/co-cau-to-chuc/"]["alternates"] == pair
    assert urls["http://localhost/en/organisation/"]["alternates"] == pair
    assert urls["http://localhost/gioi-thieu/"]["alternates"] == {}


def test_robots_txt_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode().splitlines()
