"""No English left where the admin draws with JavaScript, or where Wagtail bypasses the catalogues (issue 26).

tests/portal/test_admin_catalogue.py reads the server's HTML; these walk the screens in Chromium, so
they also see what scripts draw: the table editor's context menu, the image chooser, the sidebar's
help menu, the multiple upload's errors. Each screen's readable text (see admin_words.visible_words)
must hold none of the English the catalogue test looks for, none of the English issue 26 found on
these screens, and no Python value (True/False/None) printed as text.
"""

import re
import time

from playwright.sync_api import expect

from django.conf import settings
from django.contrib.auth import get_user_model

from legal_docs.models import DraftComment, LegalDocumentPage
from news.models import NewsPage
from polls.models import PollPage

from .admin_words import ENGLISH_WORDS, PYTHON_VALUES, WIDGET_WORDS, english_words_in, visible_words
from .conftest import screenshot, server_idle

ALL_WORDS = ENGLISH_WORDS + WIDGET_WORDS + PYTHON_VALUES


def english_on(page, name, found):
    """Record the English words `page` shows now, under `name`."""
    if words := english_words_in(visible_words(page), ALL_WORDS):
        found[name] = words
    screenshot(page, f"admin-english-{name}")


def lower_case_labels(page, scope):
    labels = page.locator(f"{scope} label.w-field__label, {scope} legend.w-field__label").all_inner_texts()
    return [label for label in labels if label.strip()[:1].islower()]


class PostsInFlight:
    """The page's POSTs (the editor's autosaves) not yet answered, to end the test with none on the way.

    The live server must be idle when the test's database is flushed: an autosave landing after the
    flush would write rows (content types) that the next test's data then collides with.
    """

    def __init__(self, page):
        self.pending = set()
        self.last_change = time.monotonic()
        page.on("request", self.started)
        page.on("requestfinished", self.ended)
        page.on("requestfailed", self.ended)

    def started(self, request):
        if request.method == "POST":
            self.pending.add(request)
            self.last_change = time.monotonic()

    def ended(self, request):
        if request in self.pending:
            self.pending.discard(request)
            self.last_change = time.monotonic()

    def wait_until_quiet(self, page, quiet_seconds=1.5, seconds=20):
        deadline = time.monotonic() + seconds
        while self.pending or time.monotonic() - self.last_change < quiet_seconds:
            assert time.monotonic() < deadline, f"the editor kept posting: {[r.url for r in self.pending]}"
            page.wait_for_timeout(100)


def add_block(page, label):
    page.locator("[data-contentpath=body]").get_by_role("button", name="Chèn khối").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def test_the_editors_widgets_speak_vietnamese(admin_page):
    page = admin_page
    with server_idle():
        article = NewsPage.objects.live().first()
        poll = PollPage.objects.live().first()
    found = {}

    # The help menu of the sidebar (drawn by JavaScript): no links to Wagtail's English guide.
    page.goto("/admin/")
    page.get_by_role("button", name="Trợ giúp").click()
    expect(page.get_by_role("link", name="Phím tắt").or_(page.get_by_text("Phím tắt")).first).to_be_visible()
    assert page.locator("a[href*='guide.wagtail.org']").count() == 0
    english_on(page, "help-menu", found)

    # An upload the documents refuse: Django's message, in Vietnamese, drawn by the uploader's script.
    page.goto("/admin/documents/multiple/add/")
    page.locator("input[type=file]").set_input_files(
        {"name": "bai-hat.mp3", "mimeType": "audio/mpeg", "buffer": b"ID3\x03\x00" + bytes(200)}
    )
    expect(page.get_by_text(re.compile("Không nhận tệp có đuôi “mp3”"))).to_be_visible()
    english_on(page, "document-upload-refused", found)

    # A poll's answers: "Thêm câu trả lời", each answer headed "Câu trả lời".
    page.goto(f"/admin/pages/{poll.pk}/edit/")
    expect(page.get_by_role("button", name="Thêm câu trả lời")).to_be_visible()
    english_on(page, "poll-editor", found)

    # An article: a table block's context menu, an image block's fields and the image chooser.
    posts = PostsInFlight(page)
    page.goto(f"/admin/pages/{article.pk}/edit/")
    add_block(page, "Bảng")
    page.locator("[data-contentpath=body] .handsontable td").first.click(button="right")
    menu = page.locator(".htContextMenu")
    expect(menu).to_be_visible()
    expect(menu).to_contain_text("Chèn hàng phía trên")
    english_on(page, "table-context-menu", found)
    page.keyboard.press("Escape")
    add_block(page, "Ảnh có chú thích")
    body = page.locator("[data-contentpath=body]")
    expect(body.get_by_text("Văn bản thay thế").last).to_be_visible()
    assert not lower_case_labels(page, "[data-contentpath=body]"), "labels should start with a capital"
    english_on(page, "article-editor", found)
    body.get_by_role("button", name="Chọn ảnh").last.click()
    chooser = page.get_by_role("dialog").filter(has=page.locator("a.image-choice"))
    expect(chooser.locator("a.image-choice").first).to_be_visible()
    english_on(page, "image-chooser", found)
    posts.wait_until_quiet(page)
    page.context.close()
    with server_idle():
        pass

    assert not page.js_errors, page.js_errors
    assert not found, f"English an editor would see: {found}"


def test_the_admin_lists_and_login_speak_vietnamese(demo, open_page, site_admin):
    with server_idle():
        get_user_model().objects.create_user(
            "lan", "lan@example.vn", "mat-khau-lan-2026", first_name="Lan", last_name="Nguyễn Thị"
        )
        DraftComment.objects.create(
            page=LegalDocumentPage.objects.live().first(),
            name="Trần Văn Bình",
            email="binh@example.vn",
            content="Đề nghị bổ sung tiêu chí về môi trường.",
        )
        article = NewsPage.objects.live().first()
    found = {}

    # The login page names the portal, not Wagtail.
    visitor = open_page()
    visitor.goto("/admin/login/")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(
        f"Đăng nhập trang quản trị {settings.WAGTAIL_SITE_NAME}"
    )
    english_on(visitor, "login", found)
    # The public article's tag line.
    visitor.goto(article.url)
    expect(visitor.locator(".article__tags")).to_contain_text("Từ khóa:")

    page = open_page(user=site_admin)
    screens = {
        "songs": "/admin/snippets/songs/song/",
        "users": "/admin/users/",
        "sites": "/admin/sites/",
        "collections": "/admin/collections/",
        "new-collection": "/admin/collections/add/",
        "explorer-root": "/admin/pages/",
        "search": "/admin/pages/search/?q=n%C3%B4ng+th%C3%B4n",
        "comments-on-drafts": "/admin/legal_docs/draftcomment/",
    }
    for name, url in screens.items():
        response = page.goto(url)
        assert response.status == 200, f"{name}: {url} answered {response.status}"
        page.wait_for_load_state("networkidle")
        english_on(page, name, found)
        if name == "users":
            # Vietnamese names start with the family name.
            expect(page.locator("main")).to_contain_text("Nguyễn Thị Lan")
        if name == "search":
            expect(page.locator("main")).to_contain_text("Mục cha")
        if name == "explorer-root":
            expect(page.locator("main")).to_contain_text("Gốc")
    assert not found, f"English an editor would see: {found}"
