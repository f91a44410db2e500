import pytest

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_pages_api_lists_the_home_page_with_its_fields_as_html(client, demo_site):
    # The demo also has the English home (a translation); ?locale= picks one language.
    response = client.get("/api/v2/pages/?type=home.HomePage&locale=vi&fields=intro,body")
    assert response.status_code == 200
    [item] = response.json()["items"]
    assert item["title"] == "Trang chủ"
    assert item["intro"].startswith("<p>Cổng thông tin")
    assert item["body"] == []


def test_pages_api_hides_drafts_and_private_pages(client, home_page):
    from wagtail.models import PageViewRestriction

    StandardPageFactory(parent=home_page, title="Công khai")
    StandardPageFactory(parent=home_page, title="Bản nháp", live=False)
    private = StandardPageFactory(parent=home_page, title="Nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    titles = {item["title"] for item in client.get("/api/v2/pages/").json()["items"]}
    assert titles == {"Trang chủ", "Công khai"}


def test_pages_api_caps_the_limit(client, home_page):
    response = client.get("/api/v2/pages/?limit=1000")
    assert response.status_code == 400
    assert "limit" in response.json()["message"]


def test_openapi_schema_describes_the_interaction_api(client):
    schema = client.get("/api/portal/openapi.json").json()
    assert schema["info"]["title"] == "NTM Portal interaction API"
    assert "/api/portal/site" in schema["paths"]


def test_site_endpoint_gives_footer_and_partner_links(client, demo_site):
    data = client.get("/api/portal/site").json()
    assert data["footer"]["editor_in_chief"] == "Nguyễn Văn Việt - Chánh Văn phòng"
    zalo = data["partner_links"][0]
    assert (zalo["title"], zalo["url"]) == ("MÃ QR CODE ZALO-BỘ NỘI VỤ", "https://zalo.me/moha.gov.vn")
    # The QR code is scaled, never cropped, and its alt text is the link's title.
    assert zalo["image"]["alt"] == "MÃ QR CODE ZALO-BỘ NỘI VỤ"
    assert zalo["image"]["width"] == zalo["image"]["height"] <= 120
    assert zalo["image"]["url"].startswith("http://testserver/")


def test_interaction_api_errors_are_json_detail(client):
    response = client.get("/api/portal/khong-co")
    assert response.status_code == 404
    assert response.json() == {"detail": "Không tìm thấy."}


def test_cors_only_for_configured_origins_and_only_on_the_api(client, demo_site, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://app.example.vn"]
    api = client.get("/api/v2/pages/", headers={"Origin": "https://app.example.vn"})
    assert api["Access-Control-Allow-Origin"] == "https://app.example.vn"
    other = client.get("/api/v2/pages/", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other
    page = client.get("/", headers={"Origin": "https://app.example.vn"})
    assert "Access-Control-Allow-Origin" not in page
