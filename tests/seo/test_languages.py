"""English pages: Vietnamese at /, English under /en/, with hreflang pairs and a language switch."""

import pytest

from django.urls import reverse

from wagtail.models import PageViewRestriction, Site

from portal.models import SiteSettings

from .conftest import soup_of

pytestmark = pytest.mark.django_db


def test_english_home_is_at_en_with_english_interface_and_its_own_menu(client, two_languages):
    response = client.get("/en/")
    assert response.status_code == 200
    page = soup_of(response)
    assert page.html["lang"] == "en"
    assert page.find("a", class_="skip-link").get_text() == "Skip to main content"
    menu = page.find("nav", class_="main-menu")
    assert menu.find("a", string="Organisation")["href"] == "/en/organisation/"
    assert not menu.find("a", string="Giới thiệu")  # not translated: not in the English menu
    assert menu.find("a", string="Home")["href"] == "/en/"
    assert page.find("a", class_="site-header__home")["href"] == "/en/"

    organisation = client.get("/en/organisation/")
    assert organisation.status_code == 200
    assert soup_of(organisation).find("h2", id="officials-heading").get_text() == "Officials"


def test_vietnamese_stays_at_the_root(client, two_languages):
    page = soup_of(client.get("/"))
    assert page.html["lang"] == "vi"
    assert page.find("a", class_="skip-link").get_text() == "Chuyển đến nội dung chính"
    assert page.find("nav", class_="main-menu").find("a", string="Cơ cấu tổ chức")["href"] == "/co-cau-to-chuc/"
    assert client.get("/vi/").status_code == 404  # one address per page


def alternates(response):
    links = soup_of(response).find_all("link", rel="alternate", hreflang=True)
    return {link["hreflang"]: link["href"] for link in links}


def test_hreflang_pairs_name_each_other(client, two_languages):
    pair = {
        "vi": "http://localhost/co-cau-to-chuc/",
        "en": "http://localhost/en/organisation/",
        "x-default": "http://localhost/co-cau-to-chuc/",
    }
    assert alternates(client.get("/co-cau-to-chuc/")) == pair
    assert alternates(client.get("/en/organisation/")) == pair
    assert alternates(client.get("/en/"))["vi"] == "http://localhost/"
    # A page with no translation claims no alternate.
    assert alternates(client.get("/gioi-thieu/")) == {}


def test_hreflang_leaves_out_unpublished_and_private_translations(client, two_languages):
    two_languages["organisation_en"].unpublish()
    assert alternates(client.get("/co-cau-to-chuc/")) == {}
    two_languages["organisation_en"].save_revision().publish()
    PageViewRestriction.objects.create(page=two_languages["organisation_en"], restriction_type="login")
    assert alternates(client.get("/co-cau-to-chuc/")) == {}


def switch(response):
    nav = soup_of(response).find("nav", class_="language-switch")
    links = {a["lang"]: a["href"] for a in nav.find_all("a")}
    current = nav.find(attrs={"aria-current": "true"})
    return links, current["lang"]


def test_language_switch_is_plain_links_to_the_translation_or_the_other_home(client, two_languages):
    assert switch(client.get("/co-cau-to-chuc/")) == ({"en": "/en/organisation/"}, "vi")
    assert switch(client.get("/en/organisation/")) == ({"vi": "/co-cau-to-chuc/"}, "en")
    # No English translation: the English home.
    assert switch(client.get("/gioi-thieu/")) == ({"en": "/en/"}, "vi")
    # Following the link is all it takes: no JavaScript, no cookie.
    assert client.get("/en/organisation/").status_code == 200


def test_page_cache_keeps_the_languages_apart(client, two_languages):
    SiteSettings.for_site(Site.objects.get(is_default_site=True))  # made once, on the first page otherwise
    first_vi, first_en = client.get("/"), client.get("/en/")
    assert first_vi["X-Page-Cache"] == "miss" and first_en["X-Page-Cache"] == "miss"
    again_vi, again_en = client.get("/"), client.get("/en/")
    assert again_vi["X-Page-Cache"] == "hit" and again_en["X-Page-Cache"] == "hit"
    assert soup_of(again_vi).html["lang"] == "vi" and soup_of(again_en).html["lang"] == "en"
    # An English visitor's browser does not turn the Vietnamese address English.
    assert soup_of(client.get("/", HTTP_ACCEPT_LANGUAGE="en")).html["lang"] == "vi"


def test_api_filters_pages_by_locale(client, two_languages):
    english = client.get("/api/v2/pages/?locale=en").json()
    assert {item["title"] for item in english["items"]} == {"Home", "Organisation"}
    assert {item["meta"]["locale"] for item in english["items"]} == {"en"}
    vietnamese = client.get("/api/v2/pages/?locale=vi").json()
    assert "Organisation" not in {item["title"] for item in vietnamese["items"]}
    assert "Cơ cấu tổ chức" in {item["title"] for item in vietnamese["items"]}
    translation = client.get(f"/api/v2/pages/?translation_of={two_languages['organisation'].pk}&locale=en").json()
    assert [item["id"] for item in translation["items"]] == [two_languages["organisation_en"].pk]


def test_unprefixed_routes_keep_working(client, two_languages, admin_client):
    assert client.get("/api/v2/pages/").status_code == 200
    assert client.get("/api/portal/openapi.json").status_code == 200
    assert client.get("/search/?q=tổ+chức").status_code == 200
    assert client.get("/rss/").status_code == 200
    assert client.get("/sitemap.xml").status_code == 200
    assert client.get("/admin/").status_code == 302
    assert admin_client.get(reverse("wagtailadmin_home")).status_code == 200
    assert client.get("/en/admin/").status_code == 404
