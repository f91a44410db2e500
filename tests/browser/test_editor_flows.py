"""The office's editors in the Wagtail admin, in Chromium: writing, approving, and an admin in Vietnamese."""

import re

from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from wagtail.models import WorkflowState

from legal_docs.models import LegalDocumentIndexPage, LegalDocumentPage
from legal_docs.pdf import minimal_pdf
from news.demo import CHIEF_EDITORS, EDITORS, WORKFLOW
from news.models import NewsIndexPage, NewsPage

from .admin_words import english_words_in, visible_words
from .conftest import screenshot, server_idle

PASSWORD = "mat-khau-bien-tap-2026"
TITLE = "Hợp tác xã OCOP Can Lộc ra mắt bánh đa vừng"
HEADING = "Sản phẩm đạt chuẩn 3 sao"
PARAGRAPH = "Hợp tác xã giới thiệu bánh đa vừng làm từ gạo của xã Kim Lộc."
ALT_TEXT = "Bánh đa vừng bày trên nong tre"
TAG = "bánh đa Can Lộc"


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.vn", PASSWORD)
    user.groups.add(Group.objects.get(name=group_name))
    return user


def log_in(page, username):
    page.goto("/admin/login/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Đăng nhập")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def add_block(page, label):
    page.locator("[data-contentpath=body]").get_by_role("button", name="Chèn khối").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def test_editor_writes_an_article_the_chief_editor_approves_it_and_visitors_read_it(demo, open_page):
    member_of(EDITORS, "bientap")
    member_of(CHIEF_EDITORS, "truongban")
    category = NewsIndexPage.objects.get(slug="chuong-trinh-ocop")

    # The editor writes the article in the OCOP category.
    editor = open_page()
    log_in(editor, "bientap")
    editor.goto(f"/admin/pages/{category.pk}/")
    editor.get_by_role("link", name=re.compile("Thêm trang con")).first.click()
    editor.get_by_role("link", name="Bài viết", exact=True).click()
    expect(editor.get_by_role("heading", level=1).or_(editor.get_by_text("Mới: Bài viết")).first).to_be_visible()
    editor.locator("#id_title").fill(TITLE)
    editor.get_by_role("textbox", name="Tóm tắt").fill("Sản phẩm mới của hợp tác xã.")
    add_block(editor, "Tiêu đề")
    editor.locator("#body-0-value-text").fill(HEADING)
    add_block(editor, "Đoạn văn")
    editor.locator("[data-contentpath=body] [contenteditable=true]").last.fill(PARAGRAPH)
    add_block(editor, "Ảnh có chú thích")
    editor.locator("[data-contentpath=body]").get_by_role("button", name="Chọn ảnh").last.click()
    chooser = editor.get_by_role("dialog").filter(has=editor.locator("a.image-choice"))
    chooser.locator("a.image-choice").first.click()
    expect(chooser).to_be_hidden()
    editor.locator("#body-2-value-image-alt_text").fill(ALT_TEXT)
    editor.locator("#body-2-value-caption").fill("Sản phẩm OCOP 3 sao của Can Lộc")
    tags = editor.locator("#id_tags").locator("xpath=..").locator("input:visible").first
    tags.fill(TAG)
    tags.press("Enter")
    # The live preview shows the article as visitors will see it (the policy lets the admin frame it).
    editor.locator("[data-side-panel-toggle=preview]").click()
    preview = editor.frame_locator("[data-side-panel=preview] iframe").last
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(preview.get_by_role("heading", name=HEADING)).to_be_visible()
    screenshot(editor, "editor-preview")
    editor.locator("footer [data-w-dropdown-target=toggle]").last.click()
    editor.get_by_role("button", name=f"Gửi duyệt theo {WORKFLOW}").click()
    expect(editor.locator(".messages, [role=status]").first).to_contain_text(TITLE)

    with server_idle():
        article = NewsPage.objects.get(title=TITLE)
        assert not article.live
        assert article.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    screenshot(editor, "editor-submitted")

    # Not yet on the site.
    visitor = open_page()
    visitor.goto(category.url)
    expect(visitor.locator("main")).not_to_contain_text(TITLE)

    # The chief editor finds it waiting on the dashboard and approves it.
    chief = open_page()
    log_in(chief, "truongban")
    waiting = chief.locator("#awaiting-review-content tr").filter(has_text=TITLE)
    expect(waiting).to_be_visible()
    screenshot(chief, "chief-editor-dashboard")
    waiting.get_by_role("button", name="Thao tác").click()
    with chief.expect_navigation():
        waiting.get_by_role("button", name="Duyệt", exact=True).click()
    # The dashboard reloads without it: nothing is waiting for the chief editor any more.
    expect(chief.locator("#awaiting-review-content tr").filter(has_text=TITLE)).to_have_count(0)
    with server_idle():
        article.refresh_from_db()
        assert article.live

    # Visitors see it in the category, with its heading, paragraph, photo and tag.
    visitor.goto(category.url)
    visitor.locator("main").get_by_role("link", name=TITLE).first.click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(visitor.get_by_role("heading", name=HEADING)).to_be_visible()
    expect(visitor.locator("main")).to_contain_text(PARAGRAPH)
    expect(visitor.get_by_role("img", name=ALT_TEXT)).to_be_visible()
    expect(visitor.get_by_role("link", name=TAG)).to_be_visible()
    screenshot(visitor, "visitor-reads-approved-article")
    assert not visitor.js_errors


def admin_screens():
    article = NewsPage.objects.live().first()
    return {
        "dashboard": "/admin/",
        "page-explorer": f"/admin/pages/{article.get_parent().pk}/",
        "page-editor": f"/admin/pages/{article.pk}/edit/",
        "images": "/admin/images/",
        "documents": "/admin/documents/",
        "snippets": "/admin/snippets/",
        "settings": "/admin/settings/portal/sitesettings/",
        # wagtail-modeladmin: comments on draft documents waiting for moderation.
        "modeladmin-moderation-queue": "/admin/legal_docs/draftcomment/",
    }


def test_the_admin_speaks_vietnamese_to_an_editor(demo, open_page, site_admin):
    page = open_page(user=site_admin)
    screens = admin_screens()
    english = {}
    for name, url in screens.items():
        response = page.goto(url)
        assert response.status == 200, f"{name}: {url} answered {response.status}"
        page.wait_for_load_state("networkidle")
        expect(page.locator("html")).to_have_attribute("lang", "vi")
        if found := english_words_in(visible_words(page)):
            english[name] = found
        screenshot(page, f"admin-vi-{name}")
    assert not english, f"English words an editor would see in the admin: {english}"


def test_the_admin_login_form_is_in_vietnamese(open_page):
    page = open_page()
    page.goto("/admin/login/")
    # Both fields have a visible label of their own, in Vietnamese, that names them for screen readers.
    for label, field_id in [("Tên đăng nhập", "id_username"), ("Mật khẩu", "id_password")]:
        expect(page.locator(f"label[for={field_id}]")).to_be_visible()
        expect(page.locator(f"label[for={field_id}]")).to_contain_text(label)
        expect(page.get_by_label(label)).to_have_attribute("id", field_id)
    assert "Password" not in page.locator("form.login-form").inner_text()


LEGAL_TITLE = "Quyết định ban hành Bộ tiêu chí xã nông thôn mới kiểu mẫu giai đoạn 2026-2030"
LEGAL_NUMBER = "27/2026/QĐ-UBND"
LEGAL_SUMMARY = "Ban hành Bộ tiêu chí xã nông thôn mới kiểu mẫu trên địa bàn tỉnh giai đoạn 2026-2030."
PDF_TITLE = "Toàn văn Quyết định 27/2026/QĐ-UBND"


def choose_snippet(page, field, label):
    """Pick `label` in the snippet chooser of the page editor's `field` (taxonomies are snippets)."""
    page.locator(f"[data-contentpath={field}]").get_by_role("button").first.click()
    chooser = page.get_by_role("dialog").filter(has_text="Từ khóa tìm kiếm")
    choice = chooser.get_by_role("link", name=label, exact=True)
    # The list comes in pages (31 document types). Its search box finds nothing: the taxonomies the
    # migrations and the demo create are not in Wagtail's search index (see the report).
    expect(chooser).to_contain_text("Trang 1 trên")
    shown = 1
    while not choice.is_visible():
        shown += 1
        chooser.get_by_role("link", name="Trang sau").click()
        expect(chooser).to_contain_text(f"Trang {shown} trên")
    choice.click()
    expect(chooser).to_be_hidden()
    expect(page.locator(f"[data-contentpath={field}]")).to_contain_text(label)


def test_clerk_uploads_a_legal_document_with_a_pdf_and_visitors_see_it_in_the_sidebar(demo, open_page):
    get_user_model().objects.create_superuser("vanthu", "vanthu@example.vn", PASSWORD)
    with server_idle():
        index = LegalDocumentIndexPage.objects.get()
    today = timezone.localdate()

    clerk = open_page()
    log_in(clerk, "vanthu")
    clerk.goto(f"/admin/pages/{index.pk}/add_subpage/")
    expect(clerk.locator("#id_title")).to_be_visible()
    clerk.locator("#id_title").fill(LEGAL_TITLE)
    clerk.locator("#id_number").fill(LEGAL_NUMBER)
    choose_snippet(clerk, "document_type", "Quyết định")
    choose_snippet(clerk, "issuer", "UBND tỉnh Hà Tĩnh")
    clerk.get_by_role("textbox", name="Trích yếu").fill(LEGAL_SUMMARY)
    clerk.locator("#id_issued_on").fill(today.isoformat())
    clerk.locator("#id_issued_on").press("Tab")  # closes the date picker

    # The PDF is uploaded from the file's chooser, in the page editor itself.
    clerk.locator("#id_attachments-ADD").click()
    clerk.locator("#id_attachments-0-document-chooser").get_by_role("button", name="Chọn tài liệu").click()
    chooser = clerk.get_by_role("dialog").filter(has=clerk.get_by_role("tab", name="Tải lên"))
    chooser.get_by_role("tab", name="Tải lên").click()
    upload = chooser.locator("form").filter(has=clerk.locator("input[type=file]"))
    upload.locator("input[type=file]").set_input_files(
        {"name": "qd-27-2026.pdf", "mimeType": "application/pdf", "buffer": minimal_pdf("Quyet dinh 27/2026")}
    )
    # Wagtail fills the title from the file's name a moment after the file is chosen (a debounced
    # sync); typing before then would have that name prepended to what was typed.
    expect(upload.locator("input[name$=title]")).to_have_value("qd-27-2026")
    upload.locator("input[name$=title]").fill(PDF_TITLE)
    upload.get_by_role("button", name=re.compile("Tải lên")).click()
    expect(chooser).to_be_hidden()
    expect(clerk.locator("#id_attachments-0-document-chooser")).to_contain_text(PDF_TITLE)
    screenshot(clerk, "clerk-legal-document-filled")

    clerk.locator("footer [data-w-dropdown-target=toggle]").last.click()
    clerk.get_by_role("button", name="Xuất bản", exact=True).click()
    expect(clerk.locator(".messages, [role=status]").first).to_contain_text(LEGAL_TITLE)
    with server_idle():
        document = LegalDocumentPage.objects.get(title=LEGAL_TITLE)
        assert document.live
        assert [attachment.document.title for attachment in document.attachments.all()] == [PDF_TITLE]

    # A visitor finds it first in the "Văn bản ban hành" widget of the home page, opens it, downloads the PDF.
    visitor = open_page()
    visitor.goto("/")
    widget = visitor.get_by_role("region", name="Văn bản ban hành")
    expect(widget.get_by_role("link").first).to_have_text(LEGAL_TITLE)
    expect(widget).to_contain_text(LEGAL_SUMMARY)
    widget.get_by_role("link", name=LEGAL_TITLE).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(LEGAL_TITLE)
    link = visitor.get_by_role("region", name="Tệp đính kèm").get_by_role("link").first
    with visitor.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read(5) == b"%PDF-"
    response = visitor.request.get(link.get_attribute("href"))
    assert response.status == 200
    assert response.body().startswith(b"%PDF-")
    assert response.body() == minimal_pdf("Quyet dinh 27/2026")
    screenshot(visitor, "visitor-sees-new-legal-document")
    assert not visitor.js_errors
