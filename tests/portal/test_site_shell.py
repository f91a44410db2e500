import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction

from portal.demo import OFFICE, PARTNER_LINKS
from portal.factories import PartnerLinkFactory
from portal.models import PartnerLink
from tests.factories_util import make_child_page

pytestmark = pytest.mark.django_db


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def test_home_page_shows_the_seed_footer_and_partner_links(client, demo_site):
    response = client.get("/")
    assert response.status_code == 200
    page = soup_of(response)
    footer = page.find("footer").get_text(" ", strip=True)
    for value in OFFICE.values():
        if value != OFFICE["tagline"]:
            assert value in footer
    assert "Trưởng ban biên tập" in footer and "Phó trưởng ban biên tập" in footer
    links = [(a.get_text(strip=True), a["href"]) for a in page.select(".partner-links a")]
    assert links == PARTNER_LINKS


def test_the_demo_menu_starts_with_the_introduction_and_ends_with_the_office_and_contact(client, demo_site):
    """Each app's demo adds its pages under the site root; the contact page is put last after all of them."""
    vietnamese = [a.get_text(strip=True) for a in soup_of(client.get("/")).select(".main-menu a")]
    assert vietnamese[:2] == ["Trang chủ", "Giới thiệu"]
    assert vietnamese[-2:] == ["Cơ cấu tổ chức", "Liên hệ"]
    assert "Văn bản" in " ".join(vietnamese[2:-2])
    english = [a.get_text(strip=True) for a in soup_of(client.get("/en/")).select(".main-menu a")]
    assert english[-2:] == ["Organisation", "Contact"]


def test_the_footer_shows_fax_licence_and_legal_notice_when_set(client, demo_site):
    """Each on a line of its own: a fax typed into the phone field became a `tel:` link (issue 26)."""
    from portal.models import SiteSettings

    settings = SiteSettings.objects.get()
    settings.fax = "0239.3855.123"
    settings.licence = "Giấy phép số 12/GP-STTTT ngày 05/03/2024 của Sở Thông tin và Truyền thông"
    settings.legal_notice = "Ghi rõ nguồn khi phát hành lại thông tin từ cổng này."
    settings.save()
    footer = soup_of(client.get("/")).find("footer")
    text = footer.get_text(" ", strip=True)
    assert "Fax: 0239.3855.123" in text
    assert "Giấy phép: Giấy phép số 12/GP-STTTT" in text
    assert footer.select_one(".site-footer__notice").get_text() == settings.legal_notice
    assert [link["href"] for link in footer.select("a[href^='tel:']")] == ["tel:02393892689"]


def test_page_is_vietnamese_accessible_and_light(client, demo_site):
    response = client.get("/")
    page = soup_of(response)
    assert page.html["lang"] == "vi"
    skip = page.find("a", class_="skip-link")
    assert skip["href"] == "#main" and skip.get_text() == "Chuyển đến nội dung chính"
    assert page.find("main", id="main")
    for landmark in ("header", "nav", "aside", "footer"):
        assert page.find(landmark), landmark
    assert page.find("label", attrs={"for": "site-search"})
    # Structured data for search engines (JSON-LD) is data, not code.
    scripts = page.find_all("script", type=lambda kind: kind != "application/ld+json")
    assert not scripts, "public pages must work without JavaScript"
    assert len(response.content) < 30_000


def test_partner_links_follow_editor_order_and_changes(client, demo_site):
    client.get("/")  # fills the fragment cache
    first = PartnerLink.objects.get(title="Công báo tỉnh")
    first.sort_order = -1
    first.save()
    PartnerLinkFactory(title="Báo Hà Tĩnh", url="https://baohatinh.vn/", sort_order=100)
    titles = [a.get_text(strip=True) for a in soup_of(client.get("/")).select(".partner-links a")]
    assert titles[0] == "Công báo tỉnh"
    assert titles[-1] == "Báo Hà Tĩnh"


def test_menu_shows_only_live_public_menu_pages(client, home_page):
    make_child_page(home_page, "Giới thiệu", show_in_menus=True)
    make_child_page(home_page, "Bản nháp", show_in_menus=True, live=False)
    make_child_page(home_page, "Không trong menu", show_in_menus=False)
    private = make_child_page(home_page, "Nội bộ", show_in_menus=True)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    menu = [a.get_text(strip=True) for a in soup_of(client.get("/")).select(".main-menu a")]
    assert menu == ["Trang chủ", "Giới thiệu"]


def test_breadcrumb_on_a_subpage(client, home_page):
    section = make_child_page(home_page, "Giới thiệu")
    child = make_child_page(section, "Chức năng nhiệm vụ")
    response = client.get(child.url)
    crumbs = [li.get_text(strip=True) for li in soup_of(response).select(".breadcrumb li")]
    assert crumbs == ["Trang chủ", "Giới thiệu", "Chức năng nhiệm vụ"]
    assert soup_of(response).select_one(".breadcrumb li[aria-current=page]")


def test_not_found_page_is_vietnamese(client, demo_site):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    page = soup_of(response)
    assert page.h1.get_text() == "Không tìm thấy trang"
    assert page.find("footer"), "the 404 page keeps the site shell"


def test_server_error_page_is_vietnamese(client, demo_site, settings):
    from django.urls import path

    def broken(request):
        raise RuntimeError("boom")

    import portal.urls

    settings.ROOT_URLCONF = type(
        "urls",
        (),
        {"urlpatterns": [path("broken/", broken), *portal.urls.urlpatterns], "handler500": portal.urls.handler500},
    )
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 500
    assert "Lỗi máy chủ" in response.content.decode()


def home_page_queries(client, django_assert_max_num_queries, budget):
    client.get("/")  # warm: Wagtail caches the site root paths, the sidebar its partner links
    with django_assert_max_num_queries(budget) as captured:
        assert client.get("/").status_code == 200
    return len(captured)


@pytest.mark.usefixtures("uncached_pages")
def test_home_page_query_count_does_not_grow_with_content(client, demo_site, django_assert_max_num_queries):
    small = home_page_queries(client, django_assert_max_num_queries, 7)
    for number in range(20):
        make_child_page(demo_site, f"Mục {number}", show_in_menus=True)
        PartnerLinkFactory()
    assert home_page_queries(client, django_assert_max_num_queries, 7) == small
