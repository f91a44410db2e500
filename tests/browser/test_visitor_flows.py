"""What a visitor does on the portal, in Chromium, each flow ending on what the person sees."""

import re

from playwright.sync_api import expect

from legal_docs.models import LegalDocumentPage
from news.demo import SEED_TITLE
from polls.models import Ballot, ChoiceTally

from .conftest import screenshot, server_idle

SEED_CATEGORY = "Học tập đạo đức HCM"


def test_reader_opens_the_seed_article_and_rates_it(page):
    page.goto("/")
    expect(page.locator("h1, .site-header__name").first).to_be_visible()
    page.get_by_role("navigation", name="Trình đơn chính").get_by_role("link", name=SEED_CATEGORY).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SEED_CATEGORY)
    page.get_by_role("link", name=SEED_TITLE).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(SEED_TITLE)
    # The date line NukeViet readers know: "Thứ năm - 25/10/2018 12:18".
    expect(page.locator("main")).to_contain_text("Thứ năm - 25/10/2018 12:18")
    summary = page.locator("[data-rating-summary]")
    expect(summary).to_have_text("Tổng số điểm của bài viết là: 0 trong 0 đánh giá")

    page.get_by_label("4 sao").check()
    page.get_by_role("button", name="Gửi đánh giá").click()

    expect(page.get_by_role("status").first).to_contain_text("Cảm ơn bạn đã đánh giá bài viết.")
    expect(summary).to_have_text("Tổng số điểm của bài viết là: 4 trong 1 đánh giá")
    # A second rating from the same visitor does not count twice.
    page.get_by_label("5 sao").check()
    page.get_by_role("button", name="Gửi đánh giá").click()
    expect(page.get_by_role("status").first).to_contain_text("Bạn đã đánh giá bài viết này")
    expect(summary).to_have_text("Tổng số điểm của bài viết là: 4 trong 1 đánh giá")
    screenshot(page, "visitor-rated-article")
    assert not page.js_errors


def test_visitor_votes_in_the_sidebar_poll_and_sees_the_results(page):
    ballots_before = Ballot.objects.count()
    page.goto("/")
    widget = page.get_by_role("region", name="Thăm dò ý kiến")
    expect(widget).to_be_visible()
    choice = widget.get_by_role("radio").first
    choice_label = widget.locator(f"label[for='{choice.get_attribute('id')}']").inner_text()
    choice.check()
    widget.get_by_role("button", name="Bình chọn").click()

    results = page.get_by_role("region", name="Kết quả")
    expect(results).to_be_visible()
    # The demo poll already has ballots: the visitor sees the counts with theirs in them.
    with server_idle():
        assert Ballot.objects.count() == ballots_before + 1
        ballot = Ballot.objects.latest("pk")
        chosen = ChoiceTally.objects.get(choice__page=ballot.poll, choice__label=choice_label).votes
        total = ballot.poll.ballots.count()
    expect(results).to_contain_text(f"Tổng số: {total} phiếu")
    expect(results.locator(".poll-results__item").filter(has_text=choice_label)).to_contain_text(f"{chosen} phiếu (")
    screenshot(page, "visitor-voted")
    assert not page.js_errors


def test_search_without_accents_finds_the_article_and_opens_it(page):
    page.goto("/")
    page.get_by_role("searchbox", name="Tìm kiếm trên cổng thông tin").fill("duc binh")
    page.get_by_role("search").get_by_role("button", name="Tìm kiếm").click()
    expect(page).to_have_url(re.compile(r"/search/\?q=duc\+binh"))
    hit = page.locator(".search-hit a").filter(has_text="Đức Bình").first
    expect(hit).to_be_visible()
    title = hit.inner_text()
    hit.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
    screenshot(page, "visitor-search-hit")
    assert not page.js_errors


def test_visitor_filters_legal_documents_by_type_and_year_and_downloads_a_file(page):
    page.goto("/van-ban/")
    form = page.get_by_role("search", name="Tìm văn bản")
    form.locator("select[name=type]").select_option(label="Quyết định")
    form.locator("select[name=year]").select_option(label="2022")
    form.get_by_role("button", name="Tìm kiếm").click()

    with server_idle():
        expected = list(
            LegalDocumentPage.objects.live()
            .filter(document_type__abbreviation="QĐ", issued_on__year=2022)
            .order_by("-issued_on")
        )
    assert len(expected) >= 2
    rows = page.locator(".legal-table tbody tr")
    expect(rows).to_have_count(len(expected))
    for document in expected:
        expect(page.locator(".legal-table")).to_contain_text(document.number)
    expect(page.locator(".legal-table")).not_to_contain_text("NĐ-CP")
    screenshot(page, "visitor-legal-filtered")

    document = expected[0]
    page.get_by_role("link", name=document.number).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(document.title)
    link = page.get_by_role("region", name="Tệp đính kèm").get_by_role("link").first
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.endswith(".pdf")
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read(5) == b"%PDF-"
    response = page.request.get(link.get_attribute("href"))
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    # The download is counted, and the visitor sees the new count.
    page.reload()
    expect(page.get_by_role("region", name="Tệp đính kèm")).to_contain_text("lượt tải")
    screenshot(page, "visitor-legal-downloaded")
    assert not page.js_errors
