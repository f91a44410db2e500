"""ASCII addresses from Vietnamese titles, NukeViet's way, for pages and tags (issue 26)."""

import importlib

import pytest

from django.apps import apps

from taggit.models import Tag
from wagtail.models import Page

from legal_docs.factories import LegalDocumentPageFactory
from legal_docs.models import LegalDocumentIndexPage
from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from portal.slugs import AsciiSlugInput, ascii_slug

pytestmark = pytest.mark.django_db
migration = importlib.import_module("portal.migrations.0005_ascii_slugs")


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Hà Tĩnh có thêm 45 xã đạt chuẩn nông thôn mới", "ha-tinh-co-them-45-xa-dat-chuan-nong-thon-moi"),
        ("Quyết định số 25/2026/QĐ-UBND", "quyet-dinh-so-25-2026-qd-ubnd"),
        ("Ngày hội “OCOP” – 2026!", "ngay-hoi-ocop-2026"),
        ("ĐỒNG THUẬN, ĐOÀN KẾT", "dong-thuan-doan-ket"),
        ("Kế hoạch 1.5 triệu đồng", "ke-hoach-1-5-trieu-dong"),
        ("Nghe\u0301 an (NFD)", "nghe-an-nfd"),
    ],
)
def test_vietnamese_titles_make_ascii_slugs(title, slug):
    assert ascii_slug(title) == slug


def test_a_page_saved_without_a_slug_gets_an_ascii_one(demo_site):
    category = NewsIndexPage.objects.get(slug="chuong-trinh-ocop")
    article = NewsPage(title="Hà Tĩnh có thêm 45 xã đạt chuẩn nông thôn mới", lead="Tóm tắt.")
    category.add_child(instance=article)
    assert article.slug == "ha-tinh-co-them-45-xa-dat-chuan-nong-thon-moi"
    twin = NewsPage(title="Hà Tĩnh có thêm 45 xã đạt chuẩn nông thôn mới", lead="Tóm tắt.")
    category.add_child(instance=twin)
    assert twin.slug == "ha-tinh-co-them-45-xa-dat-chuan-nong-thon-moi-2"

    document = LegalDocumentPageFactory(
        parent=LegalDocumentIndexPage.objects.get(), title="Quyết định số 25/2026/QĐ-UBND về nông thôn mới", slug=""
    )
    assert document.slug == "quyet-dinh-so-25-2026-qd-ubnd-ve-nong-thon-moi"


def test_the_slug_field_writes_titles_as_ascii_in_the_editor():
    """The editor's side: Wagtail's slug controller with the Vietnamese letters as formatters
    (tests/browser/test_admin_slugs.py types a title in Chromium)."""
    html = AsciiSlugInput().render("slug", "")
    assert "allow-unicode-value" not in html  # False: Wagtail's controller then keeps ASCII only
    assert "data-w-slug-formatters-value" in html and r"\u1ea1" in html  # ạ, in JSON


def test_a_new_tag_gets_an_ascii_slug(demo_site, client):
    article = NewsPage.objects.live().first()
    article.tags.add("Nông thôn mới nâng cao", "Đường giao thông")
    article.save_revision().publish()
    assert set(
        Tag.objects.filter(name__in=["Nông thôn mới nâng cao", "Đường giao thông"]).values_list("slug", flat=True)
    ) == {
        "nong-thon-moi-nang-cao",
        "duong-giao-thong",
    }
    assert article.title in client.get("/tag/nong-thon-moi-nang-cao/").content.decode()


def test_addresses_with_accents_become_ascii_and_the_old_ones_redirect(demo_site, client):
    """What the migration does to a site whose editors made addresses with accents before."""
    category = NewsIndexPage.objects.get(slug="chuong-trinh-ocop")
    section = NewsIndexPage(title="Sản phẩm", slug="sản-phẩm")
    category.add_child(instance=section)
    article = NewsPageFactory(parent=section, title="Hà Tĩnh có thêm 45 xã", slug="hà-tĩnh-có-thêm-45-xã")
    article.tags.add("Chương trình mỗi xã một sản phẩm")
    article.save_revision().publish()
    tag = Tag.objects.get(name="Chương trình mỗi xã một sản phẩm")
    Tag.objects.filter(pk=tag.pk).update(slug="chương-trình-mỗi-xã-một-sản-phẩm")  # as taggit made it
    old_section_url, old_article_url = section.url, Page.objects.get(pk=article.pk).url
    assert "%C3%A0" in client.get(old_article_url).wsgi_request.get_full_path()

    migration.ascii_addresses(apps, None)

    section.refresh_from_db()
    article = NewsPage.objects.get(pk=article.pk)
    assert (section.slug, article.slug) == ("san-pham", "ha-tinh-co-them-45-xa")
    assert article.url == "/chuong-trinh-ocop/san-pham/ha-tinh-co-them-45-xa/"
    assert client.get(article.url).status_code == 200
    for old, new in [(old_section_url, section.url), (old_article_url, article.url)]:
        response = client.get(old)
        assert response.status_code == 301 and response["Location"] == new, old
    assert article.get_latest_revision().content["slug"] == "ha-tinh-co-them-45-xa"
    response = client.get("/tag/chương-trình-mỗi-xã-một-sản-phẩm/")
    assert response.status_code == 301 and response["Location"] == "/tag/chuong-trinh-moi-xa-mot-san-pham/"
    assert client.get(response["Location"]).status_code == 200
