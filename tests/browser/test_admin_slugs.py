"""The page editor writes Vietnamese titles as ASCII addresses while the editor types (issue 26)."""

from playwright.sync_api import expect

from news.models import NewsIndexPage

from .conftest import server_idle


def test_the_editor_gets_an_ascii_address_from_a_vietnamese_title(admin_page):
    editor = admin_page
    with server_idle():
        category = NewsIndexPage.objects.get(slug="chuong-trinh-ocop")
    editor.goto(f"/admin/pages/add/news/newspage/{category.pk}/")
    editor.locator("#id_title").fill("Quyết định số 25/2026/QĐ-UBND: Hà Tĩnh có thêm 45 xã đạt chuẩn")
    editor.locator("#id_title").blur()
    slug = editor.locator("#id_slug")
    expect(slug).to_have_value("quyet-dinh-so-25-2026-qd-ubnd-ha-tinh-co-them-45-xa-dat-chuan")
