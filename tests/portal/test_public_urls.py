import pytest

pytestmark = pytest.mark.django_db

PUBLIC_URLS = [
    ("/", "text/html"),
    ("/search/", "text/html"),
    ("/search/?q=n%C3%B4ng+th%C3%B4n", "text/html"),
    ("/search/?q=x&page=abc", "text/html"),
    ("/sitemap.xml", "application/xml"),
    ("/robots.txt", "text/plain"),
    ("/api/v2/pages/", "application/json"),
    ("/api/v2/images/", "application/json"),
    ("/api/v2/documents/", "application/json"),
    ("/api/portal/openapi.json", "application/json"),
    ("/api/portal/site", "application/json"),
    ("/api/portal/docs", "text/html"),
    ("/admin/login/", "text/html"),
]


@pytest.mark.parametrize(("url", "content_type"), PUBLIC_URLS)
def test_public_url_answers(client, demo_site, url, content_type):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith(content_type)


def test_every_page_in_the_sitemap_answers(client, demo_site):
    import re

    locations = re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", client.get("/sitemap.xml").content.decode())
    assert "/" in locations
    for location in locations:
        assert client.get(location).status_code == 200, location


def test_robots_points_at_the_sitemap(client, demo_site):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_stylesheet_is_served(client):
    from django.contrib.staticfiles import finders

    assert finders.find("css/portal.css")
