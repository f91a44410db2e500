"""Script payloads in every public input, and in an editor's rich text, stay inert in Chromium."""

import json
import urllib.parse

from playwright.sync_api import expect

from django.test import Client
from django.utils import timezone

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from legal_docs.models import DraftComment, LegalDocumentPage
from legal_docs.models.comments import CommentStatus
from news.models import NewsIndexPage, NewsPage
from polls.models import PollPage
from portal.blocks import RICH_TEXT_FEATURES

from .conftest import screenshot, server_idle

# Each would open a dialog (alert/confirm/prompt) if the browser ran it.
PAYLOADS = [
    "<script>alert('xss-1')</script>",
    '"><img src=x onerror=alert("xss-2")>',
    "'><svg onload=confirm('xss-3')>",
    "</textarea></title><script>prompt('xss-4')</script>",
    '<iframe src="javascript:alert(`xss-5`)"></iframe>',
    "<details open ontoggle=alert('xss-6')>",
    "javascript:alert('xss-7')",
    '{{ 7|add:"7" }} ${alert("xss-8")} <style>@import "//evil.example/x.css";</style>',
]


def rich_text_with(payloads):
    """What the page editor (Draftail) saves when an editor types or pastes the payloads and links them."""
    blocks, entity_map = [], {}
    for index, payload in enumerate(payloads):
        entity_map[str(index)] = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": payload}}
        blocks.append(
            {
                "key": f"k{index}",
                "type": "unstyled",
                "depth": 0,
                "text": payload,
                "inlineStyleRanges": [{"offset": 0, "length": 1, "style": "BOLD"}],
                "entityRanges": [{"offset": 0, "length": len(payload), "key": index}],
            }
        )
    contentstate = json.dumps({"blocks": blocks, "entityMap": entity_map})
    return ContentstateConverter(RICH_TEXT_FEATURES).to_database_format(contentstate)


def test_script_payloads_render_inert(demo, open_page):
    draft = LegalDocumentPage.objects.live().filter(is_draft=True).first()
    poll = PollPage.objects.live().first()
    article = NewsPage.objects.live().first()
    api = Client()
    for payload in PAYLOADS:
        comment = api.post(
            f"/api/portal/legal-documents/{draft.pk}/comments",
            json.dumps({"name": payload[:100], "email": "a@example.vn", "content": f"Góp ý {payload}"}),
            content_type="application/json",
        )
        assert comment.status_code == 202, comment.content
        for url, body in (
            (f"/api/portal/polls/{poll.pk}/votes", {"choices": [payload]}),
            (f"/api/portal/news/{article.pk}/ratings", {"stars": payload}),
        ):
            refused = api.post(url, json.dumps(body), content_type="application/json")
            assert refused.status_code == 422
            assert refused["Content-Type"].startswith("application/json")
    # The moderator lets the comments through, so that visitors see them.
    DraftComment.objects.filter(page=draft).update(status=CommentStatus.APPROVED, moderated_at=timezone.now())
    category = NewsIndexPage.objects.get(slug="chuong-trinh-ocop")
    editors_article = NewsPage(
        title="Bài có mã độc " + PAYLOADS[0],
        slug="bai-co-ma-doc",
        lead=PAYLOADS[1],
        body=[("paragraph", rich_text_with(PAYLOADS))],
        author=PAYLOADS[2],
    )
    category.add_child(instance=editors_article)
    editors_article.save_revision().publish()

    page = open_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    visited = [draft.url, editors_article.url, category.url, "/"]
    for payload in PAYLOADS:
        query = urllib.parse.quote(payload)
        visited += [f"/search/?q={query}", f"{draft.get_parent().url}?q={query}", f"/api/v2/pages/?search={query}"]
    for url in visited:
        response = page.goto(url)
        assert response.status < 500, url
    page.goto(draft.url)
    expect(page.locator("main")).to_contain_text("Góp ý <script>alert('xss-1')</script>")
    screenshot(page, "xss-comments-shown-as-text")
    page.goto(editors_article.url)
    expect(page.get_by_role("heading", level=1)).to_contain_text("<script>")
    # Links an editor pasted keep no javascript: address to run when clicked.
    hrefs = page.locator("main a").evaluate_all("links => links.map(link => link.getAttribute('href') || '')")
    assert not [href for href in hrefs if href.strip().lower().startswith("javascript:")], hrefs
    screenshot(page, "xss-rich-text-shown-as-text")
    with server_idle():
        assert DraftComment.objects.approved().filter(page=draft).count() >= len(PAYLOADS)
    assert not dialogs, f"a payload ran: {dialogs}"
    assert not page.js_errors
