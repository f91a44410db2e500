"""A new page's first autosave and the editor's first save, racing in Chromium.

Wagtail 8 autosaves a new page by creating it; the form then points at the new page's edit view. A
save clicked while that autosave is still travelling used to post to the create view again, and was
refused because the autosave had just taken the slug ("Liên kết tĩnh … đã được dùng", on the Promote
tab the editor never opened). Here the autosave is held on the way until the editor has clicked, so
the race happens every time, on both databases.
"""

import re

import pytest
from playwright.sync_api import expect

from news.models import NewsIndexPage, NewsPage
from polls.models import PollIndexPage, PollPage

from .conftest import server_idle

TITLE = "Xã Thạch Ngọc đón bằng công nhận nông thôn mới nâng cao"


# What the editor form's change watcher and autosave know, and the events they sent (open_editor).
EDITOR_STATE = """() => {
  const form = document.querySelector("form[data-controller~=w-autosave]");
  const app = window.wagtail && window.wagtail.app;
  const unsaved = app && form && app.getControllerForElementAndIdentifier(form, "w-unsaved");
  const autosave = app && form && app.getControllerForElementAndIdentifier(form, "w-autosave");
  return {
    events: window.editorEvents,
    formAction: form && form.action,
    watching: Boolean(unsaved && unsaved.initialFormData),
    hasEdits: unsaved && unsaved.hasEditsValue,
    changedSinceSnapshot: Boolean(unsaved && unsaved.initialFormData !== unsaved.formData),
    autosaveActive: autosave && autosave.activeValue,
  };
}"""


class HeldPosts:
    """Holds every POST to the page-create view until released; later ones pass straight through."""

    def __init__(self, page):
        self.held = []
        self.released = False
        page.route(re.compile(r"/admin/pages/add/"), self.handle)

    def handle(self, route):
        if route.request.method == "POST" and not self.released:
            self.held.append(route)
        else:
            route.continue_()

    def autosaves(self):
        return [route for route in self.held if "application/json" in route.request.headers.get("accept", "")]

    def wait_for_an_autosave(self, page, seconds=10):
        for _ in range(seconds * 10):
            if self.autosaves():
                return
            page.wait_for_timeout(100)
        pytest.fail(f"no autosave within {seconds} s of typing; the editor's state: {page.evaluate(EDITOR_STATE)}")

    def release(self):
        self.released = True
        for route in self.held:
            route.continue_()


# Wagtail's change watcher (w-unsaved) takes its first look at the form 2 s after it connects, and
# the page editor's form connects twice on loading (a reconnect 0.1-0.3 s after the first, later on
# a busy machine): each connect before the first look schedules a look of its own. What is typed
# between the two looks is taken into the second as the form's starting state: no change is seen,
# and nothing is autosaved. So the editor is ready for typing once every scheduled look is taken.
WATCH_FOR_FIRST_LOOKS = """
window.editorEvents = [];
let looksScheduled = 0;
let looked = false;
document.addEventListener("w-unsaved:ready", () => { if (!looked) looksScheduled += 1; }, true);
document.addEventListener("w-unsaved:watch-edits", () => {
  looked = true;
  looksScheduled -= 1;
  if (looksScheduled <= 0) document.documentElement.dataset.watchingEdits = "true";
}, true);
["w-unsaved:ready", "w-unsaved:watch-edits", "w-unsaved:add", "w-unsaved:clear", "w-autosave:save",
 "w-autosave:error", "w-autosave:deactivated", "submit"].forEach((type) => document.addEventListener(type, (event) =>
  window.editorEvents.push([type, event.target.id || event.target.tagName, event.defaultPrevented,
                            Math.round(performance.now())]), true));
"""


def open_editor(editor, url):
    """Open the page editor at `url` and wait until it watches for edits (WATCH_FOR_FIRST_LOOKS)."""
    editor.add_init_script(WATCH_FOR_FIRST_LOOKS)
    editor.goto(url)
    expect(editor.locator("html")).to_have_attribute("data-watching-edits", "true")


@pytest.mark.parametrize(
    ("action", "message"),
    [("Lưu bản nháp", "Đã cập nhật trang"), ("Xuất bản", "xuất bản")],
    ids=["save-draft", "publish"],
)
def test_a_save_clicked_during_the_first_autosave_updates_the_page_it_created(admin_page, action, message):
    editor = admin_page
    category = NewsIndexPage.objects.get(slug="chuong-trinh-ocop")
    posts = HeldPosts(editor)
    open_editor(editor, f"/admin/pages/add/news/newspage/{category.pk}/")
    editor.locator("#id_title").fill(TITLE)
    editor.get_by_role("textbox", name="Tóm tắt").fill("Xã thứ 45 của tỉnh đạt chuẩn nâng cao.")
    posts.wait_for_an_autosave(editor)

    if action == "Xuất bản":
        editor.locator("footer [data-w-dropdown-target=toggle]").last.click()
    editor.get_by_role("button", name=action, exact=True).click(no_wait_after=True)
    # Give a save that did not wait for the autosave time to leave the browser.
    editor.wait_for_timeout(500)
    assert len(posts.held) == 1, "the editor's save left while the autosave that creates the page was on its way"
    posts.release()

    expect(editor.locator(".messages").first).to_contain_text(message)
    # A draft stays in the editor, now the page's edit view; a published page goes back to its category.
    expect(editor).to_have_url(
        re.compile(r"/admin/pages/\d+/edit/$" if action == "Lưu bản nháp" else rf"/admin/pages/{category.pk}/$")
    )
    assert not editor.locator(".error-message").count()
    with server_idle():
        pages = NewsPage.objects.filter(title=TITLE)
        assert pages.count() == 1
        assert pages.get().live is (action == "Xuất bản")
        assert pages.get().get_parent().pk == category.pk


POLL_QUESTION = "Bạn biết đến sản phẩm OCOP của tỉnh qua kênh nào?"
POLL_ANSWERS = ["Cổng thông tin điện tử", "Hội chợ, triển lãm"]


def test_a_polls_answers_are_saved_once_when_a_save_races_the_first_autosave(admin_page):
    """The answers are child rows: a save that posted them again as new rows would double them."""
    editor = admin_page
    polls = PollIndexPage.objects.get()
    posts = HeldPosts(editor)
    open_editor(editor, f"/admin/pages/add/polls/pollpage/{polls.pk}/")
    editor.locator("#id_title").fill(POLL_QUESTION)
    for number, answer in enumerate(POLL_ANSWERS):
        editor.locator(f"#id_choices-{number}-label").fill(answer)
    posts.wait_for_an_autosave(editor)

    editor.get_by_role("button", name="Lưu bản nháp", exact=True).click(no_wait_after=True)
    editor.wait_for_timeout(500)
    assert len(posts.held) == 1, "the editor's save left while the autosave that creates the page was on its way"
    posts.release()
    expect(editor.locator(".messages").first).to_contain_text("Đã cập nhật trang")
    expect(editor).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))

    # Then publishes from the edit view the autosave led to.
    editor.locator("footer [data-w-dropdown-target=toggle]").last.click()
    editor.get_by_role("button", name="Xuất bản", exact=True).click()
    expect(editor.locator(".messages").first).to_contain_text("xuất bản")
    assert not editor.locator(".error-message").count()
    with server_idle():
        poll = PollPage.objects.get(title=POLL_QUESTION)
        assert poll.live
        assert list(poll.choices.values_list("label", flat=True)) == POLL_ANSWERS
