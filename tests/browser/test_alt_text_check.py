"""The content checker, run by Wagtail's userbar in Chromium, flags the photo whose alt text is a file name."""

from playwright.sync_api import expect

from wagtail.models import Locale
from wagtail_factories import ImageFactory

from home.models import HomePage
from news.factories import NewsIndexPageFactory, NewsPageFactory

from .conftest import screenshot, server_idle

ALT_TEXT = "Lãnh đạo tỉnh trao bằng công nhận xã đạt chuẩn nông thôn mới"
RULE_NAME = "Ảnh chưa có văn bản thay thế thực sự"


def photo_block(image, alt_text="", decorative=False):
    # An instance of its own: Wagtail's ImageBlock keeps the block's alt text on the image object.
    image = type(image).objects.get(pk=image.pk)
    return ("image", {"image": {"image": image, "alt_text": alt_text, "decorative": decorative}, "caption": ""})


def test_the_userbar_checks_flag_only_the_photo_named_like_a_file(site_url, open_page, site_admin, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # the live server runs in this process
    with server_idle():
        home = HomePage.objects.get(locale=Locale.get_default())
        category = NewsIndexPageFactory(parent=home, title="Tin tức", slug="tin-tuc")
        photo = ImageFactory(title="IMG_2031", file__filename="IMG_2031.jpg", file__width=1200, file__height=800)
        article = NewsPageFactory(parent=category, title="Hội nghị tổng kết", slug="hoi-nghi-tong-ket")
        article.body = [
            photo_block(photo, alt_text="IMG_2031"),
            photo_block(photo, alt_text=ALT_TEXT),
            photo_block(photo, decorative=True),
        ]
        article.save()
        url = article.url

    page = open_page(user=site_admin)
    page.goto(url)
    expect(page.get_by_role("img", name=ALT_TEXT)).to_be_visible()
    # Axe runs when the page has loaded; the userbar's button then counts the issues.
    expect(page.locator("[data-w-userbar-axe-count]")).to_be_attached()
    page.locator("#wagtail-userbar-trigger").click()
    page.locator("#checker-trigger").click()
    names = page.locator("#checker-results [data-content-checker-name]")
    expect(names.filter(has_text=RULE_NAME)).to_have_count(1)
    expect(page.locator("#checker-results")).to_contain_text("tên tệp")
    screenshot(page, "userbar-checks-alt-text")
    assert not page.js_errors
