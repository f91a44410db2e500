"""The editors' daily tasks, each done in Chromium by the desk that does it, in Vietnamese, with no error.

Three days: the news desk (an editor writes and schedules, the chief editor approves, moves, restores,
cancels), the clerk (comments on drafts, a new legal document), and the poll editor with the portal's
administrator (a poll, the footer, partner links, the dashboard, the admin search).
"""

import datetime
import re

from playwright.sync_api import expect

from django.utils import timezone

from wagtail.models import Workflow, WorkflowState

from legal_docs.demo import CLERKS
from legal_docs.factories import DraftCommentFactory
from legal_docs.models import CommentStatus, LegalDocumentIndexPage, LegalDocumentPage
from news.demo import CHIEF_EDITORS, EDITORS, HANOI, WORKFLOW
from news.models import NewsIndexPage, NewsPage
from polls.demo import POLL_EDITORS
from polls.models import Ballot, PollIndexPage, PollPage
from portal.admin_dates import END_OF_DAY
from portal.demo import SITE_ADMINS
from portal.models import PartnerLink, SiteSettings

from .admin_words import english_words_in, visible_words
from .conftest import form_errors, screenshot, server_idle
from .test_editor_flows import add_block, choose_snippet, log_in, member_of

FOOTER_MENU = "footer [data-w-dropdown-target=toggle]"
STATISTICS = "#visitor-stats-section"


def no_error_in_vietnamese(page, name):
    """The admin screen shows no error and, in what a person reads, no English; a screenshot to look at."""
    page.wait_for_load_state("networkidle")
    screenshot(page, f"daily-{name}")
    assert not form_errors([page]), f"{name}: {form_errors([page])}"
    assert not english_words_in(visible_words(page)), f"{name}: English words {english_words_in(visible_words(page))}"


def above_statistics(page, section):
    """`section` of the dashboard comes before the visitor statistics, which are last."""
    expect(page.locator(section)).to_be_visible()
    expect(page.locator(STATISTICS)).to_be_visible()
    order = page.evaluate(
        """([first, last]) => {
            const sections = [...document.querySelectorAll('section[id$="-section"]')].map(s => s.id);
            return {first: sections.indexOf(first), last: sections.indexOf(last), count: sections.length};
        }""",
        [section.lstrip("#"), STATISTICS.lstrip("#")],
    )
    assert 0 <= order["first"] < order["last"] == order["count"] - 1, order


def statistics_last(page):
    expect(page.locator(STATISTICS)).to_be_visible()
    last = page.evaluate("() => [...document.querySelectorAll('section[id$=\"-section\"]')].pop().id")
    assert f"#{last}" == STATISTICS, last


def action_menu(page, name):
    """The editor's footer action (after the first), from its drop-down menu."""
    page.locator(FOOTER_MENU).last.click()
    return page.get_by_role("button", name=name, exact=True)


def leave_editor(page):
    """The editor tells the server it leaves; done while the test runs, not into the next test's data."""
    page.goto("/admin/")
    page.wait_for_load_state("networkidle")


def type_date(field, text):
    field.click()
    field.fill("")
    field.press_sequentially(text)
    field.press("Tab")
    expect(field).to_have_value(text)


def redirect_of(page, url):
    response = page.request.get(url, max_redirects=0)
    return response.status, response.headers.get("location", "")


ARTICLE = "Can Lộc khai trương chợ phiên nông sản OCOP cuối tuần"
BAD_TITLE = "Tieu de sai chinh ta"
GOOD_LEAD = "Bản tin đã được ban biên tập bổ sung số liệu mới nhất."


def test_news_desk_day(demo, open_page):
    editor_user = member_of(EDITORS, "bientap")
    member_of(CHIEF_EDITORS, "truongban")
    with server_idle():
        ocop = NewsIndexPage.objects.get(slug="chuong-trinh-ocop")
        tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    # The editor writes an article, schedules it for 07:00 tomorrow, and submits it for approval.
    editor = open_page()
    log_in(editor, "bientap")
    editor.goto(f"/admin/pages/add/news/newspage/{ocop.pk}/")
    editor.locator("#id_title").fill(ARTICLE)
    editor.get_by_role("textbox", name="Tóm tắt").fill("Chợ phiên họp mỗi sáng Chủ nhật ở trung tâm huyện.")
    add_block(editor, "Đoạn văn")
    editor.locator("[data-contentpath=body] [contenteditable=true]").last.fill("Hơn 40 gian hàng OCOP tham gia.")
    editor.locator("[data-side-panel-toggle=status]").click()
    editor.locator("[data-side-panel=status]").get_by_role("button", name="Đặt lịch đăng").click()
    dialog = editor.locator("#schedule-publishing-dialog")
    expect(dialog).to_be_visible()
    type_date(dialog.locator("#id_go_live_at"), f"{tomorrow:%d/%m/%Y} 07:00")
    # Tab left the time for the expiry field, whose calendar covers the save button: on to the button.
    editor.keyboard.press("Tab")
    expect(editor.locator(".xdsoft_datetimepicker:visible")).to_have_count(0)
    no_error_in_vietnamese(editor, "editor-schedule")
    dialog.get_by_role("button", name="Lưu lịch đăng").click()
    expect(dialog).to_be_hidden()
    action_menu(editor, f"Gửi duyệt theo {WORKFLOW}").click()
    expect(editor.locator(".messages .success").first).to_contain_text(ARTICLE)
    no_error_in_vietnamese(editor, "editor-submitted")
    go_live_at = datetime.datetime.combine(tomorrow, datetime.time(7, 0), HANOI)
    with server_idle():
        article = NewsPage.objects.get(title=ARTICLE)
        assert article.get_latest_revision_as_object().go_live_at == go_live_at
        assert article.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    leave_editor(editor)

    # The chief editor finds it waiting on the dashboard, above the statistics, and approves it.
    chief = open_page()
    log_in(chief, "truongban")
    above_statistics(chief, "#awaiting-review-section")
    waiting = chief.locator("#awaiting-review-content tr").filter(has_text=ARTICLE)
    expect(waiting).to_be_visible()
    no_error_in_vietnamese(chief, "chief-dashboard")
    waiting.get_by_role("button", name="Thao tác").click()
    with chief.expect_navigation():
        waiting.get_by_role("button", name="Duyệt", exact=True).click()
    expect(chief.locator("#awaiting-review-content tr").filter(has_text=ARTICLE)).to_have_count(0)
    with server_idle():
        article.refresh_from_db()
        assert not article.live  # until 07:00 tomorrow
        assert article.current_workflow_state is None
        assert article.go_live_at == go_live_at
        assert article.get_latest_revision().approved_go_live_at == go_live_at
    assert chief.request.get(f"/chuong-trinh-ocop/{article.slug}/").status == 404

    # The chief editor moves a demo article to another category; its old address leads to the new one.
    with server_idle():
        moved = NewsPage.objects.live().child_of(NewsIndexPage.objects.get(slug="hoc-tap-dao-duc-hcm")).first()
        old_url = moved.url
    chief.goto(f"/admin/pages/{moved.pk}/edit/")
    chief.locator("#id_category").select_option(label="Chương trình OCOP")
    no_error_in_vietnamese(chief, "chief-move")
    action_menu(chief, "Xuất bản").click()
    expect(chief.locator(".messages .success").first).to_be_visible()
    no_error_in_vietnamese(chief, "chief-moved")
    with server_idle():
        moved.refresh_from_db()
        assert moved.get_parent().slug == "chuong-trinh-ocop"
        new_url = moved.url
    assert new_url != old_url
    status, location = redirect_of(chief, old_url)
    assert status == 301 and location.endswith(new_url), (status, location)

    # The chief editor improves an article's summary, then publishes a bad title by mistake, and
    # restores the good version from the article's history.
    with server_idle():
        restored = NewsPage.objects.live().child_of(NewsIndexPage.objects.get(slug="tin-trong-tinh")).first()
        good_title = restored.title
    chief.goto(f"/admin/pages/{restored.pk}/edit/")
    chief.get_by_role("textbox", name="Tóm tắt").fill(GOOD_LEAD)
    action_menu(chief, "Xuất bản").click()
    expect(chief.locator(".messages .success").first).to_be_visible()
    chief.goto(f"/admin/pages/{restored.pk}/edit/")
    chief.locator("#id_title").fill(BAD_TITLE)
    action_menu(chief, "Xuất bản").click()
    expect(chief.locator(".messages .success").first).to_be_visible()
    visitor = open_page()
    visitor.goto(restored.url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(BAD_TITLE)
    chief.goto(f"/admin/pages/{restored.pk}/history/")
    no_error_in_vietnamese(chief, "chief-history")
    good_edit = chief.locator("tbody tr").filter(has_text="Đã lưu bản nháp").nth(1)
    good_edit.get_by_role("button", name="Thao tác").click()
    screenshot(chief, "daily-chief-history-actions")
    good_edit.get_by_role("link", name="Xem lại phiên bản này").click()
    expect(chief.locator("#id_title")).to_have_value(good_title)
    no_error_in_vietnamese(chief, "chief-review-version")
    chief.locator(FOOTER_MENU).last.click()
    chief.get_by_role("button", name=re.compile("^Xuất bản")).click()
    expect(chief.locator(".messages .success").first).to_be_visible()
    no_error_in_vietnamese(chief, "chief-restored")
    visitor.goto(restored.url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(good_title)
    expect(visitor.locator("main")).to_contain_text(GOOD_LEAD)

    # "Hủy quy trình duyệt" asks first: dismissed, the article stays in review; accepted, it leaves it.
    with server_idle():
        pending = NewsPage.objects.live().child_of(NewsIndexPage.objects.get(slug="tin-huyen-thi")).first()
        pending.save_revision(user=editor_user)
        Workflow.objects.get(name=WORKFLOW).start(pending, editor_user)
    chief.goto(f"/admin/pages/{pending.pk}/edit/")
    questions = []

    def answer(accept):
        def handle(dialog):
            questions.append(dialog.message)
            if accept:
                dialog.accept()
            else:
                dialog.dismiss()

        chief.once("dialog", handle)

    answer(accept=False)
    action_menu(chief, "Hủy quy trình duyệt").click()
    chief.wait_for_timeout(500)  # a dismissed question leaves nothing on screen to wait for
    assert questions and "quy trình duyệt" in questions[0], questions
    with server_idle():
        assert pending.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    answer(accept=True)
    cancel = chief.get_by_role("button", name="Hủy quy trình duyệt", exact=True)
    if not cancel.is_visible():
        chief.locator(FOOTER_MENU).last.click()
    cancel.click()
    expect(chief.locator(".messages .success").first).to_be_visible()
    no_error_in_vietnamese(chief, "chief-workflow-cancelled")
    with server_idle():
        assert WorkflowState.objects.for_instance(pending).get().status == WorkflowState.STATUS_CANCELLED

    # Mistake: a photo whose alt text is its file name; publishing is refused, in Vietnamese.
    with server_idle():
        live_revision = NewsPage.objects.get(pk=pending.pk).live_revision_id
    chief.goto(f"/admin/pages/{pending.pk}/edit/")
    add_block(chief, "Ảnh có chú thích")
    chief.locator("[data-contentpath=body]").get_by_role("button", name="Chọn ảnh").last.click()
    chooser = chief.get_by_role("dialog").filter(has=chief.locator("a.image-choice"))
    chooser.locator("a.image-choice").first.click()
    expect(chooser).to_be_hidden()
    chief.locator("[data-contentpath=body] input[name$=alt_text]").last.fill("IMG_2031")
    action_menu(chief, "Xuất bản").click()
    error = chief.locator("[data-contentpath=body] .error-message").filter(has_text="văn bản thay thế thực sự")
    expect(error.first).to_contain_text("chỉ là tên tệp")
    screenshot(chief, "daily-chief-alt-text-refused")
    with server_idle():
        assert NewsPage.objects.get(pk=pending.pk).live_revision_id == live_revision
    leave_editor(chief)

    # Mistake: an article deleted; its address leads to its category rather than to a 404.
    with server_idle():
        deleted = NewsPage.objects.live().child_of(NewsIndexPage.objects.get(slug="tin-huyen-thi")).last()
        deleted_url, category_url = deleted.url, deleted.get_parent().url
    chief.goto(f"/admin/pages/{deleted.pk}/delete/")
    no_error_in_vietnamese(chief, "chief-delete")
    chief.get_by_role("button", name="Có, xóa trang").click()
    expect(chief.locator(".messages .success").first).to_be_visible()
    no_error_in_vietnamese(chief, "chief-deleted")
    status, location = redirect_of(visitor, deleted_url)
    assert status == 301 and location.endswith(category_url), (status, location)
    assert not editor.js_errors and not chief.js_errors and not visitor.js_errors


COMMENT = "Đề nghị bổ sung tiêu chí về nước sạch cho các thôn vùng cao."
LEGAL_TITLE = "Quyết định phê duyệt kế hoạch xây dựng nông thôn mới năm 2027"
LEGAL_NUMBER = "45/2026/QĐ-UBND"


def test_clerk_day(demo, open_page):
    member_of(CLERKS, "vanthu")
    with server_idle():
        draft = LegalDocumentPage.objects.filter(is_draft=True).live().first()
        comment = DraftCommentFactory(page=draft, name="Nguyễn Văn An", content=COMMENT)
        index = LegalDocumentIndexPage.objects.get()

    # The comment waits on the clerk's dashboard, above the statistics.
    clerk = open_page()
    log_in(clerk, "vanthu")
    above_statistics(clerk, "#pending-draft-comments-section")
    expect(clerk.locator("#pending-draft-comments-section")).to_contain_text(COMMENT)
    no_error_in_vietnamese(clerk, "clerk-dashboard")

    # Approved from the moderation queue (a confirmation page, then its button), the visitor sees it.
    clerk.goto("/admin/legal_docs/draftcomment/")
    row = clerk.locator("tr").filter(has_text="Nguyễn Văn An")
    no_error_in_vietnamese(clerk, "clerk-moderation-queue")
    row.get_by_role("link", name="Duyệt").click()
    expect(clerk.locator("main")).to_contain_text(COMMENT)
    no_error_in_vietnamese(clerk, "clerk-approve-confirm")
    clerk.locator("main form").get_by_role("button", name="Duyệt", exact=True).click()
    expect(clerk.locator(".messages .success").first).to_contain_text("Nguyễn Văn An")
    no_error_in_vietnamese(clerk, "clerk-approved")
    with server_idle():
        comment.refresh_from_db()
        assert comment.status == CommentStatus.APPROVED
    visitor = open_page()
    visitor.goto(draft.url)
    expect(visitor.locator("main")).to_contain_text(COMMENT)

    # A new legal document, its dates typed the Vietnamese way, published.
    clerk.goto(f"/admin/pages/{index.pk}/add_subpage/")
    clerk.locator("#id_title").fill(LEGAL_TITLE)
    clerk.locator("#id_number").fill(LEGAL_NUMBER)
    choose_snippet(clerk, "document_type", "Quyết định")
    choose_snippet(clerk, "issuer", "UBND tỉnh Hà Tĩnh")
    clerk.get_by_role("textbox", name="Trích yếu").fill("Phê duyệt kế hoạch xây dựng nông thôn mới năm 2027.")
    type_date(clerk.get_by_label("Ngày ban hành"), "15/11/2026")
    type_date(clerk.get_by_label("Ngày hiệu lực"), "15/11/2026")
    clerk.locator("#id_title").click()  # closes the calendar the next field opened
    no_error_in_vietnamese(clerk, "clerk-legal-document")
    action_menu(clerk, "Xuất bản").click()
    expect(clerk.locator(".messages .success").first).to_contain_text(LEGAL_TITLE)
    no_error_in_vietnamese(clerk, "clerk-published")
    with server_idle():
        document = LegalDocumentPage.objects.get(title=LEGAL_TITLE)
        assert document.live
        assert (document.issued_on, document.effective_on) == (datetime.date(2026, 11, 15),) * 2
    visitor.goto(document.url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(LEGAL_TITLE)
    expect(visitor.locator("main")).to_contain_text("15/11/2026")
    leave_editor(clerk)
    assert not clerk.js_errors and not visitor.js_errors


POLL = "Bạn muốn xã mình ưu tiên tiêu chí nông thôn mới nào trong năm 2027?"
ANSWERS = ["Giao thông nông thôn", "Nước sạch và môi trường"]
FAX = "0239 3 855 999"
LICENCE = "Giấy phép số 12/GP-TTĐT ngày 01/12/2026 của Sở Thông tin và Truyền thông"
PARTNER = "Cổng dịch vụ công tỉnh Hà Tĩnh"


def test_poll_editor_and_site_administrator_day(demo, open_page):
    member_of(POLL_EDITORS, "thamdo")
    member_of(SITE_ADMINS, "quantricong")
    with server_idle():
        polls = PollIndexPage.objects.get()

    # The poll editor opens a poll now, closing at the end of 31/12/2026, and publishes it.
    poll_editor = open_page()
    log_in(poll_editor, "thamdo")
    poll_editor.goto(f"/admin/pages/add/polls/pollpage/{polls.pk}/")
    poll_editor.locator("#id_title").fill(POLL)
    for number, answer in enumerate(ANSWERS):
        poll_editor.locator(f"#id_choices-{number}-label").fill(answer)
    type_date(poll_editor.locator("#id_closes_at"), "31/12/2026")
    poll_editor.locator("#id_title").click()  # closes the calendar
    no_error_in_vietnamese(poll_editor, "poll-editor-new-poll")
    action_menu(poll_editor, "Xuất bản").click()
    expect(poll_editor.locator(".messages .success").first).to_contain_text(POLL)
    no_error_in_vietnamese(poll_editor, "poll-editor-published")
    with server_idle():
        poll = PollPage.objects.get(title=POLL)
        assert poll.live
        assert poll.closes_at == datetime.datetime.combine(datetime.date(2026, 12, 31), END_OF_DAY, HANOI)
        assert poll.opens_at <= timezone.now()
        assert [choice.label for choice in poll.choices.all()] == ANSWERS
    # The admin search finds it without the accents typed.
    poll_editor.goto("/admin/")
    poll_editor.get_by_placeholder("Tìm trong tất cả các trang").fill("nong thon moi")
    poll_editor.get_by_placeholder("Tìm trong tất cả các trang").press("Enter")
    expect(poll_editor.get_by_role("link", name=POLL)).to_be_visible()
    no_error_in_vietnamese(poll_editor, "poll-editor-search")
    leave_editor(poll_editor)

    # A visitor votes once.
    visitor = open_page()
    visitor.goto(poll.url)
    expect(visitor.get_by_role("heading", level=1)).to_have_text(POLL)
    visitor.get_by_role("radio", name=ANSWERS[1]).check()
    visitor.get_by_role("button", name="Bình chọn").click()
    expect(visitor.get_by_role("region", name="Kết quả")).to_contain_text(ANSWERS[1])
    expect(visitor.get_by_role("button", name="Bình chọn")).to_have_count(0)
    with server_idle():
        assert Ballot.objects.filter(poll=poll).count() == 1

    # The administrator sets the footer's fax and licence, and adds a partner link.
    admin = open_page()
    log_in(admin, "quantricong")
    statistics_last(admin)
    no_error_in_vietnamese(admin, "site-admin-dashboard")
    admin.goto("/admin/settings/portal/sitesettings/")
    admin.locator("#id_fax").fill(FAX)
    admin.locator("#id_licence").fill(LICENCE)
    no_error_in_vietnamese(admin, "site-admin-settings")
    admin.locator("footer").get_by_role("button", name="Lưu", exact=True).click()
    expect(admin.locator(".messages .success").first).to_be_visible()
    no_error_in_vietnamese(admin, "site-admin-settings-saved")
    admin.goto("/admin/snippets/portal/partnerlink/add/")
    admin.locator("#id_title").fill(PARTNER)
    admin.locator("#id_url").fill("https://dichvucong.hatinh.gov.vn/")
    no_error_in_vietnamese(admin, "site-admin-partner-link")
    admin.locator("footer").get_by_role("button", name="Lưu", exact=True).click()
    expect(admin.locator(".messages .success").first).to_contain_text(PARTNER)
    no_error_in_vietnamese(admin, "site-admin-partner-link-saved")
    with server_idle():
        assert (SiteSettings.objects.get().fax, SiteSettings.objects.get().licence) == (FAX, LICENCE)
        assert PartnerLink.objects.filter(title=PARTNER).exists()
    visitor.goto("/")
    expect(visitor.locator("footer")).to_contain_text(FAX)
    expect(visitor.locator("footer")).to_contain_text(LICENCE)
    expect(visitor.get_by_role("region", name="Liên kết website")).to_contain_text(PARTNER)

    # The administrator's desk has no pages: its dashboard offers no page search it would be refused.
    admin.goto("/admin/")
    expect(admin.locator("#visitor-stats-section")).to_be_visible()
    expect(admin.get_by_placeholder("Tìm trong tất cả các trang")).to_have_count(0)
    assert not poll_editor.js_errors and not visitor.js_errors and not admin.js_errors
