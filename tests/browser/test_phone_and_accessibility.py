"""The public pages at a phone's width, and axe-core's WCAG 2.1 A/AA rules on every kind of public page."""

from playwright.sync_api import expect

from legal_docs.models import LegalDocumentPage
from news.demo import SEED_TITLE
from news.models import NewsPage
from polls.models import PollPage

from .conftest import PHONE, axe_violations, horizontal_overflow, screenshot


def seed_article():
    return NewsPage.objects.get(title=SEED_TITLE)


def test_public_pages_fit_a_phone_and_the_menu_works_there(phone_page):
    page = phone_page
    legal_index = LegalDocumentPage.objects.live().first().get_parent()
    pages = {
        "home": "/",
        "article": seed_article().url,
        "legal-index": legal_index.url,
        "search": "/search/?q=nong+thon+moi",
    }
    too_wide = {}
    for name, url in pages.items():
        response = page.goto(url)
        assert response.status == 200, name
        if overflow := horizontal_overflow(page):
            too_wide[name] = overflow
        screenshot(page, f"phone-{name}")
    assert not too_wide, f"pages wider than a {PHONE['width']} px phone (px too wide): {too_wide}"

    # The menu: every entry on screen, none cut off at the edge, and a tap takes the visitor there.
    page.goto("/")
    menu = page.get_by_role("navigation", name="Trình đơn chính")
    links = menu.get_by_role("link")
    assert links.count() >= 4
    for index in range(links.count()):
        link = links.nth(index)
        expect(link).to_be_visible()
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], link.inner_text()
        assert box["height"] >= 24, f"{link.inner_text()!r} is too small to tap ({box['height']} px)"
    menu.get_by_role("link", name=legal_index.title).tap()
    expect(page.get_by_role("heading", level=1)).to_have_text(legal_index.title)
    screenshot(page, "phone-menu-followed")


def test_public_pages_have_no_wcag_2_1_aa_violations(page):
    article = seed_article()
    document = LegalDocumentPage.objects.live().filter(attachments__isnull=False).first()
    poll = PollPage.objects.live().first()
    pages = {
        "home": ("/", 200),
        "article": (article.url, 200),
        "category": (article.get_parent().url, 200),
        "legal-index": (document.get_parent().url, 200),
        "legal-index-filtered": (document.get_parent().url + "?year=2022&q=n%C3%B4ng+th%C3%B4n", 200),
        "legal-document": (document.url, 200),
        "poll": (poll.url, 200),
        "search": ("/search/?q=nong+thon+moi", 200),
        "search-nothing-found": ("/search/?q=zzzzqqq", 200),
        "not-found": ("/trang-khong-co-that/", 404),
    }
    found = {}
    for name, (url, status) in pages.items():
        response = page.goto(url)
        assert response.status == status, name
        if violations := axe_violations(page):
            found[name] = violations
    # The pages after a visitor acts: the rating message and the poll results.
    page.goto(article.url)
    page.get_by_label("3 sao").check()
    page.get_by_role("button", name="Gửi đánh giá").click()
    expect(page.get_by_role("status").first).to_be_visible()
    if violations := axe_violations(page):
        found["article-rated"] = violations
    page.goto(poll.url)
    page.get_by_role("radio").first.check()
    page.locator("main").get_by_role("button", name="Bình chọn").click()
    expect(page.get_by_role("region", name="Kết quả")).to_be_visible()
    if violations := axe_violations(page):
        found["poll-voted"] = violations
    screenshot(page, "a11y-poll-voted")
    assert not found, "axe-core found WCAG 2.1 A/AA violations:\n" + "\n".join(
        f"{name}:\n  " + "\n  ".join(violations) for name, violations in found.items()
    )
