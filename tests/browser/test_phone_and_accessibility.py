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
    article = seed_article()
    legal_index = LegalDocumentPage.objects.live().first().get_parent()
    pages = {
        "home": "/",
        "article": article.url,
        "category": article.get_parent().url,
        "legal-index": legal_index.url,
        "legal-document": LegalDocumentPage.objects.live().first().url,
        "poll": PollPage.objects.live().first().url,
        "search": "/search/?q=nong+thon+moi",
    }
    too_wide, too_low = {}, {}
    for name, url in pages.items():
        response = page.goto(url)
        assert response.status == 200, name
        if overflow := horizontal_overflow(page):
            too_wide[name] = overflow
        # The content starts on the first screen (the 400 px on a 375 x 667 phone).
        top = page.locator("main h1").first.bounding_box()["y"]
        if top > 400:
            too_low[name] = round(top)
        screenshot(page, f"phone-{name}")
    assert not too_wide, f"pages wider than a {PHONE['width']} px phone (px too wide): {too_wide}"
    assert not too_low, f"the page's heading starts below 400 px (px from the top): {too_low}"

    # The menu is folded behind one button; opened, every entry is on screen, big enough to tap,
    # and a tap takes the visitor there.
    page.goto("/")
    menu = page.get_by_role("navigation", name="Trình đơn chính")
    links = menu.locator("a")  # folded away, they are not links to assistive technology either
    assert links.count() >= 4
    expect(links.first).to_be_hidden()
    button = menu.get_by_text("Danh mục")
    assert button.bounding_box()["height"] >= 44
    button.tap()
    for index in range(links.count()):
        link = links.nth(index)
        expect(link).to_be_visible()
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], link.inner_text()
        assert box["height"] >= 44, f"{link.inner_text()!r} is too small to tap ({box['height']} px)"
    screenshot(page, "phone-menu-open")
    menu.get_by_role("link", name=legal_index.title).tap()
    expect(page.get_by_role("heading", level=1)).to_have_text(legal_index.title)
    screenshot(page, "phone-menu-followed")


def test_the_menu_is_open_on_a_wide_screen(page):
    page.goto("/")
    menu = page.get_by_role("navigation", name="Trình đơn chính")
    expect(menu.get_by_role("link").first).to_be_visible()
    expect(menu.get_by_text("Danh mục")).to_be_hidden()


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
