"""The office's organisation page: functions, officials' contacts as a table, and the API."""

import pytest
from bs4 import BeautifulSoup

from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail_factories import ImageFactory

from home.models import HomePage
from organisation.factories import OfficialFactory, OrganisationPageFactory
from organisation.models import OrganisationPage
from portal.demo import OFFICE

pytestmark = pytest.mark.django_db


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def organisation(home_page):
    page = OrganisationPageFactory(
        parent=home_page,
        title="Cơ cấu tổ chức",
        slug="co-cau-to-chuc",
        address="148 Trần Phú",
        phone="02393.892.689",
        email="vanphong@example.vn",
        functions=[("paragraph", "<p>Tham mưu cho Ban Chỉ đạo.</p>")],
    )
    OfficialFactory(page=page, name="Nguyễn Văn Việt", position="Chánh Văn phòng", phone="0912 345 678", sort_order=0)
    OfficialFactory(
        page=page,
        name="Ngô Đình Long",
        position="Phó Chánh Văn phòng",
        sort_order=1,
        photo=ImageFactory(title="Ảnh", file__width=400, file__height=500),
    )
    return page


class OrganisationTreeRulesTest(WagtailPageTestCase):
    def test_organisation_page_goes_under_a_home_page_once(self):
        self.assertAllowedParentPageTypes(OrganisationPage, {HomePage})
        home = HomePage.objects.get(locale=Locale.get_default())
        self.assertCanCreateAt(HomePage, OrganisationPage)
        OrganisationPageFactory(parent=home)
        self.assertFalse(OrganisationPage.can_create_at(home))


def test_officials_are_an_accessible_contact_table_in_their_order(client, organisation):
    response = client.get(organisation.url)
    assert response.status_code == 200
    page = soup_of(response)
    table = page.find("table", class_="contact-table")
    assert table.caption.get_text(strip=True)
    headers = [th.get_text(strip=True) for th in table.thead.find_all("th")]
    assert headers == ["Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Email"]
    assert all(th["scope"] == "col" for th in table.thead.find_all("th"))
    rows = table.tbody.find_all("tr")
    assert [row.th.get_text(strip=True) for row in rows] == ["Nguyễn Văn Việt", "Ngô Đình Long"]
    assert all(row.th["scope"] == "row" for row in rows)
    assert rows[0].find("a", href="tel:0912345678")
    assert rows[0].find("a", href=f"mailto:{organisation.officials.first().email}")
    photo = rows[1].find("img")
    assert photo["alt"] == ""  # the name beside it says who it is
    assert "Tham mưu cho Ban Chỉ đạo." in page.find("main").get_text()
    assert page.find("address").find("a", href="mailto:vanphong@example.vn")


def test_api_gives_officials_in_order_with_photo_renditions(client, organisation):
    response = client.get(
        "/api/v2/pages/?type=organisation.OrganisationPage&fields=officials,functions,address,phone,email"
    )
    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["address"] == "148 Trần Phú" and item["email"] == "vanphong@example.vn"
    assert item["functions"][0]["type"] == "paragraph"
    first, second = item["officials"]
    assert (first["name"], first["position"], first["phone"]) == ("Nguyễn Văn Việt", "Chánh Văn phòng", "0912 345 678")
    assert first["photo"] is None
    assert second["photo"]["url"].startswith("http://testserver/") and second["photo"]["width"] == 160
    detail = client.get(f"/api/v2/pages/{organisation.pk}/").json()
    assert [official["name"] for official in detail["officials"]] == ["Nguyễn Văn Việt", "Ngô Đình Long"]


def test_demo_has_the_office_of_the_seed_in_both_languages(client, demo_site):
    organisation = OrganisationPage.objects.get(locale=Locale.get_default())
    assert organisation.get_parent().pk == demo_site.pk and organisation.show_in_menus and organisation.live
    officials = [(o.name, o.position) for o in organisation.officials.all()]
    assert officials == [("Nguyễn Văn Việt", "Chánh Văn phòng"), ("Ngô Đình Long", "Phó Chánh Văn phòng")]
    assert (organisation.address, organisation.phone, organisation.email) == (
        OFFICE["address"],
        OFFICE["phone"],
        OFFICE["email"],
    )
    menu = soup_of(client.get("/")).find("nav", class_="main-menu")
    assert menu.find("a", string="Cơ cấu tổ chức") and menu.find("a", string="Liên hệ")

    english = organisation.get_translation(Locale.objects.get(language_code="en"))
    assert english.live and english.title == "Organisation" and english.url == "/en/organisation/"
    assert [o.position for o in english.specific.officials.all()] == ["Chief of Office", "Deputy Chief of Office"]
    contact = demo_site.get_children().get(slug="lien-he")
    assert contact.specific_class.__name__ == "StandardPage"
    assert contact.get_translation(english.locale).url == "/en/contact/"
